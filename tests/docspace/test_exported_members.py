"""The contract names of sessionward.docspace (the shared surface checks are tests/contract)."""

from __future__ import annotations

import inspect

import sessionward.docspace as docspace


def test_the_contract_names_are_exported() -> None:
    for name in ("DocSpace", "AsyncDocSpace", "ActiveConnectionsDto", "ActiveConnectionsItemDto"):
        assert name in docspace.__all__
    for method in (
        "list",
        "log_out",
        "log_out_all_for_user",
        "log_out_all_except_current",
        "log_out_all_and_change_password",
    ):
        assert callable(getattr(docspace.ActiveConnections, method))
        assert inspect.iscoroutinefunction(getattr(docspace.AsyncActiveConnections, method))


def test_the_models_are_the_generated_classes() -> None:
    from docspace_api.models import ActiveConnectionsDto, ActiveConnectionsItemDto

    assert docspace.ActiveConnectionsDto is ActiveConnectionsDto
    assert docspace.ActiveConnectionsItemDto is ActiveConnectionsItemDto
