"""The README's usage snippets run as written, each against the simulator of its API.

Every ```python block under a ``### <API>`` heading of the Usage section (the heading names the
platform, as the API's title in the registry does) is executed with ``base_url`` and that API's
credential names (``token``, ``api_token``, ``username`` and ``password``,
``service_client_access_key``) bound from a running simulator, and must print; what an API's
snippets need beyond that, its tests state (`CONTRACT.usage` in `tests/<key>/contract.py`).
"""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from sessionward.testing import APIS, registered_apis, serve
from tests.contract._hooks import contract_of
from tests.specs._documents import REPO_ROOT

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def _key_of(heading: str) -> str:
    """The key of the one registered API whose title names the platform of a Usage heading."""
    (key,) = [api.key for api in registered_apis() if heading in api.title]
    return key


def _snippets() -> list[tuple[str, str]]:
    usage = README.split("## Usage", 1)[1].split("\n## ", 1)[0]
    found = []
    for section in re.split(r"^### ", usage, flags=re.MULTILINE)[1:]:
        heading, _, body = section.partition("\n")
        for code in re.findall(r"```python\n(.*?)```", body, flags=re.DOTALL):
            found.append((_key_of(heading.strip()), code))
    return found


SNIPPETS = _snippets()


def test_every_api_has_a_usage_snippet() -> None:
    assert sorted({key for key, _ in SNIPPETS}) == sorted(APIS)


@pytest.mark.parametrize(("key", "code"), SNIPPETS, ids=[key for key, _ in SNIPPETS])
def test_snippet_runs_against_the_simulator(key: str, code: str) -> None:
    (api,) = [api for api in registered_apis() if api.key == key]
    usage = contract_of(api).usage
    with serve(key) as sim:
        code = usage.prepare(code, sim)
        namespace: dict[str, object] = {"base_url": sim.base_url, **sim.credentials}
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code, f"README.md ({key})", "exec"), namespace)
    assert printed.getvalue().strip(), "the snippet printed nothing"
    assert re.search(usage.prints, printed.getvalue())


def test_ci_runs_the_quickstart_check_command() -> None:
    quickstart = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"^(python3 noxw -s \w+)", quickstart, flags=re.MULTILINE)
    assert commands == ["python3 noxw -s demo", "python3 noxw -s check"]
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 noxw -s check" in ci.splitlines()
