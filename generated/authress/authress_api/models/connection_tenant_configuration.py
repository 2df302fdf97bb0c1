from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_type import AssignmentType
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionTenantConfiguration")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "assignmentType",
    }
)


@_attrs_define
class ConnectionTenantConfiguration(JsonModel):
    """How users logging in with this connection are assigned to tenants.

    Attributes:
        assignment_type (AssignmentType | Unset): Specify the type of tenant configuration used for assigning tenants
            user during login. Only connections that provide reliable `email_verified` identity properties can enable this
            setting. DEFAULT - A user will only be associated with a tenant, when the tenant is specified in the
            `loginClient.authenticate()` flow. TRUSTED_DOMAIN_FALLBACK - When no tenant is specified, also attempt to look
            up the tenant utilizing the email domain of the user from their identity provider.
    """

    assignment_type: AssignmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignment_type: str | Unset = UNSET
        if not isinstance(self.assignment_type, Unset):
            assignment_type = self.assignment_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignment_type is not UNSET:
            field_dict["assignmentType"] = assignment_type

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
        _assignment_type = d.get("assignmentType", UNSET)
        assignment_type: AssignmentType | Unset
        if _assignment_type is UNSET:
            assignment_type = UNSET
        else:
            _present += 1
            if type(_assignment_type) is not str:
                raise ResponseShapeError("assignmentType", "string", _assignment_type)
            _found_AssignmentType = _BY_VALUE_AssignmentType.get(_assignment_type)
            assignment_type = (
                AssignmentType(_assignment_type) if _found_AssignmentType is None else _found_AssignmentType
            )

        connection_tenant_configuration = cls(
            assignment_type,
        )
        if len(d) > _present:
            connection_tenant_configuration.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return connection_tenant_configuration

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET
            if wire.assignment_type is UNSET
            else (_BY_VALUE_AssignmentType.get(wire.assignment_type) or AssignmentType(wire.assignment_type)),
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


# The known members of each enum this model reads, by value (from_dict looks them up here).
_BY_VALUE_AssignmentType: dict[object, AssignmentType] = {member.value: member for member in AssignmentType}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionTenantConfiguration",
        [
            ("assignment_type", "assignmentType", str, False),
        ],
    )


ConnectionTenantConfiguration._wire = Wire(_wire_type)
