"""The ```python snippets of overlays/dynatrace/README.md run as written against the simulator.

Each snippet runs on a freshly reset portal with `base_url` and X
session token) bound, and must talk to the API: a snippet that raises, or sends nothing, fails.
"""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import readme_snippets, run_readme_snippet


def test_the_readme_has_a_snippet_per_method_and_one_async() -> None:
    found = readme_snippets("dynatrace")
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


@pytest.mark.parametrize("index", range(len(readme_snippets("dynatrace"))))
def test_the_snippet_runs_against_the_simulator(
    dynatrace_sim: Simulator, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    names = {
        "base_url": dynatrace_sim.base_url,
        "api_token": dynatrace_sim.credentials["api_token"],
    }
    run_readme_snippet("dynatrace", index, names)

    assert dynatrace_sim.requests(), "the snippet sent no request"
    assert capsys.readouterr().out.strip(), "the snippet printed nothing"
