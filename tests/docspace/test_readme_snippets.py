"""The ```python snippets of overlays/docspace/README.md run as written against the simulator.

Each snippet runs on a freshly reset portal with `base_url` and `token` (the administrator's
session token) bound, and must talk to the API: a snippet that raises, or sends nothing, fails.
"""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import readme_snippets, run_readme_snippet


def test_the_readme_has_a_snippet_per_operation_and_one_async() -> None:
    found = readme_snippets("docspace")
    assert len(found) >= 6
    text = "\n".join(found)
    for method in (
        ".list()",
        ".log_out(",
        ".log_out_all_for_user(",
        ".log_out_all_except_current()",
        ".log_out_all_and_change_password()",
        "AsyncDocSpace",
    ):
        assert method in text


@pytest.mark.parametrize("index", range(len(readme_snippets("docspace"))))
def test_the_snippet_runs_against_the_simulator(
    docspace_sim: Simulator, capsys: pytest.CaptureFixture[str], index: int
) -> None:
    names = {"base_url": docspace_sim.base_url, "token": docspace_sim.credentials["token"]}
    run_readme_snippet("docspace", index, names)

    assert docspace_sim.requests(), "the snippet sent no request"
    assert capsys.readouterr().out.strip(), "the snippet printed nothing"
