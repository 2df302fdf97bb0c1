"""The ```python snippets of overlays/dynatrace/README.md run as written against the simulator.

Each snippet runs on a freshly reset portal with `base_url` and X
session token) bound, and must talk to the API: a snippet that raises, or sends nothing, fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sessionward.testing import Simulator

README = Path(__file__).resolve().parents[2] / "overlays" / "dynatrace" / "README.md"
SNIPPET = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def snippets() -> list[str]:
    return SNIPPET.findall(README.read_text(encoding="utf-8"))


def test_the_readme_has_a_snippet_per_method_and_one_async() -> None:
    found = snippets()
    assert len(found) >= 6
    text = "\n".join(found)
    for method in (
        "user_sessions.list(",
        "user_sessions.remove(",
        "session_policy.get()",
        "session_policy.update(",
        "session_policy.update_partial(",
        "AsyncDynatraceCluster",
    ):
        assert method in text


@pytest.mark.parametrize("index", range(len(snippets())))
def test_the_snippet_runs_against_the_simulator(
    dynatrace_sim: Simulator, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    code = snippets()[index]
    namespace: dict[str, object] = {
        "__name__": f"readme_snippet_{index}",
        "base_url": dynatrace_sim.base_url,
        "api_token": dynatrace_sim.credentials["api_token"],
    }

    exec(compile(code, f"{README.name}:snippet{index}", "exec"), namespace)

    assert dynatrace_sim.requests(), "the snippet sent no request"
    assert capsys.readouterr().out.strip(), "the snippet printed nothing"
