from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ApiErrorArgs")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "urlVars",
    }
)


@_attrs_define
class ApiErrorArgs(JsonModel):
    """The request arguments the error relates to.

    Attributes:
        url_vars (ApiErrorUrlVars | Unset): Path variables of the failed request, by name (e.g. `id`).
    """

    url_vars: ApiErrorUrlVars | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_vars, Unset):
            url_vars = self.url_vars.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url_vars is not UNSET:
            field_dict["urlVars"] = url_vars

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
        _url_vars = d.get("urlVars", UNSET)
        url_vars: ApiErrorUrlVars | Unset
        if _url_vars is UNSET:
            url_vars = UNSET
        else:
            _present += 1
            try:
                url_vars = ApiErrorUrlVars.from_dict(_url_vars)
            except ResponseShapeError as _failure:
                raise _failure.within("urlVars") from None

        api_error_args = cls(
            url_vars,
        )
        if len(d) > _present:
            api_error_args.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return api_error_args

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            UNSET if wire.url_vars is UNSET else ApiErrorUrlVars._from_wire(wire.url_vars),
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


from ..models.api_error_url_vars import ApiErrorUrlVars


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ApiErrorArgs",
        [
            ("url_vars", "urlVars", ApiErrorUrlVars._wire.struct_type(), False),
        ],
    )


ApiErrorArgs._wire = Wire(_wire_type)
