"""Every request and response is checked against the spec; breaking it fails loudly."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from sessionward.testing import Simulator, SpecViolationError, serve
from tests.testing._example import BrokenExampleAPI

MARKER = "x-sessionward-simulator-bug"


@pytest.fixture
def client(example_sim: Simulator) -> Iterator[httpx.Client]:
    headers = {"X-Api-Key": example_sim.credentials["api_key"]}
    with httpx.Client(base_url=example_sim.base_url, headers=headers) as client:
        yield client


def test_invalid_query_gets_the_plugins_error_shape_and_status(client: httpx.Client) -> None:
    response = client.get("/notes", params={"limit": 500})
    assert response.status_code == 422
    assert response.json() == {
        "code": "INVALID",
        "message": "the request does not match the spec of list_notes",
        "fields": [
            {"location": "query", "name": "limit", "message": "is greater than the maximum of 50"}
        ],
    }


def test_unreadable_query_value_is_a_problem_of_that_parameter(client: httpx.Client) -> None:
    response = client.get("/notes", params={"offset": "many"})
    assert response.status_code == 422
    assert response.json()["fields"] == [
        {"location": "query", "name": "offset", "message": "is not a valid integer"}
    ]


def test_invalid_path_parameter(client: httpx.Client) -> None:
    response = client.get("/notes/note-one")
    assert response.status_code == 422
    assert response.json()["fields"][0]["location"] == "path"
    assert response.json()["fields"][0]["name"] == "noteId"


def test_invalid_body_names_each_member(client: httpx.Client) -> None:
    response = client.post("/notes", json={"text": "x" * 201})
    assert response.status_code == 422
    assert response.json()["fields"] == [
        {"location": "body", "name": "text", "message": "is longer than 200 characters"}
    ]


def test_missing_body_and_wrong_media_type(client: httpx.Client) -> None:
    missing = client.post("/notes")
    wrong_type = client.post("/notes", content=b"text=hi", headers={"Content-Type": "text/plain"})
    not_json = client.post("/notes", content=b"{", headers={"Content-Type": "application/json"})
    assert missing.json()["fields"] == [{"location": "body", "name": "", "message": "is required"}]
    assert wrong_type.json()["fields"][0]["name"] == "content-type"
    assert not_json.json()["fields"][0]["message"] == "is not valid application/json"


def test_unknown_path_and_method_reach_the_plugin_as_404_and_405(client: httpx.Client) -> None:
    unknown_path = client.get("/tags")
    unknown_method = client.patch("/notes/n-1")
    outside_base_path = client.get(
        f"{client.base_url.scheme}://{client.base_url.host}:{client.base_url.port}/notes"
    )
    assert (unknown_path.status_code, unknown_path.json()["code"]) == (404, "NOT_FOUND")
    assert unknown_method.headers["allow"] == "GET, DELETE"
    assert (unknown_method.status_code, unknown_method.json()["code"]) == (
        405,
        "METHOD_NOT_ALLOWED",
    )
    assert outside_base_path.status_code == 404


def test_credentials_are_checked_before_the_request_is_validated(example_sim: Simulator) -> None:
    response = httpx.get(f"{example_sim.base_url}/notes", params={"limit": 500})
    assert response.status_code == 401
    assert response.json()["code"] == "UNAUTHORIZED"


def test_an_invalid_request_never_reaches_the_handler(
    example_sim: Simulator, client: httpx.Client
) -> None:
    client.delete("/notes/n-1", params={"extra": "ignored"})  # valid: unknown query is allowed
    client.post("/notes", json={"text": ""})  # invalid: must not create a note
    assert client.get("/notes").json()["total"] == 4
    assert example_sim.violations() == []


def _violations_of(
    request: str, path: str, **kwargs: object
) -> tuple[httpx.Response, SpecViolationError]:
    with (
        pytest.raises(SpecViolationError) as raised,
        serve(BrokenExampleAPI) as sim,
        httpx.Client(base_url=sim.base_url) as client,
    ):
        headers = {"X-Api-Key": sim.credentials["api_key"]}
        response = client.request(request, path, headers=headers, **kwargs)  # type: ignore[arg-type]
    return response, raised.value


def test_a_response_that_breaks_the_spec_becomes_a_marked_500_and_serve_raises() -> None:
    response, error = _violations_of("GET", "/notes/n-1")
    assert response.status_code == 500
    assert response.headers[MARKER] == "spec-violation"
    assert response.text.startswith("SESSIONWARD SIMULATOR BUG")
    (violation,) = error.violations
    assert (violation.method, violation.operation, violation.status) == ("GET", "get_note", 200)
    assert "'createdAt' is a required property" in violation.message
    assert "body.id: is not of type 'string'" in violation.message
    assert "get_note" in str(error)


def test_a_body_on_a_bodyless_status_is_a_violation() -> None:
    response, error = _violations_of("DELETE", "/notes/n-1")
    assert response.status_code == 500
    assert "status 204 declares no body" in error.violations[0].message


def test_a_handler_that_raises_is_a_violation() -> None:
    response, error = _violations_of("POST", "/notes", json={"text": "hi"})
    assert response.status_code == 500
    assert error.violations[0].message == "the handler raised RuntimeError"


def test_a_refusal_in_the_wrong_shape_is_a_violation_where_the_spec_documents_it() -> None:
    response, error = _violations_of("GET", "/notes", params={"limit": 0})
    assert response.status_code == 500
    assert "'code' is a required property" in error.violations[0].message


def test_violations_are_logged_at_error_level(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="sessionward.testing"):
        _violations_of("GET", "/notes/n-1")
    assert any("get_note" in record.getMessage() for record in caplog.records)


def test_violations_are_listed_by_the_control_api() -> None:
    with pytest.raises(SpecViolationError), serve(BrokenExampleAPI) as sim:
        httpx.get(f"{sim.base_url}/notes/n-1")
        (violation,) = sim.violations()
        assert violation.operation == "get_note"


def test_an_exception_in_the_block_keeps_priority_and_carries_the_violations() -> None:
    with pytest.raises(KeyError) as raised, serve(BrokenExampleAPI) as sim:
        httpx.get(f"{sim.base_url}/notes/n-1")
        raise KeyError("from the test")
    assert any("get_note" in note for note in raised.value.__notes__)


def test_response_validation_off_lets_the_handlers_answer_through() -> None:
    with serve(BrokenExampleAPI, validate_responses=False) as sim:
        response = httpx.get(f"{sim.base_url}/notes/n-1")
        assert response.json() == {"id": 7, "text": ""}
        # Requests are still checked.
        assert httpx.get(f"{sim.base_url}/notes/x").status_code == 422
