"""Fixtures for the DocSpace overlay's tests: twin clients against the simulator, a fake clock.

`make_twin` is parametrized over both modes, so every test that uses it runs for `DocSpace` and
`AsyncDocSpace`; it authenticates with the simulator's administrator token unless told otherwise,
sleeps on the fake clock, and closes what it built. Unless a test asks for `own_pool=True`, the
client sends through an httpx client the fixture builds with a shared TLS context, which keeps
each test from paying for a new one; test_client.py covers the client's own pool.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests._support import maker_fixture
from tests.docspace._support import NO_JITTER, Twin, build

MakeTwin = Callable[..., Twin]


make_twin = maker_fixture(
    "make_twin",
    "docspace_sim",
    build,
    pooled=True,
    alternatives=("auth_cookie",),
    retry_policy=NO_JITTER,
)


@pytest.fixture
def twin(make_twin: MakeTwin) -> Twin:
    return make_twin()
