"""The normalized session record that `sessions list` prints, built from each platform's model.

One `SessionRecord` per session, whatever the platform: `platform`, `id`, `user`, `ip`,
`started_at`, `last_active_at` (when the platform says), `client`. `user` is what `--user` takes
on that platform (DocSpace user id, Dynatrace user id, Ziti identity id). No record holds a
session token; where the platform's session id is itself a credential (Dynatrace's id is the
web session's), only its last four characters are kept (`mask`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sessionward.docspace import ActiveConnectionsItemDto
    from sessionward.dynatrace import UserSession
    from sessionward.ziti import ApiSessionDetail

FIELDS = ("platform", "id", "user", "ip", "started_at", "last_active_at", "client")
VISIBLE = 4


def mask(value: str) -> str:
    """Keep only the last four characters of a credential-like identifier: `****9F3A`."""
    return "****" + value[-VISIBLE:] if len(value) > VISIBLE else "****"


def iso(moment: datetime.datetime | None) -> str | None:
    """An instant as ISO 8601 in UTC (`2025-01-01T08:00:00Z`); None stays None."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class SessionRecord:
    """One signed-in session, normalized across the platforms."""

    platform: str
    id: str
    user: str | None
    ip: str | None
    started_at: datetime.datetime | None
    last_active_at: datetime.datetime | None
    client: str | None

    def as_row(self) -> dict[str, str | None]:
        """The record as the output formats print it: strings, instants in ISO 8601 UTC."""
        # The fields in their order (FIELDS), the two instants as text.
        return {
            **vars(self),
            "started_at": iso(self.started_at),
            "last_active_at": iso(self.last_active_at),
        }


# Optional model fields hold the generated clients' UNSET when the server left them out; the
# overlays' public API does not name that type, so the checks go by the type of what is there.
def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _moment(value: object) -> datetime.datetime | None:
    return value if isinstance(value, datetime.datetime) else None


def _millis(value: object) -> datetime.datetime | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return datetime.datetime.fromtimestamp(value / 1000, tz=datetime.UTC)


def from_docspace(item: ActiveConnectionsItemDto) -> SessionRecord:
    """A DocSpace active connection: its login event id, the user, browser and platform."""
    browser, system = _text(item.browser), _text(item.platform)
    client = " / ".join(part for part in (browser, system) if part) or None
    return SessionRecord(
        platform="docspace",
        id=str(item.id),
        user=str(item.user_id),
        ip=_text(item.ip),
        started_at=_moment(item.date),
        last_active_at=None,
        client=client,
    )


def from_dynatrace(session: UserSession) -> SessionRecord:
    """A Dynatrace web UI session; its id is a credential, so it is masked."""
    return SessionRecord(
        platform="dynatrace",
        id=mask(session.session_id),
        user=session.user_id,
        ip=_text(session.ip),
        started_at=_millis(session.creation_time),
        last_active_at=_millis(session.last_accessed_timestamp),
        client=_text(session.device),
    )


def from_ziti(session: ApiSessionDetail) -> SessionRecord:
    """A Ziti API session: `user` is the identity id, `client` the identity's name.

    Ziti identities are the endpoints themselves (a laptop, a router, a service), so the name is
    what tells an operator which client holds the session. The `token` is never read.
    """
    return SessionRecord(
        platform="ziti",
        id=session.id,
        user=session.identity_id,
        ip=_text(session.ip_address),
        started_at=_moment(session.created_at),
        last_active_at=_moment(session.last_activity_at),
        client=_text(session.identity.name),
    )
