"""Fixtures of the command line's tests: `cli`, configured for every platform's simulator."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessionward.cli._platforms import keys
from tests.cli._support import Cli


@pytest.fixture
def cli(request: pytest.FixtureRequest, tmp_path: Path) -> Cli:
    # The simulators' pytest plugin names each fixture `<key>_sim`.
    sims = {key: request.getfixturevalue(f"{key}_sim") for key in keys()}
    return Cli(sims, tmp_path)
