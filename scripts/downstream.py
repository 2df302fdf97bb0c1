"""Install the built distributions as a downstream project would, with no package index.

``python scripts/downstream.py DIST`` (run by ``nox -s downstream`` after ``nox -s build``):

1. fills a wheelhouse with the third-party wheels that exact pins of ``sessionward-ziti`` and
   ``sessionward-testing`` need (plus pytest and mypy, at the suite's pins);
2. installs those exact pins into a fresh virtualenv from ``DIST`` and the wheelhouse only
   (``--no-index``), runs ``downstream/revoke_operator.py``, ``pytest`` on ``downstream/`` (the
   plugin's fixtures) and ``mypy --strict`` on it;
3. builds the generated Ziti client at its next major version and checks that pip refuses to
   install it beside the overlay, whose pin allows only the major it was tested with.

Exits non-zero, saying which step failed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOWNSTREAM = ROOT / "downstream"
OVERLAY, GENERATED = "sessionward-ziti", "sessionward-ziti-api"


def _version_of(dist_dir: Path, name: str) -> str:
    stem = name.replace("-", "_")
    versions = [p.name.split("-")[1] for p in dist_dir.glob(f"{stem}-*.whl")]
    if len(versions) != 1:
        raise SystemExit(f"downstream: expected one wheel of {name} in {dist_dir}, got {versions}")
    return versions[0]


def _tool_pins() -> list[str]:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = {"pytest", "mypy"}
    pins = [
        entry
        for group in ("test", "typecheck")
        for entry in groups["dependency-groups"][group]
        if isinstance(entry, str) and re.split(r"[<>=!~\[ ]", entry)[0] in wanted
    ]
    return pins


def _run(step: str, command: list[str], cwd: Path | None = None) -> str:
    print(f"downstream: {step}", flush=True)
    result = subprocess.run(command, text=True, capture_output=True, cwd=cwd)
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"downstream: {step} failed (exit {result.returncode})")
    return result.stdout


def _next_major_wheel(scratch: Path) -> str:
    source = scratch / "next-major"
    shutil.copytree(ROOT / "generated" / "ziti", source)
    pyproject = source / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    current = re.search(r'^version = "(\d+)\.[^"]*"$', text, re.MULTILINE)
    assert current is not None, "generated/ziti/pyproject.toml has no version line"
    major = f"{int(current[1]) + 1}.0.0"
    pyproject.write_text(text.replace(current[0], f'version = "{major}"'), encoding="utf-8")
    command = [sys.executable, "-m", "build", "--wheel", "--installer", "uv", "--outdir"]
    _run(f"build {GENERATED} {major}", [*command, str(scratch / "wheels"), str(source)])
    return major


def main(dist_name: str) -> int:
    """Run the three steps; 0 when all passed."""
    dist_dir = Path(dist_name).resolve()
    pins = [f"{name}=={_version_of(dist_dir, name)}" for name in (OVERLAY, "sessionward-testing")]
    tools = _tool_pins()
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        env_dir = scratch / "venv"
        # uv's virtualenv, seeded with pip: a distribution's python3 may lack ensurepip.
        _run(
            "make a fresh virtualenv",
            ["uv", "venv", "--quiet", "--seed", "--python", sys.executable, str(env_dir)],
        )
        python = str(env_dir / "bin" / "python")
        wheelhouse = scratch / "wheelhouse"
        _run(
            "fill the wheelhouse",
            [
                python,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--only-binary",
                ":all:",
                "--dest",
                str(wheelhouse),
                "--find-links",
                str(dist_dir),
                *pins,
                *tools,
            ],
        )
        offline = ["--no-index", "--find-links", str(dist_dir), "--find-links", str(wheelhouse)]
        _run(
            f"install {' '.join(pins)} offline",
            [python, "-m", "pip", "install", "--quiet", *offline, *pins, *tools],
        )
        _run("pip check", [python, "-m", "pip", "check"])
        workdir = scratch / "project"
        shutil.copytree(DOWNSTREAM, workdir)
        program = _run("run the program", [python, "revoke_operator.py"], cwd=workdir)
        print(f"    {program.strip()}")
        _run(
            "pytest with the plugin fixtures",
            [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "."],
            cwd=workdir,
        )
        _run(
            "mypy --strict",
            [python, "-m", "mypy", "--strict", "--no-incremental", "."],
            cwd=workdir,
        )
        major = _next_major_wheel(scratch)
        refused = subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--dry-run",
                *offline,
                "--find-links",
                str(scratch / "wheels"),
                pins[0],
                f"{GENERATED}=={major}",
            ],
            text=True,
            capture_output=True,
        )
        if refused.returncode == 0 or "ResolutionImpossible" not in refused.stderr:
            print(refused.stdout, refused.stderr, sep="\n", file=sys.stderr)
            raise SystemExit(f"downstream: pip did not refuse {pins[0]} with {GENERATED} {major}")
        print(f"downstream: pip refuses {pins[0]} beside {GENERATED}=={major}, as it must")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
