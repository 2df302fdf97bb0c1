from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assignment_type import AssignmentType
from ..types import UNSET, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionTenantConfiguration")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "assignmentType",
    }
)


@_attrs_define
class ConnectionTenantConfiguration:
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
    # How from_json decodes the model's JSON object (set below the class; built on first use).
    _wire: ClassVar[Wire]

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
    def from_json(cls: type[T], raw: bytes | str) -> T:
        """Build the model from a raw JSON body; what the endpoints run on a 2xx response.

        A compiled decoder (msgspec, imported on the first call) reads a body that has only the
        fields the model declares, each of its JSON type; any other body goes through
        ``from_dict(json.loads(raw))``. The result, or the error raised (``ResponseShapeError``
        naming the field, ``json.JSONDecodeError``, ``RecursionError``), is the one ``from_dict`` gives.
        """
        try:
            return cls._wire.read(raw, cls._from_wire)
        except (ValueError, RecursionError):
            # from_dict decides, outside the handler so that its error is not chained to this one.
            pass
        return cls.from_dict(json.loads(raw))

    @classmethod
    def list_from_json(cls: type[T], raw: bytes | str) -> list[T]:
        """Build a list of models from a raw JSON array body, like ``from_json`` for one model.

        Raises ``ResponseShapeError`` for a body that is not an array, or naming the index and field
        of the first item ``from_dict`` refuses (``[3].id: ...``); ``json.JSONDecodeError`` or
        ``RecursionError`` for a body that is not JSON.
        """
        try:
            return cls._wire.read_list(raw, cls._from_wire)
        except (ValueError, RecursionError):
            pass  # from_dict decides, as in from_json
        items = json.loads(raw)
        if type(items) is not list:
            raise ResponseShapeError(None, "array", items)
        models: list[T] = []
        try:
            for item in items:
                models.append(cls.from_dict(item))
        except ResponseShapeError as _failure:
            raise _failure.within(None, len(models)) from None
        return models

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
