"""The sessionward pipeline: regeneration, its drift check, lint, type checks and tests.

CI and people run the same sessions. ``nox -s check`` runs everything CI runs (all but
``generate``); ``nox -s generate`` rewrites ``generated/`` from ``specs/``. Python versions come
from the classifiers of ``pyproject.toml``, tool versions from its dependency groups.
"""

from __future__ import annotations

from pathlib import Path

import nox

PYPROJECT = nox.project.load_toml("pyproject.toml")
PYTHONS = nox.project.python_versions(PYPROJECT)
APIS: list[str] = PYPROJECT["tool"]["sessionward"]["apis"]

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["demo", "check"]
nox.options.error_on_missing_interpreters = True


def _distributions() -> list[str]:
    """Every distribution of the workspace, generated clients first (the overlays import them)."""
    generated = [f"generated/{key}" for key in APIS]
    overlays = sorted(str(path.parent) for path in Path("overlays").glob("*/pyproject.toml"))
    return [path for path in generated if Path(path, "pyproject.toml").exists()] + overlays


def _install_workspace(session: nox.Session, *groups: str) -> None:
    requirements = nox.project.dependency_groups(PYPROJECT, *groups) if groups else ()
    editables = [argument for path in _distributions() for argument in ("-e", path)]
    session.install(*requirements, *editables)


@nox.session(python=PYTHONS)
def demo(session: nox.Session) -> None:
    """Start the four simulators and run the end-to-end workflows through the overlay clients."""
    _install_workspace(session)
    session.run("python", "-m", "demo")


@nox.session(python=PYTHONS)
def generate(session: nox.Session) -> None:
    """Validate every spec, then wipe and regenerate generated/ with the pinned generator."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "generate"))
    session.run("python", "scripts/generation.py", "generate", *session.posargs)


@nox.session(python=PYTHONS)
def drift(session: nox.Session) -> None:
    """Fail if generated/ differs from what the specs produce, naming the API and what moved."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "generate"))
    session.run("python", "scripts/generation.py", "drift", *session.posargs)


@nox.session(python=PYTHONS)
def lint(session: nox.Session) -> None:
    """Run ruff's linter and its format check over the hand-written code."""
    session.install(*nox.project.dependency_groups(PYPROJECT, "lint"))
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
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHONS, default=False)
def bench(session: nox.Session) -> None:
    """Measure import time, per-call overhead, parsing speed and paging memory against baselines."""
    _install_workspace(session, "bench")
    # Measure what an installed user pays: pip compiles a wheel's bytecode at install time, so
    # compile the editable sources too and let the measured interpreters use their .pyc files.
    session.run("python", "-m", "compileall", "-q", "overlays", "generated", silent=True)
    session.run("python", "-m", "bench", env={"PYTHONDONTWRITEBYTECODE": ""})


@nox.session(python=False, requires=["drift", "lint", "typecheck", "tests"])
def check(session: nox.Session) -> None:
    """Run every check CI runs: drift, lint, typecheck and tests (everything but generate)."""
    session.log("drift, lint, typecheck and tests passed")
