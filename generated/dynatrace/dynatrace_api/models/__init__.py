"""Contains all the data models used in inputs/outputs (each model's module loads on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .automatic_logout_configuration import AutomaticLogoutConfiguration
    from .concurrent_session_policy import ConcurrentSessionPolicy
    from .constraint_violation import ConstraintViolation
    from .error import Error
    from .error_envelope import ErrorEnvelope
    from .login_type import LoginType
    from .parameter_location import ParameterLocation
    from .user_session import UserSession
    from .user_sessions_config import UserSessionsConfig

__all__ = (
    "AutomaticLogoutConfiguration",
    "ConcurrentSessionPolicy",
    "ConstraintViolation",
    "Error",
    "ErrorEnvelope",
    "LoginType",
    "ParameterLocation",
    "UserSession",
    "UserSessionsConfig",
)

# Each public name and the module that defines it.
_MODULES = {
    "AutomaticLogoutConfiguration": ".automatic_logout_configuration",
    "ConcurrentSessionPolicy": ".concurrent_session_policy",
    "ConstraintViolation": ".constraint_violation",
    "Error": ".error",
    "ErrorEnvelope": ".error_envelope",
    "LoginType": ".login_type",
    "ParameterLocation": ".parameter_location",
    "UserSession": ".user_session",
    "UserSessionsConfig": ".user_sessions_config",
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
