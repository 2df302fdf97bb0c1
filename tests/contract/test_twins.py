"""Sync and async twins: every public sync class of an overlay has an async twin of one shape.

For each pair `X` / `AsyncX` an overlay exports, the public methods and properties are the same
(`close` / `aclose` aside), with the same signatures: parameter names, kinds, defaults and
annotations, read modulo the awaitable (`Pager` / `AsyncPager`, `Iterator` / `AsyncIterator`,
`X` / `AsyncX`), and no sync method is a coroutine function. Both twins carry a real docstring
of their own, not a pointer to the other ("see `X`", "the async twin of `X`").
"""

from __future__ import annotations

import inspect
import re
from types import ModuleType
from typing import Any

import pytest

# What an async annotation says where its sync twin says the same without it.
ASYNC_PREFIX = re.compile(r"\bAsync(?=[A-Z])")
AWAITABLE = re.compile(r"^(?:Awaitable\[|Coroutine\[Any, Any, )(.*)\]$")


def is_stub(doc: str, other: type) -> bool:
    """Whether `doc` is empty or sends the reader to the other twin instead of explaining."""
    name = re.escape(other.__name__)
    pointer = rf"\bsee (?:the (?:sync|async) twin|`{name}\b)|\btwin of `{name}`"
    return not doc.strip() or re.search(pointer, doc, re.IGNORECASE) is not None


CLOSERS = {"close", "aclose"}


def twin_pairs(overlay: ModuleType) -> list[tuple[type, type]]:
    pairs = []
    for name in overlay.__all__:
        twin = f"Async{name}"
        if twin in overlay.__all__ and inspect.isclass(getattr(overlay, name)):
            pairs.append((getattr(overlay, name), getattr(overlay, twin)))
    return pairs


def public_members(cls: type) -> dict[str, Any]:
    return {
        name: inspect.getattr_static(cls, name)
        for name in dir(cls)
        if not name.startswith("_") and name not in CLOSERS
    }


def normalized(annotation: object) -> str:
    text = annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)
    return ASYNC_PREFIX.sub("", AWAITABLE.sub(r"\1", text))


def shape(function: Any) -> list[tuple[str, object, object, str]]:
    signature = inspect.signature(function)
    parameters = [
        (parameter.name, parameter.kind, parameter.default, normalized(parameter.annotation))
        for parameter in signature.parameters.values()
    ]
    return [*parameters, ("return", None, None, normalized(signature.return_annotation))]


def function_of(member: Any) -> Any:
    if isinstance(member, property):
        return member.fget
    if isinstance(member, (staticmethod, classmethod)):
        return member.__func__
    return member


def test_every_overlay_has_twins(overlay: ModuleType) -> None:
    assert twin_pairs(overlay), f"{overlay.__name__} exports no X / AsyncX pair"


def test_the_twins_have_the_same_public_members(overlay: ModuleType) -> None:
    for sync, asynchronous in twin_pairs(overlay):
        assert set(public_members(sync)) == set(public_members(asynchronous)), sync.__name__


def test_the_twins_have_the_same_signatures(overlay: ModuleType) -> None:
    for sync, asynchronous in twin_pairs(overlay):
        twins = public_members(asynchronous)
        for name, member in public_members(sync).items():
            twin = twins[name]
            where = f"{sync.__name__}.{name}"
            assert type(member) is type(twin), where
            if not callable(function_of(member)):
                continue
            assert shape(function_of(member)) == shape(function_of(twin)), where
            assert not inspect.iscoroutinefunction(function_of(member)), where


@pytest.mark.parametrize("side", ["sync", "async"])
def test_both_twins_carry_a_real_docstring(overlay: ModuleType, side: str) -> None:
    stubs = []
    for sync, asynchronous in twin_pairs(overlay):
        cls, other = (sync, asynchronous) if side == "sync" else (asynchronous, sync)
        for name, member in {"": cls, **public_members(cls)}.items():
            if is_stub(inspect.getdoc(function_of(member)) or "", other):
                stubs.append(f"{cls.__name__}.{name}".rstrip("."))
    assert stubs == [], f"{len(stubs)} docstrings missing or pointing at the other twin"
