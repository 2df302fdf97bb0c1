"""The usage snippets of overlays/ziti/README.md run as written against the simulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sessionward.testing import Simulator

README = Path(__file__).resolve().parents[2] / "overlays" / "ziti" / "README.md"
SNIPPETS = re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.S | re.M)


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet-{n}" for n in range(len(SNIPPETS))])
def test_a_snippet_runs(
    snippet: str, ziti_sim: Simulator, capsys: pytest.CaptureFixture[str]
) -> None:
    namespace: dict[str, object] = {"__name__": "readme", "base_url": ziti_sim.base_url}
    namespace.update(ziti_sim.credentials)

    exec(compile(snippet, str(README), "exec"), namespace)

    assert capsys.readouterr().out.strip() or "assert" in snippet
    assert ziti_sim.requests(), "the snippet made no call"
