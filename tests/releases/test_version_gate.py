"""The version gate end to end, in a copy of the workspace.

Change a spec, regenerate, and see ``versions`` fail naming the distribution and the change, then
``bump`` release it.

Each test copies the tree (tracked and new files, as git lists them) into a fresh git folder, so
the checkout is never touched; the copy borrows the checkout's installed spec differ.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.specs._documents import REPO_ROOT

DIFFER_MODULES = REPO_ROOT / "scripts" / "releases" / "node_modules"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    copy = tmp_path / "workspace"
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    subprocess.run(["git", "init", "-q"], cwd=copy, check=True)
    (copy / "scripts" / "releases" / "node_modules").symlink_to(DIFFER_MODULES)
    return copy


def _run(workspace: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    # The generator's formatter (ruff) is found on PATH, next to this interpreter.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        [sys.executable, *arguments],
        cwd=workspace,
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path},
        check=False,
    )


def _edit_ziti_spec(workspace: Path, edit: str) -> None:
    path = workspace / "specs" / "ziti" / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    detail = spec["components"]["schemas"]["ApiSessionDetail"]["allOf"][1]["properties"]
    if edit == "remove":
        del detail["improperClientCertChain"]
    else:
        detail["lastSeenFrom"] = {"type": "string", "description": "Where it was last seen."}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    generated = _run(workspace, "scripts/generation.py", "generate", "ziti")
    assert generated.returncode == 0, generated.stderr


def _released(workspace: Path, name: str) -> str:
    record = json.loads((workspace / "releases" / name / "release.json").read_text())
    version: str = record["version"]
    return version


def test_a_removed_response_field_is_breaking_until_bumped(workspace: Path) -> None:
    before = _released(workspace, "sessionward-ziti-api")
    _edit_ziti_spec(workspace, "remove")

    gate = _run(workspace, "-m", "scripts.releases", "versions")
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

    bumped = _run(workspace, "-m", "scripts.releases", "bump")
    assert bumped.returncode == 0, bumped.stderr
    major = int(before.split(".")[0]) + 1
    assert _released(workspace, "sessionward-ziti-api") == f"{major}.0.0"
    changelog = (workspace / "generated" / "ziti" / "CHANGELOG.md").read_text()
    assert f"## {major}.0.0" in changelog
    assert f"- **Breaking:** {python_reason}" in changelog
    pins = (workspace / "overlays" / "ziti" / "pyproject.toml").read_text()
    assert f'"sessionward-ziti-api>={major}.0.0,<{major + 1}"' in pins

    again = _run(workspace, "-m", "scripts.releases", "versions")
    assert again.returncode == 0, again.stdout


def test_an_added_optional_field_is_minor(workspace: Path) -> None:
    major, minor, _ = _released(workspace, "sessionward-ziti-api").split(".")
    _edit_ziti_spec(workspace, "add")

    gate = _run(workspace, "-m", "scripts.releases", "versions")
    assert gate.returncode == 1
    lines = [line.strip() for line in gate.stdout.splitlines()]
    verdict = next(line for line in lines if line.startswith("sessionward-ziti-api:"))
    assert "verdict minor" in verdict
    assert "minor: added ziti_api.models.ApiSessionDetail.last_seen_from" in lines
    assert "minor: schema added ApiSessionDetail.lastSeenFrom" in lines

    assert _run(workspace, "-m", "scripts.releases", "bump").returncode == 0
    assert _released(workspace, "sessionward-ziti-api") == f"{major}.{int(minor) + 1}.0"
    changelog = (workspace / "generated" / "ziti" / "CHANGELOG.md").read_text()
    assert "### Added" in changelog and "last_seen_from" in changelog
    assert _run(workspace, "-m", "scripts.releases", "versions").returncode == 0


def test_a_declared_break_releases_a_breaking_version_and_carries_over(workspace: Path) -> None:
    readme = workspace / "overlays" / "core" / "README.md"
    readme.write_text(readme.read_text() + "\nCalls now end at a default deadline.\n")
    released = _released(workspace, "sessionward-core")
    reason = "a call that ran longer than the new default deadline now fails"

    bumped = _run(
        workspace, "-m", "scripts.releases", "bump", "--breaking", f"sessionward-core={reason}"
    )
    assert bumped.returncode == 0, bumped.stderr
    major, minor, _ = released.split(".")
    expected = f"0.{int(minor) + 1}.0" if major == "0" else f"{int(major) + 1}.0.0"
    assert _released(workspace, "sessionward-core") == expected
    core_log = (workspace / "overlays" / "core" / "CHANGELOG.md").read_text()
    assert f"- **Breaking:** {reason}" in core_log
    # Every overlay re-exports the core's errors, so the break is theirs too.
    ziti_log = (workspace / "overlays" / "ziti" / "CHANGELOG.md").read_text()
    assert "- **Breaking:** requires a new sessionward-core (major)" in ziti_log
    assert _run(workspace, "-m", "scripts.releases", "versions").returncode == 0


def test_a_changed_parameter_type_is_breaking(workspace: Path) -> None:
    path = workspace / "specs" / "ziti" / "openapi.yaml"
    spec = yaml.safe_load(path.read_text())
    parameters = spec["paths"]["/api-sessions"]["get"]["parameters"]
    next(p for p in parameters if p["name"] == "filter")["schema"] = {"type": "integer"}
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert _run(workspace, "scripts/generation.py", "generate", "ziti").returncode == 0

    gate = _run(workspace, "-m", "scripts.releases", "versions")
    lines = [line.strip() for line in gate.stdout.splitlines()]
    verdict = next(line for line in lines if line.startswith("sessionward-ziti-api:"))
    assert "verdict major" in verdict
    assert any(line.startswith("breaking: /api-sessions get: parameter schema") for line in lines)
