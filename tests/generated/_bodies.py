"""The real-shaped list bodies of the registered APIs, whole and with one value broken.

Each API's tests name the body in their `CONTRACT.list_body` (`tests/<key>/contract.py`); this
module reads them over the registry, so the generated-model tests run for every API, a fifth one
included, without naming any. A `Case` is one API's body with one value broken.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sessionward.testing import RegisteredAPI, registered_apis
from tests.contract._hooks import contract_of
from tests.generated._list_body import MISSING, Broken, ListBody

PAYLOADS = Path(__file__).parent / "payloads"


def list_body(api: RegisteredAPI) -> ListBody:
    """The API's real-shaped list body, as its tests state it."""
    return contract_of(api).list_body


LIST_BODIES: dict[str, tuple[RegisteredAPI, ListBody]] = {
    api.key: (api, list_body(api)) for api in registered_apis()
}


@dataclass(frozen=True)
class Case:
    """One broken body: the API, and where and how its list body is broken."""

    api: RegisteredAPI
    body: ListBody
    broken: Broken

    def __str__(self) -> str:
        return f"{self.api.key}:{'.'.join(map(str, self.broken.at))}"


CASES = [Case(api, body, broken) for api, body in LIST_BODIES.values() for broken in body.broken]


def payload_bytes(body: ListBody) -> bytes:
    """The unbroken payload file of a list body."""
    return (PAYLOADS / body.payload).read_bytes()


def broken_body(case: Case) -> bytes:
    """The case's payload with its one value replaced (or deleted, for `MISSING`)."""
    body = json.loads(payload_bytes(case.body))
    *parents, last = case.broken.at
    target = body
    for step in parents:
        target = target[step]
    if case.broken.value is MISSING:
        del target[last]
    else:
        target[last] = case.broken.value
    # allow_nan: Python writes NaN and Infinity as some servers do; the client must refuse them.
    return json.dumps(body, allow_nan=True).encode()
