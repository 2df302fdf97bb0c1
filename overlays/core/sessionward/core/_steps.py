"""Operations written once as steps, and the two executors that run them: blocking and awaiting.

An overlay writes each operation as a generator of steps: it checks its arguments, asks for the
requests it needs with `yield from call(...)` (or `call_list`, `call_empty`, `for_each`) and
returns its result; it never does I/O itself. `run_steps` performs each step with blocking I/O
(the generated `sync_detailed`, threads for `for_each`), `arun_steps` awaits it
(`asyncio_detailed`, tasks); both send the outcome back into the generator, as the value of the
`yield from` or as the exception raised there. So an operation's checks, its error handling and
its docstring exist once, and the sync and async clients differ only in which executor runs it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, Generic, Protocol, TypeAlias, cast

from sessionward.core._arguments import check_positive_int
from sessionward.core._fanout import run_each, run_each_async
from sessionward.core._typevars import K, P, R, T, T_co
from sessionward.core._unwrap import (
    ResponseLike,
    aread_response,
    expect_empty,
    expect_list,
    expect_one,
    read_response,
)

Steps: TypeAlias = Generator["Step[Any]", Any, R]
"""An operation written once: a generator that yields steps and returns the operation's result."""

Reader: TypeAlias = Callable[[ResponseLike[object], Any], T]


class GeneratedOperation(Protocol[P, T_co]):
    """A generated operation module: `sync_detailed` and `asyncio_detailed` with one signature."""

    def sync_detailed(self, *args: P.args, **kwargs: P.kwargs) -> ResponseLike[T_co]:
        """Send the request with blocking I/O and return the parsed response."""
        ...

    def asyncio_detailed(self, *args: P.args, **kwargs: P.kwargs) -> Awaitable[ResponseLike[T_co]]:
        """Send the request with async I/O and return the parsed response."""
        ...


class Step(Generic[T]):
    """One thing an operation needs done with I/O; `yield from step` hands it to the executor.

    Subclasses implement both ways of doing it: `blocking()` and `awaiting()`.
    """

    __slots__ = ()

    def __iter__(self) -> Generator[Step[T], T, T]:
        return (yield self)

    def blocking(self) -> T:
        """Do the step with blocking I/O and return its outcome."""
        raise NotImplementedError

    async def awaiting(self) -> T:
        """Do the step with async I/O and return its outcome."""
        raise NotImplementedError


class Call(Step[T]):
    """One generated operation to send, and how to read its response into a `T`.

    Build it with `call`, `call_list` or `call_empty`; `through()` adds a conversion of the
    generated response (a vendor envelope) before it is read.
    """

    __slots__ = ("_args", "_kwargs", "_operation", "_read", "_transform")

    def __init__(
        self,
        operation: GeneratedOperation[..., object],
        read: Reader[T],
        args: tuple[object, ...],
        kwargs: dict[str, object],
        transform: Callable[[ResponseLike[object]], ResponseLike[object]] | None = None,
    ) -> None:
        self._operation = operation
        self._read = read
        self._args = args
        self._kwargs = kwargs
        self._transform = transform

    def through(self, transform: Callable[[Any], ResponseLike[object]]) -> Call[T]:
        """Return this call with `transform` applied to the generated response before reading.

        Use it for an envelope the overlay opens itself (a wrapper around the result); what
        `transform` raises on a bad body becomes `APIResponseValidationError` like any parse error.
        """
        return Call(self._operation, self._read, self._args, self._kwargs, transform)

    def blocking(self) -> T:
        """Send with `sync_detailed` and read the response (raising the core's errors)."""
        operation, args, kwargs, transform = self._parts()
        return read_response(
            lambda: transform(operation.sync_detailed(*args, **kwargs)), self._read
        )

    async def awaiting(self) -> T:
        """Send with `asyncio_detailed` and read the response (raising the core's errors)."""
        operation, args, kwargs, transform = self._parts()

        async def send() -> ResponseLike[object]:
            return transform(await operation.asyncio_detailed(*args, **kwargs))

        return await aread_response(send, self._read)

    def _parts(
        self,
    ) -> tuple[
        GeneratedOperation[..., object],
        tuple[object, ...],
        dict[str, object],
        Callable[[ResponseLike[object]], ResponseLike[object]],
    ]:
        return self._operation, self._args, self._kwargs, self._transform or _unchanged


def _unchanged(response: ResponseLike[object]) -> ResponseLike[object]:
    return response


