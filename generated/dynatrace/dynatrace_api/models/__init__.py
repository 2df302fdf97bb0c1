"""Contains all the data models used in inputs/outputs"""

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
