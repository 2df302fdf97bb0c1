"""Regenerate ``generated/<key>`` from ``specs/<key>`` and check that what is committed is current.

The nox sessions ``generate`` and ``drift`` run this module inside their virtualenv, where the
pinned generator and formatter are installed. ``generate`` validates every spec, wipes each output
folder and regenerates it, then writes a stamp (hashes of the spec, the generator config and the
custom templates, and the generator and formatter versions). ``drift`` regenerates into a temporary
folder, compares it file by file with ``generated/``, and on a difference names the API and which of
its inputs moved, by comparing the committed stamp with a fresh one.
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

# The registry of the suite's APIs (one table per key), shipped in sessionward-testing.
REGISTRY = "overlays/testing/sessionward/testing/apis.toml"
STAMP_NAME = "generation-stamp.json"
# Files of generated/<key> that are not generator output: the release history, which
# `nox -s bump` writes. Regeneration keeps them and the drift check does not compare them.
KEPT_NAMES = ("CHANGELOG.md",)

# What a stamp records, and how drift names each field when it moved.
STAMP_FIELDS = {
    "spec_sha256": "its spec (specs/{key}/openapi.yaml)",
    "config_sha256": "its generator config (specs/{key}/config.yaml)",
    "templates_sha256": "the custom templates (templates/)",
    "generator": "the generator version",
    "formatter": "the formatter version",
}


@dataclass(frozen=True)
class Workspace:
    """The folders generation reads and writes, below one workspace root (a checkout, or a copy)."""

    root: Path

    @property
    def specs(self) -> Path:
        """``specs/``: one folder per API with its spec and generator config."""
        return self.root / "specs"

    @property
    def templates(self) -> Path:
        """``templates/``: the repo-owned generator templates."""
        return self.root / "templates"

    @property
    def generated(self) -> Path:
        """``generated/``: the committed generator output."""
        return self.root / "generated"

    def api_keys(self) -> list[str]:
        """The API keys of the suite's registry (``apis.toml`` in sessionward-testing)."""
        text = (self.root / REGISTRY).read_text(encoding="utf-8")
        return list(tomllib.loads(text)["api"])


def _sha256_of_files(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def make_stamp(workspace: Workspace, key: str) -> dict[str, str]:
    """The stamp of the inputs that produce ``generated/<key>`` right now."""
    specs, templates = workspace.specs, workspace.templates
    template_files = [path for path in templates.rglob("*") if path.is_file()]
    return {
        "api": key,
        "spec_sha256": _sha256_of_files([specs / key / "openapi.yaml"], specs),
        "config_sha256": _sha256_of_files([specs / key / "config.yaml"], specs),
        "templates_sha256": _sha256_of_files(template_files, templates),
        "generator": f"openapi-python-client {version('openapi-python-client')}",
        "formatter": f"ruff {version('ruff')}",
    }


def validate_spec(workspace: Workspace, key: str) -> None:
    """Validate ``specs/<key>/openapi.yaml``; raises SystemExit with the validator's message."""
    spec = workspace.specs / key / "openapi.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "openapi_spec_validator", str(spec)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"specs/{key}/openapi.yaml is not valid:\n{result.stdout}{result.stderr}")


def generate_into(workspace: Workspace, key: str, output: Path) -> None:
    """Generate the client of ``key`` into ``output`` (which must not exist) and stamp it."""
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(workspace.specs / key / "openapi.yaml"),
        "--config",
        str(workspace.specs / key / "config.yaml"),
        "--custom-template-path",
        str(workspace.templates),
        "--meta",
        "uv",
        "--output-path",
        str(output),
        "--fail-on-warning",
    ]
    # The formatter's cache would land inside the output and differ from run to run.
    environment = {**os.environ, "RUFF_NO_CACHE": "true"}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    if result.returncode != 0:
        raise SystemExit(f"generating {key} failed:\n{result.stdout}{result.stderr}")
    stamp = json.dumps(make_stamp(workspace, key), indent=2, sort_keys=True) + "\n"
    (output / STAMP_NAME).write_text(stamp, encoding="utf-8")


def generate(workspace: Workspace, keys: list[str]) -> None:
    """Validate every spec, then wipe and regenerate ``generated/<key>`` for each key."""
    for key in keys:
        validate_spec(workspace, key)
    for key in keys:
        target = workspace.generated / key
        kept = {n: (target / n).read_bytes() for n in KEPT_NAMES if (target / n).exists()}
        if target.exists():
            shutil.rmtree(target)
        generate_into(workspace, key, target)
        for name, content in kept.items():
            (target / name).write_bytes(content)
        print(f"generated/{key}: regenerated from specs/{key}")


def _tree_differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (missing on either side, or other bytes)."""
    differences: list[str] = []

    def walk(comparison: filecmp.dircmp[str], prefix: str) -> None:
        for name in comparison.left_only:
            differences.append(f"{prefix}{name} (would be created)")
        for name in comparison.right_only:
            differences.append(f"{prefix}{name} (should not exist)")
        _, mismatch, errors = filecmp.cmpfiles(
            comparison.left, comparison.right, comparison.common_files, shallow=False
        )
        differences.extend(f"{prefix}{name} (differs)" for name in [*mismatch, *errors])
        for name, sub in comparison.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    if not actual.exists():
        return ["(the whole folder is missing)"]
    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__", *KEPT_NAMES]), "")
    return sorted(differences)


def _moved_inputs(workspace: Workspace, key: str, fresh: Path) -> list[str]:
    committed_path = workspace.generated / key / STAMP_NAME
    fresh_stamp = json.loads((fresh / STAMP_NAME).read_text(encoding="utf-8"))
    if not committed_path.exists():
        return ["no committed stamp: generated/ was never produced by `nox -s generate`"]
    committed = json.loads(committed_path.read_text(encoding="utf-8"))
    moved = [
        description.format(key=key)
        for field, description in STAMP_FIELDS.items()
        if committed.get(field) != fresh_stamp[field]
    ]
    return moved or ["no input moved: files under generated/ were edited by hand"]


def drift(workspace: Workspace, keys: list[str]) -> int:
    """Regenerate into a temporary folder and report every API whose committed output differs."""
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="sessionward-drift-") as temporary:
        for key in keys:
            validate_spec(workspace, key)
            fresh = Path(temporary) / key
            generate_into(workspace, key, fresh)
            differences = _tree_differences(fresh, workspace.generated / key)
            if not differences:
                print(f"generated/{key}: up to date")
                continue
            report = [f"generated/{key} is out of date; input that moved:"]
            report += [f"  - {moved}" for moved in _moved_inputs(workspace, key, fresh)]
            report += ["  files:"] + [f"    {line}" for line in differences]
            failures.append("\n".join(report))
    if failures:
        print("\n\n".join(failures), file=sys.stderr)
        print("\nRun `nox -s generate` and commit the result with its inputs.", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``generate`` or ``drift``, optionally for some API keys only."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "drift"])
    parser.add_argument("keys", nargs="*", help="API keys (default: all of pyproject.toml)")
    parser.add_argument(
        "--root", type=Path, default=Path(__file__).resolve().parents[1], help="workspace root"
    )
    arguments = parser.parse_args(argv)
    workspace = Workspace(arguments.root)
    keys = arguments.keys or workspace.api_keys()
    unknown = sorted(set(keys) - set(workspace.api_keys()))
    if unknown:
        parser.error(f"unknown API key(s): {', '.join(unknown)}")
    if arguments.command == "generate":
        generate(workspace, keys)
        return 0
    return drift(workspace, keys)


if __name__ == "__main__":
    raise SystemExit(main())
