"""Path parameters: empty values and dot-segments are refused before any request."""

from __future__ import annotations

import uuid

import pytest

from sessionward.core import InvalidPathParameterError, SessionwardError, validate_path_param


@pytest.mark.parametrize("value", ["", ".", "..", None])
def test_dangerous_values_are_refused(value: object) -> None:
    with pytest.raises(InvalidPathParameterError) as caught:
        validate_path_param("id", value)

    assert caught.value.name == "id"
    assert "'id'" in str(caught.value)
    assert isinstance(caught.value, SessionwardError)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc", "abc"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("a/b", "a/b"),
        ("%2e%2e", "%2e%2e"),
        (12345, "12345"),
        (0, "0"),
        (uuid.UUID(int=0), "00000000-0000-0000-0000-000000000000"),
    ],
)
def test_other_values_pass_as_text(value: object, expected: str) -> None:
    # Encoding ("/" -> %2F, "%" -> %25) is the generated code's job; these are all safe after it.
    assert validate_path_param("id", value) == expected
