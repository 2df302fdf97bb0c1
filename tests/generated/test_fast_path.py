"""The compiled fast path of `from_json` gives exactly what `from_dict(json.loads(raw))` gives.

Every real-shaped body of the suite (the payloads copied from upstream and every response example
of the specs) goes through both paths and must give equal models: `==`, `to_dict()`, the Python
types of every value, `additional_properties`. Variants the fast path must hand to `from_dict`
(unknown fields, and each type-broken body of `test_shape_errors`) must give the same error, and
edge cases of JSON itself (7-digit fractions, unknown enum values, nulls, uuid spellings, big
integers, duplicate names) the same result. Other tests prove the fast path is really taken for a
clean body, and that importing a client does not import msgspec.
"""

from __future__ import annotations

import datetime
import importlib
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from tests.generated._models import class_name, models_module
from tests.generated.test_shape_errors import APIS, CASES, PAYLOADS, Case, _broken_body
from tests.specs._documents import REPO_ROOT, api_keys, response_examples

TESTING_PAYLOADS = REPO_ROOT / "tests" / "testing" / "payloads"

# The model (or list of models, for Dynatrace's array body) of each payload file.
PAYLOAD_MODELS = {
    PAYLOADS / APIS["docspace"].payload: ("docspace", "ActiveConnectionsWrapper", False),
    PAYLOADS / APIS["dynatrace"].payload: ("dynatrace", "UserSession", True),
    PAYLOADS / APIS["ziti"].payload: ("ziti", "ListApiSessionsEnvelope", False),
    PAYLOADS / APIS["authress"].payload: ("authress", "ConnectionCollection", False),
    TESTING_PAYLOADS / "ziti_list_api_sessions.json": ("ziti", "ListApiSessionsEnvelope", False),
}


def _model(key: str, name: str) -> Any:
    return getattr(models_module(key), name)


def _slow(model: Any, raw: bytes, as_list: bool) -> Any:
    """The reference path: what the endpoints ran before (`from_dict`, or the list check)."""
    body = _response_json(raw)
    if not as_list:
        return model.from_dict(body)
    package = model.__module__.split(".")[0]
    shape_error = importlib.import_module(f"{package}.types").ResponseShapeError
    if type(body) is not list:
        raise shape_error(None, "array", body)
    parsed: list[Any] = []
    try:
        for item in body:
            parsed.append(model.from_dict(item))
    except shape_error as failure:
        raise failure.within(None, len(parsed)) from None
    return parsed


def _response_json(raw: bytes) -> Any:
    # As httpx's response.json() did, one call deep: near the recursion limit, a body's outcome
    # depends on the depth at which json.loads runs, and from_json runs it one call deep too.
    return json.loads(raw)


def _fast(model: Any, raw: bytes, as_list: bool) -> Any:
    return model.list_from_json(raw) if as_list else model.from_json(raw)


def _outcome(parse: Callable[[], Any]) -> tuple[str, Any]:
    try:
        return "ok", parse()
    except (ValueError, RecursionError) as failure:
        return "error", failure


def _shape(value: Any) -> Any:
    """A value with its Python type at every level, so `1` and `1.0` or str and enum differ."""
    if attrs.has(type(value)):
        fields = {a.name: _shape(getattr(value, a.name)) for a in attrs.fields(type(value))}
        return (type(value), fields)
    if isinstance(value, dict):
        return (dict, {name: _shape(item) for name, item in value.items()})
    if isinstance(value, list):
        return (list, [_shape(item) for item in value])
    return (type(value), value)


def assert_same(model: Any, raw: bytes, as_list: bool = False) -> tuple[str, Any]:
    """Parse ``raw`` both ways and assert the same model or the same error; return the outcome."""
    fast = _outcome(lambda: _fast(model, raw, as_list))
    slow = _outcome(lambda: _slow(model, raw, as_list))
    assert fast[0] == slow[0], (fast, slow)
    if fast[0] == "error":
        assert type(fast[1]) is type(slow[1])
        assert str(fast[1]) == str(slow[1])
        # Not chained to the fast path's own refusal: the same context as from_dict's error.
        assert type(fast[1].__context__) is type(slow[1].__context__)
        assert fast[1].__suppress_context__ == slow[1].__suppress_context__
        return fast
    assert fast[1] == slow[1]
    assert _shape(fast[1]) == _shape(slow[1])
    items = fast[1] if as_list else [fast[1]]
    references = slow[1] if as_list else [slow[1]]
    for item, reference in zip(items, references, strict=True):
        assert item.to_dict() == reference.to_dict()
        assert item.additional_properties == reference.additional_properties
    return fast


