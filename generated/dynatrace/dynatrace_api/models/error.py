from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="Error")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "code",
        "message",
        "constraintViolations",
    }
)


@_attrs_define
class Error(JsonModel):
    """What went wrong with the request.

    Attributes:
        code (int | Unset): The HTTP status code.
        message (str | Unset): The error message.
        constraint_violations (list[ConstraintViolation] | Unset): The constraints of the request that were violated, if
            any.
    """

    code: int | Unset = UNSET
    message: str | Unset = UNSET
    constraint_violations: list[ConstraintViolation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        constraint_violations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.constraint_violations, Unset):
            constraint_violations = []
            for constraint_violations_item_data in self.constraint_violations:
                constraint_violations_item = constraint_violations_item_data.to_dict()
                constraint_violations.append(constraint_violations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if constraint_violations is not UNSET:
            field_dict["constraintViolations"] = constraint_violations

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
        code = d.get("code", UNSET)
        if code is not UNSET:
            _present += 1
            if type(code) is not int:
                raise ResponseShapeError("code", "int", code)

        message = d.get("message", UNSET)
        if message is not UNSET:
            _present += 1
            if type(message) is not str:
                raise ResponseShapeError("message", "string", message)

        _constraint_violations = d.get("constraintViolations", UNSET)
        constraint_violations: list[ConstraintViolation] | Unset
        if _constraint_violations is UNSET:
            constraint_violations = UNSET
        else:
            _present += 1
            if type(_constraint_violations) is not list:
                raise ResponseShapeError("constraintViolations", "array", _constraint_violations)
            constraint_violations = []
            try:
                for _item1 in _constraint_violations:
                    _value1 = ConstraintViolation.from_dict(_item1)

                    constraint_violations.append(_value1)
            except ResponseShapeError as _failure:
                raise _failure.within("constraintViolations", len(constraint_violations)) from None

        error = cls(
            code,
            message,
            constraint_violations,
        )
        if len(d) > _present:
            error.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return error

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.code,
            wire.message,
            UNSET
            if wire.constraint_violations is UNSET
            else list(map(ConstraintViolation._from_wire, wire.constraint_violations)),
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


from ..models.constraint_violation import ConstraintViolation


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "Error",
        [
            ("code", "code", int, False),
            ("message", "message", str, False),
            ("constraint_violations", "constraintViolations", list_of(ConstraintViolation._wire.struct_type()), False),
        ],
    )


Error._wire = Wire(_wire_type)
