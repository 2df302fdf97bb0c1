"""Contains all the data models used in inputs/outputs"""

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
