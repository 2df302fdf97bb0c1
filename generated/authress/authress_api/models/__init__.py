"""Contains all the data models used in inputs/outputs (each model's module loads on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assignment_type import AssignmentType
    from .connection import Connection
    from .connection_collection import ConnectionCollection
    from .connection_conditions import ConnectionConditions
    from .connection_data import ConnectionData
    from .connection_default_connection_properties import ConnectionDefaultConnectionProperties
    from .connection_linking_configuration import ConnectionLinkingConfiguration
    from .connection_tenant_configuration import ConnectionTenantConfiguration
    from .connection_type import ConnectionType
    from .connection_user_data_configuration import ConnectionUserDataConfiguration
    from .linking_type import LinkingType
    from .pagination import Pagination
    from .pagination_next import PaginationNext
    from .response_error import ResponseError
    from .supported_content_type import SupportedContentType
    from .tags import Tags
    from .user_connection_credentials import UserConnectionCredentials
    from .user_data_location import UserDataLocation

__all__ = (
    "AssignmentType",
    "Connection",
    "ConnectionCollection",
    "ConnectionConditions",
    "ConnectionData",
    "ConnectionDefaultConnectionProperties",
    "ConnectionLinkingConfiguration",
    "ConnectionTenantConfiguration",
    "ConnectionType",
    "ConnectionUserDataConfiguration",
    "LinkingType",
    "Pagination",
    "PaginationNext",
    "ResponseError",
    "SupportedContentType",
    "Tags",
    "UserConnectionCredentials",
    "UserDataLocation",
)

# Each public name and the module that defines it.
_MODULES = {
    "AssignmentType": ".assignment_type",
    "Connection": ".connection",
    "ConnectionCollection": ".connection_collection",
    "ConnectionConditions": ".connection_conditions",
    "ConnectionData": ".connection_data",
    "ConnectionDefaultConnectionProperties": ".connection_default_connection_properties",
    "ConnectionLinkingConfiguration": ".connection_linking_configuration",
    "ConnectionTenantConfiguration": ".connection_tenant_configuration",
    "ConnectionType": ".connection_type",
    "ConnectionUserDataConfiguration": ".connection_user_data_configuration",
    "LinkingType": ".linking_type",
    "Pagination": ".pagination",
    "PaginationNext": ".pagination_next",
    "ResponseError": ".response_error",
    "SupportedContentType": ".supported_content_type",
    "Tags": ".tags",
    "UserConnectionCredentials": ".user_connection_credentials",
    "UserDataLocation": ".user_data_location",
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
