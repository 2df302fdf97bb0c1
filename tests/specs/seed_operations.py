"""The operations of the seed documentation pages, transcribed by hand from ``shared/seeds``.

This table is the independent ground truth the hand-written specs are checked against: each row is
what a vendor's public page documents for one operation (method, path, operation name, parameters
and response codes). A spec may document more (newer upstream responses, paging parameters the
issue asks for), never less, and never something different. Each API's rows are data in its own
test folder, ``tests/<key>/seed.yaml`` (with the auth schemes its spec must declare); this module
reads them for every API of the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sessionward.testing import registered_apis

TESTS = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class SeedParameter:
    """One documented parameter: its wire name, location, JSON-schema type and required flag."""

    name: str
    location: str
    type: str
    required: bool
    format: str | None = None


@dataclass(frozen=True)
class SeedOperation:
    """One documented operation of a seed page."""

    api: str
    operation_id: str
    method: str
    path: str
    responses: frozenset[str]
    parameters: tuple[SeedParameter, ...] = ()
    has_request_body: bool = False
    success_has_body: bool = True
    extra_parameters: tuple[SeedParameter, ...] = field(default=())


def _parameters(rows: list[list[Any]]) -> tuple[SeedParameter, ...]:
    return tuple(SeedParameter(*row) for row in rows)


def _operations(key: str, rows: list[dict[str, Any]]) -> tuple[SeedOperation, ...]:
    return tuple(
        SeedOperation(
            key,
            row["operation_id"],
            row["method"],
            row["path"],
            frozenset(row["responses"]),
            _parameters(row.get("parameters", [])),
            has_request_body=row.get("has_request_body", False),
            success_has_body=row.get("success_has_body", True),
            extra_parameters=_parameters(row.get("extra_parameters", [])),
        )
        for row in rows
    )


def _seed(key: str) -> dict[str, Any]:
    text = (TESTS / key / "seed.yaml").read_text(encoding="utf-8")
    seed: dict[str, Any] = yaml.safe_load(text)
    return seed


_SEEDS = {api.key: _seed(api.key) for api in registered_apis()}

SEED_OPERATIONS: tuple[SeedOperation, ...] = tuple(
    operation for key, seed in _SEEDS.items() for operation in _operations(key, seed["operations"])
)
# Operations the issue adds beyond the seed pages (so that a client can log in and out).
LOGIN_OPERATIONS: tuple[SeedOperation, ...] = tuple(
    operation
    for key, seed in _SEEDS.items()
    for operation in _operations(key, seed.get("login_operations", []))
)
# Per API: (scheme name, type, location or HTTP scheme, header/cookie name) its spec must declare.
EXPECTED_SECURITY: dict[str, set[tuple[str, str, str, str]]] = {
    key: {(name, kind, where, header) for name, kind, where, header in seed["security_schemes"]}
    for key, seed in _SEEDS.items()
}
# Per API: operations its spec may carry that no seed page nor the issue documents in detail.
UNSEEDED_OPERATIONS: dict[str, set[str]] = {
    key: set(seed.get("unseeded_operations", [])) for key, seed in _SEEDS.items()
}
