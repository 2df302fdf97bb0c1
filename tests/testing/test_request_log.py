"""The request log: method, path, query, header names and status; never a credential value."""

from __future__ import annotations

import httpx

from sessionward.testing import RequestRecord, Simulator


def test_records_method_path_query_header_names_status_and_operation(
    example_sim: Simulator,
) -> None:
    key = example_sim.credentials["api_key"]
    httpx.get(
        f"{example_sim.base_url}/notes",
        params=[("limit", "2"), ("offset", "1")],
        headers={"X-Api-Key": key, "X-Trace": "abc"},
    )
    (record,) = example_sim.requests()
    assert record.method == "GET"
    assert record.path == "/example/v1/notes"
    assert record.query == (("limit", "2"), ("offset", "1"))
    assert {"x-api-key", "x-trace", "host"} <= set(record.headers)
    assert (record.status, record.operation, record.fault) == (200, "list_notes", None)


def test_no_credential_value_appears_anywhere_in_the_log(example_sim: Simulator) -> None:
    key = example_sim.credentials["api_key"]
    backup = example_sim.other_credentials["backup"]["api_key"]
    with httpx.Client(base_url=example_sim.base_url) as client:
        client.get("/notes", headers={"X-Api-Key": key})
        client.get("/notes", params={"key": key})
        client.get("/notes", params={"api-token": "from-another-vendor", "q": backup})
        client.get(
            "/notes",
            headers={"Authorization": "Bearer secret-bearer", "Cookie": "sid=cookie-secret"},
        )
    raw = httpx.get(f"{example_sim.origin}/_sim/requests").text
    for secret in (key, backup, "from-another-vendor", "secret-bearer", "cookie-secret"):
        assert secret not in raw
        assert secret not in repr(example_sim.requests())
    queries = [record.query for record in example_sim.requests()]
    assert queries[1] == (("key", "[REDACTED]"),)
    assert queries[2] == (("api-token", "[REDACTED]"), ("q", "[REDACTED]"))
    assert {"authorization", "cookie"} <= set(example_sim.requests()[3].headers)


def test_rejected_and_faulted_requests_are_recorded_too(example_sim: Simulator) -> None:
    example_sim.inject_fault("DELETE", "/notes/*", status=503)
    headers = {"X-Api-Key": example_sim.credentials["api_key"]}
    with httpx.Client(base_url=example_sim.base_url, headers=headers) as client:
        client.get("/notes/bad")
        client.delete("/notes/n-1")
        client.get("/elsewhere")
    assert [(r.status, r.operation, r.fault) for r in example_sim.requests()] == [
        (422, "get_note", None),
        (503, "delete_note", "respond"),
        (404, None, None),
    ]


def test_control_requests_are_not_recorded(example_sim: Simulator) -> None:
    example_sim.faults()
    example_sim.requests()
    assert example_sim.requests() == []


def test_clear_requests_and_reset_empty_the_log(example_sim: Simulator) -> None:
    httpx.get(f"{example_sim.base_url}/notes")
    example_sim.clear_requests()
    assert example_sim.requests() == []
    httpx.get(f"{example_sim.base_url}/notes")
    example_sim.reset()
    assert example_sim.requests() == []


def test_records_survive_the_json_round_trip() -> None:
    record = RequestRecord(
        method="GET",
        path="/a",
        query=(("x", "1"),),
        headers=("host",),
        status=None,
        operation=None,
        fault="drop",
    )
    assert RequestRecord.from_json(record.to_json()) == record