def call(
    operation: GeneratedOperation[P, object],
    expected: type[T] | tuple[type[T], ...],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Call[T]:
    """The step that sends a generated operation and returns its body, checked to be `expected`.

    Use it as `model = yield from call(get_connection, Connection, id, client=generated)`; the
    arguments are the generated function's and are type-checked against it. The executor raises
    what `unwrap` raises: the status errors, `APIConnectionError`, `APIResponseValidationError`.
    """
    return Call(operation, expect_one(expected), args, kwargs)


def call_list(
    operation: GeneratedOperation[P, object],
    item_type: type[T],
    /,
    *args: P.args,
    **kwargs: P.kwargs,
) -> Call[list[T]]:
    """Like `call`, for an operation whose body is a JSON array of `item_type` (`unwrap_list`)."""
    return Call(operation, expect_list(item_type), args, kwargs)


def call_empty(
    operation: GeneratedOperation[P, object], /, *args: P.args, **kwargs: P.kwargs
) -> Call[None]:
    """Like `call`, for an operation without a response body (`unwrap_empty`)."""
    return Call(operation, expect_empty, args, kwargs)


class ForEach(Step[dict[K, R]]):
    """Run one operation per key, at most `max_concurrency` at a time; built by `for_each`."""

    __slots__ = ("_keys", "_max_concurrency", "_steps_for")

    def __init__(
        self, keys: Sequence[K], steps_for: Callable[[K], Steps[R]], max_concurrency: int
    ) -> None:
        self._keys = keys
        self._steps_for = steps_for
        self._max_concurrency = max_concurrency

    def blocking(self) -> dict[K, R]:
        """Run the operations on up to `max_concurrency` threads."""
        steps_for = self._steps_for
        return run_each(
            self._keys, lambda key: run_steps(steps_for(key)), max_concurrency=self._max_concurrency
        )

    async def awaiting(self) -> dict[K, R]:
        """Run the operations in up to `max_concurrency` tasks of one task group."""
        steps_for = self._steps_for
        return await run_each_async(
            self._keys,
            lambda key: arun_steps(steps_for(key)),
            max_concurrency=self._max_concurrency,
        )


def for_each(
    keys: Sequence[K], steps_for: Callable[[K], Steps[R]], *, max_concurrency: int
) -> ForEach[K, R]:
    """The step that runs `steps_for(key)` for every key concurrently; returns key -> result.

    The sync executor uses threads (each in a copy of the caller's context), the async one
    tasks. `steps_for` should report failures as its result: what it still raises stops the
    others from starting new keys and is raised, as itself, from the `yield from` (the async
    executor also cancels the operations in flight; the sync one lets them finish). Raises
    `InvalidArgumentError` for a `max_concurrency` below 1.
    """
    return ForEach(keys, steps_for, check_positive_int("max_concurrency", max_concurrency))


class _Settled:
    """A step's outcome: its value, or the exception it raised."""

    __slots__ = ("error", "value")

    def __init__(self, value: object, error: Exception | None) -> None:
        self.value = value
        self.error = error


class _Finished:
    """The operation's result, once its generator returned."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value


def _settle(step: Step[Any]) -> _Settled:
    try:
        return _Settled(step.blocking(), None)
    except Exception as error:  # handed to the operation, which raises it or handles it
        return _Settled(None, error)


async def _asettle(step: Step[Any]) -> _Settled:
    try:
        return _Settled(await step.awaiting(), None)
    except Exception as error:  # see _settle
        return _Settled(None, error)


def _resume(steps: Steps[Any], settled: _Settled) -> Step[Any] | _Finished:
    try:
        error = settled.error
        step = steps.send(settled.value) if error is None else steps.throw(error)
    except StopIteration as stop:
        return _Finished(stop.value)
    if not isinstance(step, Step):
        # Nearly always a nested steps function called without `yield from`.
        raise TypeError(
            f"an operation yielded a {type(step).__name__}, not a step; "
            "use `yield from` on calls and nested steps"
        )
    return step


_START = _Settled(None, None)


def run_steps(steps: Steps[R]) -> R:
    """Run an operation with blocking I/O and return its result (or raise what it raises).

    Every step's outcome is sent back into the operation; an `Exception` a step raised is thrown
    into it at the `yield from`, where the operation may handle it. Interrupts and cancellation
    are not: they end the operation at once, and closing it runs its `with` and `finally` blocks
    there (a `request_options` block among them), in the caller's context.
    """
    try:
        state = _resume(steps, _START)
        while isinstance(state, Step):
            state = _resume(steps, _settle(state))
        return cast(R, state.value)
    finally:
        steps.close()


async def arun_steps(steps: Steps[R]) -> R:
    """The async twin of `run_steps`: every step is awaited; a cancellation ends the operation."""
    try:
        state = _resume(steps, _START)
        while isinstance(state, Step):
            state = _resume(steps, await _asettle(state))
        return cast(R, state.value)
    finally:
        steps.close()
