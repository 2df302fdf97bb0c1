"""A base for small immutable value classes, without the import-time cost of dataclasses.

`import sessionward.core` has a budget (httpx included); each `@dataclass` costs about a
millisecond at import, as much as a whole module. `Value` gives the same semantics for the few
value types the core has: slots, equality and hash by fields, a field-by-field repr, no mutation,
and `evolve()` for a changed copy.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self


class Value:
    """Immutable, slotted, compared by its fields (the `__slots__` of the subclass, in order).

    Subclasses set their fields with `_init(**fields)` in `__init__`; `_hidden` names fields left
    out of the repr.
    """

    __slots__ = ()
    _hidden: ClassVar[frozenset[str]] = frozenset()

    def _init(self, **fields: Any) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def _names(self) -> tuple[str, ...]:
        names: tuple[str, ...] = type(self).__slots__
        return names

    def _fields(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._names())

    def evolve(self, **changes: Any) -> Self:
        """Return a copy with some fields changed (no validation runs again)."""
        copy = object.__new__(type(self))
        for name in self._names():
            object.__setattr__(copy, name, changes.pop(name, getattr(self, name)))
        if changes:
            raise TypeError(f"{type(self).__name__} has no field {next(iter(changes))!r}")
        return copy

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable; use evolve()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Value)
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((type(self), self._fields()))

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{name}={getattr(self, name)!r}" for name in self._names() if name not in self._hidden
        )
        return f"{type(self).__name__}({shown})"
