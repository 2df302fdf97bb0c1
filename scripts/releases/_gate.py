"""One verdict per distribution: what its changes since the last release ask of its version.

A verdict combines, for one distribution:
- the files it ships against the recorded hashes (any difference is at least a patch);
- griffe's breaking changes and the additions in its public Python API;
- for a generated client, the spec diff;
- its dependencies: a dependency that changed moves this distribution's pin, a patch at least; if
  this distribution re-exports the dependency's objects (an overlay re-exports its generated
  models and the core's errors), the dependency's level carries over in full.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import griffe

from scripts.releases import _record
from scripts.releases._levels import Change, Level, Verdict, covers, required_version
from scripts.releases._spec_diff import spec_changes
from scripts.releases._surface import (
    additions,
    breaking_changes,
    current_collection,
    released_collection,
)
from scripts.releases._workspace import Distribution


@dataclass
class Assessment:
    """A distribution, its last release (``None`` if never released) and its verdict."""

    dist: Distribution
    release: _record.Release | None
    verdict: Verdict

    @property
    def required(self) -> str | None:
        """The smallest version the verdict allows, or ``None`` if there is no release yet."""
        if self.release is None:
            return None
        return required_version(self.release.version, self.verdict.level)

    @property
    def ok(self) -> bool:
        """Whether the committed version covers the verdict (a release is recorded, too)."""
        if self.release is None:
            return False
        return covers(self.dist.version, self.release.version, self.verdict.level)


def assess(dists: list[Distribution], breaking: dict[str, str] | None = None) -> list[Assessment]:
    """The assessment of every distribution, dependencies first.

    ``breaking`` names distributions whose change a person declares breaking though no API
    changed (a new default that can make a call fail), with the reason; it carries over to the
    dependents like any detected break. Raises ``ValueError`` for a name that is not ours.
    """
    declared = breaking or {}
    unknown = set(declared) - {dist.name for dist in dists}
    if unknown:
        raise ValueError(f"no such distribution: {', '.join(sorted(unknown))}")
    releases = {dist.name: _record.load(dist) for dist in dists}
    old = released_collection(
        {d.package: r.api_json for d in dists if (r := releases[d.name]) is not None}
    )
    new = current_collection(tuple(dists))
    done: dict[str, Assessment] = {}
    for dist in dists:
        release = releases[dist.name]
        verdict = Verdict(dist.name)
        if release is not None:
            verdict.changes += _own_changes(dist, release, old, new)
            if dist.name in declared:
                verdict.changes.append(Change(Level.MAJOR, declared[dist.name]))
            verdict.changes += _carried_over(dist, done, new)
        done[dist.name] = Assessment(dist, release, verdict)
    return list(done.values())


def _own_changes(
    dist: Distribution,
    release: _record.Release,
    old: griffe.ModulesCollection,
    new: griffe.ModulesCollection,
) -> Iterator[Change]:
    files = dist.file_hashes()
    # Compare what the distribution ships by today's rule, also in a record made by an older one.
    recorded = {path: digest for path, digest in release.files.items() if dist.ships(path)}
    if files == recorded:
        return
    for path in sorted(set(files) | set(recorded)):
        shown = path.removeprefix(dist.folder.relative_to(dist.root).as_posix() + "/")
        if path not in recorded:
            yield Change(Level.PATCH, f"new file {shown}")
        elif path not in files:
            yield Change(Level.PATCH, f"file {shown} removed")
        elif files[path] != recorded[path]:
            yield Change(Level.PATCH, f"{shown} changed")
    before, after = old.get_member(dist.package), new.get_member(dist.package)
    yield from breaking_changes(before, after)
    yield from additions(before, after)
    recorded_spec, spec = release.spec, _record.spec_document(dist)
    if recorded_spec is not None and spec is not None:
        yield from spec_changes(recorded_spec, spec)


def _carried_over(
    dist: Distribution, done: dict[str, Assessment], new: griffe.ModulesCollection
) -> Iterator[Change]:
    for name in dist.dependencies:
        dependency = done.get(name)
        if dependency is None or dependency.verdict.level is Level.NONE:
            continue
        level = dependency.verdict.level
        if not _reexports(new.get_member(dist.package), dependency.dist.package):
            level = Level.PATCH
        yield Change(level, f"requires a new {name} ({dependency.verdict.level.label})")


def _reexports(module: griffe.Object, package: str) -> bool:
    prefix = package + "."
    return any(
        isinstance(member, griffe.Alias)
        and member.is_public
        and member.target_path.startswith(prefix)
        for member in module.members.values()
    )
