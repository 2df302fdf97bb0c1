"""Every response example of every spec round-trips through its generated model.

Parsing an example and serialising it back gives the same document; date-times are compared as
instants, because the generator writes them in Python's ISO form.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.generated._models import class_name, models_module, normalise
from tests.specs._documents import response_examples


def _example_cases() -> Iterator[tuple[str, str, str, Any]]:
    for label, key, name, is_list, example in response_examples():
        # A list body: each item is a model (the list itself is not a class).
        for item in example if is_list else [example]:
            yield label, key, name, item


CASES = list(_example_cases())


@pytest.mark.parametrize(
    ("label", "key", "schema_name", "example"), CASES, ids=[c[0] for c in CASES]
)
def test_example_round_trips_through_its_model(
    label: str, key: str, schema_name: str, example: Any
) -> None:
    model = getattr(models_module(key), class_name(key, schema_name))
    parsed = model.from_dict(example)
    assert normalise(parsed.to_dict()) == normalise(example)
