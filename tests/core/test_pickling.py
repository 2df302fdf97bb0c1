"""Every sessionward error survives pickle, and no credential or password travels with it.

The errors are raised for real by a client with a credential talking to a loopback server (a
status error for each status class, a timeout, a refused connection, a validation error, an
oversized body, the refusals before sending), then pickled as multiprocessing would.
"""

from __future__ import annotations

import inspect
import pickle

import pytest

import sessionward.core as core
from sessionward.core import (
    APIResponseValidationError,
    APIStatusError,
    HeaderAuth,
    SessionwardError,
    request_options,
    validate_path_param,
)
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core._twins import Twin
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SECRET = "sk-live-0123456789abcdef"
PASSWORD = "correct horse battery staple"
STATUSES = [400, 401, 403, 404, 405, 409, 422, 429, 500, 503]


def round_trip(error: BaseException) -> BaseException:
    data = pickle.dumps(error)
    assert SECRET.encode() not in data
    assert PASSWORD.encode() not in data
    copy = pickle.loads(data)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    return copy


async def raised(twin: Twin, *args: object, **kwargs: object) -> SessionwardError:
    with pytest.raises(SessionwardError) as caught:
        await twin.request(*args, **kwargs)  # type: ignore[arg-type]
    return caught.value


@pytest.mark.parametrize("status", STATUSES)
async def test_status_errors_round_trip_without_the_credential(
    make_twin: MakeTwin, server: LoopbackServer, status: int
) -> None:
    twin = make_twin(auth=HeaderAuth(SECRET), max_retries=0)
    server.plan(
        json_reply({"error": {"code": "E", "message": "m"}}, status=status, **{"Retry-After": "1"})
    )

    error = await raised(twin, "POST", "/login", json={"password": PASSWORD})
    assert isinstance(error, APIStatusError)
    assert error.request is not None
    copy = round_trip(error)

    assert isinstance(copy, APIStatusError)
    assert copy.status_code == status
    assert (copy.error_code, copy.error_message) == ("E", "m")
    assert copy.url == error.url and copy.method == "POST"
    assert copy.body == error.body
    assert copy.request is None and copy.response is None


async def test_connection_errors_round_trip(make_twin: MakeTwin, server: LoopbackServer) -> None:
    twin = make_twin(auth=HeaderAuth(SECRET), max_retries=0, timeout=0.3)
    server.plan(Reply(action="hang"), Reply(action="drop"))
    timeout = await raised(twin, "POST", "/login", json={"password": PASSWORD})
    dropped = await raised(twin, "POST", "/login", json={"password": PASSWORD})
    refused_twin = make_twin(auth=HeaderAuth(SECRET), max_retries=0, base_url="http://127.0.0.1:9")
    refused = await raised(refused_twin, "GET", "/x")

    for error in (timeout, dropped, refused):
        copy = round_trip(error)
        assert isinstance(copy, core.APIConnectionError)
        assert copy.final


async def test_validation_and_size_errors_round_trip(
    make_twin: MakeTwin, server: LoopbackServer
) -> None:
    twin = make_twin(auth=HeaderAuth(SECRET), max_retries=0)
    server.plan(json_reply({"x": "y" * 100}))
    with request_options(max_response_size=10):
        too_large = await raised(twin, "GET", "/x")
    copy = round_trip(too_large)
    assert isinstance(copy, core.ResponseTooLargeError)
    assert copy.limit == 10 and copy.status_code == 200

    server.plan(json_reply({}))
    response = await twin.request("GET", "/x")
    validation = APIResponseValidationError("bad body", response=response)
    assert isinstance(round_trip(validation), APIResponseValidationError)


async def test_refusals_before_sending_round_trip(make_twin: MakeTwin) -> None:
    twin = make_twin(auth=HeaderAuth(SECRET), base_url="http://192.0.2.1")
    insecure = await raised(twin, "GET", "/x")
    assert isinstance(round_trip(insecure), core.InsecureTransportError)

    with pytest.raises(core.InvalidPathParameterError) as caught:
        validate_path_param("id", "..")
    copy = round_trip(caught.value)
    assert isinstance(copy, core.InvalidPathParameterError) and copy.name == "id"


def test_every_error_class_can_be_rebuilt_from_a_pickle() -> None:
    # The classes whose __init__ takes keyword-only arguments failed to unpickle before.
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, SessionwardError):
            error = member.__new__(member, "message")
            Exception.__init__(error, "message")
            assert type(pickle.loads(pickle.dumps(error))) is member
