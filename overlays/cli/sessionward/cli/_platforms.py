"""Each session platform as the revoke and list commands see it: preview, revoke, re-list.

`adapter(key, config, timeout, redactor)` returns the platform's adapter, holding its overlay
client open for the command. An adapter lists normalized records (`sessions`), plans a revoke of
named sessions or of a whole user (`plan_ids`, `plan_user`), runs it with every target's failure
caught and recorded (`execute`) and checks the result by listing again (`verify`). The platforms'
limits are stated in the plans: Dynatrace revokes per user, DocSpace lists only the caller's own
connections. Authress has no session API and so no adapter.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar

from sessionward.cli import _outcomes
from sessionward.cli._clients import open_client
from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._records import SessionRecord, from_docspace, from_dynatrace, from_ziti

if TYPE_CHECKING:
    from sessionward.cli._config import PlatformConfig
    from sessionward.cli._redact import Redactor

SESSION_PLATFORMS = ("docspace", "dynatrace", "ziti")
VERIFY_CHUNK = 50
T = TypeVar("T")
NO_SESSION_API = "Authress has no session API here (it manages SSO connections: `connections`)"
DYNATRACE_LIMIT = "Dynatrace revokes per user, not per session: all of the user's sessions end"
DOCSPACE_LIMIT = (
    "DocSpace lists only the caller's own connections: another user's are closed all at once "
    "(logoutall) and cannot be previewed or verified"
)
DOCSPACE_NO_CURRENT = (
    "with a token DocSpace cannot tell which connection is this command's own: if it is among "
    "these, the calls after it fail with 401; configure SESSIONWARD_DOCSPACE_AUTH_COOKIE instead "
    "to keep it (--keep-current)"
)


def run_each(items: Sequence[T], work: Callable[[T], None], concurrency: int) -> None:
    """Run `work` on every item on up to `concurrency` threads; `work` catches its own errors."""
    if len(items) <= 1 or concurrency <= 1:
        for item in items:
            work(item)
        return
    with ThreadPoolExecutor(max_workers=min(concurrency, len(items))) as pool:
        list(pool.map(work, items))


class Adapter:
    """The common part of the three session platforms; see the module docstring."""

    key = ""
    limit: str | None = None

    def __init__(self, client: Any, redactor: Redactor) -> None:
        self._client = client
        self._redactor = redactor

    def close(self) -> None:
        """Close the platform's client."""
        self._client.close()

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """The platform's sessions as normalized records (one user's, when given)."""
        raise NotImplementedError

    def plan_ids(self, ids: Sequence[str], *, keep_current: bool) -> PlatformPlan:
        """Plan the revoke of the sessions `ids` (`PLATFORM:ID` targets)."""
        plan = PlatformPlan(self.key, "sessions")
        found = self._preview(plan, lambda: self._lookup(ids))
        current = self._current(plan) if found is not None else None
        for session_id in dict.fromkeys(ids):
            record = (found or {}).get(session_id)
            item = TargetOutcome(
                self.key,
                f"{self.key}:{session_id}",
                session_id,
                record.user if record else None,
                Outcome.PLANNED,
            )
            if found is not None and record is None:
                item = item.becomes(Outcome.PLANNED, "not listed now; may be gone already")
            if session_id == current and keep_current:
                item = item.becomes(Outcome.SKIPPED, "the command's own session (--keep-current)")
            plan.add(item, session_id)
        self._own_last(plan, current, keep_current)
        return plan

    def plan_user(self, user: str, *, keep_current: bool) -> PlatformPlan:
        """Plan the revoke of every session of `user` (`--user`, `contain`)."""
        plan = PlatformPlan(self.key, "sessions", user=user)
        records = self._preview(plan, lambda: self.sessions(user))
        if records is None:
            return plan
        current = self._current(plan)
        for record in records:
            item = TargetOutcome(self.key, f"user:{user}", record.id, user, Outcome.PLANNED)
            if record.id == current and keep_current:
                item = item.becomes(Outcome.SKIPPED, "the command's own session (--keep-current)")
            plan.add(item, record.id)
        self._own_last(plan, current, keep_current)
        return plan

    def execute(self, plan: PlatformPlan, concurrency: int) -> list[TargetOutcome]:
        """Revoke what `plan` names, one call per session; every failure is recorded."""
        results = list(plan.items)
        pending = [i for i, item in enumerate(results) if item.outcome is Outcome.PLANNED]
        own = self._own_index(plan)
        others = [i for i in pending if i != own]

        def work(index: int) -> None:
            results[index] = self._revoke_one(results[index], plan.keys[index])

        run_each(others, work, concurrency)
        if own is not None and own in pending:
            work(own)  # last: the other calls still need the command's own session
        return results

    def verify(self, plan: PlatformPlan, outcomes: list[TargetOutcome]) -> list[TargetOutcome]:
        """List again and check every target; a listing that fails leaves them unverified."""
        try:
            present = self._still_listed(plan)
        except Exception as error:
            error_type, message = self._redactor.describe(error)
            note = f"could not re-list to verify: {error_type}: {message}"
            return [_outcomes.verified(outcome, None, note) for outcome in outcomes]
        return [
            _outcomes.verified(outcome, present(key, outcome), self.unverifiable_note)
            for key, outcome in zip(plan.keys, outcomes, strict=True)
        ]

    unverifiable_note: str | None = None

    # What the subclasses provide.

    def _lookup(self, ids: Sequence[str]) -> dict[str, SessionRecord]:
        return {record.id: record for record in self.sessions()}

    def _current(self, plan: PlatformPlan) -> str | None:
        return None

    def _revoke_one(self, item: TargetOutcome, key: str) -> TargetOutcome:
        raise NotImplementedError

    def _still_listed(self, plan: PlatformPlan) -> Callable[[str, TargetOutcome], bool | None]:
        listed = {record.id for record in self.sessions()}
        return lambda key, outcome: key in listed

    # Shared helpers.

    def _preview(self, plan: PlatformPlan, fetch: Callable[[], T]) -> T | None:
        try:
            return fetch()
        except Exception as error:
            failed = _outcomes.failed(
                TargetOutcome(
                    self.key,
                    f"user:{plan.user}" if plan.user else self.key,
                    None,
                    plan.user,
                    Outcome.PLANNED,
                ),
                error,
                self._redactor,
            )
            if plan.user is not None:
                plan.add(failed, "")
            else:
                plan.notes.append(f"could not preview: {failed.error_type}: {failed.message}")
            return None

    def _own_index(self, plan: PlatformPlan) -> int | None:
        own = plan.own_key
        return plan.keys.index(own) if own is not None and own in plan.keys else None

    def _own_last(self, plan: PlatformPlan, current: str | None, keep_current: bool) -> None:
        plan.own_key = current
        plan.keep_current = keep_current


