"""The executors of operations written once: outcomes, errors and cancellation, sync and async.

These are unit tests of the step protocol itself, with steps that do no I/O (the overlays' tests
run the same executors against the simulators over sockets).
"""

from __future__ import annotations

from collections.abc import Callable

import anyio
import pytest

from sessionward.core import (
    InvalidArgumentError,
    Step,
    Steps,
    arun_steps,
    for_each,
    request_options,
    run_steps,
)
from sessionward.core._options import current_options

pytestmark = pytest.mark.anyio


class Value(Step[int]):
    """A step that answers `value`, or raises `error`."""

    def __init__(self, value: int = 0, error: Exception | None = None) -> None:
        self._value, self._error = value, error

    def blocking(self) -> int:
        if self._error is not None:
            raise self._error
        return self._value

    async def awaiting(self) -> int:
        return self.blocking()


class Forever(Step[int]):
    """A step that never finishes on its own: only a cancellation or an interrupt ends it."""

    def __init__(self, interrupt: BaseException) -> None:
        self._interrupt = interrupt

    def blocking(self) -> int:
        raise self._interrupt

    async def awaiting(self) -> int:
        await anyio.sleep_forever()
        raise AssertionError("not reached")


def adding() -> Steps[int]:
    first = yield from Value(2)
    second = yield from Value(3)
    return first + second


def recovering() -> Steps[str]:
    try:
        yield from Value(error=LookupError("gone"))
    except LookupError as error:
        return f"handled {error}"
    return "not reached"


async def test_outcomes_are_sent_back_into_the_operation() -> None:
    assert run_steps(adding()) == 5
    assert await arun_steps(adding()) == 5


async def test_a_step_error_is_raised_where_the_operation_can_handle_it() -> None:
    assert run_steps(recovering()) == "handled gone"
    assert await arun_steps(recovering()) == "handled gone"


async def test_an_unhandled_step_error_reaches_the_caller_as_itself() -> None:
    def failing() -> Steps[int]:
        return (yield from Value(error=PermissionError("no")))

    with pytest.raises(PermissionError, match="no"):
        run_steps(failing())
    with pytest.raises(PermissionError, match="no"):
        await arun_steps(failing())


def idempotent_while_waiting(interrupt: BaseException, seen: list[bool | None]) -> Steps[int]:
    with request_options(idempotent=True):
        seen.append(current_options().idempotent)
        return (yield from Forever(interrupt))


async def test_a_cancelled_operation_leaves_no_per_call_options_behind() -> None:
    seen: list[bool | None] = []
    with anyio.move_on_after(0.05):
        await arun_steps(idempotent_while_waiting(RuntimeError("unused"), seen))
    assert seen == [True]
    # The operation's `with request_options(...)` was closed where it was suspended.
    assert current_options().idempotent is None


def test_an_interrupted_operation_leaves_no_per_call_options_behind() -> None:
    seen: list[bool | None] = []
    with pytest.raises(KeyboardInterrupt):
        run_steps(idempotent_while_waiting(KeyboardInterrupt(), seen))
    assert seen == [True]
    assert current_options().idempotent is None


async def test_yielding_something_that_is_not_a_step_is_a_clear_error() -> None:
    def forgot_yield_from() -> Steps[int]:
        yield adding()  # type: ignore[misc]  # the mistake under test
        return 0

    with pytest.raises(TypeError, match="yield from"):
        run_steps(forgot_yield_from())
    with pytest.raises(TypeError, match="yield from"):
        await arun_steps(forgot_yield_from())


def each_doubled(failing: int | None) -> Callable[[int], Steps[int]]:
    def steps_for(key: int) -> Steps[int]:
        value = yield from Value(key * 2)
        if key == failing:
            raise LookupError(f"key {key}")
        return value

    return steps_for


def fan_out(keys: list[int], failing: int | None = None, limit: int = 3) -> Steps[dict[int, int]]:
    return (yield from for_each(keys, each_doubled(failing), max_concurrency=limit))


async def test_for_each_returns_every_result_on_both_executors() -> None:
    expected = {key: key * 2 for key in range(10)}
    assert run_steps(fan_out(list(range(10)))) == expected
    assert await arun_steps(fan_out(list(range(10)))) == expected


async def test_for_each_raises_a_failure_as_itself_on_both_executors() -> None:
    # The async executor's task group must not turn it into an ExceptionGroup.
    with pytest.raises(LookupError, match="key 4"):
        run_steps(fan_out(list(range(10)), failing=4))
    with pytest.raises(LookupError, match="key 4"):
        await arun_steps(fan_out(list(range(10)), failing=4))


@pytest.mark.parametrize("limit", [0, -1])
def test_for_each_refuses_a_bound_below_one(limit: int) -> None:
    with pytest.raises(InvalidArgumentError, match="max_concurrency") as raised:
        run_steps(fan_out([1, 2], limit=limit))
    assert raised.value.name == "max_concurrency"
