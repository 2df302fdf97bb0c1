"""The public surface of sessionward.docspace: exactly `__all__`, sorted, with public names."""

from __future__ import annotations

import inspect
import subprocess
import sys

import sessionward.core as core
import sessionward.docspace as docspace


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(docspace) if not name.startswith("_")}
    assert set(docspace.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    # The isort-style order ruff enforces: constants, then classes, then functions.
    def key(name: str) -> tuple[int, str]:
        if name.isupper():
            return (0, name)
        if name[:1].isupper():
            return (1, name)
        return (2, name.lower())

    assert docspace.__all__ == sorted(docspace.__all__, key=key)


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


def test_own_classes_name_the_public_module() -> None:
    for name in ("DocSpace", "AsyncDocSpace", "ActiveConnections", "AsyncActiveConnections"):
        assert getattr(docspace, name).__module__ == "sessionward.docspace"


def test_every_core_error_is_re_exported_as_the_same_class() -> None:
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, core.SessionwardError):
            assert getattr(docspace, name) is member, name


def test_the_models_are_the_generated_classes() -> None:
    from docspace_api.models import ActiveConnectionsDto, ActiveConnectionsItemDto

    assert docspace.ActiveConnectionsDto is ActiveConnectionsDto
    assert docspace.ActiveConnectionsItemDto is ActiveConnectionsItemDto


def test_importing_the_overlay_leaves_async_and_retry_machinery_unloaded() -> None:
    # A sync user pays for neither; they load on first use.
    script = (
        "import sys, sessionward.docspace; "
        "print(sorted(m for m in ('tenacity', 'anyio', 'asyncio', 'jwt') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
