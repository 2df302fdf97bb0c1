"""DocSpace's user ids: every spelling of a uuid parses alike by the fast path and `from_dict`.

The list payload (`tests/generated/payloads/`, DocSpace's `CONTRACT.list_body`) with its first
user id spelled each way; `tests/generated/_fast_path.py` parses it both ways.
"""

from __future__ import annotations

import json
import uuid

import pytest

from tests.docspace.contract import CONTRACT
from tests.generated._bodies import PAYLOADS
from tests.generated._fast_path import assert_same, model_class

UUIDS = [
    "9924256a-739c-462b-af15-e652a3b1b6eb",
    "9924256A-739C-462B-AF15-E652A3B1B6EB",
    "9924256a739c462baf15e652a3b1b6eb",
    "{9924256a-739c-462b-af15-e652a3b1b6eb}",
    "urn:uuid:9924256a-739c-462b-af15-e652a3b1b6eb",
    "9924256a-739c-462b-af15-e652a3b1b6e",
    "9924256a-739c-462b-af15-e652a3b1b6ebb",
    "9924256a-739c-462baf15-e652a3b1b6eb",
    "",
]


@pytest.mark.parametrize("value", UUIDS)
def test_a_uuid_spelling_gives_the_same_result_both_ways(value: str) -> None:
    path = PAYLOADS / CONTRACT.list_body.payload
    body = json.loads(path.read_bytes())
    body["response"]["items"][0]["userId"] = value
    kind, parsed = assert_same(
        model_class("docspace", CONTRACT.list_body.model), json.dumps(body).encode()
    )
    if kind == "ok":
        # msgspec makes the UUID itself: the same object as UUID(value), down to is_safe.
        fast, slow = parsed.response.items[0].user_id, uuid.UUID(value)
        assert (type(fast), fast, fast.is_safe) == (type(slow), slow, slow.is_safe)
