from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error_args import ApiErrorArgs
    from ..models.api_error_data import ApiErrorData


T = TypeVar("T", bound="ApiErrorCause")


@_attrs_define
class ApiErrorCause:
    """The cause of an error: a field error, a nested error, or both (validation causes also carry fields such as `type`
    and `details`, which are kept).

        Attributes:
            field (str | Unset): Path of the offending field.
            reason (str | Unset): Why the field was rejected.
            value (Any | Unset): The rejected value; can be any value - string, number, boolean, array or object.
            code (str | Unset): Error code, e.g. UNAUTHORIZED, NOT_FOUND, COULD_NOT_VALIDATE, RATE_LIMITED.
            message (str | Unset): Human-readable description of the error.
            cause (ApiErrorCause | None | str | Unset): The underlying error, if any; an empty string or null when there is
                none.
            cause_message (str | Unset): Human-readable description of the cause (may be empty).
            args (ApiErrorArgs | Unset): The request arguments the error relates to.
            data (ApiErrorData | Unset): Free-form data attached to an error.
            request_id (str | Unset): Identifier of the request, for correlating with controller logs.
    """

    field: str | Unset = UNSET
    reason: str | Unset = UNSET
    value: Any | Unset = UNSET
    code: str | Unset = UNSET
    message: str | Unset = UNSET
    cause: ApiErrorCause | None | str | Unset = UNSET
    cause_message: str | Unset = UNSET
    args: ApiErrorArgs | Unset = UNSET
    data: ApiErrorData | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        reason = self.reason

        value = self.value

        code = self.code

        message = self.message

        cause: dict[str, Any] | None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        elif isinstance(self.cause, ApiErrorCause):
            cause = self.cause.to_dict()
        else:
            cause = self.cause

        cause_message = self.cause_message

        args: dict[str, Any] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if reason is not UNSET:
            field_dict["reason"] = reason
        if value is not UNSET:
            field_dict["value"] = value
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if cause is not UNSET:
            field_dict["cause"] = cause
        if cause_message is not UNSET:
            field_dict["causeMessage"] = cause_message
        if args is not UNSET:
            field_dict["args"] = args
        if data is not UNSET:
            field_dict["data"] = data
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error_args import ApiErrorArgs  # noqa: PLC0415
        from ..models.api_error_data import ApiErrorData  # noqa: PLC0415

        d = dict(src_dict)
        field = d.pop("field", UNSET)

        reason = d.pop("reason", UNSET)

        value = d.pop("value", UNSET)

        code = d.pop("code", UNSET)

        message = d.pop("message", UNSET)

        def _parse_cause(data: object) -> ApiErrorCause | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cause_type_0 = ApiErrorCause.from_dict(data)

                return cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiErrorCause | None | str | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))

        cause_message = d.pop("causeMessage", UNSET)

        _args = d.pop("args", UNSET)
        args: ApiErrorArgs | Unset
        if isinstance(_args, Unset):
            args = UNSET
        else:
            args = ApiErrorArgs.from_dict(_args)

        _data = d.pop("data", UNSET)
        data: ApiErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ApiErrorData.from_dict(_data)

        request_id = d.pop("requestId", UNSET)

        api_error_cause = cls(
            field=field,
            reason=reason,
            value=value,
            code=code,
            message=message,
            cause=cause,
            cause_message=cause_message,
            args=args,
            data=data,
            request_id=request_id,
        )

        api_error_cause.additional_properties = d
        return api_error_cause

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
