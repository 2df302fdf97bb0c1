"""The README's usage snippets run as written, each against the simulator of its API.

Every ```python block under a ``### <API>`` heading of the Usage section is executed with
``base_url`` and that API's credential names (``token``, ``api_token``, ``username`` and
``password``, ``service_client_access_key``) bound from a running simulator, and must print.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections import Counter

import pytest

from sessionward.testing import Simulator, serve
from sessionward.ziti import Ziti
from tests.specs._documents import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
HEADINGS = {
    "DocSpace": "docspace",
    "Dynatrace": "dynatrace",
    "Ziti": "ziti",
    "Authress": "authress",
}


def _snippets() -> list[tuple[str, str]]:
    usage = README.split("## Usage", 1)[1].split("\n## ", 1)[0]
    found = []
    for section in re.split(r"^### ", usage, flags=re.MULTILINE)[1:]:
        heading, _, body = section.partition("\n")
        for code in re.findall(r"```python\n(.*?)```", body, flags=re.DOTALL):
            found.append((HEADINGS[heading.strip()], code))
    return found


SNIPPETS = _snippets()


def test_every_api_has_a_usage_snippet() -> None:
    assert sorted({key for key, _ in SNIPPETS}) == sorted(HEADINGS.values())


@pytest.mark.parametrize(("key", "code"), SNIPPETS, ids=[key for key, _ in SNIPPETS])
def test_snippet_runs_against_the_simulator(key: str, code: str) -> None:
    with serve(key) as sim:
        if key == "ziti":
            # The snippet revokes an identity by id; point it at a real one of the simulator.
            code = code.replace('"an-identity-id"', repr(_an_identity_with_sessions(sim)))
        namespace: dict[str, object] = {"base_url": sim.base_url, **sim.credentials}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"README.md ({key})", "exec"), namespace)
    assert printed.getvalue().strip(), "the snippet printed nothing"
    if key == "ziti":
        assert re.search(r"revoked [1-9][0-9]*, failed 0", printed.getvalue())


def _an_identity_with_sessions(sim: Simulator) -> str:
    """The id of a Ziti identity other than the caller's that has sessions to revoke."""
    credentials = sim.credentials
    with Ziti(
        sim.base_url, username=credentials["username"], password=credentials["password"]
    ) as ziti:
        mine = ziti.login().identity_id
        identities = Counter(session.identity_id for session in ziti.api_sessions.list())
    return next(identity for identity, _ in identities.most_common() if identity != mine)


def test_ci_runs_the_quickstart_check_command() -> None:
    quickstart = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(python3 noxw -s \w+)", quickstart, flags=re.MULTILINE)
    assert commands == ["python3 noxw -s demo", "python3 noxw -s check"]
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 noxw -s check" in ci.splitlines()
