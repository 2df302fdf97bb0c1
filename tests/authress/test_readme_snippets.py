"""The usage snippets of overlays/authress/README.md run as written against the simulator."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import readme_snippets, run_readme_snippet

SNIPPETS = readme_snippets("authress")


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("index", range(len(SNIPPETS)), ids=lambda n: f"snippet-{n}")
def test_a_snippet_runs(
    index: int, authress_sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    names: dict[str, object] = {"base_url": authress_sim.base_url, **authress_sim.credentials}
    names.update(authress_sim.other_credentials["access_token"])
    snippet = run_readme_snippet("authress", index, names)

    assert capsys.readouterr().out.strip() or "assert" in snippet
    assert authress_sim.requests(), "the snippet made no call"
