"""The public Python API of each distribution, and what changed in it since the last release.

griffe reads the packages statically (nothing is imported), serialises a package's API for the
release record, and finds the breaking changes between the recorded API and the tree's
(``griffe.find_breaking_changes``: removed objects and parameters, changed kinds, defaults,
required parameters...). griffe reports no additions, so they are found here: every public path
(module members, class members, function parameters) in the tree's API that the recorded one lacks.
All packages load into one collection, so that an overlay's re-exports resolve into the core and
its generated client, as they do at run time.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache

import griffe

from scripts.releases._levels import Change, Level
from scripts.releases._workspace import Distribution, discover


def _current(dists: tuple[Distribution, ...]) -> griffe.ModulesCollection:
    collection = griffe.ModulesCollection()
    search_paths = [dist.folder for dist in dists]
    for dist in dists:
        griffe.load(dist.package, search_paths=search_paths, modules_collection=collection)
    return collection


@cache
def current_collection(dists: tuple[Distribution, ...]) -> griffe.ModulesCollection:
    """The tree's API of every distribution, loaded once per run."""
    return _current(dists)


def dump_api(dist: Distribution) -> str:
    """The griffe serialisation of ``dist``'s API in the tree, as the release record keeps it.

    Re-exports are serialised as the paths they point to. The other distributions are on the
    search path only so that a wildcard import of another package's names (an overlay's core
    errors) expands into those paths, as it does in the tree's API it is compared with. File
    paths are written relative to the workspace, so a record does not depend on the checkout.
    """
    search_paths = [dist.folder] + [d.folder for d in discover(dist.root) if d != dist]
    module = griffe.load(dist.package, search_paths=search_paths)
    document = json.loads(module.as_json(indent=1))
    _relative_filepaths(document, f"{dist.root.as_posix()}/")
    return json.dumps(document, indent=1)


def _relative_filepaths(node: object, root: str) -> None:
    if isinstance(node, dict):
        path = node.get("filepath")
        if isinstance(path, str):
            node["filepath"] = path.removeprefix(root)
        for value in node.values():
            _relative_filepaths(value, root)
    elif isinstance(node, list):
        for value in node:
            _relative_filepaths(value, root)


def released_collection(apis: dict[str, str]) -> griffe.ModulesCollection:
    """The recorded APIs (``{package: api.json text}``) in one collection, aliases resolvable."""
    collection = griffe.ModulesCollection()
    for package, text in apis.items():
        module = json.loads(text, object_hook=griffe.json_decoder)
        parent_name, _, _ = package.rpartition(".")
        if not parent_name:
            # A decoded top-level module knows no collection; attach it to this one (griffe's
            # loader does the same for the modules it creates).
            module._modules_collection = collection
            collection.set_member(package, module)
            continue
        if parent_name not in collection.members:
            collection.set_member(
                parent_name, griffe.Module(parent_name, modules_collection=collection)
            )
        collection.get_member(parent_name).set_member(module.name, module)
    return collection


def breaking_changes(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """Griffe's breaking changes between two versions of a package, as readable changes."""
    for breakage in griffe.find_breaking_changes(old, new):
        path = breakage.obj.path
        if isinstance(breakage, griffe.ObjectRemovedBreakage):
            reason = f"removed {path}"
        else:
            what = breakage.kind.value.lower()
            reason = f"{path}: {what} ({breakage.old_value} -> {breakage.new_value})"
        yield Change(Level.MAJOR, reason)


def additions(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """The public paths of ``new`` that ``old`` does not have, as minor changes.

    A new object is named once: its own members and parameters are not listed after it.
    """
    before = set(_public_paths(old))
    added: list[str] = []
    for path in _public_paths(new):
        if path in before or any(path.startswith((f"{a}.", f"{a}(")) for a in added):
            continue
        added.append(path)
        yield Change(Level.MINOR, f"added {path}")


def _public_paths(module: griffe.Object) -> Iterator[str]:
    seen: set[str] = set()

    def walk(obj: griffe.Object, prefix: str) -> Iterator[str]:
        for name, member in sorted(obj.members.items()):
            if not member.is_public:
                continue
            path = f"{prefix}.{name}"
            yield path
            target = _resolved(member)
            if target is None or target.path in seen:
                continue
            seen.add(target.path)
            if target.is_function:
                yield from (f"{path}({p.name})" for p in _parameters(target))
            elif target.is_class or (target.is_module and not member.is_alias):
                yield from walk(target, path)

    yield from walk(module, module.path)


def _resolved(member: griffe.Object | griffe.Alias) -> griffe.Object | None:
    if not isinstance(member, griffe.Alias):
        return member
    try:
        target = member.final_target
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return target if isinstance(target, griffe.Object) else None


def _parameters(function: griffe.Object) -> Iterable[griffe.Parameter]:
    assert isinstance(function, griffe.Function)
    return [p for p in function.parameters if p.name not in {"self", "cls"}]
