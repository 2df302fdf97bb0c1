"""Parsing one body both ways, by the compiled fast path and by `from_dict(json.loads(raw))`.

The fast-path tests (`tests/generated/test_fast_path.py`, and the per-API ones in `tests/<key>/`)
share these: `assert_same` parses a body both ways and asserts the same model or the same error,
`fast` and `slow` are the two paths, `refuse` stands in for `json.loads` to prove the fast path
needed no fallback, and `spec_example` is a response example of a spec as raw JSON.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from typing import Any

import attrs

from tests.generated import _models


def model_class(key: str, name: str) -> Any:
    """The generated class `name` of the API `key`."""
    return getattr(_models.models_module(key), name)


def slow(model: Any, raw: bytes, as_list: bool) -> Any:
    """The reference path: what the endpoints ran before (`from_dict`, or the list check)."""
    body = _response_json(raw)
    if not as_list:
        return model.from_dict(body)
    package = model.__module__.split(".")[0]
    shape_error = importlib.import_module(f"{package}.types").ResponseShapeError
    if type(body) is not list:
        raise shape_error(None, "array", body)
    parsed: list[Any] = []
    for index, item in enumerate(body):
        try:
            parsed.append(model.from_dict(item))
        except shape_error as failure:
            raise failure.within(None, index) from None
    return parsed


def _response_json(raw: bytes) -> Any:
    # As httpx's response.json() did, one call deep: near the recursion limit, a body's outcome
    # depends on the depth at which json.loads runs, and from_json runs it one call deep too.
    return json.loads(raw)


def fast(model: Any, raw: bytes, as_list: bool) -> Any:
    """The fast path: `from_json`, or `list_from_json` for an array body."""
    return model.list_from_json(raw) if as_list else model.from_json(raw)


def _outcome(parse: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", parse()
    except (ValueError, RecursionError) as failure:
        return "error", failure


def shape(value: Any) -> Any:
    """A value with its Python type at every level, so `1` and `1.0` or str and enum differ."""
    if attrs.has(type(value)):
        fields = {a.name: shape(getattr(value, a.name)) for a in attrs.fields(type(value))}
        return (type(value), fields)
    if isinstance(value, dict):
        return (dict, {name: shape(item) for name, item in value.items()})
    if isinstance(value, list):
        return (list, [shape(item) for item in value])
    return (type(value), value)


def assert_same(model: Any, raw: bytes, as_list: bool = False) -> tuple[str, Any]:
    """Parse ``raw`` both ways and assert the same model or the same error; return the outcome."""
    by_fast = _outcome(lambda: fast(model, raw, as_list))
    by_slow = _outcome(lambda: slow(model, raw, as_list))
    assert by_fast[0] == by_slow[0], (by_fast, by_slow)
    if by_fast[0] == "error":
        assert type(by_fast[1]) is type(by_slow[1])
        assert str(by_fast[1]) == str(by_slow[1])
        # Not chained to the fast path's own refusal: the same context as from_dict's error.
        assert type(by_fast[1].__context__) is type(by_slow[1].__context__)
        assert by_fast[1].__suppress_context__ == by_slow[1].__suppress_context__
        return by_fast
    assert by_fast[1] == by_slow[1]
    assert shape(by_fast[1]) == shape(by_slow[1])
    items = by_fast[1] if as_list else [by_fast[1]]
    references = by_slow[1] if as_list else [by_slow[1]]
    for item, reference in zip(items, references, strict=True):
        assert item.to_dict() == reference.to_dict()
        assert item.additional_properties == reference.additional_properties
    return by_fast


def refuse(*args: object, **kwargs: object) -> object:
    """A `json.loads` that fails the test: patched in where the fast path must need no fallback."""
    raise AssertionError("the fast path fell back to json.loads and from_dict")


def spec_example(label: str) -> bytes:
    """The response example labelled `label` (`<key> <METHOD> <path> <status>`), as raw JSON."""
    key, method, path, code = label.split(" ")
    return json.dumps(_models.spec_example(key, method.lower(), path, code)).encode()
