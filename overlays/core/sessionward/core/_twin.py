"""Sync and async twins from one definition: the mode markers and the method descriptors.

A resource or client class is written once, generic in its mode (`Operations[ModeT]`); each
public method is a steps function (see `_steps`) decorated with `operation`, or a listing
decorated with `pager`. The twins are two one-line subclasses,
`Operations[Sync]` and `Operations[Async]`: when such a class is created, every decorated method
becomes a plain function of that mode (a `def` that runs the steps with blocking I/O, or an
`async def` that awaits them), with the one docstring and the signature of the definition. Type
checkers see the same through the descriptors' overloads: `int` on the sync twin,
`Coroutine[..., int]` on the async one, `OffsetPager` or `AsyncOffsetPager` for listings.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Coroutine, Sequence
from typing import (
    Any,
    ClassVar,
    Concatenate,
    ForwardRef,
    Generic,
    Protocol,
    Self,
    TypeVar,
    cast,
    get_args,
    overload,
)

from sessionward.core._lazy import Named
from sessionward.core._paging import (
    AsyncCursorPager,
    AsyncOffsetPager,
    CursorPager,
    OffsetPager,
    Page,
    next_offset,
)
from sessionward.core._steps import Steps, arun_steps, run_steps
from sessionward.core._typevars import AsyncT, AsyncT_co, P, R, SyncT, SyncT_co, T, U


class Sync:
    """The mode of a twin whose methods block: `Operations[Sync]`."""


class Async:
    """The mode of a twin whose methods are awaited: `Operations[Async]`."""


ModeT = TypeVar("ModeT", Sync, Async)
"""The mode a class written once for both twins is generic in."""
ContextT = TypeVar("ContextT")
"""What a resource's client hands it: the bound generated client, or more (see `APIResource`)."""


class Operations(Generic[ModeT]):
    """The base of every class written once for both twins (resources and clients).

    Subclass it generic in `ModeT`, write the methods as steps decorated with `operation`,
    or `pager`, and derive the twins as `class X(Base[Sync])` and
    `class AsyncX(Base[Async])`.
    """

    __slots__ = ()
    _asynchronous: ClassVar[bool | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        mode = _mode_of(cls)
        if mode is None:
            return
        cls._asynchronous = mode
        for name in dir(cls):
            member = inspect.getattr_static(cls, name)
            if isinstance(member, _Twinned):
                made = member.function(asynchronous=mode)
                made.__qualname__ = f"{cls.__qualname__}.{name}"
                setattr(cls, name, made)


def _mode_of(cls: type) -> bool | None:
    """True for a class parametrized with `Async`, False with `Sync`, None while still generic."""
    for base in getattr(cls, "__orig_bases__", ()):
        arguments = get_args(base)
        if Async in arguments:
            return True
        if Sync in arguments:
            return False
    return None


class APIResource(Operations[ModeT], Generic[ModeT, ContextT]):
    """The base of a resource: what its client hands it, and the client's label for messages.

    Subclass it as `class Things(APIResource[ModeT, Context])` and derive the twins as for
    `Operations`. `resource(...)` builds it with the narrow context the client's `_context()`
    returns (the bound generated client, or what else the operations need), never the client.
    """

    def __init__(self, context: ContextT, label: str) -> None:
        self._context = context
        self._label = label

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._label}>"


class _Twinned(Generic[P, R]):
    """A method written once; `function(asynchronous=...)` makes the plain method of one twin."""

    def __init__(self, definition: Callable[Concatenate[Any, P], R]) -> None:
        self._definition = definition
        functools.update_wrapper(cast(Any, self), definition)

    def function(self, *, asynchronous: bool) -> Callable[..., Any]:
        """The method of the sync or the async twin, with this definition's name and docstring."""
        made = self._make(asynchronous)
        # `__wrapped__` stays: `typing.get_type_hints` resolves names in the definition's module.
        functools.update_wrapper(made, self._definition)
        made.__signature__ = self._signature(asynchronous)  # type: ignore[attr-defined]
        annotations = dict(self._definition.__annotations__)
        returned = annotations.get("return")
        inner = _inner_annotation(returned) if isinstance(returned, str) else None
        if inner is not None:
            annotations["return"] = self._hint(ForwardRef(inner), asynchronous)
        made.__annotations__ = annotations
        return made

    def _hint(self, inner: ForwardRef, asynchronous: bool) -> object:
        raise NotImplementedError

    def _make(self, asynchronous: bool) -> Callable[..., Any]:
        raise NotImplementedError

    def _returns(self, inner: str, asynchronous: bool) -> str:
        raise NotImplementedError

    def _signature(self, asynchronous: bool) -> inspect.Signature:
        signature = inspect.signature(self._definition)
        annotation = signature.return_annotation
        inner = _inner_annotation(annotation) if isinstance(annotation, str) else None
        if inner is not None:
            signature = signature.replace(return_annotation=self._returns(inner, asynchronous))
        return signature

    def _resolve(self, obj: object, owner: type[Any] | None) -> Any:
        # Reached only on a class still generic in its mode (the twins hold plain functions).
        mode = getattr(obj, "_asynchronous", None)
        if obj is None or mode is None:
            return self
        return self.function(asynchronous=mode).__get__(obj, owner)


