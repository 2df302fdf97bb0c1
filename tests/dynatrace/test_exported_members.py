"""The contract names and own error of sessionward.dynatrace (shared checks: tests/contract)."""

from __future__ import annotations

import inspect

import sessionward.core as core
import sessionward.dynatrace as dynatrace


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


def test_the_argument_error_is_the_core_class_in_the_core_tree_and_a_value_error() -> None:
    assert dynatrace.InvalidArgumentError is core.InvalidArgumentError
    assert issubclass(dynatrace.InvalidArgumentError, core.SessionwardError)
    assert issubclass(dynatrace.InvalidArgumentError, ValueError)


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
