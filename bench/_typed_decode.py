"""msgspec structs built from a spec's component schemas: the near-limit for typed decoding.

The parse benchmark decodes the same bytes into these structs to show how far a compiled, validating
decoder gets (type checks, date-times and uuids included). Each component schema becomes one
``msgspec.Struct`` with the schema's JSON names, required fields without defaults, nullable fields
accepting None, enums as plain strings (unknown values must pass, as in the generated models) and
unknown fields ignored. It is the limit, not what the clients run (their ``from_json`` also checks
formats and builds the attrs models).
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import msgspec

_SCALARS: dict[str, Any] = {"string": str, "integer": int, "number": float, "boolean": bool}
_FORMATS: dict[str, Any] = {"date-time": datetime.datetime, "uuid": uuid.UUID}


class _Builder:
    def __init__(self, document: dict[str, Any]) -> None:
        self.schemas: dict[str, Any] = document["components"]["schemas"]
        self.structs: dict[str, Any] = {}

    def struct(self, name: str) -> Any:
        if name not in self.structs:
            self.structs[name] = None  # a cycle back to this schema decodes as a plain object
            self.structs[name] = self._define(name, self.schemas[name])
        return self.structs[name] or dict[str, Any]

    def _define(self, name: str, schema: dict[str, Any]) -> Any:
        properties, required = self._members(schema)
        if not properties:
            return dict[str, Any]
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        rename: dict[str, str] = {}
        for position, (json_name, sub) in enumerate(properties.items()):
            attribute = f"f{position}"
            rename[attribute] = json_name
            kind = self.type_of(sub)
            fields.append((attribute, kind) if json_name in required else (attribute, kind, None))
        # Required fields first: a struct's fields without a default must precede the others.
        fields.sort(key=len)
        return msgspec.defstruct(name, fields, rename=rename)

    def _members(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        properties = dict(schema.get("properties", {}))
        required = set(schema.get("required", []))
        for part in schema.get("allOf", []):
            part = self.schemas[part["$ref"].rsplit("/", 1)[1]] if "$ref" in part else part
            more, needed = self._members(part)
            properties.update(more)
            required |= needed
        return properties, required

    def type_of(self, schema: dict[str, Any]) -> Any:
        if "$ref" in schema:
            return self.type_of(self.schemas[schema["$ref"].rsplit("/", 1)[1]])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                members = [self.type_of(member) for member in schema[key]]
                union = members[0]
                for member in members[1:]:
                    union = union | member
                return union
        kinds = schema.get("type", "object")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        result: Any = None
        for kind in kinds:
            one = self._one(kind, schema)
            result = one if result is None else result | one
        return result

    def _one(self, kind: str, schema: dict[str, Any]) -> Any:
        if kind == "null":
            return type(None)
        if kind == "array":
            return list[self.type_of(schema.get("items", {}))]  # type: ignore[misc]
        if kind == "object":
            if schema.get("properties") or schema.get("allOf"):
                title = schema.get("title") or f"Inline{len(self.structs)}"
                self.structs[title] = self._define(title, schema)
                return self.structs[title]
            extra = schema.get("additionalProperties", True)
            return dict[str, self.type_of(extra) if isinstance(extra, dict) else Any]  # type: ignore[misc]
        if kind == "string" and schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        return _SCALARS[kind]


def decoder(document: dict[str, Any], schema_name: str) -> msgspec.json.Decoder[Any]:
    """A msgspec JSON decoder for ``schema_name`` of ``document`` (a loaded openapi.yaml)."""
    return msgspec.json.Decoder(_Builder(document).struct(schema_name))
