from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="Meta")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "apiVersion",
        "apiEnrollmentVersion",
        "pagination",
        "filterableFields",
    }
)


@_attrs_define
class Meta(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        api_version = d.get("apiVersion", UNSET)
        if api_version is not UNSET:
            _present += 1
            if type(api_version) is not str:
                raise ResponseShapeError("apiVersion", "string", api_version)

        api_enrollment_version = d.get("apiEnrollmentVersion", UNSET)
        if api_enrollment_version is not UNSET:
            _present += 1
            if type(api_enrollment_version) is not str:
                raise ResponseShapeError("apiEnrollmentVersion", "string", api_enrollment_version)

        _pagination = d.get("pagination", UNSET)
        pagination: Pagination | Unset
        if _pagination is UNSET:
            pagination = UNSET
        else:
            _present += 1
            try:
                pagination = Pagination.from_dict(_pagination)
            except ResponseShapeError as _failure:
                raise _failure.within("pagination") from None

        filterable_fields = d.get("filterableFields", UNSET)
        if filterable_fields is not UNSET:
            _present += 1
            if type(filterable_fields) is not list:
                raise ResponseShapeError("filterableFields", "array", filterable_fields)
            try:
                for _item1 in filterable_fields:
                    if type(_item1) is not str:
                        raise ResponseShapeError(None, "string", _item1)

            except ResponseShapeError as _failure:
                raise _failure.within(
                    "filterableFields", ResponseShapeError.index_of(filterable_fields, _item1)
                ) from None

        meta = cls(
            api_version,
            api_enrollment_version,
            pagination,
            filterable_fields,
        )
        if len(d) > _present:
            meta.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return meta

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.api_version,
            wire.api_enrollment_version,
            UNSET if wire.pagination is UNSET else Pagination._from_wire(wire.pagination),
            wire.filterable_fields,
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


from ..models.pagination import Pagination


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "Meta",
        [
            ("api_version", "apiVersion", str, False),
            ("api_enrollment_version", "apiEnrollmentVersion", str, False),
            ("pagination", "pagination", Pagination._wire.struct_type(), False),
            ("filterable_fields", "filterableFields", list_of(str), False),
        ],
    )


Meta._wire = Wire(_wire_type)
