"""The pytest plugin: per-API fixtures over session-wide servers, reset per test, strict."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from sessionward.testing import Simulator, registered_apis

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("run", ["first", "second"])
def test_every_test_starts_from_the_seeded_state(example_sim: Simulator, run: str) -> None:
    headers = {"X-Api-Key": example_sim.credentials["api_key"]}
    with httpx.Client(base_url=example_sim.base_url, headers=headers) as client:
        assert client.get("/notes").json()["total"] == 5
        assert example_sim.faults() == []
        assert [record.path for record in example_sim.requests()] == ["/example/v1/notes"]
        # Leave a mess behind for the other run to not see.
        assert client.delete("/notes/n-1").status_code == 204
        example_sim.inject_fault(status=503, times=None)


def test_the_server_is_shared_by_the_session(example_sim: Simulator) -> None:
    other = Simulator(
        api="example", origin=example_sim.origin, base_url=example_sim.base_url, credentials={}
    )
    assert other.faults() == example_sim.faults()
    assert httpx.get(f"{example_sim.origin}/_sim/health").status_code == 200


def _run_pytest(directory: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    environment.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
    environment.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *arguments, str(directory)],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )


def test_the_entry_point_registers_a_fixture_per_api(tmp_path: Path) -> None:
    (tmp_path / "test_nothing.py").write_text("def test_nothing():\n    assert True\n")
    result = _run_pytest(tmp_path, "--fixtures")
    for api in registered_apis():
        assert api.fixture in result.stdout


def test_a_violation_during_a_test_fails_that_test(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        textwrap.dedent(
            """
            from sessionward.testing.pytest_plugin import simulator_fixture

            broken_sim = simulator_fixture(
                "tests.testing._example:BrokenExampleAPI", name="broken_sim"
            )
            """
        )
    )
    (tmp_path / "test_broken.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_reads_a_note(broken_sim):
                response = httpx.get(f"{broken_sim.base_url}/notes/n-1")
                assert response.status_code == 500

            def test_lists_notes(broken_sim):
                headers = {"X-Api-Key": broken_sim.credentials["api_key"]}
                response = httpx.get(f"{broken_sim.base_url}/notes", headers=headers)
                assert response.status_code == 200
            """
        )
    )
    result = _run_pytest(tmp_path, "-q")
    assert result.returncode == 1, result.stdout
    # pytest counts a test that passed but failed in teardown as passed and as an error.
    assert "2 passed, 1 error" in result.stdout
    assert "ERROR at teardown of test_reads_a_note" in result.stdout
    assert "SpecViolationError" in result.stdout
