"""Dynatrace Managed as the command line knows it: web UI sessions ended per user, and `policy`.

`PLATFORM` declares it to the platform table, with its `policy` command; the adapter
(`_adapter.DynatraceAdapter`) and the policy bodies (`_policy`), and with them the
`DynatraceCluster` client, are imported only when a command reaches Dynatrace.
"""

from sessionward.cli._platforms._platform import Platform
from sessionward.cli._platforms.dynatrace._commands import policy

PLATFORM = Platform(
    key="dynatrace",
    order=2,
    help_name="Dynatrace",
    credentials=(("api_token",),),
    adapter=f"{__name__}._adapter:DynatraceAdapter",
    contain_option=("--dynatrace-user", "The person's Dynatrace user id."),
    list_help=(
        "Dynatrace session ids, which are credentials, are masked to their last four characters"
    ),
    revoke_help="dynatrace:USER_ID, per user",
    commands=(policy,),
)
