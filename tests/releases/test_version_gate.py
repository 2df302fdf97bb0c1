"""The version gate end to end, in a copy of the workspace.

Declare a break in the core and see ``bump`` release it and carry it over to every overlay. The
gate on a changed spec (``versions`` failing, naming the distribution and the change, then
``bump`` releasing it) is tested on one API's spec, in that API's tests
(`tests/<key>/test_version_gate.py`).
"""

from __future__ import annotations

from pathlib import Path

from sessionward.testing import registered_apis
from tests.releases._workspace import copy_workspace, released, run


def test_a_declared_break_releases_a_breaking_version_and_carries_over(tmp_path: Path) -> None:
    workspace = copy_workspace(tmp_path)
    readme = workspace / "overlays" / "core" / "README.md"
    readme.write_text(readme.read_text() + "\nCalls now end at a default deadline.\n")
    before = released(workspace, "sessionward-core")
    reason = "a call that ran longer than the new default deadline now fails"

    bumped = run(
        workspace, "-m", "scripts.releases", "bump", "--breaking", f"sessionward-core={reason}"
    )
    assert bumped.returncode == 0, bumped.stderr
    major, minor, _ = before.split(".")
    expected = f"0.{int(minor) + 1}.0" if major == "0" else f"{int(major) + 1}.0.0"
    assert released(workspace, "sessionward-core") == expected
    core_log = (workspace / "overlays" / "core" / "CHANGELOG.md").read_text()
    assert f"- **Breaking:** {reason}" in core_log
    # Every overlay re-exports the core's errors, so the break is theirs too.
    for api in registered_apis():
        overlay_log = (workspace / "overlays" / api.key / "CHANGELOG.md").read_text()
        assert "- **Breaking:** requires a new sessionward-core (major)" in overlay_log
    assert run(workspace, "-m", "scripts.releases", "versions").returncode == 0
