"""The ```python snippets of each overlay's README run as written against its simulator.

Each snippet runs on a freshly reset simulator with `base_url` and the API's credentials bound,
and must talk to the API: a snippet that raises, or sends nothing, fails. DocSpace and Dynatrace
snippets must also print; the Ziti and Authress ones print or assert. Each README shows every
public method and the async client.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest

from sessionward.testing import Simulator
from tests._support import readme_snippets, run_readme_snippet


@dataclass(frozen=True)
class Readme:
    """What one overlay's README must show, and what its snippets get bound."""

    api: str
    least: int
    shows: tuple[str, ...]
    names: Callable[[Simulator], dict[str, object]]
    must_print: bool


READMES = (
    Readme(
        "docspace",
        6,
        (
            ".list()",
            ".log_out(",
            ".log_out_all_for_user(",
            ".log_out_all_except_current()",
            ".log_out_all_and_change_password()",
            "AsyncDocSpace",
        ),
        lambda sim: {"token": sim.credentials["token"]},
        must_print=True,
    ),
    Readme(
        "dynatrace",
        6,
        (
            "user_sessions.list(",
            "user_sessions.remove(",
            "session_policy.get()",
            "session_policy.update(",
            "session_policy.update_partial(",
            "AsyncDynatraceCluster",
        ),
        lambda sim: {"api_token": sim.credentials["api_token"]},
        must_print=True,
    ),
    Readme("ziti", 5, (), lambda sim: dict(sim.credentials), must_print=False),
    Readme(
        "authress",
        5,
        (),
        lambda sim: {**sim.credentials, **sim.other_credentials["access_token"]},
        must_print=False,
    ),
)
SNIPPETS = [
    pytest.param(readme, index, id=f"{readme.api}-snippet-{index}")
    for readme in READMES
    for index in range(len(readme_snippets(readme.api)))
]


@pytest.mark.parametrize("readme", READMES, ids=lambda readme: readme.api)
def test_the_readme_has_its_snippets(readme: Readme) -> None:
    found = readme_snippets(readme.api)
    assert len(found) >= readme.least
    text = "\n".join(found)
    for shown in readme.shows:
        assert shown in text


@pytest.mark.parametrize(("readme", "index"), SNIPPETS)
def test_the_snippet_runs_against_the_simulator(
    readme: Readme, index: int, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    sim: Simulator = request.getfixturevalue(f"{readme.api}_sim")
    names = {"base_url": sim.base_url, **readme.names(sim)}

    snippet = run_readme_snippet(readme.api, index, names)

    printed = capsys.readouterr().out.strip()
    assert printed or (not readme.must_print and "assert" in snippet), "the snippet printed nothing"
    assert sim.requests(), "the snippet sent no request"
