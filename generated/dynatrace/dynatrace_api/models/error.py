from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constraint_violation import ConstraintViolation


T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
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
        from ..models.constraint_violation import ConstraintViolation  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        _constraint_violations = d.pop("constraintViolations", UNSET)
        constraint_violations: list[ConstraintViolation] | Unset = UNSET
        if _constraint_violations is not UNSET:
            constraint_violations = []
            for constraint_violations_item_data in _constraint_violations:
                constraint_violations_item = ConstraintViolation.from_dict(constraint_violations_item_data)

                constraint_violations.append(constraint_violations_item)

        error = cls(
            code=code,
            message=message,
            constraint_violations=constraint_violations,
        )

        error.additional_properties = d
        return error

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
