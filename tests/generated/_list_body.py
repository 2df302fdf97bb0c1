"""What the generated-model tests read of each API: a real-shaped body of its list operation.

Each API's tests state one `ListBody` in their `CONTRACT.list_body` (`tests/<key>/contract.py`);
`tests/generated/` parses it both ways, and breaks one value of it at a time, for every registered
API. This module only declares the shape, so the contracts can import it without the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A `Broken.value` that deletes the field instead of replacing it.
MISSING = object()


@dataclass(frozen=True)
class Broken:
    """One value of a `ListBody` broken: the path to it, the value put there, the message expected.

    `message` is what `APIResponseValidationError` (and the model's own error) must contain: the
    field's path and the JSON kinds; `value` is `MISSING` to delete the field instead.
    """

    at: tuple[str | int, ...]
    value: object
    message: str


@dataclass(frozen=True)
class ListBody:
    """A real-shaped body of the API's list operation, for the generated-model tests.

    `payload` is its file below `tests/generated/payloads/` (copied from upstream SDK tests, specs
    or server code), `model` the generated class it parses into (`as_list`: the body is an array of
    them); the simulator serves it at `path` with `content_type`, and `list_all(client)` is the
    overlay call that reads it (a list, an iterator or an awaitable of either). `broken` are the
    type-broken variants `test_shape_errors` serves; `more_payloads` other bodies of the same model
    (paths from the repository's root) that the fast-path tests parse too.
    """

    payload: str
    model: str
    as_list: bool
    path: str
    content_type: str
    list_all: Callable[[Any], object]
    broken: tuple[Broken, ...]
    more_payloads: tuple[str, ...] = ()
