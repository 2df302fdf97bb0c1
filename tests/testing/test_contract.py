"""Loading a spec for a simulator: what is refused, and the checks openapi-core leaves to us."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from starlette.datastructures import Headers, QueryParams

from sessionward.testing import Rejection, SimulatorError
from sessionward.testing._routes import Routed, RouteTable
from sessionward.testing._spec import Contract, Match, SpecRequest, SpecResponse, load_document
from tests.testing._example import EXAMPLE_SPEC


def _document(**changes: Any) -> dict[str, Any]:
    document = load_document(EXAMPLE_SPEC)
    document.update(changes)
    return document


def _contract(document: dict[str, Any], base_path: str = "/example/v1") -> Contract:
    return Contract(document, base_path=base_path, source="test spec")


def test_base_path_must_be_the_path_of_a_server_url() -> None:
    with pytest.raises(
        SimulatorError, match=r"'/v2' is not the path of any server URL.*'/example/v1'"
    ):
        _contract(_document(), base_path="/v2")


def test_a_spec_path_under_the_control_prefix_is_refused() -> None:
    document = _document(servers=[{"url": "https://host"}])
    document["paths"]["/_sim/notes"] = document["paths"].pop("/notes")
    with pytest.raises(SimulatorError, match="reserved /_sim/"):
        _contract(document, base_path="")


def test_an_invalid_openapi_document_is_refused() -> None:
    with pytest.raises(SimulatorError, match="not a valid OpenAPI document"):
        _contract(_document(info={"title": "no version"}))


def test_every_operation_needs_an_operation_id() -> None:
    document = _document()
    del document["paths"]["/notes"]["get"]["operationId"]
    with pytest.raises(SimulatorError, match="needs an operationId"):
        _contract(document)


def test_missing_and_non_mapping_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SimulatorError, match="cannot read the spec"):
        load_document(tmp_path / "absent.yaml")
    (tmp_path / "list.yaml").write_text("- 1\n")
    with pytest.raises(SimulatorError, match="not an OpenAPI document"):
        load_document(tmp_path / "list.yaml")


def test_yaml_timestamps_stay_strings(tmp_path: Path) -> None:
    (tmp_path / "doc.yaml").write_text("example: 2024-05-01T12:34:56Z\n")
    assert load_document(tmp_path / "doc.yaml") == {"example": "2024-05-01T12:34:56Z"}


def test_match_names_the_operation_and_its_path_variables() -> None:
    contract = _contract(_document())
    match = contract.match("GET", "/example/v1/notes/n-4")
    assert isinstance(match, Match)
    assert (match.operation_id, match.path_params) == ("get_note", {"noteId": "n-4"})
    assert contract.match("GET", "/notes") == Rejection(
        404, "no operation of the API has the path /notes"
    )
    assert contract.match("PUT", "/example/v1/notes") == Rejection(
        405, "PUT is not allowed on /example/v1/notes", allowed=("GET", "POST")
    )


def _request(match: Match, path: str) -> SpecRequest:
    return SpecRequest.build(
        match,
        method="GET",
        path=path,
        query=QueryParams(""),
        headers=Headers({}),
        cookies={},
        body=b"",
    )


def test_declared_statuses_include_ranges_and_default() -> None:
    document = _document()
    responses = document["paths"]["/notes"]["get"]["responses"]
    responses["5XX"] = {"description": "server trouble"}
    contract = _contract(document)
    match = contract.match("GET", "/example/v1/notes")
    assert isinstance(match, Match)
    assert contract.declares(match, 503)
    assert contract.declares(match, 401)
    assert not contract.declares(match, 404)
    responses["default"] = {"description": "anything"}
    match = _contract(document).match("GET", "/example/v1/notes")
    assert isinstance(match, Match)
    assert _contract(document).declares(match, 404)


def test_vendor_json_media_types_are_parsed_as_json() -> None:
    document = _document()
    content = document["paths"]["/notes/{noteId}"]["get"]["responses"]["200"]["content"]
    content["application/links+json"] = content.pop("application/json")
    contract = _contract(document)
    match = contract.match("GET", "/example/v1/notes/n-1")
    assert isinstance(match, Match)

    def findings(body: bytes) -> tuple[str, ...]:
        headers = Headers({"content-type": "application/links+json"})
        response = SpecResponse(status_code=200, headers=headers, data=body)
        return contract.check_response(_request(match, "/example/v1/notes/n-1"), response, match)

    good = b'{"id": "n-1", "text": "hi", "createdAt": "2025-01-01T00:00:00Z"}'
    assert findings(good) == ()
    assert findings(b'{"id": "n-1"}') != ()


def test_findings_do_not_quote_response_values() -> None:
    contract = _contract(_document())
    match = contract.match("GET", "/example/v1/notes/n-1")
    assert isinstance(match, Match)
    response = SpecResponse(
        status_code=200,
        headers=Headers({"content-type": "application/json"}),
        data=b'{"id": 12345678, "text": "", "createdAt": "secret-looking-value"}',
    )
    findings = contract.check_response(_request(match, "/example/v1/notes/n-1"), response, match)
    assert findings == (
        "body.id: is not of type 'string'",
        "body.text: is shorter than 1 characters",
        "body.createdAt: is not a valid date-time",
    )


def _routes() -> RouteTable:
    def operation(name: str) -> dict[str, str]:
        return {"operationId": name}

    paths = {
        "/clusterConfig/userSessions": {
            "get": operation("get_config"),
            "put": operation("put_config"),
        },
        "/userSessions": {"get": operation("list"), "delete": operation("remove")},
        "/items/{id}": {"get": operation("get_item")},
        "/items/current": {"put": operation("put_current")},
    }
    return RouteTable(paths, ("get", "put", "post", "delete"))


def test_routing_matches_whole_paths_not_suffixes() -> None:
    assert _routes().find("DELETE", "/clusterConfig/userSessions") == ("GET", "PUT")
    routed = _routes().find("DELETE", "/userSessions")
    assert isinstance(routed, Routed)
    assert routed.operation_id == "remove"
    assert _routes().find("GET", "/x/userSessions") == ()


def test_routing_prefers_the_concrete_path_and_falls_back_to_templates() -> None:
    concrete = _routes().find("PUT", "/items/current")
    templated = _routes().find("GET", "/items/current")
    assert isinstance(concrete, Routed)
    assert isinstance(templated, Routed)
    assert concrete.operation_id == "put_current"
    assert (templated.operation_id, templated.path_params) == ("get_item", {"id": "current"})
    assert _routes().find("GET", "/items/a/b") == ()
    assert _routes().find("POST", "/items/7") == ("GET",)
