"""ONLYOFFICE DocSpace as the command line knows it: the caller's own connections.

`PLATFORM` declares it to the platform table; its adapter (`_adapter.DocSpaceAdapter`, with the
`DocSpace` client) is imported only when a command reaches DocSpace. With an auth cookie rather
than a token the adapter can tell which connection is the command's own.
"""

from sessionward.cli._platforms._platform import Platform

PLATFORM = Platform(
    key="docspace",
    order=1,
    help_name="DocSpace",
    credentials=(("token",), ("auth_cookie",)),
    adapter=f"{__name__}._adapter:DocSpaceAdapter",
    contain_option=("--docspace-user", "The person's DocSpace user id."),
)
