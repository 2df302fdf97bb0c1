"""The normalized session record that `sessions list` prints, and the helpers that build it.

One `SessionRecord` per session, whatever the platform: `platform`, `id`, `user`, `ip`,
`started_at`, `last_active_at` (when the platform says), `client`. `user` is what `--user` takes
on that platform. Each platform package converts its own model with `text`, `moment` and
`millis` for the optional fields. No record holds a session token; where the platform's session
id is itself a credential, only its last four characters are kept (`mask`).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

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
def text(value: object) -> str | None:
    """A model's optional text field: the text, or None when it is unset or empty."""
    return value if isinstance(value, str) and value else None


def moment(value: object) -> datetime.datetime | None:
    """A model's optional instant: the datetime, or None when it is unset."""
    return value if isinstance(value, datetime.datetime) else None


def millis(value: object) -> datetime.datetime | None:
    """A model's optional instant in milliseconds since the epoch, as a UTC datetime (or None)."""
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return datetime.datetime.fromtimestamp(value / 1000, tz=datetime.UTC)
