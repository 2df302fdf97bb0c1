"""Fault injection over real sockets: injected answers, delays, drops, cut and malformed bodies."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from sessionward.testing import Simulator, SimulatorError
from tests.testing._polling import eventually


@pytest.fixture
def client(example_sim: Simulator) -> Iterator[httpx.Client]:
    headers = {"X-Api-Key": example_sim.credentials["api_key"]}
    with httpx.Client(base_url=example_sim.base_url, headers=headers, timeout=5.0) as client:
        yield client


def _raw_exchange(sim: Simulator, request: bytes) -> bytes:
    """Send raw bytes, read until the server closes the connection, return all it sent."""
    parts = urlsplit(sim.origin)
    assert parts.hostname is not None and parts.port is not None
    received = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=5.0) as sock:
        sock.sendall(request)
        while chunk := sock.recv(65536):
            received += chunk
    return received


def _get_notes(sim: Simulator) -> bytes:
    key = sim.credentials["api_key"].encode()
    return b"GET /example/v1/notes HTTP/1.1\r\nHost: sim\r\nX-Api-Key: " + key + b"\r\n\r\n"


def test_status_for_the_next_n_requests_then_normal(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", status=503, times=2)
    statuses = [client.get("/notes").status_code for _ in range(3)]
    assert statuses == [503, 503, 200]


def test_rate_limit_with_retry_after_and_a_json_body(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault(
        "GET", "/notes", status=429, headers={"Retry-After": "7"}, json={"code": "RATE_LIMITED"}
    )
    response = client.get("/notes")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"code": "RATE_LIMITED"}


def test_non_standard_status_with_an_html_body(
    example_sim: Simulator, client: httpx.Client
) -> None:
    page = "<html><body>Web server is returning an unknown error</body></html>"
    example_sim.inject_fault(
        "GET", "/notes", status=520, headers={"Content-Type": "text/html"}, body=page
    )
    response = client.get("/notes")
    assert response.status_code == 520
    assert response.headers["content-type"] == "text/html"
    assert response.text == page


def test_injected_answers_bypass_response_validation(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes/n-1", status=200, json={"not": "a note"})
    assert client.get("/notes/n-1").json() == {"not": "a note"}
    assert example_sim.violations() == []


def test_delay_then_normal_answer(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault("GET", "/notes/n-1", delay=0.2)
    response = client.get("/notes/n-1")
    assert response.status_code == 200
    assert response.json()["id"] == "n-1"
    assert example_sim.requests()[-1].fault == "respond"


def test_delay_longer_than_the_client_timeout_times_the_client_out(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", delay=30)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/notes", timeout=0.2)
    # The simulator notices the client leaving, in its own time, and answers nothing.
    assert eventually(lambda: len(example_sim.requests()) == 1)
    assert example_sim.requests()[0].status is None


def test_delay_then_injected_status(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault("GET", "/notes", delay=0.1, status=504)
    assert client.get("/notes").status_code == 504


def test_drop_closes_the_connection_without_any_response_bytes(example_sim: Simulator) -> None:
    example_sim.inject_fault("GET", "/notes", action="drop")
    assert _raw_exchange(example_sim, _get_notes(example_sim)) == b""
    assert example_sim.requests()[-1].status is None


def test_drop_is_a_server_disconnect_for_httpx(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("DELETE", "/notes/*", action="drop")
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        client.delete("/notes/n-1")
    # A dropped request never reached the handler: the note is still there.
    assert client.get("/notes/n-1").status_code == 200


def test_truncate_promises_the_full_length_and_sends_half(example_sim: Simulator) -> None:
    example_sim.inject_fault("GET", "/notes", action="truncate")
    head, _, body = _raw_exchange(example_sim, _get_notes(example_sim)).partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    promised = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    assert 0 < len(body) < promised
    assert body == json.dumps(_first_page(example_sim), separators=(",", ":")).encode()[: len(body)]


def _first_page(sim: Simulator) -> object:
    with httpx.Client(base_url=sim.base_url) as client:
        return client.get("/notes", headers={"X-Api-Key": sim.credentials["api_key"]}).json()


def test_truncate_is_an_incomplete_body_for_httpx(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", action="truncate", status=503, body="x" * 100)
    with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
        client.get("/notes")


def test_malformed_sends_a_non_json_body_labelled_json(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", action="malformed")
    response = client.get("/notes")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_malformed_with_a_given_status_and_body(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", action="malformed", status=502, body='{"half":')
    response = client.get("/notes")
    assert response.status_code == 502
    assert response.content == b'{"half":'


def test_glob_and_method_select_the_requests(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault("DELETE", "/notes/n-*", status=500, times=None)
    assert client.get("/notes/n-2").status_code == 200
    assert client.delete("/notes/n-2").status_code == 500
    assert client.delete("/notes/n-3").status_code == 500
    assert client.get("/notes").status_code == 200


def test_full_path_also_matches(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault("*", "/example/v1/notes", status=418)
    assert client.get("/notes").status_code == 418


def test_first_armed_fault_wins_and_counts_down(
    example_sim: Simulator, client: httpx.Client
) -> None:
    example_sim.inject_fault("GET", "/notes", status=503, times=2)
    example_sim.inject_fault("GET", "*", status=500)
    assert [fault.times for fault in example_sim.faults()] == [2, 1]
    assert client.get("/notes").status_code == 503
    assert [fault.times for fault in example_sim.faults()] == [1, 1]
    assert [client.get("/notes").status_code for _ in range(3)] == [503, 500, 200]
    assert example_sim.faults() == []


def test_clear_faults_disarms_everything(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault(status=503, times=None)
    example_sim.clear_faults()
    assert client.get("/notes").status_code == 200


def test_reset_disarms_faults(example_sim: Simulator, client: httpx.Client) -> None:
    example_sim.inject_fault(status=503)
    example_sim.reset()
    assert client.get("/notes").status_code == 200


@pytest.mark.parametrize(
    ("arguments", "complaint"),
    [
        ({"status": 700}, "status must be between"),
        ({"delay": -1.0}, "delay must be between"),
        ({"times": 0, "status": 503}, "times must be 1 or more"),
        ({}, "needs a status or a delay"),
        ({"status": 503, "headers": {"Content-Length": "3"}}, "set by the simulator"),
        ({"status": 503, "path": "notes"}, "path must start with /"),
    ],
)
def test_invalid_faults_are_refused_with_the_reason(
    example_sim: Simulator, arguments: dict[str, object], complaint: str
) -> None:
    with pytest.raises(SimulatorError, match=complaint):
        example_sim.inject_fault(**arguments)  # type: ignore[arg-type]


def test_control_api_refuses_an_invalid_fault_document(example_sim: Simulator) -> None:
    response = httpx.post(f"{example_sim.origin}/_sim/faults", json={"status": "503", "colour": 1})
    assert response.status_code == 400
    assert "unknown fault fields: colour" in response.json()["error"]
