"""Parsing a 10,000-item list body into the generated models, against ``json.loads`` alone.

Bodies are built from each spec's own response example, its item repeated with fresh ids, so the
figures use realistic field mixes (date-times, nested objects, enums, nulls). The models path is
what a client runs on a body: ``json.loads`` then the validating ``from_dict``. Beside it, msgspec
decodes the same bytes into typed structs built from the same schemas (``bench._typed_decode``).
"""

from __future__ import annotations

import copy
import json
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from authress_api.models import ConnectionCollection
from docspace_api.models import ActiveConnectionsWrapper
from ziti_api.models import ListApiSessionsEnvelope

from bench._stats import interleaved
from bench._typed_decode import decoder

SPECS = Path(__file__).resolve().parents[1] / "specs"
ITEMS = 10_000


def _document(key: str) -> Any:
    return yaml.safe_load((SPECS / key / "openapi.yaml").read_text(encoding="utf-8"))


def _example(key: str, path: str) -> Any:
    document = _document(key)
    (media,) = document["paths"][path]["get"]["responses"]["200"]["content"].values()
    return media["example"]


def _repeated(items: list[dict[str, Any]], id_field: str) -> list[dict[str, Any]]:
    out = []
    for index in range(ITEMS):
        item = copy.deepcopy(items[index % len(items)])
        item[id_field] = index if isinstance(item[id_field], int) else f"{item[id_field]}-{index}"
        out.append(item)
    return out


def bodies() -> list[tuple[str, bytes, Callable[[Any], object], Callable[[bytes], object]]]:
    """Return ``(label, raw 10,000-item body, from_dict, msgspec decode)`` for the three APIs."""
    docspace = _example("docspace", "/api/2.0/security/activeconnections")
    docspace["response"]["items"] = _repeated(docspace["response"]["items"], "id")
    ziti = _example("ziti", "/api-sessions")
    ziti["data"] = _repeated(ziti["data"], "id")
    authress = _example("authress", "/v1/connections")
    authress["connections"] = _repeated(authress["connections"], "connectionId")
    typed = {
        key: decoder(_document(key), schema).decode
        for key, schema in (
            ("docspace", "ActiveConnectionsWrapper"),
            ("ziti", "ListApiSessionsEnvelope"),
            ("authress", "ConnectionCollection"),
        )
    }
    return [
        (
            "DocSpace connections",
            json.dumps(docspace).encode(),
            ActiveConnectionsWrapper.from_dict,
            typed["docspace"],
        ),
        (
            "Ziti API sessions",
            json.dumps(ziti).encode(),
            ListApiSessionsEnvelope.from_dict,
            typed["ziti"],
        ),
        (
            "Authress connections",
            json.dumps(authress).encode(),
            ConnectionCollection.from_dict,
            typed["authress"],
        ),
    ]


def parse_ratios(*, rounds: int = 7) -> list[tuple[str, float, float, float]]:
    """Return ``(label, s into models, s for json.loads, s for msgspec typed decode)`` per body.

    The three are measured in interleaved rounds, so drift on a shared machine hits them alike.
    """
    results = []
    for label, raw, parse, typed in bodies():

        def into_models(raw: bytes = raw, parse: Callable[[Any], object] = parse) -> object:
            return parse(json.loads(raw))

        def loads_only(raw: bytes = raw) -> object:
            return json.loads(raw)

        def typed_decode(raw: bytes = raw, typed: Callable[[bytes], object] = typed) -> object:
            return typed(raw)

        typed_decode()  # fail here, not in the timing, if the structs do not fit the body
        models, loads = interleaved(into_models, loads_only, rounds=rounds, per_round=1)
        structs, loads_again = interleaved(typed_decode, loads_only, rounds=rounds, per_round=1)
        results.append((label, models, statistics.median([loads, loads_again]), structs))
    return results
