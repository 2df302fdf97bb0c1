"""Parsing a 10,000-item list body into the generated models, against ``json.loads`` alone.

Bodies are built from each spec's own response example, its item repeated with fresh ids, so the
figures use realistic field mixes (date-times, nested objects, enums, nulls). The models path is
what a client runs on a body: the model's ``from_json`` on the raw bytes (a compiled decode, with
``json.loads`` and the validating ``from_dict`` as its fallback, timed beside it as the reference
path). Beside them, msgspec decodes the same bytes into typed structs built from the same schemas
(``bench._typed_decode``).
"""

from __future__ import annotations

import copy
import gc
import importlib
import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml

from bench._registry import APIS, WORKLOADS
from bench._stats import interleaved
from bench._typed_decode import decoder
from bench._workload import ParseBody

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


class _Model(Protocol):
    """What the bench calls on a generated model class."""

    def from_json(self, raw: bytes, /) -> object: ...

    def from_dict(self, src_dict: Any, /) -> object: ...

    def _from_wire(self, wire: Any, /) -> object: ...

    @property
    def _wire(self) -> Any: ...


@dataclass(frozen=True)
class ParseFigures:
    """Median seconds to parse one body each way, measured in the same run."""

    label: str
    models: float  # from_json on the raw bytes: what a client runs
    from_dict: float  # json.loads then from_dict: the reference (and fallback) path
    loads: float  # json.loads alone
    structs: float  # msgspec into typed structs: the near-limit


def _body(key: str, body: ParseBody) -> tuple[str, bytes, _Model, Callable[[bytes], object]]:
    example = _example(key, body.path)
    *parents, last = body.items
    container = example
    for step in parents:
        container = container[step]
    container[last] = _repeated(container[last], body.id_field)
    model: _Model = getattr(importlib.import_module(f"{APIS[key].generated}.models"), body.model)
    typed = decoder(_document(key), body.model).decode
    return body.label, json.dumps(example).encode(), model, typed


def bodies() -> list[tuple[str, bytes, _Model, Callable[[bytes], object]]]:
    """Return ``(label, raw 10,000-item body, model class, msgspec decode)`` for each API.

    The APIs are those whose bench module names a body (`Workload.body`), in the registry's order.
    """
    return [
        _body(key, workload.body)
        for key, workload in WORKLOADS.items()
        if workload.body is not None
    ]


def parse_ratios(*, rounds: int = 7) -> list[ParseFigures]:
    """Return the median parse times of each body into models, by from_dict, json.loads, msgspec.

    Each is measured in interleaved rounds against ``json.loads``, so drift on a shared machine
    hits them alike; ``loads`` is the median of those runs. Raises ``ValueError`` if a body would
    not take the models' fast path (the figure would then time the fallback).
    """
    results = []
    for label, raw, model, typed in bodies():

        def into_models(raw: bytes = raw, model: _Model = model) -> object:
            return _charged(model.from_json(raw))

        def by_from_dict(raw: bytes = raw, model: _Model = model) -> object:
            return _charged(model.from_dict(json.loads(raw)))

        def loads_only(raw: bytes = raw) -> object:
            return _charged(json.loads(raw))

        def typed_decode(raw: bytes = raw, typed: Callable[[bytes], object] = typed) -> object:
            return _charged(typed(raw))

        typed_decode()  # fail here, not in the timing, if the structs do not fit the body
        model._wire.read(raw, model._from_wire)  # and if the fast path refuses the body
        models, loads = interleaved(into_models, loads_only, rounds=rounds, per_round=1)
        reference, loads_2 = interleaved(by_from_dict, loads_only, rounds=rounds, per_round=1)
        structs, loads_3 = interleaved(typed_decode, loads_only, rounds=rounds, per_round=1)
        loads_all = statistics.median([loads, loads_2, loads_3])
        results.append(ParseFigures(label, models, reference, loads_all, structs))
    return results


def _charged(result: object) -> object:
    # Every way ends with a collection of the young generation while its result is alive: the
    # collection the models' fast path defers (it pauses the collector while it reads a body) is
    # charged to it, not to whichever measurement runs next.
    gc.collect(0)
    return result
