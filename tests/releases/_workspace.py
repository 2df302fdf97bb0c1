"""A copy of the workspace to run the release scripts in, and what they are run and read with.

The version gate's tests (`tests/releases/`, and those on one API's spec in `tests/<key>/`) copy
the tree (tracked and new files, as git lists them) into a fresh git folder, so the checkout is
never touched; the copy borrows the checkout's installed spec differ.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.specs._documents import REPO_ROOT

DIFFER_MODULES = REPO_ROOT / "scripts" / "releases" / "node_modules"


def copy_workspace(tmp_path: Path) -> Path:
    """A copy of the checkout's tree in a fresh git folder below `tmp_path`, with the differ."""
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


def run(workspace: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run this interpreter with `arguments` in the copy, capturing its output."""
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


def released(workspace: Path, name: str) -> str:
    """The version that the release record of distribution `name` holds."""
    record = json.loads((workspace / "releases" / name / "release.json").read_text())
    version: str = record["version"]
    return version
