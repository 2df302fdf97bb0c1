"""Fixtures of the command line's tests: `cli`, configured for all four simulators."""

from __future__ import annotations

from pathlib import Path

import pytest

from sessionward.testing import Simulator
from tests.cli._support import Cli


@pytest.fixture
def cli(
    docspace_sim: Simulator,
    dynatrace_sim: Simulator,
    ziti_sim: Simulator,
    authress_sim: Simulator,
    tmp_path: Path,
) -> Cli:
    sims = {
        "docspace": docspace_sim,
        "dynatrace": dynatrace_sim,
        "ziti": ziti_sim,
        "authress": authress_sim,
    }
    return Cli(sims, tmp_path)
