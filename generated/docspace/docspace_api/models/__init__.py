"""Contains all the data models used in inputs/outputs (each model's module loads on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_connections_dto import ActiveConnectionsDto
    from .active_connections_item_dto import ActiveConnectionsItemDto
    from .active_connections_wrapper import ActiveConnectionsWrapper
    from .api_link import ApiLink
    from .boolean_wrapper import BooleanWrapper
    from .error_api_response import ErrorApiResponse
    from .error_api_response_error import ErrorApiResponseError
    from .string_wrapper import StringWrapper

__all__ = (
    "ActiveConnectionsDto",
    "ActiveConnectionsItemDto",
    "ActiveConnectionsWrapper",
    "ApiLink",
    "BooleanWrapper",
    "ErrorApiResponse",
    "ErrorApiResponseError",
    "StringWrapper",
)

# Each public name and the module that defines it.
_MODULES = {
    "ActiveConnectionsDto": ".active_connections_dto",
    "ActiveConnectionsItemDto": ".active_connections_item_dto",
    "ActiveConnectionsWrapper": ".active_connections_wrapper",
    "ApiLink": ".api_link",
    "BooleanWrapper": ".boolean_wrapper",
    "ErrorApiResponse": ".error_api_response",
    "ErrorApiResponseError": ".error_api_response_error",
    "StringWrapper": ".string_wrapper",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
