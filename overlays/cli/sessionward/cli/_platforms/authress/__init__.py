"""Authress as the command line knows it: no session API, its SSO connections (`connections`).

`PLATFORM` declares it to the platform table, with its `connections` command and the reason
`sessions` and `contain` pass it by; the command bodies (`_connections`), and with them the
`Authress` client, are imported only when they run.
"""

from sessionward.cli._platforms._platform import Platform
from sessionward.cli._platforms.authress._commands import connections

PLATFORM = Platform(
    key="authress",
    order=4,
    help_name="Authress SSO",
    credentials=(("service_client_access_key",), ("access_token",)),
    no_session_api="Authress has no session API here (it manages SSO connections: `connections`)",
    commands=(connections,),
)
