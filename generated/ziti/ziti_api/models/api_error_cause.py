from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ApiErrorCause")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "field",
        "reason",
        "value",
        "code",
        "message",
        "cause",
        "causeMessage",
        "args",
        "data",
        "requestId",
    }
)


@_attrs_define
class ApiErrorCause(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        field = d.get("field", UNSET)
        if field is not UNSET:
            _present += 1
            if type(field) is not str:
                raise ResponseShapeError("field", "string", field)

        reason = d.get("reason", UNSET)
        if reason is not UNSET:
            _present += 1
            if type(reason) is not str:
                raise ResponseShapeError("reason", "string", reason)

        value = d.get("value", UNSET)
        if value is not UNSET:
            _present += 1

        code = d.get("code", UNSET)
        if code is not UNSET:
            _present += 1
            if type(code) is not str:
                raise ResponseShapeError("code", "string", code)

        message = d.get("message", UNSET)
        if message is not UNSET:
            _present += 1
            if type(message) is not str:
                raise ResponseShapeError("message", "string", message)

        _cause = d.get("cause", UNSET)
        cause: ApiErrorCause | None | str | Unset
        if _cause is UNSET:
            cause = UNSET
        else:
            _present += 1
            if type(_cause) is dict:
                try:
                    cause = ApiErrorCause.from_dict(_cause)
                except ResponseShapeError as _failure:
                    raise _failure.within("cause") from None

            elif type(_cause) is str:
                cause = _cause

            elif _cause is None:
                cause = None
            else:
                raise ResponseShapeError("cause", "object, string or null", _cause)

        cause_message = d.get("causeMessage", UNSET)
        if cause_message is not UNSET:
            _present += 1
            if type(cause_message) is not str:
                raise ResponseShapeError("causeMessage", "string", cause_message)

        _args = d.get("args", UNSET)
        args: ApiErrorArgs | Unset
        if _args is UNSET:
            args = UNSET
        else:
            _present += 1
            try:
                args = ApiErrorArgs.from_dict(_args)
            except ResponseShapeError as _failure:
                raise _failure.within("args") from None

        _data = d.get("data", UNSET)
        data: ApiErrorData | Unset
        if _data is UNSET:
            data = UNSET
        else:
            _present += 1
            try:
                data = ApiErrorData.from_dict(_data)
            except ResponseShapeError as _failure:
                raise _failure.within("data") from None

        request_id = d.get("requestId", UNSET)
        if request_id is not UNSET:
            _present += 1
            if type(request_id) is not str:
                raise ResponseShapeError("requestId", "string", request_id)

        api_error_cause = cls(
            field,
            reason,
            value,
            code,
            message,
            cause,
            cause_message,
            args,
            data,
            request_id,
        )
        if len(d) > _present:
            api_error_cause.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return api_error_cause

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.field,
            wire.reason,
            wire.value,
            wire.code,
            wire.message,
            UNSET
            if wire.cause is UNSET
            else (
                wire.cause
                if type(wire.cause) is str
                else None
                if wire.cause is None
                else ApiErrorCause._from_wire(wire.cause)
            ),
            wire.cause_message,
            UNSET if wire.args is UNSET else ApiErrorArgs._from_wire(wire.args),
            UNSET if wire.data is UNSET else ApiErrorData._from_wire(wire.data),
            wire.request_id,
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


from ..models.api_error_args import ApiErrorArgs
from ..models.api_error_data import ApiErrorData


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ApiErrorCause",
        [
            ("field", "field", str, False),
            ("reason", "reason", str, False),
            ("value", "value", Any, False),
            ("code", "code", str, False),
            ("message", "message", str, False),
            ("cause", "cause", ApiErrorCause._wire.struct_type() | str | None, False),
            ("cause_message", "causeMessage", str, False),
            ("args", "args", ApiErrorArgs._wire.struct_type(), False),
            ("data", "data", ApiErrorData._wire.struct_type(), False),
            ("request_id", "requestId", str, False),
        ],
    )


ApiErrorCause._wire = Wire(_wire_type)