class ZitiAdapter(Adapter):
    """OpenZiti: API sessions by id; a user is an identity id; the bulk revoke of the client."""

    key = "ziti"

    def close(self) -> None:
        """Log out of the API session the command opened, then close the client."""
        # An unended session expires on its own when idle; a failed logout changes nothing.
        with contextlib.suppress(Exception):
            self._client.logout()
        super().close()

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """Every API session (or one identity's), all pages."""
        from sessionward.ziti import ZitiFilter

        query = ZitiFilter.eq("identityId", user) if user else None
        return [from_ziti(session) for session in self._client.api_sessions.list(filter=query)]

    def _lookup(self, ids: Sequence[str]) -> dict[str, SessionRecord]:
        from sessionward.ziti import ZitiFilter

        found: dict[str, SessionRecord] = {}
        for start in range(0, len(ids), VERIFY_CHUNK):
            chunk = list(ids[start : start + VERIFY_CHUNK])
            for session in self._client.api_sessions.list(filter=ZitiFilter.in_("id", chunk)):
                found[session.id] = from_ziti(session)
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
        from sessionward.ziti import ZitiFilter

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
        outcomes = _outcomes.from_ziti_result(planned, result, self._redactor)
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
        from sessionward.ziti import ZitiFilter

        keys = [key for key in plan.keys if key]
        listed: set[str] = set()
        # A bounded number of ids per filter keeps each request line short.
        for start in range(0, len(keys), VERIFY_CHUNK):
            chunk = keys[start : start + VERIFY_CHUNK]
            pager = self._client.api_sessions.list(filter=ZitiFilter.in_("id", chunk))
            listed.update(session.id for session in pager)
        return lambda key, outcome: key in listed if key else None


