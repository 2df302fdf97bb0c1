"""The sessionward pipeline: regeneration, version gate, checks, builds and the downstream test.

CI and people run the same sessions. ``nox -s check`` runs everything CI runs; ``nox -s generate``
rewrites ``generated/`` from ``specs/`` and ``nox -s bump`` records releases. Python versions come
from the classifiers of ``pyproject.toml``, tool versions from its dependency groups. Virtualenvs
are made by uv and reused: a session installs again only when what it installs has changed.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = nox.project.python_versions(PYPROJECT)
# The registry of APIs ships in sessionward-testing; nothing is installed yet when nox loads.
REGISTRY = nox.project.load_toml("overlays/testing/sessionward/testing/apis.toml")
APIS: list[str] = list(REGISTRY["api"])

nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["demo", "check"]
nox.options.error_on_missing_interpreters = True

# The spec differ of the version gate, an npm package pinned by its lock file.
SPEC_DIFFER = Path("scripts/releases")


def _distributions() -> list[str]:
    """Every distribution of the workspace, generated clients first (the overlays import them)."""
    generated = [f"generated/{key}" for key in APIS]
    overlays = sorted(str(path.parent) for path in Path("overlays").glob("*/pyproject.toml"))
    return [path for path in generated if Path(path, "pyproject.toml").exists()] + overlays


def _install(session: nox.Session, *arguments: str, inputs: list[Path] | None = None) -> None:
    """Install ``arguments`` unless the reused virtualenv already holds exactly them.

    ``inputs`` are the files whose content decides what gets installed (the distributions'
    ``pyproject.toml``); with the arguments they make a stamp kept in the virtualenv.
    """
    digest = hashlib.sha256("\0".join(arguments).encode())
    for path in inputs or []:
        digest.update(path.read_bytes())
    location = getattr(session.virtualenv, "location", None)
    stamp = Path(location, ".sessionward-installed") if location else None
    if stamp is not None and stamp.exists() and stamp.read_text() == digest.hexdigest():
        session.log("reusing the installed environment: its inputs did not change")
        return
    session.install(*arguments)
    if stamp is not None:
        stamp.write_text(digest.hexdigest())


def _install_groups(session: nox.Session, *groups: str) -> None:
    _install(session, *nox.project.dependency_groups(PYPROJECT, *groups))


def _install_workspace(session: nox.Session, *groups: str) -> None:
    requirements = nox.project.dependency_groups(PYPROJECT, *groups) if groups else ()
    editables = [argument for path in _distributions() for argument in ("-e", path)]
    inputs = [Path("pyproject.toml")] + [Path(path, "pyproject.toml") for path in _distributions()]
    _install(session, *requirements, *editables, inputs=inputs)


def _install_spec_differ(session: nox.Session) -> None:
    lock = SPEC_DIFFER / "package-lock.json"
    stamp = SPEC_DIFFER / "node_modules" / ".sessionward-lock"
    if stamp.exists() and stamp.read_bytes() == lock.read_bytes():
        return
    session.run(
        "npm",
        "ci",
        "--silent",
        "--no-audit",
        "--no-fund",
        "--prefix",
        str(SPEC_DIFFER),
        external=True,
    )
    stamp.write_bytes(lock.read_bytes())


@nox.session(python=PYTHONS)
def demo(session: nox.Session) -> None:
    """Start the four simulators and run the end-to-end workflows through the overlay clients."""
    _install_workspace(session)
    session.run("python", "-m", "demo")


@nox.session(python=PYTHONS)
def generate(session: nox.Session) -> None:
    """Validate every spec, then wipe and regenerate generated/ with the pinned generator."""
    _install_groups(session, "generate")
    session.run("python", "scripts/generation.py", "generate", *session.posargs)


@nox.session(python=PYTHONS)
def drift(session: nox.Session) -> None:
    """Fail if generated/ differs from what the specs produce, naming the API and what moved."""
    _install_groups(session, "generate")
    session.run("python", "scripts/generation.py", "drift", *session.posargs)


@nox.session(python=PYTHONS)
def lint(session: nox.Session) -> None:
    """Run ruff's linter and its format check over the hand-written code."""
    _install_groups(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHONS)
def typecheck(session: nox.Session) -> None:
    """Run mypy --strict over overlays, tests, scripts and the generated clients."""
    _install_workspace(session, "typecheck")
    # Module names come from the roots in [tool.mypy] mypy_path (generated/<key>, overlays/<name>).
    generated = [f"generated/{key}/{key}_api" for key in APIS]
    overlays = [str(path) for path in sorted(Path("overlays").glob("*/sessionward"))]
    session.run("mypy", *generated, *overlays, "tests", "demo", "bench", "scripts", "noxfile.py")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite (specs, generated clients, core, simulators, overlays)."""
    _install_workspace(session, "test")
    _install_spec_differ(session)  # tests/releases run the version gate
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHONS, default=False)
def bench(session: nox.Session) -> None:
    """Measure import time, per-call overhead, parsing speed and paging memory against baselines."""
    _install_workspace(session, "bench")
    # Measure what an installed user pays: pip compiles a wheel's bytecode at install time, so
    # compile the editable sources too and let the measured interpreters use their .pyc files.
    session.run("python", "-m", "compileall", "-q", "overlays", "generated", silent=True)
    session.run("python", "-m", "bench", *session.posargs, env={"PYTHONDONTWRITEBYTECODE": ""})


@nox.session(python=PYTHONS)
def versions(session: nox.Session) -> None:
    """Print each distribution's verdict since its last release; fail if a version lags it."""
    _install_groups(session, "release")
    _install_spec_differ(session)
    session.run("python", "-m", "scripts.releases", "versions")


@nox.session(python=PYTHONS, default=False)
def bump(session: nox.Session) -> None:
    """Set the versions the changes require, repin dependents, write changelogs, record releases."""
    _install_groups(session, "release", "generate")
    _install_spec_differ(session)
    session.run("python", "-m", "scripts.releases", "bump", *session.posargs)


@nox.session(python=PYTHONS, default=False)
def build(session: nox.Session) -> None:
    """Build every distribution's sdist and a wheel from it into dist/; check them."""
    _install_groups(session, "build")
    session.run("python", "scripts/build.py", "dist", *_distributions())


@nox.session(python=PYTHONS, requires=["build"])
def downstream(session: nox.Session) -> None:
    """Install exact pins from dist/ offline into a fresh venv, as a downstream project would."""
    _install_groups(session, "build")
    session.run("python", "scripts/downstream.py", "dist")


@nox.session(
    python=False, requires=["drift", "versions", "lint", "typecheck", "tests", "downstream"]
)
def check(session: nox.Session) -> None:
    """Run every check CI runs: drift, versions, lint, typecheck, tests and downstream."""
    session.log("drift, versions, lint, typecheck, tests and downstream passed")
