from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination


T = TypeVar("T", bound="Meta")


@_attrs_define
class Meta:
    """Response metadata shared by every envelope.

    Attributes:
        api_version (str | Unset): Version of the management API that answered.
        api_enrollment_version (str | Unset): Version of the enrollment API of the controller.
        pagination (Pagination | Unset): Offset-pagination state of a list response.
        filterable_fields (list[str] | Unset): Fields a `filter` expression may name on this list (list responses only).
    """

    api_version: str | Unset = UNSET
    api_enrollment_version: str | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    filterable_fields: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_version = self.api_version

        api_enrollment_version = self.api_enrollment_version

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        filterable_fields: list[str] | Unset = UNSET
        if not isinstance(self.filterable_fields, Unset):
            filterable_fields = self.filterable_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_version is not UNSET:
            field_dict["apiVersion"] = api_version
        if api_enrollment_version is not UNSET:
            field_dict["apiEnrollmentVersion"] = api_enrollment_version
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if filterable_fields is not UNSET:
            field_dict["filterableFields"] = filterable_fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        api_version = d.pop("apiVersion", UNSET)

        api_enrollment_version = d.pop("apiEnrollmentVersion", UNSET)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        filterable_fields = cast(list[str], d.pop("filterableFields", UNSET))

        meta = cls(
            api_version=api_version,
            api_enrollment_version=api_enrollment_version,
            pagination=pagination,
            filterable_fields=filterable_fields,
        )

        meta.additional_properties = d
        return meta

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