class DynatraceAdapter(Adapter):
    """Dynatrace Managed: sessions are ended per user; a `dynatrace:` target names a user id."""

    key = "dynatrace"
    limit = DYNATRACE_LIMIT

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """Every web UI session of the cluster (or one user's)."""
        return [from_dynatrace(s) for s in self._client.user_sessions.list(user_id=user)]

    def _raw(self, user: str) -> list[tuple[str, SessionRecord]]:
        return [(s.session_id, from_dynatrace(s)) for s in self._client.user_sessions.list(user)]

    def plan_ids(self, ids: Sequence[str], *, keep_current: bool) -> PlatformPlan:
        """Each `dynatrace:USER` target is a whole user: plan all of their sessions."""
        plan = PlatformPlan(self.key, "user")
        for user in dict.fromkeys(ids):
            self._plan_one(plan, user, f"dynatrace:{user}")
        plan.notes.append(DYNATRACE_LIMIT)
        return plan

    def plan_user(self, user: str, *, keep_current: bool) -> PlatformPlan:
        """All sessions of `user`: one removal ends them."""
        plan = PlatformPlan(self.key, "user", user=user)
        self._plan_one(plan, user, f"user:{user}")
        plan.notes.append(DYNATRACE_LIMIT)
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
        users = list(dict.fromkeys(item.user for item in results if item.user))

        def work(user: str | None) -> None:
            indexes = [i for i, item in enumerate(results) if item.user == user]
            try:
                self._client.user_sessions.remove(user)
            except Exception as error:
                for i in indexes:
                    results[i] = _outcomes.failed(results[i], error, self._redactor)
                return
            for i in indexes:
                results[i] = results[i].becomes(Outcome.REVOKED)

        run_each(users, work, concurrency)
        return results

    def _still_listed(self, plan: PlatformPlan) -> Callable[[str, TargetOutcome], bool | None]:
        remaining: dict[str, set[str]] = {}
        for user in dict.fromkeys(item.user for item in plan.items if item.user):
            remaining[user] = {full_id for full_id, _ in self._raw(user)}

        def present(key: str, outcome: TargetOutcome) -> bool | None:
            left = remaining.get(outcome.user or "", set())
            return key in left if key else bool(left)

        return present


class DocSpaceAdapter(Adapter):
    """DocSpace: the caller's own connections by login event id; other users all at once."""

    key = "docspace"
    limit = DOCSPACE_LIMIT
    unverifiable_note = "DocSpace cannot list another user's connections"

    def __init__(self, client: Any, redactor: Redactor, *, cookie: bool) -> None:
        super().__init__(client, redactor)
        self._cookie = cookie
        self._login_event = 0

    def sessions(self, user: str | None = None) -> list[SessionRecord]:
        """The caller's connections (DocSpace lists no one else's)."""
        listed = self._client.active_connections.list()
        self._login_event = listed.login_event
        records = [from_docspace(item) for item in listed.items or []]
        return [r for r in records if user is None or r.user == user]

    def plan_ids(self, ids: Sequence[str], *, keep_current: bool) -> PlatformPlan:
        """The caller's own connections by id (DocSpace shows no one else's)."""
        plan = super().plan_ids(ids, keep_current=keep_current)
        plan.notes.insert(0, DOCSPACE_LIMIT)
        return plan

    def _current(self, plan: PlatformPlan) -> str | None:
        if not self._cookie:
            plan.notes.append(DOCSPACE_NO_CURRENT)
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
            own.notes.insert(0, DOCSPACE_LIMIT)
            return own
        plan = PlatformPlan(self.key, "user", user=user)
        plan.notes.append(DOCSPACE_LIMIT)
        plan.add(TargetOutcome(self.key, f"user:{user}", None, user, Outcome.PLANNED), "")
        return plan

    def _revoke_one(self, item: TargetOutcome, key: str) -> TargetOutcome:
        try:
            if not key:
                self._client.active_connections.log_out_all_for_user(item.user)
                return item.becomes(Outcome.REVOKED)
            closed = self._client.active_connections.log_out(_event_id(key))
        except Exception as error:
            return _outcomes.failed(item, error, self._redactor)
        return _outcomes.from_docspace_answer(item, closed)

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


def adapter(key: str, config: PlatformConfig, timeout: float, redactor: Redactor) -> Adapter:
    """The adapter of session platform `key`, its client built; raises `UsageProblem`."""
    if key == "ziti":
        return ZitiAdapter(open_client("ziti", config, timeout), redactor)
    if key == "dynatrace":
        return DynatraceAdapter(open_client("dynatrace", config, timeout), redactor)
    cookie = "auth_cookie" in config.credentials
    return DocSpaceAdapter(open_client("docspace", config, timeout), redactor, cookie=cookie)


@contextlib.contextmanager
def adapters(configs: Sequence[PlatformConfig], timeout: float, redactor: Redactor) -> Any:
    """Open the adapters of the session platforms among `configs`, closing them all at the end."""
    opened: list[Adapter] = []
    try:
        for config in configs:
            if config.key in SESSION_PLATFORMS:
                opened.append(adapter(config.key, config, timeout, redactor))
        yield opened
    finally:
        for item in opened:
            item.close()
