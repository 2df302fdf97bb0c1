from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_session_detail import ApiSessionDetail
    from ..models.meta import Meta


T = TypeVar("T", bound="ListApiSessionsEnvelope")


@_attrs_define
class ListApiSessionsEnvelope:
    """A page of API sessions with the list metadata (pagination, filterable fields).

    Attributes:
        meta (Meta): Response metadata shared by every envelope.
        data (list[ApiSessionDetail]): A list of API sessions.
    """

    meta: Meta
    data: list[ApiSessionDetail]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        data = []
        for componentsschemas_api_session_list_item_data in self.data:
            componentsschemas_api_session_list_item = componentsschemas_api_session_list_item_data.to_dict()
            data.append(componentsschemas_api_session_list_item)

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
        from ..models.api_session_detail import ApiSessionDetail  # noqa: PLC0415
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        meta = Meta.from_dict(d.pop("meta"))

        data = []
        _data = d.pop("data")
        for componentsschemas_api_session_list_item_data in _data:
            componentsschemas_api_session_list_item = ApiSessionDetail.from_dict(
                componentsschemas_api_session_list_item_data
            )

            data.append(componentsschemas_api_session_list_item)

        list_api_sessions_envelope = cls(
            meta=meta,
            data=data,
        )

        list_api_sessions_envelope.additional_properties = d
        return list_api_sessions_envelope

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
