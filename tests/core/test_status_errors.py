"""Every non-2xx status becomes its error class, with the details read from the response."""

from __future__ import annotations

from typing import Any, TypeVar

import pytest

from sessionward.core import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ErrorDetail,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

E = TypeVar("E", bound=BaseException)

ENVELOPE_BODY: dict[str, dict[str, str]] = {
    "error": {
        "code": "NOT_FOUND",
        "message": "The resource requested was not found or is no longer available",
        "requestId": "1a2b3c",
    },
    "meta": {"apiVersion": "0.0.0", "apiEnrollmentVersion": "0.0.0"},
}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (510, InternalServerError),
        (520, InternalServerError),
        (405, APIStatusError),
        (418, APIStatusError),
        (499, APIStatusError),
        (302, APIStatusError),
    ],
)
async def test_each_status_raises_its_class(
    make_twin: MakeTwin, server: LoopbackServer, status: int, error_class: type[APIStatusError]
) -> None:
    twin = make_twin(max_retries=0)
    server.plan(json_reply(ENVELOPE_BODY, status=status, Location="http://elsewhere.invalid/"))

    with pytest.raises(APIStatusError) as caught:
        await twin.request("GET", "/api-sessions/abc", params={"limit": "5"})

    error = caught.value
    assert type(error) is error_class
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == f"{server.base_url}/api-sessions/abc?limit=5"
    assert error.error_code == "NOT_FOUND"
    assert error.error_message == ENVELOPE_BODY["error"]["message"]
    assert error.request_id == "1a2b3c"
    assert error.body == error.response.content
    assert str(status) in str(error)
    assert "NOT_FOUND" in str(error)
    # Redirects are never followed: the credential would go along.
    assert len(server.requests) == 1


async def test_520_with_an_html_body(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(max_retries=0)
    page = "<html><body><h1>Web server is returning an unknown error</h1></body></html>"
    server.plan(Reply(status=520, body=page, headers={"Content-Type": "text/html"}))

    with pytest.raises(InternalServerError) as caught:
        await twin.request("GET", "/x")

    error = caught.value
    assert error.status_code == 520
    assert error.error_code is None
    assert error.error_message is None
    assert error.body == page.encode()
    assert "520 non-standard status" in str(error)
    assert "text/html" in str(error)
    # The page itself stays out of the message.
    assert "<html>" not in str(error)


async def raised(
    make_twin: MakeTwin,
    server: LoopbackServer,
    reply: Reply,
    expected: type[E],
    method: str = "GET",
    path: str = "/x",
    **kwargs: Any,
) -> E:
    """The `expected` error a client without retries raises when the server answers `reply`."""
    twin = make_twin(max_retries=0)
    server.plan(reply)

    with pytest.raises(expected) as caught:
        await twin.request(method, path, **kwargs)

    return caught.value


async def test_510_without_body(make_twin: MakeTwin, server: LoopbackServer) -> None:
    path = "/clusterConfig/userSessions"
    error = await raised(
        make_twin, server, Reply(status=510), InternalServerError, "PUT", path, json={"a": 1}
    )

    assert error.status_code == 510
    assert error.body == b""
    assert "510 Not Extended" in str(error)


async def test_request_id_falls_back_to_the_header(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    reply = Reply(status=403, headers={"X-Request-Id": "req-77"})
    error = await raised(
        make_twin, server, reply, PermissionDeniedError, "DELETE", "/api-sessions/abc"
    )

    assert error.request_id == "req-77"
    assert "request id req-77" in str(error)


async def test_vendor_parser_reads_the_error_body(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    seen: list[object] = []

    def vendor_parser(body: object) -> ErrorDetail | None:
        seen.append(body)
        if isinstance(body, dict) and "errorCode" in body:
            return ErrorDetail(code=body["errorCode"], message=body.get("title"))
        return None

    twin = make_twin(max_retries=0, error_parser=vendor_parser)
    server.plan(json_reply({"errorCode": "InvalidConnection", "title": "bad"}, status=400))

    with pytest.raises(BadRequestError) as caught:
        await twin.request("POST", "/v1/connections", json={})

    assert seen == [{"errorCode": "InvalidConnection", "title": "bad"}]
    assert caught.value.error_code == "InvalidConnection"
    assert caught.value.error_message == "bad"


async def test_vendor_parser_gets_bytes_for_a_non_json_body(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    seen: list[object] = []

    def parser(body: object) -> ErrorDetail | None:
        seen.append(body)
        return None

    twin = make_twin(max_retries=0, error_parser=parser)
    server.plan(Reply(status=502, body=b"<html>bad gateway</html>"))

    with pytest.raises(InternalServerError):
        await twin.request("GET", "/x")

    assert seen == [b"<html>bad gateway</html>"]


async def test_a_broken_parser_does_not_mask_the_status_error(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    def broken(body: object) -> ErrorDetail | None:
        raise RuntimeError("parser bug")

    twin = make_twin(max_retries=0, error_parser=broken)
    server.plan(json_reply({"error": {"code": "X"}}, status=409))

    with pytest.raises(ConflictError) as caught:
        await twin.request("GET", "/x")

    assert caught.value.error_code is None


async def test_rate_limit_error_carries_retry_after(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    reply = Reply(status=429, headers={"Retry-After": "7"})
    error = await raised(make_twin, server, reply, RateLimitError)

    assert error.retry_after == 7.0
    assert "wait 7.0s" in str(error)


async def test_success_statuses_pass(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin()
    server.plan(Reply(status=201, body={"id": "1"}), Reply(status=204))

    created = await twin.request("POST", "/x", json={})
    deleted = await twin.request("DELETE", "/x/1")

    assert created.status_code == 201
    assert created.json() == {"id": "1"}
    assert deleted.status_code == 204
