"""The usage snippets of overlays/ziti/README.md run as written against the simulator."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import readme_snippets, run_readme_snippet

SNIPPETS = readme_snippets("ziti")


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("index", range(len(SNIPPETS)), ids=lambda n: f"snippet-{n}")
def test_a_snippet_runs(
    index: int, ziti_sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    names: dict[str, object] = {"base_url": ziti_sim.base_url, **ziti_sim.credentials}
    snippet = run_readme_snippet("ziti", index, names)

    assert capsys.readouterr().out.strip() or "assert" in snippet
    assert ziti_sim.requests(), "the snippet made no call"
