from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_connections_dto import ActiveConnectionsDto
    from ..models.api_link import ApiLink


T = TypeVar("T", bound="ActiveConnectionsWrapper")


@_attrs_define
class ActiveConnectionsWrapper:
    """The response envelope of get_all_active_connections.

    Attributes:
        response (ActiveConnectionsDto | Unset): The active connections of the calling user.
        count (int | Unset): The number of items in the response (1 for a single object).
        links (list[ApiLink] | Unset): Links related to the response.
        status (int | Unset): The response status flag, 0 on success (1 on an error).
        status_code (int | Unset): The HTTP status code of the response, repeated in the body.
    """

    response: ActiveConnectionsDto | Unset = UNSET
    count: int | Unset = UNSET
    links: list[ApiLink] | Unset = UNSET
    status: int | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        count = self.count

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        status = self.status

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if response is not UNSET:
            field_dict["response"] = response
        if count is not UNSET:
            field_dict["count"] = count
        if links is not UNSET:
            field_dict["links"] = links
        if status is not UNSET:
            field_dict["status"] = status
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_connections_dto import ActiveConnectionsDto  # noqa: PLC0415
        from ..models.api_link import ApiLink  # noqa: PLC0415

        d = dict(src_dict)
        _response = d.pop("response", UNSET)
        response: ActiveConnectionsDto | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ActiveConnectionsDto.from_dict(_response)

        count = d.pop("count", UNSET)

        _links = d.pop("links", UNSET)
        links: list[ApiLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = ApiLink.from_dict(links_item_data)

                links.append(links_item)

        status = d.pop("status", UNSET)

        status_code = d.pop("statusCode", UNSET)

        active_connections_wrapper = cls(
            response=response,
            count=count,
            links=links,
            status=status,
            status_code=status_code,
        )

        active_connections_wrapper.additional_properties = d
        return active_connections_wrapper

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
