"""ONLYOFFICE DocSpace's session adapter: the caller's own connections, other users all at once.

`DocSpaceAdapter` lists the caller's active connections (`record` turns each into a
`SessionRecord`), closes them one by one by login event id (`answer` reads the client's reply)
and another user's all at once with logoutall, which it can neither preview nor verify; `LIMIT`
says so in the plans. Imported only when a command reaches DocSpace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Self

from sessionward.cli import _outcomes
from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms._adapter import Adapter
from sessionward.cli._platforms.docspace import PLATFORM
from sessionward.cli._records import SessionRecord, moment, text
from sessionward.docspace import DocSpace

if TYPE_CHECKING:
    from sessionward.cli._config import PlatformConfig
    from sessionward.cli._redact import Redactor
    from sessionward.docspace import ActiveConnectionsItemDto

LIMIT = (
    "DocSpace lists only the caller's own connections: another user's are closed all at once "
    "(logoutall) and cannot be previewed or verified"
)
NO_CURRENT = (
    "with a token DocSpace cannot tell which connection is this command's own: if it is among "
    "these, the calls after it fail with 401; configure SESSIONWARD_DOCSPACE_AUTH_COOKIE instead "
    "to keep it (--keep-current)"
)


def record(item: ActiveConnectionsItemDto) -> SessionRecord:
    """A DocSpace active connection: its login event id, the user, browser and platform."""
    browser, system = text(item.browser), text(item.platform)
    client = " / ".join(part for part in (browser, system) if part) or None
    return SessionRecord(
        platform=PLATFORM.key,
        id=str(item.id),
        user=str(item.user_id),
        ip=text(item.ip),
        started_at=moment(item.date),
        last_active_at=None,
        client=client,
    )


def answer(planned: TargetOutcome, closed: bool) -> TargetOutcome:
    """DocSpace's answer to closing one connection: `False` means none was open."""
    return planned.becomes(Outcome.REVOKED if closed else Outcome.ALREADY_GONE)


class DocSpaceAdapter(Adapter[DocSpace]):
    """DocSpace: the caller's own connections by login event id; other users all at once."""

    key = PLATFORM.key
    client_class = DocSpace
    limit = LIMIT
    unverifiable_note = "DocSpace cannot list another user's connections"

    def __init__(self, client: DocSpace, redactor: Redactor) -> None:
        super().__init__(client, redactor)
        self._cookie = False
        self._login_event = 0

    @classmethod
    def open(cls, config: PlatformConfig, timeout: float, redactor: Redactor) -> Self:
        """The adapter of `config`; with an auth cookie it can tell the command's own connection."""
        adapter = super().open(config, timeout, redactor)
        adapter._cookie = "auth_cookie" in config.credentials
        return adapter

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """The caller's connections (DocSpace lists no one else's)."""
        listed = self._client.active_connections.list()
        self._login_event = listed.login_event
        records = [record(item) for item in listed.items or []]
        return [r for r in records if user is None or r.user == user]

    def plan_ids(self, ids: Sequence[str], *, keep_current: bool) -> PlatformPlan:
        """The caller's own connections by id (DocSpace shows no one else's)."""
        plan = super().plan_ids(ids, keep_current=keep_current)
        plan.notes.insert(0, LIMIT)
        return plan

    def _current(self, plan: PlatformPlan) -> str | None:
        if not self._cookie:
            plan.notes.append(NO_CURRENT)
            return None
        return str(self._login_event) if self._login_event else None

    def plan_user(self, user: str, *, keep_current: bool) -> PlatformPlan:
        """The caller's own connections one by one; anyone else's with one logoutall."""
        try:
            everything = self.sessions()
        except Exception:
            everything = []
        if any(record.user == user for record in everything):
            own = super().plan_user(user, keep_current=keep_current)
            own.notes.insert(0, LIMIT)
            return own
        plan = PlatformPlan(self.key, "user", user=user)
        plan.notes.append(LIMIT)
        plan.add(TargetOutcome(self.key, f"user:{user}", None, user, Outcome.PLANNED), "")
        return plan

    def _revoke_one(self, item: TargetOutcome, key: str) -> TargetOutcome:
        try:
            # A target without a connection id is a whole user (`plan_user` names them).
            if not key and item.user is not None:
                self._client.active_connections.log_out_all_for_user(item.user)
                return item.becomes(Outcome.REVOKED)
            closed = self._client.active_connections.log_out(_event_id(key))
        except Exception as error:
            return _outcomes.failed(item, error, self._redactor)
        return answer(item, closed)

    def _still_listed(self, plan: PlatformPlan) -> Callable[[str, TargetOutcome], bool | None]:
        if all(not key for key in plan.keys):
            return lambda key, outcome: None
        listed = {record.id for record in self.sessions()}
        return lambda key, outcome: key in listed if key else None


def _event_id(key: str) -> int:
    try:
        return int(key)
    except ValueError:
        raise ValueError(f"a DocSpace connection id is a number, not {key!r}") from None
