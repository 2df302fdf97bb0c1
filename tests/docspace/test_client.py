"""The DocSpace client itself: credentials, repr, headers (shared client checks: tests/contract)."""

from __future__ import annotations

from typing import Any

import pytest

from sessionward.docspace import (
    AsyncDocSpace,
    DocSpace,
    __version__,
)
from sessionward.testing import Simulator
from tests._support import Recorder
from tests.docspace.conftest import MakeTwin

pytestmark = pytest.mark.anyio

CLASSES = pytest.mark.parametrize("client_class", [DocSpace, AsyncDocSpace])


@CLASSES
@pytest.mark.parametrize(
    ("credentials", "message"),
    [
        ({}, "needs a credential"),
        ({"token": "a", "auth_cookie": "b"}, "not both"),
        ({"token": ""}, "token is empty"),
        ({"auth_cookie": ""}, "auth_cookie is empty"),
    ],
)
def test_exactly_one_non_empty_credential_is_required(
    client_class: type[DocSpace | AsyncDocSpace], credentials: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        client_class("https://docspace.example.com", **credentials)


@CLASSES
def test_a_credential_that_is_not_a_string_is_a_type_error(
    client_class: type[DocSpace | AsyncDocSpace],
) -> None:
    with pytest.raises(TypeError):
        client_class("https://docspace.example.com", token=123)  # type: ignore[arg-type]


@CLASSES
@pytest.mark.parametrize(
    "base_url", ["ftp://docspace.example.com", "docspace.example.com", "https://u:p@x.example"]
)
def test_a_bad_base_url_is_refused(
    client_class: type[DocSpace | AsyncDocSpace], base_url: str
) -> None:
    with pytest.raises(ValueError, match="base_url"):
        client_class(base_url, token="t")


def test_the_repr_names_the_class_and_hides_the_credential() -> None:
    token = "tok-3f9a8c71d2e54b06"
    with DocSpace("https://docspace.example.com", token=token) as client:
        shown = repr(client)
    assert shown.startswith("DocSpace(base_url='https://docspace.example.com'")
    assert "prefix='Bearer'" in shown
    assert token not in shown
    cookie_client = AsyncDocSpace("https://docspace.example.com", auth_cookie=token)
    assert repr(cookie_client).startswith("AsyncDocSpace(")
    assert "cookie='asc_auth_key'" in repr(cookie_client)
    assert token not in repr(cookie_client)


async def test_the_token_is_a_bearer_header_and_the_user_agent_names_the_package(
    make_twin: MakeTwin, recorder: Recorder
) -> None:
    twin = make_twin(http_client=recorder.client)

    await twin.list()

    (headers,) = recorder.headers
    assert headers["authorization"].startswith("Bearer ")
    assert "cookie" not in headers
    assert headers["user-agent"].startswith(f"sessionward-docspace/{__version__} sessionward-core/")


async def test_the_auth_cookie_is_sent_as_asc_auth_key_and_nothing_else(
    make_twin: MakeTwin, docspace_sim: Simulator, recorder: Recorder
) -> None:
    twin = make_twin(auth_cookie=docspace_sim.credentials["token"], http_client=recorder.client)

    await twin.list()

    (headers,) = recorder.headers
    assert headers["cookie"].startswith("asc_auth_key=")
    assert "authorization" not in headers
