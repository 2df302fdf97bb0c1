"""The ```python snippets of each overlay's README run as written against its simulator.

Each snippet runs on a freshly reset simulator with `base_url` and the API's credentials bound,
and must talk to the API: a snippet that raises, or sends nothing, fails. Where the API's contract
says so (`Readme.must_print`), snippets must print; otherwise they print or assert. Each README
shows the async client and calls every public method of the twins (the escape hatches all
clients share aside).
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from sessionward.core import OverlayClient
from sessionward.testing import RegisteredAPI, Simulator, registered_apis
from tests._support import readme_snippets, run_readme_snippet
from tests.contract._hooks import Contract, contract_of
from tests.contract.test_twins import public_members, twin_pairs

ESCAPE_HATCHES = {"without_auth"}

SNIPPETS = [
    pytest.param(api, index, id=f"{api.key}-snippet-{index}")
    for api in registered_apis()
    for index in range(len(readme_snippets(api.key)))
]


def test_the_readme_has_its_snippets(api: RegisteredAPI, contract: Contract) -> None:
    found = readme_snippets(api.key)
    assert len(found) >= contract.readme.least


def test_the_readme_shows_every_public_method_and_the_async_client(
    api: RegisteredAPI, overlay: ModuleType
) -> None:
    text = "\n".join(readme_snippets(api.key))
    assert api.async_client in text
    # The escape hatches every client shares are the core's to document.
    shared = {name for name in dir(OverlayClient) if not name.startswith("_")} | ESCAPE_HATCHES
    for sync, _ in twin_pairs(overlay):
        for name, member in public_members(sync).items():
            if callable(member) and name not in shared:
                assert f".{name}(" in text, f"{sync.__name__}.{name}"


@pytest.mark.parametrize(("snippet_api", "index"), SNIPPETS)
def test_the_snippet_runs_against_the_simulator(
    snippet_api: RegisteredAPI,
    index: int,
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = contract_of(snippet_api).readme
    sim: Simulator[Any] = request.getfixturevalue(snippet_api.fixture)
    names = {"base_url": sim.base_url, **readme.names(sim)}

    snippet = run_readme_snippet(snippet_api.key, index, names)

    printed = capsys.readouterr().out.strip()
    assert printed or (not readme.must_print and "assert" in snippet), "the snippet printed nothing"
    assert sim.requests(), "the snippet sent no request"
