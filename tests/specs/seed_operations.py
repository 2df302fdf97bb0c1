"""The operations of the seed documentation pages, transcribed by hand from ``shared/seeds``.

This table is the independent ground truth the hand-written specs are checked against: each row is
what a vendor's public page documents for one operation (method, path, operation name, parameters
and response codes). A spec may document more (newer upstream responses, paging parameters the
issue asks for), never less, and never something different. Each API's rows live in its own test
folder (``tests/<key>/seed.py``, with the auth schemes its spec must declare); this module gathers
them over the registry of APIs.
"""

from __future__ import annotations

import importlib

from sessionward.testing import registered_apis
from tests.specs._seeds import SeedOperation, SeedParameter

_SEEDS = [importlib.import_module(f"tests.{api.key}.seed") for api in registered_apis()]

SEED_OPERATIONS: tuple[SeedOperation, ...] = tuple(
    operation for seed in _SEEDS for operation in seed.SEED_OPERATIONS
)
# Operations the issue adds beyond the seed pages (so that a Ziti client can log in and out).
LOGIN_OPERATIONS: tuple[SeedOperation, ...] = tuple(
    operation for seed in _SEEDS for operation in getattr(seed, "LOGIN_OPERATIONS", ())
)
# Per API: (scheme name, type, location or HTTP scheme, header/cookie name) its spec must declare.
EXPECTED_SECURITY: dict[str, set[tuple[str, str, str, str]]] = {
    api.key: seed.SECURITY_SCHEMES for api, seed in zip(registered_apis(), _SEEDS, strict=True)
}

__all__ = [
    "EXPECTED_SECURITY",
    "LOGIN_OPERATIONS",
    "SEED_OPERATIONS",
    "SeedOperation",
    "SeedParameter",
]
