"""Contains all the data models used in inputs/outputs"""

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