def _declared_only(value: Any) -> None:
    """Drop the undeclared fields of a freshly parsed model's models, in place (recursively).

    Free-form maps (models without declared fields, such as tags) keep their entries. No copy:
    a deep copy would duplicate the UNSET singleton that to_dict tests by identity.
    """
    pending = [value]
    while pending:
        current = pending.pop()
        if attrs.has(type(current)):
            names = [a.name for a in attrs.fields(type(current))]
            if names != ["additional_properties"] and "additional_properties" in names:
                current.additional_properties.clear()
            pending.extend(getattr(current, name) for name in names)
        elif isinstance(current, dict):
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)


def _example_bodies() -> Iterator[tuple[str, str, str, bool, Any]]:
    for label, key, name, is_list, example in response_examples():
        yield label, key, class_name(key, name), is_list, example


EXAMPLES = list(_example_bodies())
PAYLOAD_FILES = sorted(PAYLOAD_MODELS, key=str)


@pytest.mark.parametrize("path", PAYLOAD_FILES, ids=lambda p: p.name)
def test_a_payload_parses_alike_both_ways(path: Path) -> None:
    key, name, as_list = PAYLOAD_MODELS[path]
    assert_same(_model(key, name), path.read_bytes(), as_list)


@pytest.mark.parametrize("path", PAYLOAD_FILES, ids=lambda p: p.name)
def test_a_payload_with_declared_fields_only_takes_the_fast_path(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The payloads carry fields the specs do not declare, which send them to from_dict; the same
    # bodies without those fields must be read by the fast path, and equally.
    key, name, as_list = PAYLOAD_MODELS[path]
    model = _model(key, name)
    reference = _slow(model, path.read_bytes(), as_list)
    items = reference if as_list else [reference]
    for item in items:
        _declared_only(item)
    body = [item.to_dict() for item in items] if as_list else reference.to_dict()
    raw = json.dumps(body).encode()
    expected = _slow(model, raw, as_list)
    with monkeypatch.context() as patched:
        patched.setattr(json, "loads", _refuse)
        fast = _fast(model, raw, as_list)
    assert fast == expected
    assert _shape(fast) == _shape(expected)


@pytest.mark.parametrize(
    ("label", "key", "name", "as_list", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_a_spec_example_parses_alike_both_ways(
    label: str, key: str, name: str, as_list: bool, example: Any
) -> None:
    assert_same(_model(key, name), json.dumps(example).encode(), as_list)


def _refuse(*args: object, **kwargs: object) -> object:
    raise AssertionError("the fast path fell back to json.loads and from_dict")


def _has_undeclared(value: Any) -> bool:
    """Whether a parsed model holds an undeclared field in one of its models (not a map entry)."""
    pending = [value]
    while pending:
        current = pending.pop()
        if attrs.has(type(current)):
            names = [a.name for a in attrs.fields(type(current))]
            if names != ["additional_properties"] and getattr(current, "additional_properties", {}):
                return True
            pending.extend(getattr(current, name) for name in names)
        elif isinstance(current, dict):
            pending.extend(current.values())
        elif isinstance(current, list):
            pending.extend(current)
    return False


@pytest.mark.parametrize(
    ("label", "key", "name", "as_list", "example"), EXAMPLES, ids=[e[0] for e in EXAMPLES]
)
def test_a_spec_example_takes_the_fast_path_unless_it_has_undeclared_fields(
    label: str, key: str, name: str, as_list: bool, example: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without undeclared fields no fallback may be needed, or the fast path could silently be
    # always off; with them (some error examples keep extra fields) the fallback must be taken.
    model = _model(key, name)
    raw = json.dumps(example).encode()
    expected = _slow(model, raw, as_list)
    undeclared = _has_undeclared(expected)
    monkeypatch.setattr(json, "loads", _refuse)
    if undeclared:
        with pytest.raises(AssertionError, match="fell back"):
            _fast(model, raw, as_list)
    else:
        assert _fast(model, raw, as_list) == expected


def test_every_2xx_example_is_read_by_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    examples = [e for e in EXAMPLES if e[0].split()[-1].startswith("2")]
    assert len(examples) >= 10
    monkeypatch.setattr(json, "loads", _refuse)
    for _, key, name, as_list, example in examples:
        _fast(_model(key, name), json.dumps(example).encode(), as_list)


def test_an_unknown_field_falls_back_and_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _model("ziti", "ListApiSessionsEnvelope")
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


def _ziti_example() -> bytes:
    for label, _, _, _, example in EXAMPLES:
        if label == "ziti GET /api-sessions 200":
            return json.dumps(example).encode()
    raise LookupError("the Ziti list example is gone")


EXAMPLE_ZITI = _ziti_example()


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
    assert_same(_model("ziti", "ListApiSessionsEnvelope"), _ziti_with(ZITI_VARIANTS[variant]))


def test_a_seventh_fraction_digit_is_truncated_as_from_dict_does() -> None:
    raw = _ziti_with(_set("createdAt", "2024-05-06T07:08:09.9999999Z"))
    parsed = _model("ziti", "ListApiSessionsEnvelope").from_json(raw)
    assert parsed.data[0].created_at == datetime.datetime(
        2024, 5, 6, 7, 8, 9, 999999, tzinfo=datetime.UTC
    )


def test_an_unknown_enum_value_is_kept_by_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _ziti_with(ZITI_VARIANTS["unknown enum value"])
    monkeypatch.setattr(json, "loads", _refuse)
    query = _model("ziti", "ListApiSessionsEnvelope").from_json(raw).data[0].auth_queries[-1]
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
    assert_same(_model("ziti", "ListApiSessionsEnvelope"), RAW_VARIANTS[variant])


UUIDS = [
    "9924256a-739c-462b-af15-e652a3b1b6eb",
    "9924256A-739C-462B-AF15-E652A3B1B6EB",
    "9924256a739c462baf15e652a3b1b6eb",
    "{9924256a-739c-462b-af15-e652a3b1b6eb}",
    "urn:uuid:9924256a-739c-462b-af15-e652a3b1b6eb",
    "9924256a-739c-462b-af15-e652a3b1b6e",
    "9924256a-739c-462b-af15-e652a3b1b6ebb",
    "9924256a-739c-462baf15-e652a3b1b6eb",
    "",
]


@pytest.mark.parametrize("value", UUIDS)
def test_a_uuid_spelling_gives_the_same_result_both_ways(value: str) -> None:
    path = PAYLOADS / APIS["docspace"].payload
    body = json.loads(path.read_bytes())
    body["response"]["items"][0]["userId"] = value
    kind, parsed = assert_same(
        _model("docspace", "ActiveConnectionsWrapper"), json.dumps(body).encode()
    )
    if kind == "ok":
        # msgspec makes the UUID itself: the same object as UUID(value), down to is_safe.
        fast, slow = parsed.response.items[0].user_id, uuid.UUID(value)
        assert (type(fast), fast, fast.is_safe) == (type(slow), slow, slow.is_safe)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_a_shape_error_body_gives_the_same_error_both_ways(case: Case) -> None:
    path = PAYLOADS / APIS[case.api].payload
    key, name, as_list = PAYLOAD_MODELS[path]
    kind, failure = assert_same(_model(key, name), _broken_body(case), as_list)
    assert kind == "error"
    assert case.message in str(failure)


FAST_CALL = r"\.(list_)?from_json\(response\.content\)|cast\(Any, None\)"


def test_every_2xx_json_body_of_the_endpoints_goes_through_the_fast_path() -> None:
    checked = 0
    for key in api_keys():
        for module in sorted((REPO_ROOT / "generated" / key / f"{key}_api" / "api").rglob("*.py")):
            source = module.read_text(encoding="utf-8")
            for body in re.findall(r"status_code == 2\d\d:\n\s+(.*)\n", source):
                checked += 1
                assert "response.json()" not in body, (module, body)
                assert re.search(FAST_CALL, body), (module, body)
    assert checked >= 20


def _nested(depth: int) -> bytes:
    value = b"[" * depth + b"]" * depth
    return b'{"error": {"code": "INVALID", "cause": {"field": "x", "value": ' + value + b"}}}"


@pytest.mark.parametrize("depth", [*range(0, 1200, 50), *range(900, 1010, 3)])
def test_a_deeply_nested_free_value_gives_the_same_result_both_ways(depth: int) -> None:
    # A value of any JSON type (a field error's rejected value) is decoded by msgspec itself:
    # its recursion limit must not let through a body that json.loads refuses.
    assert_same(_model("ziti", "ApiErrorEnvelope"), _nested(depth))


PROBE = """
import sys
{statement}
assert "msgspec" not in sys.modules, "{statement} imported msgspec"
"""


@pytest.mark.parametrize(
    "statement",
    [
        "import ziti_api",
        "import ziti_api.models.list_api_sessions_envelope",
        "import ziti_api.api.api_session.list_api_sessions",
        "import dynatrace_api.api.user_management.get_user_sessions",
        # A client built, with its resources (and so the operations and models) loaded.
        "from sessionward.ziti import Ziti; "
        "Ziti('http://127.0.0.1:9', session_token='t').api_sessions",
        "from sessionward.docspace import DocSpace; "
        "DocSpace('http://127.0.0.1:9', token='t').active_connections",
    ],
)
def test_importing_a_client_does_not_import_msgspec(statement: str) -> None:
    subprocess.run([sys.executable, "-c", PROBE.format(statement=statement)], check=True)


def test_every_models_wire_type_builds() -> None:
    # A type msgspec cannot decode (say, a union of two objects) fails when its struct is built,
    # which the models do on their first from_json: build every one here instead.
    built = 0
    for key in api_keys():
        models = models_module(key)
        for name in models.__all__:
            model = getattr(models, name)
            if hasattr(model, "_wire"):
                model._wire.struct_type()
                built += 1
    assert built > 40
