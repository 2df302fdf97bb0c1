"""The public surface of sessionward.dynatrace: exactly `__all__`, sorted, with public names."""

from __future__ import annotations

import inspect
import subprocess
import sys

import sessionward.core as core
import sessionward.dynatrace as dynatrace


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(dynatrace) if not name.startswith("_")}
    assert set(dynatrace.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    # The isort-style order ruff enforces: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name.lower())

    assert dynatrace.__all__ == sorted(dynatrace.__all__, key=key)


def test_the_contract_names_are_exported() -> None:
    for name in ("DynatraceCluster", "AsyncDynatraceCluster", "UserSession", "UserSessionsConfig"):
        assert name in dynatrace.__all__
    resources = (
        (dynatrace.UserSessions, dynatrace.AsyncUserSessions, ("list", "remove")),
        (
            dynatrace.SessionPolicy,
            dynatrace.AsyncSessionPolicy,
            ("get", "update", "update_partial"),
        ),
    )
    for sync, async_, methods in resources:
        for method in methods:
            assert callable(getattr(sync, method))
            assert inspect.iscoroutinefunction(getattr(async_, method))


def test_own_classes_name_the_public_module() -> None:
    for name in (
        "DynatraceCluster",
        "AsyncDynatraceCluster",
        "UserSessions",
        "AsyncUserSessions",
        "SessionPolicy",
        "AsyncSessionPolicy",
        "InvalidArgumentError",
    ):
        assert getattr(dynatrace, name).__module__ == "sessionward.dynatrace"


def test_the_own_error_is_in_the_core_tree_and_a_value_error() -> None:
    assert issubclass(dynatrace.InvalidArgumentError, core.SessionwardError)
    assert issubclass(dynatrace.InvalidArgumentError, ValueError)


def test_every_core_error_is_re_exported_as_the_same_class() -> None:
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, core.SessionwardError):
            assert getattr(dynatrace, name) is member, name


def test_the_models_are_the_generated_classes() -> None:
    from dynatrace_api import models

    for name in (
        "AutomaticLogoutConfiguration",
        "ConcurrentSessionPolicy",
        "LoginType",
        "UserSession",
        "UserSessionsConfig",
    ):
        assert getattr(dynatrace, name) is getattr(models, name)


def test_importing_the_overlay_leaves_async_and_retry_machinery_unloaded() -> None:
    # A sync user pays for neither; they load on first use.
    script = (
        "import sys, sessionward.dynatrace; "
        "print(sorted(m for m in ('tenacity', 'anyio', 'asyncio', 'jwt') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
