from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JsonModel, ResponseShapeError, Wire, wire_struct

T = TypeVar("T", bound="CurrentApiSessionDetailEnvelope")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "meta",
        "data",
    }
)


@_attrs_define
class CurrentApiSessionDetailEnvelope(JsonModel):
    """The caller's own API session with the response metadata.

    Attributes:
        meta (Meta): Response metadata shared by every envelope.
        data (CurrentApiSessionDetail): An API Session object for the current API session.
    """

    meta: Meta
    data: CurrentApiSessionDetail
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "data": data,
            }
        )

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
        try:
            _meta = d["meta"]
            _data = d["data"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        try:
            meta = Meta.from_dict(_meta)
        except ResponseShapeError as _failure:
            raise _failure.within("meta") from None

        try:
            data = CurrentApiSessionDetail.from_dict(_data)
        except ResponseShapeError as _failure:
            raise _failure.within("data") from None

        current_api_session_detail_envelope = cls(
            meta,
            data,
        )
        if len(d) > 2:
            current_api_session_detail_envelope.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return current_api_session_detail_envelope

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            Meta._from_wire(wire.meta),
            CurrentApiSessionDetail._from_wire(wire.data),
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


from ..models.current_api_session_detail import CurrentApiSessionDetail
from ..models.meta import Meta


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "CurrentApiSessionDetailEnvelope",
        [
            ("meta", "meta", Meta._wire.struct_type(), True),
            ("data", "data", CurrentApiSessionDetail._wire.struct_type(), True),
        ],
    )


CurrentApiSessionDetailEnvelope._wire = Wire(_wire_type)
