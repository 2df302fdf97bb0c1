"""Dynatrace Managed's session adapter: web UI sessions, ended per user.

`DynatraceAdapter` lists the cluster's web UI sessions (`record` turns each into a
`SessionRecord`, its credential-like id masked) and revokes by removing a user's sessions all at
once, so a `dynatrace:` target names a user id; `LIMIT` says so in every plan. Imported only when
a command reaches Dynatrace.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from sessionward.cli import _outcomes
from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms._adapter import Adapter
from sessionward.cli._platforms.dynatrace import PLATFORM
from sessionward.cli._records import SessionRecord, mask, millis, text
from sessionward.core import run_each
from sessionward.dynatrace import DynatraceCluster

if TYPE_CHECKING:
    from sessionward.dynatrace import UserSession

LIMIT = "Dynatrace revokes per user, not per session: all of the user's sessions end"


def record(session: UserSession) -> SessionRecord:
    """A Dynatrace web UI session; its id is a credential, so it is masked."""
    return SessionRecord(
        platform=PLATFORM.key,
        id=mask(session.session_id),
        user=session.user_id,
        ip=text(session.ip),
        started_at=millis(session.creation_time),
        last_active_at=millis(session.last_accessed_timestamp),
        client=text(session.device),
    )


class DynatraceAdapter(Adapter[DynatraceCluster]):
    """Dynatrace Managed: sessions are ended per user; a `dynatrace:` target names a user id."""

    key = PLATFORM.key
    client_class = DynatraceCluster
    limit = LIMIT

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """Every web UI session of the cluster (or one user's)."""
        return [record(s) for s in self._client.user_sessions.list(user_id=user)]

    def _raw(self, user: str) -> list[tuple[str, SessionRecord]]:
        return [(s.session_id, record(s)) for s in self._client.user_sessions.list(user)]

    def plan_ids(self, ids: Sequence[str], *, keep_current: bool) -> PlatformPlan:
        """Each `dynatrace:USER` target is a whole user: plan all of their sessions."""
        plan = PlatformPlan(self.key, "user")
        for user in dict.fromkeys(ids):
            self._plan_one(plan, user, f"{self.key}:{user}")
        plan.notes.append(LIMIT)
        return plan

    def plan_user(self, user: str, *, keep_current: bool) -> PlatformPlan:
        """All sessions of `user`: one removal ends them."""
        plan = PlatformPlan(self.key, "user", user=user)
        self._plan_one(plan, user, f"user:{user}")
        plan.notes.append(LIMIT)
        return plan

    def _plan_one(self, plan: PlatformPlan, user: str, target: str) -> None:
        try:
            sessions = self._raw(user)
        except Exception as error:
            item = TargetOutcome(self.key, target, None, user, Outcome.PLANNED)
            error_type, message = self._redactor.describe(error)
            note = f"could not preview: {error_type}: {message}"
            plan.add(item.becomes(Outcome.PLANNED, note), "")
            return
        for full_id, record in sessions:
            plan.add(TargetOutcome(self.key, target, record.id, user, Outcome.PLANNED), full_id)

    def execute(self, plan: PlatformPlan, concurrency: int) -> list[TargetOutcome]:
        """One removal per user, shared by all of that user's planned sessions."""
        results = list(plan.items)
        users = [user for user in dict.fromkeys(item.user for item in results) if user]

        def work(user: str) -> None:
            indexes = [i for i, item in enumerate(results) if item.user == user]
            try:
                self._client.user_sessions.remove(user)
            except Exception as error:
                for i in indexes:
                    results[i] = _outcomes.failed(results[i], error, self._redactor)
                return
            for i in indexes:
                results[i] = results[i].becomes(Outcome.REVOKED)

        run_each(users, work, max_concurrency=concurrency)
        return results

    def _still_listed(self, plan: PlatformPlan) -> Callable[[str, TargetOutcome], bool | None]:
        remaining: dict[str, set[str]] = {}
        for user in dict.fromkeys(item.user for item in plan.items if item.user):
            remaining[user] = {full_id for full_id, _ in self._raw(user)}

        def present(key: str, outcome: TargetOutcome) -> bool | None:
            left = remaining.get(outcome.user or "", set())
            return key in left if key else bool(left)

        return present
