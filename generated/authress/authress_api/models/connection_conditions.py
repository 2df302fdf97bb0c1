from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionConditions")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "requireBusinessAccount",
        "authenticationLeewayDuration",
    }
)


@_attrs_define
class ConnectionConditions(JsonModel):
    """Conditions are custom restrictions on connections that prevent the connection from being used when it should not be,
    or limits its usability for increased security.

        Attributes:
            require_business_account (bool | None | Unset): Require the user logging in with this connect to be using a
                business account. When possible Authress will block user login and request that they select a different account.
                Enabling this may prevent some users from being able to sign up with this identity connection. Default: False.
            authentication_leeway_duration (str | Unset): The maximum amount of time, as an ISO 8601 duration, between the
                instant a user begins the authentication flow and the moment login has completed; slower requests are rejected
                as expired. The minimum is one minute and the max is 1 hour. Default: 'PT5M'.
    """

    require_business_account: bool | None | Unset = False
    authentication_leeway_duration: str | Unset = "PT5M"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        require_business_account: bool | None | Unset
        if isinstance(self.require_business_account, Unset):
            require_business_account = UNSET
        else:
            require_business_account = self.require_business_account

        authentication_leeway_duration = self.authentication_leeway_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if require_business_account is not UNSET:
            field_dict["requireBusinessAccount"] = require_business_account
        if authentication_leeway_duration is not UNSET:
            field_dict["authenticationLeewayDuration"] = authentication_leeway_duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        require_business_account = d.get("requireBusinessAccount", UNSET)
        if require_business_account is not UNSET:
            _present += 1
            if type(require_business_account) is not bool and require_business_account is not None:
                raise ResponseShapeError("requireBusinessAccount", "boolean or null", require_business_account)

        authentication_leeway_duration = d.get("authenticationLeewayDuration", UNSET)
        if authentication_leeway_duration is not UNSET:
            _present += 1
            if type(authentication_leeway_duration) is not str:
                raise ResponseShapeError("authenticationLeewayDuration", "string", authentication_leeway_duration)

        connection_conditions = cls(
            require_business_account,
            authentication_leeway_duration,
        )
        if len(d) > _present:
            connection_conditions.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return connection_conditions

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.require_business_account,
            wire.authentication_leeway_duration,
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionConditions",
        [
            ("require_business_account", "requireBusinessAccount", bool | None, False),
            ("authentication_leeway_duration", "authenticationLeewayDuration", str, False),
        ],
    )


ConnectionConditions._wire = Wire(_wire_type)
