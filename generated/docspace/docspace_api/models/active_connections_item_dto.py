from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveConnectionsItemDto")


@_attrs_define
class ActiveConnectionsItemDto:
    """One active connection of a user and the sign-in it came from.

    Attributes:
        id (int): The ID of the login event behind the connection; pass it as `loginEventId` to
            log_out_active_connection.
        tenant_id (int): The ID of the portal the sign-in was made on.
        user_id (UUID): The ID of the user the connection belongs to.
        mobile (bool | Unset): Whether the sign-in came from a mobile client (in practice always false).
        ip (None | str | Unset): The IP address the sign-in came from.
        country (None | str | Unset): The country of the IP address; empty when it cannot be located.
        city (None | str | Unset): The city of the IP address; empty when it cannot be located.
        browser (None | str | Unset): The browser and its version, parsed from the User-Agent of the sign-in.
        platform (None | str | Unset): The operating system, parsed from the User-Agent of the sign-in.
        date (datetime.datetime | Unset): When the sign-in happened, in the portal's time zone, e.g.
            `2024-05-01T12:34:56.0000000+03:00` (7 fractional digits, local offset).
        page (None | str | Unset): The page the sign-in was made from: the referrer of the sign-in request, or its path
            when it had none (at most 512 characters).
    """

    id: int
    tenant_id: int
    user_id: UUID
    mobile: bool | Unset = UNSET
    ip: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    browser: None | str | Unset = UNSET
    platform: None | str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tenant_id = self.tenant_id

        user_id = str(self.user_id)

        mobile = self.mobile

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        page: None | str | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tenantId": tenant_id,
                "userId": user_id,
            }
        )
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if ip is not UNSET:
            field_dict["ip"] = ip
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if browser is not UNSET:
            field_dict["browser"] = browser
        if platform is not UNSET:
            field_dict["platform"] = platform
        if date is not UNSET:
            field_dict["date"] = date
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        tenant_id = d.pop("tenantId")

        user_id = UUID(d.pop("userId"))

        mobile = d.pop("mobile", UNSET)

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        def _parse_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        active_connections_item_dto = cls(
            id=id,
            tenant_id=tenant_id,
            user_id=user_id,
            mobile=mobile,
            ip=ip,
            country=country,
            city=city,
            browser=browser,
            platform=platform,
            date=date,
            page=page,
        )

        active_connections_item_dto.additional_properties = d
        return active_connections_item_dto

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
