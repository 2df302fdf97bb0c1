"""A session platform as the revoke and list commands see it: preview, revoke, re-list.

`Adapter` is the common part of every platform's adapter, which opens the platform's client
(`client_class`) and holds it open for the command. An adapter lists normalized records
(`sessions`), plans a revoke of named sessions or of a whole user (`plan_ids`, `plan_user`), runs
it with every target's failure caught and recorded (`execute`) and checks the result by listing
again (`verify`). A platform states its limits in its plans. `adapters(configs, ...)` opens those
of the configured platforms that have a session API (`Platform.adapter`) and closes them at the
end.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

from sessionward.cli import _outcomes
from sessionward.cli._clients import open_client
from sessionward.cli._outcomes import Outcome, TargetOutcome
from sessionward.cli._plans import PlatformPlan
from sessionward.cli._platforms import Platform, platform
from sessionward.cli._records import SessionRecord
from sessionward.core import run_each

if TYPE_CHECKING:
    from sessionward.cli._config import PlatformConfig
    from sessionward.cli._context import Invocation
    from sessionward.cli._redact import Redactor

T = TypeVar("T")


class Client(Protocol):
    """What the adapters need of every overlay client: that it can be closed."""

    def close(self) -> None: ...


C = TypeVar("C", bound=Client)


class Adapter(Generic[C]):
    """The common part of the session platforms' adapters; see the module docstring.

    `C` is the platform's client class, so that each adapter's calls are checked against it.
    """

    key = ""
    limit: str | None = None
    # The platform's overlay client class, called with the URL and the credential keywords.
    client_class: ClassVar[Callable[..., Any]]

    def __init__(self, client: C, redactor: Redactor) -> None:
        self._client = client
        self._redactor = redactor

    @classmethod
    def open(cls, config: PlatformConfig, timeout: float, redactor: Redactor) -> Self:
        """The adapter around a new client of `config`; raises `UsageProblem` if it is refused."""
        return cls(open_client(cls.client_class, config, timeout), redactor)

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

        run_each(others, work, max_concurrency=concurrency)
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


@contextlib.contextmanager
def adapters(configs: Sequence[PlatformConfig], timeout: float, redactor: Redactor) -> Any:
    """Open the adapters of the session platforms among `configs`, closing them all at the end.

    Raises `UsageProblem` when a platform's client refuses its configuration.
    """
    opened: list[AnyAdapter] = []
    try:
        for config in configs:
            if platform(config.key).has_sessions:
                adapter = adapter_class(platform(config.key))
                opened.append(adapter.open(config, timeout, redactor))
        yield opened
    finally:
        for item in opened:
            item.close()


# An adapter of any platform, as the shared commands hold them.
AnyAdapter = Adapter[Any]


def adapter_class(platform: Platform) -> type[AnyAdapter]:
    """Import the adapter class `platform.adapter` names; raises `TypeError` if it is none."""
    module, _, name = (platform.adapter or "").partition(":")
    found = getattr(importlib.import_module(module), name, None) if module else None
    if not (isinstance(found, type) and issubclass(found, Adapter)):
        raise TypeError(f"{platform.key}: {platform.adapter!r} names no Adapter class")
    return found


def note_no_sessions(invocation: Invocation, configs: Sequence[PlatformConfig]) -> None:
    """Tell the operator which of `configs` `adapters` passes by, and why (no session API)."""
    for config in configs:
        if not platform(config.key).has_sessions:
            invocation.note(f"{config.key}: {platform(config.key).no_session_api}")
