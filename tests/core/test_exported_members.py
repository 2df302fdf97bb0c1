"""The public surface: `__all__` is exactly what the package exposes, sorted, with public names."""

from __future__ import annotations

import inspect
import subprocess
import sys

import sessionward.core as core
from sessionward.core import _exceptions
from tests._support import export_order


def test_all_is_exactly_the_public_names() -> None:
    public = {name for name in vars(core) if not name.startswith("_")}
    assert set(core.__all__) == public | {"__version__"}


def test_all_is_sorted() -> None:
    # The isort-style order ruff enforces.
    assert core.__all__ == sorted(core.__all__, key=export_order)


def test_exported_classes_and_functions_name_the_public_module() -> None:
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) or inspect.isfunction(member):
            assert member.__module__ == "sessionward.core", name


def test_the_error_tree_is_drawn_in_the_exceptions_module() -> None:
    doc = _exceptions.__doc__ or ""
    for name in core.__all__:
        member = getattr(core, name)
        if inspect.isclass(member) and issubclass(member, core.SessionwardError):
            assert name in doc, name


def test_the_error_tree() -> None:
    assert issubclass(core.APIError, core.SessionwardError)
    assert issubclass(core.APIStatusError, core.APIError)
    assert issubclass(core.APIConnectionError, core.APIError)
    assert issubclass(core.APITimeoutError, core.APIConnectionError)
    assert issubclass(core.APIResponseValidationError, core.APIError)
    assert issubclass(core.InsecureTransportError, core.SessionwardError)
    assert issubclass(core.InvalidPathParameterError, core.SessionwardError)
    for status_class in (
        core.BadRequestError,
        core.AuthenticationError,
        core.PermissionDeniedError,
        core.NotFoundError,
        core.ConflictError,
        core.UnprocessableEntityError,
        core.RateLimitError,
        core.InternalServerError,
    ):
        assert status_class.__bases__ == (core.APIStatusError,)


def test_status_error_class_is_the_one_mapping() -> None:
    expected = {
        400: core.BadRequestError,
        401: core.AuthenticationError,
        403: core.PermissionDeniedError,
        404: core.NotFoundError,
        409: core.ConflictError,
        422: core.UnprocessableEntityError,
        429: core.RateLimitError,
        500: core.InternalServerError,
        510: core.InternalServerError,
        520: core.InternalServerError,
        599: core.InternalServerError,
        300: core.APIStatusError,
        405: core.APIStatusError,
        499: core.APIStatusError,
    }
    assert {status: core.status_error_class(status) for status in expected} == expected


def test_importing_the_core_leaves_heavy_modules_unloaded() -> None:
    # Kept lazy so that `import sessionward.core` stays cheap: they load on first use.
    script = (
        "import sys, sessionward.core; "
        "print(sorted(m for m in ('tenacity', 'jwt', 'cryptography', 'anyio', 'asyncio') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_overlay_shells_are_twins() -> None:
    # The clients people import build on these two; their surfaces differ only in how they close.
    sync = {name for name in dir(core.OverlayClient) if not name.startswith("_")}
    async_ = {name for name in dir(core.AsyncOverlayClient) if not name.startswith("_")}
    assert sync - {"close"} == async_ - {"aclose"}
    assert {"base_url", "timeout", "max_retries", "with_options"} <= sync
    # Every client offers the escape hatches, whatever its vendor.
    assert {"auth", "http_client", "without_auth"} <= sync
