"""OpenZiti's session adapter: API sessions by id; a user is an identity id.

`ZitiAdapter` lists API sessions (`record` turns each into a `SessionRecord`), revokes named ones
one by one and a whole identity's through the client's bulk revoke, whose `RevokeResult`
`outcomes_of` maps onto the planned targets. It logs out of the API session it opened when it is
closed. Imported only when a command reaches Ziti.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sessionward.cli import _outcomes
from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms._adapter import Adapter
from sessionward.cli._platforms.ziti import PLATFORM
from sessionward.cli._records import SessionRecord, moment, text
from sessionward.ziti import Ziti, ZitiFilter

if TYPE_CHECKING:
    from sessionward.cli._redact import Redactor
    from sessionward.ziti import ApiSessionDetail, RevokeResult

# Ids per `in` filter when sessions are looked up by id: it keeps each request line short.
VERIFY_CHUNK = 50


def record(session: ApiSessionDetail) -> SessionRecord:
    """A Ziti API session: `user` is the identity id, `client` the identity's name.

    Ziti identities are the endpoints themselves (a laptop, a router, a service), so the name is
    what tells an operator which client holds the session. The `token` is never read.
    """
    return SessionRecord(
        platform=PLATFORM.key,
        id=session.id,
        user=session.identity_id,
        ip=text(session.ip_address),
        started_at=moment(session.created_at),
        last_active_at=moment(session.last_activity_at),
        client=text(session.identity.name),
    )


def outcomes_of(
    planned: Mapping[str, TargetOutcome], result: RevokeResult, redactor: Redactor
) -> list[TargetOutcome]:
    """Map a Ziti bulk revoke onto the planned sessions (keyed by session id).

    A planned session the result does not mention (it vanished between the preview and the
    revoke's own listing) is already gone; a session the result names but the preview had not
    seen (it appeared meanwhile) is reported too, so nothing revoked goes unrecorded.
    """
    outcomes = dict(planned)
    template = next(iter(planned.values()), None)

    def slot(session_id: str) -> TargetOutcome:
        known = outcomes.get(session_id)
        if known is not None:
            return known
        if template is None:
            raise LookupError(session_id)
        return replace(template, session=session_id)

    for session_id in result.revoked:
        outcomes[session_id] = slot(session_id).becomes(Outcome.REVOKED)
    for session_id in result.already_gone:
        outcomes[session_id] = slot(session_id).becomes(Outcome.ALREADY_GONE)
    for session_id in result.skipped:
        outcomes[session_id] = slot(session_id).becomes(
            Outcome.SKIPPED, "the command's own session (--keep-current)"
        )
    for session_id, error in result.failed.items():
        outcomes[session_id] = _outcomes.failed(slot(session_id), error, redactor)
    for session_id, outcome in outcomes.items():
        if outcome.outcome is Outcome.PLANNED:
            outcomes[session_id] = outcome.becomes(
                Outcome.ALREADY_GONE, "no longer listed when the revoke ran"
            )
    return list(outcomes.values())


class ZitiAdapter(Adapter[Ziti]):
    """OpenZiti: API sessions by id; a user is an identity id; the bulk revoke of the client."""

    key = PLATFORM.key
    client_class = Ziti

    def close(self) -> None:
        """Log out of the API session the command opened, then close the client."""
        # An unended session expires on its own when idle; a failed logout changes nothing.
        with contextlib.suppress(Exception):
            self._client.logout()
        super().close()

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """Every API session (or one identity's), all pages."""
        query = ZitiFilter.eq("identityId", user) if user else None
        return [record(session) for session in self._client.api_sessions.list(filter=query)]

    def _lookup(self, ids: Sequence[str]) -> dict[str, SessionRecord]:
        found: dict[str, SessionRecord] = {}
        # A bounded number of ids per filter keeps each request line short.
        for start in range(0, len(ids), VERIFY_CHUNK):
            chunk = list(ids[start : start + VERIFY_CHUNK])
            for session in self._client.api_sessions.list(filter=ZitiFilter.in_("id", chunk)):
                found[session.id] = record(session)
        return found

    def _current(self, plan: PlatformPlan) -> str | None:
        try:
            current: str = self._client.current_session().id
        except Exception:
            return None
        return current

    def execute(self, plan: PlatformPlan, concurrency: int) -> list[TargetOutcome]:
        """Named sessions one by one; a user's through the client's bulk revoke."""
        if plan.user is None or not plan.to_revoke:
            return super().execute(plan, concurrency)
        planned = dict(zip(plan.keys, plan.items, strict=True))
        try:
            result = self._client.api_sessions.revoke_all(
                filter=ZitiFilter.eq("identityId", plan.user),
                include_current=not plan.keep_current,
                max_concurrency=concurrency,
            )
        except Exception as error:
            return [
                item
                if item.outcome is not Outcome.PLANNED
                else _outcomes.failed(item, error, self._redactor)
                for item in plan.items
            ]
        outcomes = outcomes_of(planned, result, self._redactor)
        # Sessions the bulk revoke found beyond the preview join the plan, so they are verified.
        known = set(plan.keys)
        for outcome in outcomes:
            if outcome.session is not None and outcome.session not in known:
                plan.add(outcome, outcome.session)
        by_key = {outcome.session: outcome for outcome in outcomes}
        return [by_key.get(key, item) for key, item in zip(plan.keys, plan.items, strict=True)]

    def _revoke_one(self, item: TargetOutcome, key: str) -> TargetOutcome:
        try:
            self._client.api_sessions.delete(key)
        except Exception as error:
            return _outcomes.failed(item, error, self._redactor)
        return item.becomes(Outcome.REVOKED)

    def _still_listed(self, plan: PlatformPlan) -> Callable[[str, TargetOutcome], bool | None]:
        listed = self._lookup([key for key in plan.keys if key])
        return lambda key, outcome: key in listed if key else None
