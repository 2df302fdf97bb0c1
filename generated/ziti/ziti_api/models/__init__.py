"""Contains all the data models used in inputs/outputs (each model's module loads on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .api_error_args import ApiErrorArgs
    from .api_error_cause import ApiErrorCause
    from .api_error_data import ApiErrorData
    from .api_error_envelope import ApiErrorEnvelope
    from .api_error_url_vars import ApiErrorUrlVars
    from .api_field_error import ApiFieldError
    from .api_session_detail import ApiSessionDetail
    from .auth_method import AuthMethod
    from .auth_query_detail import AuthQueryDetail
    from .auth_query_type import AuthQueryType
    from .authenticate import Authenticate
    from .base_entity import BaseEntity
    from .current_api_session_detail import CurrentApiSessionDetail
    from .current_api_session_detail_envelope import CurrentApiSessionDetailEnvelope
    from .detail_api_session_envelope import DetailApiSessionEnvelope
    from .empty import Empty
    from .empty_data import EmptyData
    from .entity_ref import EntityRef
    from .env_info import EnvInfo
    from .link import Link
    from .links import Links
    from .list_api_sessions_envelope import ListApiSessionsEnvelope
    from .meta import Meta
    from .mfa_formats import MfaFormats
    from .mfa_providers import MfaProviders
    from .pagination import Pagination
    from .sdk_info import SdkInfo
    from .tags import Tags

__all__ = (
    "ApiError",
    "ApiErrorArgs",
    "ApiErrorCause",
    "ApiErrorData",
    "ApiErrorEnvelope",
    "ApiErrorUrlVars",
    "ApiFieldError",
    "ApiSessionDetail",
    "Authenticate",
    "AuthMethod",
    "AuthQueryDetail",
    "AuthQueryType",
    "BaseEntity",
    "CurrentApiSessionDetail",
    "CurrentApiSessionDetailEnvelope",
    "DetailApiSessionEnvelope",
    "Empty",
    "EmptyData",
    "EntityRef",
    "EnvInfo",
    "Link",
    "Links",
    "ListApiSessionsEnvelope",
    "Meta",
    "MfaFormats",
    "MfaProviders",
    "Pagination",
    "SdkInfo",
    "Tags",
)

# Each public name and the module that defines it.
_MODULES = {
    "ApiError": ".api_error",
    "ApiErrorArgs": ".api_error_args",
    "ApiErrorCause": ".api_error_cause",
    "ApiErrorData": ".api_error_data",
    "ApiErrorEnvelope": ".api_error_envelope",
    "ApiErrorUrlVars": ".api_error_url_vars",
    "ApiFieldError": ".api_field_error",
    "ApiSessionDetail": ".api_session_detail",
    "AuthMethod": ".auth_method",
    "AuthQueryDetail": ".auth_query_detail",
    "AuthQueryType": ".auth_query_type",
    "Authenticate": ".authenticate",
    "BaseEntity": ".base_entity",
    "CurrentApiSessionDetail": ".current_api_session_detail",
    "CurrentApiSessionDetailEnvelope": ".current_api_session_detail_envelope",
    "DetailApiSessionEnvelope": ".detail_api_session_envelope",
    "Empty": ".empty",
    "EmptyData": ".empty_data",
    "EntityRef": ".entity_ref",
    "EnvInfo": ".env_info",
    "Link": ".link",
    "Links": ".links",
    "ListApiSessionsEnvelope": ".list_api_sessions_envelope",
    "Meta": ".meta",
    "MfaFormats": ".mfa_formats",
    "MfaProviders": ".mfa_providers",
    "Pagination": ".pagination",
    "SdkInfo": ".sdk_info",
    "Tags": ".tags",
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
