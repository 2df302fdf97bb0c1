"""Path parameters (empty values and dot-segments are refused) and the request URLs built."""

from __future__ import annotations

import uuid

import httpx
import pytest

from sessionward.core import (
    BaseClient,
    InvalidPathParameterError,
    SessionwardError,
    validate_path_param,
)


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


@pytest.mark.parametrize("base", ["http://127.0.0.1:8080", "https://api.example.com/edge/v1/"])
@pytest.mark.parametrize(
    "path",
    ["/api-sessions", "api-sessions/a%2Fb", "/x?y=1", "/", "https://other.example/x"],
)
def test_request_urls_are_httpx_own_merge(base: str, path: str) -> None:
    # The core keeps merged URLs to skip a parse per request; they must be what httpx builds.
    with BaseClient(base) as client, httpx.Client(base_url=base) as plain:
        for _ in range(2):  # the second time from the kept URL
            built = client.http_client.build_request("GET", path, params={"limit": 2}).url
            assert built == plain.build_request("GET", path, params={"limit": 2}).url
