"""OpenZiti as the command line knows it: API sessions, revoked one by one or per identity.

`PLATFORM` declares it to the platform table; its adapter (`_adapter.ZitiAdapter`, with the
`Ziti` client) is imported only when a command reaches Ziti.
"""

from sessionward.cli._platforms._platform import Platform

PLATFORM = Platform(
    key="ziti",
    order=3,
    help_name="OpenZiti",
    credentials=(("username", "password"), ("session_token",)),
    adapter=f"{__name__}._adapter:ZitiAdapter",
    contain_option=("--ziti-identity", "The person's Ziti identity id."),
    example_id="abc123",
)
