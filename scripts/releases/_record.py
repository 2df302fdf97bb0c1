"""The record of each distribution's last release, kept in the repo under ``releases/<name>/``.

- ``release.json``: the released version and the SHA-256 of every file it shipped;
- ``api.json``: its public Python API as griffe serialises it, for the breaking-change check;
- ``openapi.json`` (generated clients only): the spec it was generated from, for the spec diff.

A record is written by ``bump`` (and once by ``record`` for a distribution that has none) and read
by ``versions``; nothing else changes it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from scripts.releases._surface import dump_api
from scripts.releases._workspace import Distribution

RELEASES = "releases"


@dataclass(frozen=True)
class Release:
    """A distribution's last release, as recorded."""

    folder: Path
    version: str
    files: dict[str, str]

    @property
    def api_json(self) -> str:
        """The recorded griffe serialisation of the released public API."""
        return (self.folder / "api.json").read_text(encoding="utf-8")

    @property
    def spec(self) -> dict[str, Any] | None:
        """The recorded spec of a generated client; ``None`` for a hand-written distribution."""
        path = self.folder / "openapi.json"
        if not path.exists():
            return None
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return document


def record_folder(dist: Distribution) -> Path:
    """Where ``dist``'s release record lives."""
    return dist.root / RELEASES / dist.name


def load(dist: Distribution) -> Release | None:
    """The last recorded release of ``dist``, or ``None`` if it was never released."""
    folder = record_folder(dist)
    path = folder / "release.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Release(folder=folder, version=data["version"], files=data["files"])


def spec_document(dist: Distribution) -> dict[str, Any] | None:
    """The current spec of a generated client as a JSON-compatible document."""
    if dist.spec is None:
        return None
    document: dict[str, Any] = yaml.safe_load(dist.spec.read_text(encoding="utf-8"))
    return document


def write(dist: Distribution) -> None:
    """Record the tree's state of ``dist`` as its latest release."""
    folder = record_folder(dist)
    folder.mkdir(parents=True, exist_ok=True)
    release = {"name": dist.name, "version": dist.version, "files": dist.file_hashes()}
    _write_json(folder / "release.json", release)
    (folder / "api.json").write_text(dump_api(dist) + "\n", encoding="utf-8")
    document = spec_document(dist)
    if document is not None:
        _write_json(folder / "openapi.json", document)


def _write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