def _inner_annotation(annotation: str) -> str | None:
    # "Steps[X]" -> "X", "OffsetListing[X]" -> "X": what the twin's method returns, wrapped.
    head, bracket, rest = annotation.partition("[")
    # The wrapper may be written qualified (`core.Steps[X]`).
    if not bracket or not rest.endswith("]") or head.rpartition(".")[2] not in _WRAPPERS:
        return None
    return rest[:-1]


_WRAPPERS = frozenset({"Steps", "OffsetListing", "CursorListing"})


class operation(_Twinned[P, Steps[R]]):
    """Decorate a steps method: `def m() -> R` on the sync twin, `async def m() -> R` on the other.

    Use it for every method that sends requests. The definition's argument checks run before
    anything is sent: when the sync method is called, when the async one is awaited (a coroutine
    does nothing until then). It raises what its steps raise.
    """

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, obj: Operations[Sync], owner: type[Any] | None = None) -> Callable[P, R]: ...
    @overload
    def __get__(
        self, obj: Operations[Async], owner: type[Any] | None = None
    ) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        return self._resolve(obj, owner)

    def _make(self, asynchronous: bool) -> Callable[..., Any]:
        definition = self._definition
        if asynchronous:

            async def awaited(*args: Any, **kwargs: Any) -> Any:
                return await arun_steps(definition(*args, **kwargs))

            return awaited

        def blocking(*args: Any, **kwargs: Any) -> Any:
            return run_steps(definition(*args, **kwargs))

        return blocking

    def _returns(self, inner: str, asynchronous: bool) -> str:
        return f"Coroutine[Any, Any, {inner}]" if asynchronous else inner

    def _hint(self, inner: ForwardRef, asynchronous: bool) -> object:
        return typing.Coroutine[Any, Any, inner] if asynchronous else inner  # type: ignore[valid-type]


class Listing(Protocol[SyncT_co, AsyncT_co]):
    """What a `pager` method returns: a description of pages that either twin can walk."""

    def blocking(self) -> SyncT_co:
        """The sync pager over the pages."""
        ...

    def awaiting(self) -> AsyncT_co:
        """The async pager over the pages."""
        ...


class OffsetListing(Generic[T]):
    """An offset/limit listing: how to fetch one page as steps, and the page size."""

    __slots__ = ("fetch", "limit")

    def __init__(self, fetch: Callable[[int, int], Steps[Page[T]]], *, limit: int) -> None:
        self.fetch = fetch
        self.limit = limit

    def blocking(self) -> OffsetPager[T]:
        """An `OffsetPager` fetching each page with blocking I/O."""
        fetch = self.fetch
        return OffsetPager(lambda offset, limit: run_steps(fetch(offset, limit)), limit=self.limit)

    def awaiting(self) -> AsyncOffsetPager[T]:
        """An `AsyncOffsetPager` awaiting each page."""
        fetch = self.fetch
        return AsyncOffsetPager(
            lambda offset, limit: arun_steps(fetch(offset, limit)), limit=self.limit
        )


class CursorListing(Generic[T]):
    """A cursor listing: how to fetch the page at a cursor (None for the first), as steps."""

    __slots__ = ("fetch",)

    def __init__(self, fetch: Callable[[str | None], Steps[Page[T]]]) -> None:
        self.fetch = fetch

    def blocking(self) -> CursorPager[T]:
        """A `CursorPager` fetching each page with blocking I/O."""
        fetch = self.fetch
        return CursorPager(lambda cursor: run_steps(fetch(cursor)))

    def awaiting(self) -> AsyncCursorPager[T]:
        """An `AsyncCursorPager` awaiting each page."""
        fetch = self.fetch
        return AsyncCursorPager(lambda cursor: arun_steps(fetch(cursor)))


