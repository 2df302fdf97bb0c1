"""The distributions of the workspace as the version gate sees them.

Each distribution has a folder, an import package, a version that lives in one file (an
overlay's ``_version.py``; for a generated client, ``package_version_override`` in
``specs/<key>/config.yaml``, which the generator writes into its ``pyproject.toml``), the files it
ships, and the distributions of ours it depends on. Everything is read from the tree, so a new
overlay or API is picked up without editing this module.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import tomllib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path, PurePosixPath

from packaging.requirements import Requirement

# The registry of the suite's APIs (one table per key), shipped in sessionward-testing.
REGISTRY = "overlays/testing/sessionward/testing/apis.toml"
_VERSION_LINE = re.compile(r'^__version__ = "(?P<version>[^"]+)"$', re.MULTILINE)
_CONFIG_LINE = re.compile(r"^package_version_override: (?P<version>\S+)$", re.MULTILINE)

# Files in a distribution's folder that are release bookkeeping, not what it ships.
_NOT_SHIPPED = {"CHANGELOG.md"}


@dataclass(frozen=True)
class Distribution:
    """One distribution of the suite: where it lives, what it ships, what it depends on."""

    root: Path
    folder: Path
    name: str
    package: str
    version_file: Path
    api_key: str | None = None

    @property
    def is_generated(self) -> bool:
        """Whether this is a generated client (``generated/<key>``), whose spec is diffed too."""
        return self.api_key is not None

    @property
    def spec(self) -> Path | None:
        """The spec a generated client is made from; ``None`` for a hand-written distribution."""
        if self.api_key is None:
            return None
        return self.root / "specs" / self.api_key / "openapi.yaml"

    @property
    def changelog(self) -> Path:
        """The distribution's ``CHANGELOG.md``, beside its ``pyproject.toml``."""
        return self.folder / "CHANGELOG.md"

    @property
    def pyproject(self) -> Path:
        """The distribution's ``pyproject.toml``."""
        return self.folder / "pyproject.toml"

    @property
    def version(self) -> str:
        """The version committed in the tree."""
        pattern = _CONFIG_LINE if self.is_generated else _VERSION_LINE
        match = pattern.search(self.version_file.read_text(encoding="utf-8"))
        if match is None:
            raise ValueError(f"{self.name}: no version in {self.version_file}")
        return match["version"]

    def set_version(self, version: str) -> None:
        """Write ``version`` where the distribution keeps it."""
        text = self.version_file.read_text(encoding="utf-8")
        if self.is_generated:
            new = _CONFIG_LINE.sub(f"package_version_override: {version}", text)
        else:
            new = _VERSION_LINE.sub(f'__version__ = "{version}"', text)
        self.version_file.write_text(new, encoding="utf-8")

    def requirements(self) -> list[Requirement]:
        """The requirements on our own distributions (extras included)."""
        project = tomllib.loads(self.pyproject.read_text(encoding="utf-8"))["project"]
        lines = list(project.get("dependencies", []))
        for extra in project.get("optional-dependencies", {}).values():
            lines += extra
        found = (Requirement(line) for line in lines)
        return [requirement for requirement in found if requirement.name.startswith("sessionward-")]

    @cached_property
    def dependencies(self) -> tuple[str, ...]:
        """The names of our own distributions this one requires (extras included)."""
        return tuple(dict.fromkeys(requirement.name for requirement in self.requirements()))

    def ships(self, relative: str) -> bool:
        """Whether the file at ``relative`` (to the workspace root) is part of what is shipped."""
        path = PurePosixPath(relative)
        if path.name in _NOT_SHIPPED:
            return False
        if self.name == "sessionward-testing" and path.match("specs/*/openapi.yaml"):
            # The simulators carry the specs they validate against (see its hatch_build.py).
            return True
        return path.is_relative_to(self.folder.relative_to(self.root).as_posix())

    def shipped_files(self) -> list[Path]:
        """Every file the distribution ships, tracked or new (what git does not ignore)."""
        folders = [self.folder]
        if self.name == "sessionward-testing":
            folders.append(self.root / "specs")
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", *folders],
            cwd=self.root,
            check=True,
            capture_output=True,
        ).stdout.decode()
        names = {name for name in listed.split("\0") if name and self.ships(name)}
        return sorted(path for name in names if (path := self.root / name).is_file())

    def file_hashes(self) -> dict[str, str]:
        """SHA-256 of each shipped file, by its path relative to the workspace root."""
        return {
            path.relative_to(self.root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in self.shipped_files()
        }


def _name_of(pyproject: Path) -> str:
    name: str = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["name"]
    return name


def discover(root: Path) -> list[Distribution]:
    """Every distribution below ``root``, dependencies before their dependents."""
    registry = tomllib.loads((root / REGISTRY).read_text(encoding="utf-8"))
    found: list[Distribution] = []
    for key in registry["api"]:
        folder = root / "generated" / key
        found.append(
            Distribution(
                root=root,
                folder=folder,
                name=_name_of(folder / "pyproject.toml"),
                package=f"{key}_api",
                version_file=root / "specs" / key / "config.yaml",
                api_key=key,
            )
        )
    for pyproject in sorted((root / "overlays").glob("*/pyproject.toml")):
        folder = pyproject.parent
        found.append(
            Distribution(
                root=root,
                folder=folder,
                name=_name_of(pyproject),
                package=f"sessionward.{folder.name}",
                version_file=folder / "sessionward" / folder.name / "_version.py",
            )
        )
    return _dependencies_first(found)


def _dependencies_first(distributions: list[Distribution]) -> list[Distribution]:
    by_name = {d.name: d for d in distributions}
    ordered: list[Distribution] = []

    def visit(dist: Distribution, trail: tuple[str, ...]) -> None:
        if dist in ordered:
            return
        if dist.name in trail:
            raise ValueError(f"dependency cycle: {' -> '.join((*trail, dist.name))}")
        for name in dist.dependencies:
            if name in by_name:
                visit(by_name[name], (*trail, dist.name))
        ordered.append(dist)

    for dist in distributions:
        visit(dist, ())
    return ordered
