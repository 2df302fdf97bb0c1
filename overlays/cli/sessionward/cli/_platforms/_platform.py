"""`Platform`: what the command line knows of one platform, as its own package declares it.

Each platform package (`_platforms/<key>/`) sets `PLATFORM = Platform(...)`: its key and place
in the listings, its credential keywords (read from `env_name(key, keyword)`), where its session
adapter is (None for a platform without a session API, with the reason instead), its
wording in the help and messages, and any command of its own. The shared modules read only
this, so none of them names a platform. It is light on purpose: `sessionward --help` reads every
`PLATFORM`, and the clients, httpx and the adapters are imported only through `adapter`, when
a command runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click

PREFIX = "SESSIONWARD_"


def env_name(key: str, keyword: str) -> str:
    """The environment variable of one platform setting: `SESSIONWARD_<KEY>_PASSWORD`."""
    return f"{PREFIX}{key.upper()}_{keyword.upper()}"


@dataclass(frozen=True)
class Platform:
    """One platform of the command line; see the module docstring.

    `credentials` are the credential sets its client accepts, the usual one first (each a tuple
    of its client's constructor keywords). `adapter` names the `Adapter` subclass that `sessions`
    and `contain` use, as `module:Class` (imported only then); when it is None, `no_session_api`
    says why. `contain_option` is `contain`'s flag for the person on this platform and its help.
    `help_name` is how the main help names the platform; `list_help` and `revoke_help` add a note
    to those commands' help; `example_id` makes it the platform the messages take their
    `PLATFORM:ID` example from. `commands` are click commands of its own, added to `sessionward`.
    """

    key: str
    order: int
    help_name: str
    credentials: tuple[tuple[str, ...], ...]
    adapter: str | None = None
    no_session_api: str = ""
    contain_option: tuple[str, str] | None = None
    list_help: str | None = None
    revoke_help: str | None = None
    example_id: str | None = None
    commands: tuple[click.Command, ...] = ()

    @property
    def keywords(self) -> tuple[str, ...]:
        """Every credential keyword of the client, in the order of `credentials`."""
        return tuple(keyword for group in self.credentials for keyword in group)

    @property
    def has_sessions(self) -> bool:
        """Whether `sessions` and `contain` reach this platform."""
        return self.adapter is not None
