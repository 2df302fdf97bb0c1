"""Build hook of sessionward-testing: put the suite's specs inside the package.

From a checkout, ``../../specs`` is copied to ``sessionward/testing/_specs`` in the sdist and the
wheel. An unpacked sdist has no ``../../specs`` but holds ``sessionward/testing/_specs`` already,
which hatch ships as ordinary package files; so every sdist builds a complete wheel.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

BUNDLED = "sessionward/testing/_specs"


class SpecsBuildHook(BuildHookInterface):
    """Bundle the specs of every API into the package being built."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Add ``../../specs`` to the build when it exists and the package does not hold it yet."""
        root = Path(self.root)
        checkout_specs = (root / "../../specs").resolve()
        if (root / BUNDLED).is_dir() or not checkout_specs.is_dir():
            return
        for spec in sorted(checkout_specs.glob("*/openapi.yaml")):
            relative = spec.relative_to(checkout_specs).as_posix()
            build_data["force_include"][str(spec)] = f"{BUNDLED}/{relative}"
