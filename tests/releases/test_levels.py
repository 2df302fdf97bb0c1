"""The semver rules of the version policy: what each level requires, above and below 1.0."""

from __future__ import annotations

import pytest

from scripts.releases._levels import Level, compatible_range, covers, required_version


@pytest.mark.parametrize(
    ("released", "level", "required"),
    [
        ("1.0.0", Level.NONE, "1.0.0"),
        ("1.0.0", Level.PATCH, "1.0.1"),
        ("1.0.3", Level.MINOR, "1.1.0"),
        ("1.4.3", Level.MAJOR, "2.0.0"),
        # Below 1.0 a breaking change moves the minor number and everything else the patch one.
        ("0.1.0", Level.PATCH, "0.1.1"),
        ("0.1.2", Level.MINOR, "0.1.3"),
        ("0.1.2", Level.MAJOR, "0.2.0"),
    ],
)
def test_required_version(released: str, level: Level, required: str) -> None:
    assert required_version(released, level) == required


def test_a_larger_bump_covers_a_smaller_need_and_not_the_reverse() -> None:
    assert covers("2.0.0", "1.0.0", Level.MINOR)
    assert not covers("1.5.0", "1.0.0", Level.MAJOR)
    assert not covers("1.0.0", "1.0.0", Level.PATCH)


@pytest.mark.parametrize(("version", "pin"), [("1.2.0", ">=1.2.0,<2"), ("0.3.1", ">=0.3.1,<0.4")])
def test_dependents_pin_up_to_the_next_breaking_version(version: str, pin: str) -> None:
    assert compatible_range(version) == pin
