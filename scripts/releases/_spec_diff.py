"""What changed in a generated client's spec since its last release, by api-smart-diff.

The differ (``spec_diff.mjs``, installed by ``npm ci`` from this folder's lock file) classifies
each change as breaking, non-breaking, deprecated or annotation, from the point of view of an HTTP
client. A generated SDK is stricter than the wire: removing a response property removes an
attribute of a model, and renaming an ``operationId`` renames the function users import, so both
count as breaking here whatever the differ says, and so does a changed or removed parameter
schema (the argument's annotation changes). Changes under a body's schema in ``paths`` only
repeat a component schema (the differ resolves each ``$ref``; the specs have no inline body
schemas) and are left out: the component's own change names the schema.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts.releases._levels import Change, Level

_HERE = Path(__file__).parent
_LEVELS = {
    "breaking": Level.MAJOR,
    "non-breaking": Level.MINOR,
    "deprecated": Level.MINOR,
    "annotation": Level.PATCH,
    "unclassified": Level.PATCH,
}
# Path segments that say how a schema is built, not what it holds.
_STRUCTURE = {"properties", "items", "allOf", "anyOf", "oneOf", "additionalProperties"}
_VERBS = {"add": "added", "remove": "removed", "replace": "changed", "rename": "renamed"}


def spec_changes(before: dict[str, Any], after: dict[str, Any]) -> Iterator[Change]:
    """The changes from the recorded spec ``before`` to the tree's ``after``, classified."""
    for diff in _run_differ(before, after):
        change = _classify(diff)
        if change is not None:
            yield change


def _run_differ(before: dict[str, Any], after: dict[str, Any]) -> list[dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name, document in (("before.json", before), ("after.json", after)):
            path = Path(tmp, name)
            path.write_text(json.dumps(document), encoding="utf-8")
            paths.append(str(path))
        result = subprocess.run(
            ["node", str(_HERE / "spec_diff.mjs"), *paths],
            check=True,
            capture_output=True,
            text=True,
            cwd=_HERE,
        )
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _classify(diff: dict[str, Any]) -> Change | None:
    path: list[str | int] = diff["path"]
    action: str = diff["action"]
    level = _LEVELS.get(diff["type"], Level.PATCH)
    if path[:2] == ["components", "schemas"] and len(path) > 2:
        where = ".".join(str(p) for p in path[2:] if p not in _STRUCTURE and not isinstance(p, int))
        if action == "remove" and "properties" in path:
            level = Level.MAJOR
        if "enum" in path and action in {"add", "remove"}:
            value = diff["after"] if action == "add" else diff["before"]
            where = where.removesuffix(".enum")
            return Change(level, f"schema {where}: enum value {value!r} {_VERBS[action]}")
        return Change(level, f"schema {_VERBS.get(action, action)} {where}")
    if path and path[0] == "paths":
        if "content" in path and "schema" in path:
            # A body's schema is a component (no inline schemas): the component's diff names it.
            return None
        if "parameters" in path and "schema" in path and action != "add":
            # A parameter's type is a function parameter's annotation in the generated client.
            where = " ".join(str(p) for p in path[1:3])
            return Change(Level.MAJOR, f"{where}: parameter schema {_VERBS.get(action, action)}")
        if path[-1] == "operationId":
            return Change(Level.MAJOR, f"operation {diff['before']} renamed to {diff['after']}")
        if len(path) == 3 and action in {"add", "remove"}:
            operation = diff["before"] if action == "remove" else diff["after"]
            name = operation.get("operationId") if isinstance(operation, dict) else None
            label = name or f"{str(path[2]).upper()} {path[1]}"
            if action == "remove":
                return Change(Level.MAJOR, f"operation {label} removed")
            return Change(Level.MINOR, f"operation {label} added")
        where = " ".join(str(p) for p in path[1:])
        return Change(level, f"{where}: {diff['description'] or _VERBS.get(action, action)}")
    where = ".".join(str(p) for p in path)
    return Change(level, f"{where}: {diff['description'] or _VERBS.get(action, action)}")
