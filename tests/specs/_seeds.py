"""The shape of the seed tables: one documented operation, and one of its parameters.

Each API's `tests/<key>/seed.py` transcribes its seed page into `SeedOperation` rows;
`tests/specs/seed_operations.py` gathers them over the registry of APIs.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
