"""The public surface of sessionward.testing is exactly its sorted __all__, under public names."""

from __future__ import annotations

import types

import sessionward.testing
from sessionward.testing import pytest_plugin


def test_all_is_sorted_and_is_exactly_the_public_names() -> None:
    exported = sessionward.testing.__all__
    assert exported == sorted(exported)
    public = {
        name
        for name, value in vars(sessionward.testing).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(exported)


def test_classes_and_functions_show_the_public_module() -> None:
    for name in sessionward.testing.__all__:
        value = getattr(sessionward.testing, name)
        if isinstance(value, (type, types.FunctionType)):
            assert value.__module__ == "sessionward.testing", name


def test_the_pytest_plugin_exports_its_fixtures_and_factory() -> None:
    assert pytest_plugin.__all__ == sorted(pytest_plugin.__all__)
    for name in pytest_plugin.__all__:
        assert hasattr(pytest_plugin, name)
