"""The version gate end to end on changes to Ziti's spec, in a copy of the workspace.

Change the spec, regenerate, and see ``versions`` fail naming the distribution and the change,
then ``bump`` release it: a removed response field and a changed parameter type are breaking, an
added optional field is minor. Ziti's spec is the example; the gate reads every API alike.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.releases._workspace import copy_workspace, released, run


def _edit_ziti_spec(workspace: Path, edit: str) -> None:
    path = workspace / "specs" / "ziti" / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    detail = spec["components"]["schemas"]["ApiSessionDetail"]["allOf"][1]["properties"]
    if edit == "remove":
        del detail["improperClientCertChain"]
    else:
        detail["lastSeenFrom"] = {"type": "string", "description": "Where it was last seen."}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    generated = run(workspace, "scripts/generation.py", "generate", "ziti")
    assert generated.returncode == 0, generated.stderr


def test_a_removed_response_field_is_breaking_until_bumped(tmp_path: Path) -> None:
    workspace = copy_workspace(tmp_path)
    before = released(workspace, "sessionward-ziti-api")
    _edit_ziti_spec(workspace, "remove")

    gate = run(workspace, "-m", "scripts.releases", "versions")
    assert gate.returncode == 1
    lines = [line.strip() for line in gate.stdout.splitlines()]
    verdict = next(line for line in lines if line.startswith("sessionward-ziti-api:"))
    assert "verdict major" in verdict and "FAIL" in verdict
    # Both levels name the field: the Python API (griffe) and the spec (the OpenAPI differ).
    python_reason = (
        "removed ziti_api.models.api_session_detail.ApiSessionDetail.improper_client_cert_chain"
    )
    assert f"breaking: {python_reason}" in lines
    assert "breaking: schema removed ApiSessionDetail.improperClientCertChain" in lines
    # The overlay re-exports the generated models, so the break carries over to it.
    overlay = next(line for line in lines if line.startswith("sessionward-ziti:"))
    assert "verdict major" in overlay

    bumped = run(workspace, "-m", "scripts.releases", "bump")
    assert bumped.returncode == 0, bumped.stderr
    major = int(before.split(".")[0]) + 1
    assert released(workspace, "sessionward-ziti-api") == f"{major}.0.0"
    changelog = (workspace / "generated" / "ziti" / "CHANGELOG.md").read_text()
    assert f"## {major}.0.0" in changelog
    assert f"- **Breaking:** {python_reason}" in changelog
    pins = (workspace / "overlays" / "ziti" / "pyproject.toml").read_text()
    assert f'"sessionward-ziti-api>={major}.0.0,<{major + 1}"' in pins

    again = run(workspace, "-m", "scripts.releases", "versions")
    assert again.returncode == 0, again.stdout


def test_an_added_optional_field_is_minor(tmp_path: Path) -> None:
    workspace = copy_workspace(tmp_path)
    major, minor, _ = released(workspace, "sessionward-ziti-api").split(".")
    _edit_ziti_spec(workspace, "add")

    gate = run(workspace, "-m", "scripts.releases", "versions")
    assert gate.returncode == 1
    lines = [line.strip() for line in gate.stdout.splitlines()]
    verdict = next(line for line in lines if line.startswith("sessionward-ziti-api:"))
    assert "verdict minor" in verdict
    assert "minor: added ziti_api.models.ApiSessionDetail.last_seen_from" in lines
    assert "minor: schema added ApiSessionDetail.lastSeenFrom" in lines

    assert run(workspace, "-m", "scripts.releases", "bump").returncode == 0
    assert released(workspace, "sessionward-ziti-api") == f"{major}.{int(minor) + 1}.0"
    changelog = (workspace / "generated" / "ziti" / "CHANGELOG.md").read_text()
    assert "### Added" in changelog and "last_seen_from" in changelog
    assert run(workspace, "-m", "scripts.releases", "versions").returncode == 0


def test_a_changed_parameter_type_is_breaking(tmp_path: Path) -> None:
    workspace = copy_workspace(tmp_path)
    path = workspace / "specs" / "ziti" / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    parameters = spec["paths"]["/api-sessions"]["get"]["parameters"]
    next(p for p in parameters if p["name"] == "filter")["schema"] = {"type": "integer"}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert run(workspace, "scripts/generation.py", "generate", "ziti").returncode == 0

    gate = run(workspace, "-m", "scripts.releases", "versions")
    lines = [line.strip() for line in gate.stdout.splitlines()]
    verdict = next(line for line in lines if line.startswith("sessionward-ziti-api:"))
    assert "verdict major" in verdict
    assert any(line.startswith("breaking: /api-sessions get: parameter schema") for line in lines)
