"""`sessionward sessions list`: every session of the chosen platforms, normalized, filtered.

The platforms are asked at the same time; one that fails is reported on stderr with its error
class and a scrubbed message while the others' records are printed. Exit codes: 0 with records,
4 when nothing matched, 3 when some platforms failed, 1 when all of them did.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sessionward.cli._context import Invocation
from sessionward.cli._exit import ExitCode
from sessionward.cli._filters import SessionFilter
from sessionward.cli._output import emit
from sessionward.cli._platforms._adapter import AnyAdapter, adapters, note_no_sessions
from sessionward.cli._records import FIELDS, SessionRecord


def run(invocation: Invocation, selection: SessionFilter) -> ExitCode:
    """List, keep what `selection` matches, print; raises `UsageProblem` for bad configuration."""
    settings = invocation.settings()
    configs = settings.select(invocation.platforms)
    fmt = invocation.fmt()
    note_no_sessions(invocation, configs)
    redactor = invocation.redactor()
    records: list[SessionRecord] = []
    failures = 0
    with adapters(configs, settings.timeout, redactor) as opened:
        if not opened:
            emit([], FIELDS, fmt)
            return ExitCode.NOTHING_MATCHED

        def fetch(adapter: AnyAdapter) -> list[SessionRecord] | BaseException:
            try:
                return adapter.sessions(selection.user)
            except Exception as error:
                return error

        with ThreadPoolExecutor(max_workers=len(opened)) as pool:
            answers = list(pool.map(fetch, opened))
        for adapter, answer in zip(opened, answers, strict=True):
            if isinstance(answer, BaseException):
                failures += 1
                error_type, message = redactor.describe(answer)
                invocation.error(f"{adapter.key}: {error_type}: {message}")
                continue
            records.extend(record for record in answer if selection.matches(record))
    emit([record.as_row() for record in records], FIELDS, fmt, title="Sessions")
    if failures:
        return ExitCode.FAILURE if failures == len(opened) else ExitCode.PARTIAL
    return ExitCode.OK if records else ExitCode.NOTHING_MATCHED
