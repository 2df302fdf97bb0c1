"""The default error parser reads each vendor's error body; value types behave as values.

A parser made by `error_parser_for` reads through a model class given as itself or named as
`"module:Name"`, which is imported with the first body only.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any

import pytest

from sessionward.core import (
    ErrorDetail,
    Page,
    RetryPolicy,
    error_detail,
    error_parser_for,
    generic_error_parser,
)


class FlatError:
    """A model of `{"reason": ...}` bodies, as a generated error model would parse them."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> FlatError:
        reason = src_dict["reason"]
        if not isinstance(reason, str):
            raise ValueError("reason: expected string")
        return cls(reason)


def _read(error: FlatError) -> ErrorDetail | None:
    return error_detail(message=error.reason)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            {
                "error": {
                    "code": "NOT_FOUND",
                    "message": "The resource requested was not found",
                    "requestId": "5f6a",
                    "args": {"urlVars": {"id": "x"}},
                },
                "meta": {"apiVersion": "0.0.0"},
            },
            ErrorDetail("NOT_FOUND", "The resource requested was not found", "5f6a"),
        ),
        (
            {"error": {"code": 400, "message": "Wrong parameters", "constraintViolations": []}},
            ErrorDetail("400", "Wrong parameters"),
        ),
        (
            {"status": 1, "statusCode": 401, "error": {"message": "Unauthorized", "hresult": 5}},
            ErrorDetail(None, "Unauthorized"),
        ),
        (
            {"title": "Connection not found", "errorCode": "NOT_FOUND", "errorId": "e-1"},
            ErrorDetail("NOT_FOUND", "Connection not found", "e-1"),
        ),
        ({"message": "plain"}, ErrorDetail(None, "plain")),
        ({"error": "invalid_grant", "error_description": "expired"}, ErrorDetail(None, "expired")),
        ({"error": "invalid_grant"}, ErrorDetail(None, "invalid_grant")),
        ({"error": {"code": True}}, None),
        ({"unrelated": 1}, None),
        ([], None),
        (b"<html>502 Bad Gateway</html>", None),
        (b"", None),
        ("text", None),
    ],
    ids=[
        "error-envelope",
        "code-and-message",
        "status-and-error",
        "title-and-error-code",
        "flat",
        "oauth-description",
        "oauth-error",
        "bool-code",
        "unknown",
        "list",
        "html",
        "empty",
        "str",
    ],
)
def test_generic_error_parser(body: object, expected: ErrorDetail | None) -> None:
    assert generic_error_parser(body) == expected


def test_values_compare_by_fields_and_refuse_mutation() -> None:
    assert ErrorDetail("A", "m") == ErrorDetail(code="A", message="m")
    assert hash(ErrorDetail("A")) == hash(ErrorDetail("A"))
    assert ErrorDetail("A") != ErrorDetail("B")
    assert repr(ErrorDetail("A")) == "ErrorDetail(code='A', message=None, request_id=None)"
    assert Page([1, 2], total=2) == Page([1, 2], total=2)
    detail = ErrorDetail("A")
    with pytest.raises(AttributeError):
        detail.code = "B"


def test_retry_policy_is_a_value_whose_random_source_does_not_count() -> None:
    policy = RetryPolicy(max_retry_after=10)
    assert policy == RetryPolicy(max_retry_after=10, random=lambda: 0.5)
    assert "random" not in repr(policy)
    assert "max_retry_after=10.0" in repr(policy)
    assert policy.evolve(jitter=0.0).jitter == 0.0
    with pytest.raises(TypeError):
        policy.evolve(unknown=1)
    with pytest.raises(AttributeError):
        policy.jitter = 0.0


@pytest.mark.parametrize("model", [FlatError, f"{__name__}:FlatError"], ids=["class", "named"])
def test_a_parser_reads_through_its_model_and_falls_back(model: Any) -> None:
    parse = error_parser_for(model, _read)
    assert parse({"reason": "quota exceeded"}) == ErrorDetail(None, "quota exceeded")
    # What the model refuses goes to the generic parser, and a parser never raises.
    assert parse({"reason": 3, "message": "plain"}) == ErrorDetail(None, "plain")
    assert parse(b"<html>") is None


def test_a_named_model_is_imported_with_the_first_body_only() -> None:
    module = "tests.core._never_imported_error_model"
    parse = error_parser_for(f"{module}:Missing", _read)
    assert module not in sys.modules
    # Bodies that are no JSON object never need the model.
    assert parse(b"not json") is None
    with pytest.raises(ModuleNotFoundError):
        parse({"reason": "x"})
