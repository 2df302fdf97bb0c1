"""Parsing a 10,000-item list body into the generated models, against ``json.loads`` alone.

Bodies are built from each spec's own response example, its item repeated with fresh ids, so the
figures use realistic field mixes (date-times, nested objects, enums, nulls).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from authress_api.models import ConnectionCollection
from docspace_api.models import ActiveConnectionsWrapper
from ziti_api.models import ListApiSessionsEnvelope

from bench._stats import interleaved

SPECS = Path(__file__).resolve().parents[1] / "specs"
ITEMS = 10_000


def _example(key: str, path: str) -> Any:
    document = yaml.safe_load((SPECS / key / "openapi.yaml").read_text(encoding="utf-8"))
    (media,) = document["paths"][path]["get"]["responses"]["200"]["content"].values()
    return media["example"]


def _repeated(items: list[dict[str, Any]], id_field: str) -> list[dict[str, Any]]:
    out = []
    for index in range(ITEMS):
        item = copy.deepcopy(items[index % len(items)])
        item[id_field] = index if isinstance(item[id_field], int) else f"{item[id_field]}-{index}"
        out.append(item)
    return out


def bodies() -> list[tuple[str, bytes, Callable[[Any], object]]]:
    """Return ``(label, raw 10,000-item body, parse function)`` for the three list APIs."""
    docspace = _example("docspace", "/api/2.0/security/activeconnections")
    docspace["response"]["items"] = _repeated(docspace["response"]["items"], "id")
    ziti = _example("ziti", "/api-sessions")
    ziti["data"] = _repeated(ziti["data"], "id")
    authress = _example("authress", "/v1/connections")
    authress["connections"] = _repeated(authress["connections"], "connectionId")
    return [
        ("DocSpace connections", json.dumps(docspace).encode(), ActiveConnectionsWrapper.from_dict),
        ("Ziti API sessions", json.dumps(ziti).encode(), ListApiSessionsEnvelope.from_dict),
        ("Authress connections", json.dumps(authress).encode(), ConnectionCollection.from_dict),
    ]


def parse_ratios(*, rounds: int = 7) -> list[tuple[str, float, float]]:
    """Return ``(label, seconds to load and parse into models, seconds for json.loads)``."""
    results = []
    for label, raw, parse in bodies():

        def into_models(raw: bytes = raw, parse: Callable[[Any], object] = parse) -> object:
            return parse(json.loads(raw))

        def loads_only(raw: bytes = raw) -> object:
            return json.loads(raw)

        models, loads = interleaved(into_models, loads_only, rounds=rounds, per_round=1)
        results.append((label, models, loads))
    return results
