from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ErrorApiResponse")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "status",
        "statusCode",
        "error",
    }
)


@_attrs_define
class ErrorApiResponse(JsonModel):
    """The error body of a failed request.

    Attributes:
        status (int | Unset): The response status flag, always 1 on an error.
        status_code (int | Unset): The HTTP status code of the response, repeated in the body.
        error (ErrorApiResponseError | Unset): What went wrong.
    """

    status: int | Unset = UNSET
    status_code: int | Unset = UNSET
    error: ErrorApiResponseError | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_code = self.status_code

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error

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
        status = d.get("status", UNSET)
        if status is not UNSET:
            _present += 1
            if type(status) is not int:
                raise ResponseShapeError("status", "int", status)

        status_code = d.get("statusCode", UNSET)
        if status_code is not UNSET:
            _present += 1
            if type(status_code) is not int:
                raise ResponseShapeError("statusCode", "int", status_code)

        _error = d.get("error", UNSET)
        error: ErrorApiResponseError | Unset
        if _error is UNSET:
            error = UNSET
        else:
            _present += 1
            try:
                error = ErrorApiResponseError.from_dict(_error)
            except ResponseShapeError as _failure:
                raise _failure.within("error") from None

        error_api_response = cls(
            status,
            status_code,
            error,
        )
        if len(d) > _present:
            error_api_response.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return error_api_response

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.status,
            wire.status_code,
            UNSET if wire.error is UNSET else ErrorApiResponseError._from_wire(wire.error),
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


from ..models.error_api_response_error import ErrorApiResponseError


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ErrorApiResponse",
        [
            ("status", "status", int, False),
            ("status_code", "statusCode", int, False),
            ("error", "error", ErrorApiResponseError._wire.struct_type(), False),
        ],
    )


ErrorApiResponse._wire = Wire(_wire_type)
