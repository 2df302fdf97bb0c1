from enum import StrEnum


class AuthMethod(StrEnum):
    """Values of ``AuthMethod``; an unknown value from a newer server is kept (see ``_missing_``)."""

    CERT = "cert"
    EXT_JWT = "ext-jwt"
    PASSWORD = "password"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AuthMethod | None":
        # Servers add values before clients learn them; keep the value instead of failing the parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists (False for a value only a newer server knows)."""
        return self._name_ != "UNKNOWN"