class pager(_Twinned[P, Listing[SyncT, AsyncT]]):
    """Decorate a method returning an `OffsetListing` or `CursorListing`: a pager of each twin.

    The sync twin returns the matching sync pager (`OffsetPager`, `CursorPager`), the async twin
    the async one.

    The method itself runs when called (its argument checks raise at once); the pages are
    fetched lazily, while iterating.
    """

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(
        self, obj: Operations[Sync], owner: type[Any] | None = None
    ) -> Callable[P, SyncT]: ...
    @overload
    def __get__(
        self, obj: Operations[Async], owner: type[Any] | None = None
    ) -> Callable[P, AsyncT]: ...
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        return self._resolve(obj, owner)

    def _make(self, asynchronous: bool) -> Callable[..., Any]:
        definition = self._definition
        if asynchronous:
            return lambda *args, **kwargs: definition(*args, **kwargs).awaiting()
        return lambda *args, **kwargs: definition(*args, **kwargs).blocking()

    def _returns(self, inner: str, asynchronous: bool) -> str:
        kind = "Offset" if self._returned_kind() == "OffsetListing" else "Cursor"
        return f"{'Async' if asynchronous else ''}{kind}Pager[{inner}]"

    def _hint(self, inner: ForwardRef, asynchronous: bool) -> object:
        offset = self._returned_kind() == "OffsetListing"
        if asynchronous:
            return (AsyncOffsetPager if offset else AsyncCursorPager)[inner]
        return (OffsetPager if offset else CursorPager)[inner]

    def _returned_kind(self) -> str:
        annotation = inspect.signature(self._definition).return_annotation
        return str(annotation).partition("[")[0].rpartition(".")[2]


def collect_offset(listing: OffsetListing[T], select: Callable[[T], U]) -> Steps[list[U]]:
    """The steps that fetch every page of `listing` and return `select(item)` of every item.

    Use it inside an operation that needs the whole listing first (a bulk revoke collects the
    ids before deleting, since the listing shifts while sessions disappear). Pages advance as
    `OffsetPager`'s do; only what `select` keeps (an id) is held, never a whole listing.
    """
    items: list[U] = []
    offset: int | None = 0
    while offset is not None:
        page = yield from listing.fetch(offset, listing.limit)
        items.extend(select(item) for item in page.items)
        offset = next_offset(offset, listing.limit, page)
    return items


class resource(Generic[SyncT, AsyncT]):
    """A client attribute holding a resource, of the sync or the async class as the twin is.

    It is built on first use from the client's `_context()`.

    Declare it once on a client class written for both twins:
    `connections = resource(Connections, AsyncConnections)`. Views made by `with_options()` build
    their own, over their own context. Each class may also be named as `"package:Name"`, so that
    its module (and the generated operations and models it imports) loads with the first use
    rather than with the client; annotate the attribute then, for type checkers:
    `connections: resource[Connections, AsyncConnections] = resource("pkg:Connections", ...)`.
    Name the class through its public package, so that it shows under that name.
    """

    def __init__(
        self,
        sync: Callable[[Any, str], SyncT] | str,
        asynchronous: Callable[[Any, str], AsyncT] | str,
    ) -> None:
        self._classes: tuple[Callable[[Any, str], Any] | Named, ...] = tuple(
            Named(named) if isinstance(named, str) else named for named in (sync, asynchronous)
        )
        self._name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, obj: Operations[Sync], owner: type[Any] | None = None) -> SyncT: ...
    @overload
    def __get__(self, obj: Operations[Async], owner: type[Any] | None = None) -> AsyncT: ...
    def __get__(self, obj: object, owner: type[Any] | None = None) -> Any:
        if obj is None:
            return self
        make = self._class(1 if getattr(obj, "_asynchronous", False) else 0)
        built = make(obj._context(), repr(obj))  # type: ignore[attr-defined]
        # Kept on the instance: the next lookup finds it there and skips this descriptor.
        obj.__dict__[self._name] = built
        return built

    def _class(self, index: int) -> Callable[[Any, str], Any]:
        named = self._classes[index]
        return named.get() if isinstance(named, Named) else named


_RESOURCE_NAMES: dict[type, tuple[str, ...]] = {}


def resource_names(cls: type) -> Sequence[str]:
    """The names of the `resource` attributes of `cls`, which a new view must build anew.

    Computed once per class: `with_options()` views are made per call.
    """
    names = _RESOURCE_NAMES.get(cls)
    if names is None:
        names = tuple(
            name for name in dir(cls) if isinstance(inspect.getattr_static(cls, name), resource)
        )
        _RESOURCE_NAMES[cls] = names
    return names
