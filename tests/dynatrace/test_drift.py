"""The drift check fails on a moved input or a hand edit, and names the API and the cause.

Each case copies the workspace inputs and Dynatrace's committed output (the smallest of the APIs)
into a temporary folder, changes one thing there and runs ``scripts/generation.py drift`` on the
copy, as ``nox -s drift`` does for every API.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.specs._documents import REPO_ROOT

SCRIPT = REPO_ROOT / "scripts" / "generation.py"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the inputs and of Dynatrace's committed output."""
    shutil.copy(REPO_ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    registry = Path("overlays/testing/sessionward/testing/apis.toml")
    (tmp_path / registry).parent.mkdir(parents=True)
    shutil.copy(REPO_ROOT / registry, tmp_path / registry)
    shutil.copytree(REPO_ROOT / "templates", tmp_path / "templates")
    shutil.copytree(REPO_ROOT / "specs" / "dynatrace", tmp_path / "specs" / "dynatrace")
    shutil.copytree(
        REPO_ROOT / "generated" / "dynatrace",
        tmp_path / "generated" / "dynatrace",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    return tmp_path


def _drift(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), "drift", "dynatrace", "--root", str(root)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_committed_output_is_current(workspace: Path) -> None:
    result = _drift(workspace)
    assert result.returncode == 0, result.stderr
    assert "generated/dynatrace: up to date" in result.stdout


def test_a_changed_spec_field_fails_and_names_the_api_and_the_spec(workspace: Path) -> None:
    spec = workspace / "specs" / "dynatrace" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    # One field of one model: UserSession's `nodeId` becomes a string.
    field = "        nodeId:\n          type: integer\n          format: int32"
    assert text.count(field) == 1
    spec.write_text(
        text.replace(field, "        nodeId:\n          type: string"), encoding="utf-8"
    )
    result = _drift(workspace)
    assert result.returncode == 1
    assert "generated/dynatrace is out of date" in result.stderr
    assert "its spec (specs/dynatrace/openapi.yaml)" in result.stderr
    assert "dynatrace_api/models/user_session.py (differs)" in result.stderr


def test_a_hand_edit_of_generated_code_is_caught(workspace: Path) -> None:
    module = workspace / "generated" / "dynatrace" / "dynatrace_api" / "models" / "user_session.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# patched\n", encoding="utf-8")
    result = _drift(workspace)
    assert result.returncode == 1
    assert "edited by hand" in result.stderr
    assert "dynatrace_api/models/user_session.py (differs)" in result.stderr
