from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ActiveConnectionsItemDto")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "tenantId",
        "userId",
        "mobile",
        "ip",
        "country",
        "city",
        "browser",
        "platform",
        "date",
        "page",
    }
)


@_attrs_define
class ActiveConnectionsItemDto(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        try:
            id = d["id"]
            tenant_id = d["tenantId"]
            _user_id = d["userId"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 3
        if type(id) is not int:
            raise ResponseShapeError("id", "int", id)

        if type(tenant_id) is not int:
            raise ResponseShapeError("tenantId", "int", tenant_id)

        if type(_user_id) is not str:
            raise ResponseShapeError("userId", "uuid string", _user_id)
        try:
            user_id = UUID(_user_id)
        except ValueError:
            raise ResponseShapeError.malformed("userId", "uuid string") from None

        mobile = d.get("mobile", UNSET)
        if mobile is not UNSET:
            _present += 1
            if type(mobile) is not bool:
                raise ResponseShapeError("mobile", "boolean", mobile)

        ip = d.get("ip", UNSET)
        if ip is not UNSET:
            _present += 1
            if type(ip) is not str and ip is not None:
                raise ResponseShapeError("ip", "string or null", ip)

        country = d.get("country", UNSET)
        if country is not UNSET:
            _present += 1
            if type(country) is not str and country is not None:
                raise ResponseShapeError("country", "string or null", country)

        city = d.get("city", UNSET)
        if city is not UNSET:
            _present += 1
            if type(city) is not str and city is not None:
                raise ResponseShapeError("city", "string or null", city)

        browser = d.get("browser", UNSET)
        if browser is not UNSET:
            _present += 1
            if type(browser) is not str and browser is not None:
                raise ResponseShapeError("browser", "string or null", browser)

        platform = d.get("platform", UNSET)
        if platform is not UNSET:
            _present += 1
            if type(platform) is not str and platform is not None:
                raise ResponseShapeError("platform", "string or null", platform)

        _date = d.get("date", UNSET)
        date: datetime.datetime | Unset
        if _date is UNSET:
            date = UNSET
        else:
            _present += 1
            if type(_date) is not str:
                raise ResponseShapeError("date", "date-time string", _date)
            try:
                date = datetime.datetime.fromisoformat(_date)
            except ValueError:
                raise ResponseShapeError.malformed("date", "date-time string") from None

        page = d.get("page", UNSET)
        if page is not UNSET:
            _present += 1
            if type(page) is not str and page is not None:
                raise ResponseShapeError("page", "string or null", page)

        active_connections_item_dto = cls(
            id,
            tenant_id,
            user_id,
            mobile,
            ip,
            country,
            city,
            browser,
            platform,
            date,
            page,
        )
        if len(d) > _present:
            active_connections_item_dto.additional_properties = {
                key: value for key, value in d.items() if key not in _FIELDS
            }
        return active_connections_item_dto

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.id,
            wire.tenant_id,
            wire.user_id,
            wire.mobile,
            wire.ip,
            wire.country,
            wire.city,
            wire.browser,
            wire.platform,
            UNSET if wire.date is UNSET else datetime.datetime.fromisoformat(wire.date),
            wire.page,
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


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ActiveConnectionsItemDto",
        [
            ("id", "id", int, True),
            ("tenant_id", "tenantId", int, True),
            ("user_id", "userId", UUID, True),
            ("mobile", "mobile", bool, False),
            ("ip", "ip", str | None, False),
            ("country", "country", str | None, False),
            ("city", "city", str | None, False),
            ("browser", "browser", str | None, False),
            ("platform", "platform", str | None, False),
            ("date", "date", str, False),
            ("page", "page", str | None, False),
        ],
    )


ActiveConnectionsItemDto._wire = Wire(_wire_type)
