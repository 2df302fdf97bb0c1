"""Ziti's list and error envelopes parse alike by the fast path and by `from_dict`, edge cases too.

The edge cases of JSON itself, on the model that has fields of each kind: unknown fields, 7-digit
fractions and zones, nulls, unknown enum values, surrogates, raw bodies that are no clean JSON
object, and free values nested near the recursion limit (`tests/generated/_fast_path.py` parses
each both ways).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.generated._fast_path import assert_same, model_class, refuse, spec_example

EXAMPLE_ZITI = spec_example("ziti GET /api-sessions 200")


def _envelope() -> Any:
    return model_class("ziti", "ListApiSessionsEnvelope")


def test_an_unknown_field_falls_back_and_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _envelope()
    body = json.loads(EXAMPLE_ZITI)
    body["data"][0]["identity"]["entityVersion"] = "2"
    body["extra"] = {"nested": [1, 2.5, None]}
    raw = json.dumps(body).encode()
    calls: list[object] = []
    real_loads = json.loads

    def spy(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real_loads(*args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(json, "loads", spy)
        parsed = model.from_json(raw)
    assert calls  # refused by the struct, read by from_dict
    assert parsed.additional_properties == {"extra": {"nested": [1, 2.5, None]}}
    assert parsed.data[0].identity.additional_properties == {"entityVersion": "2"}
    assert_same(model, raw)


def _ziti_with(change: Callable[[dict[str, Any]], object]) -> bytes:
    body = json.loads(EXAMPLE_ZITI)
    change(body["data"][0])
    return json.dumps(body).encode()


def _set(field: str, value: object) -> Callable[[dict[str, Any]], object]:
    return lambda item: item.__setitem__(field, value)


ZITI_VARIANTS = {
    "7-digit fraction": _set("createdAt", "2024-05-06T07:08:09.1234567Z"),
    "7-digit fraction rounding up": _set("lastActivityAt", "2024-05-06T07:08:09.9999999+02:00"),
    "date-time without zone": _set("updatedAt", "2024-05-06T07:08:09"),
    "date-time not ISO": _set("updatedAt", "6 May 2024"),
    "null where nullable": _set("tags", None),
    "null where not nullable": _set("token", None),
    "empty tags": _set("tags", {}),
    "tags with every value kind": _set("tags", {"a": "x", "b": True, "c": None}),
    "tags with a number": _set("tags", {"a": 1}),
    "optional field absent": lambda item: item.pop("lastActivityAt", None),
    "required field absent": lambda item: item.pop("token"),
    "big integer where a bool is": _set("isMfaRequired", 10**30),
    "float where a bool is": _set("isMfaRequired", 1.0),
    "unknown enum value": lambda item: item["authQueries"].append(
        {"provider": "yubikey", "typeId": "NEW", "format": "alphanumeric"}
    ),
    "lone surrogate": _set("ipAddress", "\ud800"),
    "escaped unicode": _set("ipAddress", "caf\u00e9 \U0001f600"),
}


@pytest.mark.parametrize("variant", sorted(ZITI_VARIANTS))
def test_a_ziti_variant_gives_the_same_result_both_ways(variant: str) -> None:
    assert_same(_envelope(), _ziti_with(ZITI_VARIANTS[variant]))


def test_a_seventh_fraction_digit_is_truncated_as_from_dict_does() -> None:
    raw = _ziti_with(_set("createdAt", "2024-05-06T07:08:09.9999999Z"))
    parsed = _envelope().from_json(raw)
    assert parsed.data[0].created_at == datetime.datetime(
        2024, 5, 6, 7, 8, 9, 999999, tzinfo=datetime.UTC
    )


def test_an_unknown_enum_value_is_kept_by_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _ziti_with(ZITI_VARIANTS["unknown enum value"])
    monkeypatch.setattr(json, "loads", refuse)
    query = _envelope().from_json(raw).data[0].auth_queries[-1]
    assert query.provider == "yubikey"
    assert not query.provider.is_known


RAW_VARIANTS = {
    "not JSON": b'{"data": [',
    "trailing data": EXAMPLE_ZITI + b" []",
    "surrounding whitespace": b" \n" + EXAMPLE_ZITI + b"\t ",
    "UTF-8 byte order mark": b"\xef\xbb\xbf" + EXAMPLE_ZITI,
    "invalid UTF-8": EXAMPLE_ZITI.replace(b'"data"', b'"d\xffata"', 1),
    "array instead of object": b"[]",
    "null body": b"null",
    "NaN": b"NaN",
    "deeply nested": b'{"extra": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "duplicate field": EXAMPLE_ZITI.replace(b'"meta"', b'"meta": null, "meta"', 1),
}


@pytest.mark.parametrize("variant", sorted(RAW_VARIANTS))
def test_a_raw_body_gives_the_same_result_or_error_both_ways(variant: str) -> None:
    assert_same(_envelope(), RAW_VARIANTS[variant])


def _nested(depth: int) -> bytes:
    value = b"[" * depth + b"]" * depth
    return b'{"error": {"code": "INVALID", "cause": {"field": "x", "value": ' + value + b"}}}"


@pytest.mark.parametrize("depth", [*range(0, 1200, 50), *range(900, 1010, 3)])
def test_a_deeply_nested_free_value_gives_the_same_result_both_ways(depth: int) -> None:
    # A value of any JSON type (a field error's rejected value) is decoded by msgspec itself:
    # its recursion limit must not let through a body that json.loads refuses.
    assert_same(model_class("ziti", "ApiErrorEnvelope"), _nested(depth))
