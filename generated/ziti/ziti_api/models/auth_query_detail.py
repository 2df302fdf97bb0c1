from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.auth_query_type import AuthQueryType
from ..models.mfa_formats import MfaFormats
from ..models.mfa_providers import MfaProviders
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="AuthQueryDetail")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "provider",
        "typeId",
        "format",
        "id",
        "clientId",
        "httpMethod",
        "httpUrl",
        "isTotpEnrolled",
        "maxLength",
        "minLength",
        "scopes",
    }
)


@_attrs_define
class AuthQueryDetail(JsonModel):
    """One outstanding authentication step of an API session.

    Attributes:
        provider (MfaProviders): Who verifies an authentication query.
        type_id (AuthQueryType | Unset): Kind of authentication query (`MFA` is the legacy name of TOTP).
        format_ (MfaFormats | Unset): Character set of the expected code.
        id (str | Unset): Identifier of the query.
        client_id (str | Unset): OAuth client id to use for an EXT-JWT query.
        http_method (str | Unset): HTTP method with which to answer the query.
        http_url (str | Unset): URL at which to answer the query.
        is_totp_enrolled (bool | Unset): Whether the identity has a TOTP enrollment.
        max_length (int | Unset): Maximum length of the expected code.
        min_length (int | Unset): Minimum length of the expected code.
        scopes (list[str] | Unset): OAuth scopes to request for an EXT-JWT query.
    """

    provider: MfaProviders
    type_id: AuthQueryType | Unset = UNSET
    format_: MfaFormats | Unset = UNSET
    id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    http_method: str | Unset = UNSET
    http_url: str | Unset = UNSET
    is_totp_enrolled: bool | Unset = UNSET
    max_length: int | Unset = UNSET
    min_length: int | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider.value

        type_id: str | Unset = UNSET
        if not isinstance(self.type_id, Unset):
            type_id = self.type_id.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        id = self.id

        client_id = self.client_id

        http_method = self.http_method

        http_url = self.http_url

        is_totp_enrolled = self.is_totp_enrolled

        max_length = self.max_length

        min_length = self.min_length

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
            }
        )
        if type_id is not UNSET:
            field_dict["typeId"] = type_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if id is not UNSET:
            field_dict["id"] = id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if http_method is not UNSET:
            field_dict["httpMethod"] = http_method
        if http_url is not UNSET:
            field_dict["httpUrl"] = http_url
        if is_totp_enrolled is not UNSET:
            field_dict["isTotpEnrolled"] = is_totp_enrolled
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

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
            _provider = d["provider"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 1
        if type(_provider) is not str:
            raise ResponseShapeError("provider", "string", _provider)
        _found_MfaProviders = _BY_VALUE_MfaProviders.get(_provider)
        provider = MfaProviders(_provider) if _found_MfaProviders is None else _found_MfaProviders

        _type_id = d.get("typeId", UNSET)
        type_id: AuthQueryType | Unset
        if _type_id is UNSET:
            type_id = UNSET
        else:
            _present += 1
            if type(_type_id) is not str:
                raise ResponseShapeError("typeId", "string", _type_id)
            _found_AuthQueryType = _BY_VALUE_AuthQueryType.get(_type_id)
            type_id = AuthQueryType(_type_id) if _found_AuthQueryType is None else _found_AuthQueryType

        _format_ = d.get("format", UNSET)
        format_: MfaFormats | Unset
        if _format_ is UNSET:
            format_ = UNSET
        else:
            _present += 1
            if type(_format_) is not str:
                raise ResponseShapeError("format", "string", _format_)
            _found_MfaFormats = _BY_VALUE_MfaFormats.get(_format_)
            format_ = MfaFormats(_format_) if _found_MfaFormats is None else _found_MfaFormats

        id = d.get("id", UNSET)
        if id is not UNSET:
            _present += 1
            if type(id) is not str:
                raise ResponseShapeError("id", "string", id)

        client_id = d.get("clientId", UNSET)
        if client_id is not UNSET:
            _present += 1
            if type(client_id) is not str:
                raise ResponseShapeError("clientId", "string", client_id)

        http_method = d.get("httpMethod", UNSET)
        if http_method is not UNSET:
            _present += 1
            if type(http_method) is not str:
                raise ResponseShapeError("httpMethod", "string", http_method)

        http_url = d.get("httpUrl", UNSET)
        if http_url is not UNSET:
            _present += 1
            if type(http_url) is not str:
                raise ResponseShapeError("httpUrl", "string", http_url)

        is_totp_enrolled = d.get("isTotpEnrolled", UNSET)
        if is_totp_enrolled is not UNSET:
            _present += 1
            if type(is_totp_enrolled) is not bool:
                raise ResponseShapeError("isTotpEnrolled", "boolean", is_totp_enrolled)

        max_length = d.get("maxLength", UNSET)
        if max_length is not UNSET:
            _present += 1
            if type(max_length) is not int:
                raise ResponseShapeError("maxLength", "int", max_length)

        min_length = d.get("minLength", UNSET)
        if min_length is not UNSET:
            _present += 1
            if type(min_length) is not int:
                raise ResponseShapeError("minLength", "int", min_length)

        scopes = d.get("scopes", UNSET)
        if scopes is not UNSET:
            _present += 1
            if type(scopes) is not list:
                raise ResponseShapeError("scopes", "array", scopes)
            try:
                for _item1 in scopes:
                    if type(_item1) is not str:
                        raise ResponseShapeError(None, "string", _item1)

            except ResponseShapeError as _failure:
                raise _failure.within("scopes", ResponseShapeError.index_of(scopes, _item1)) from None

        auth_query_detail = cls(
            provider,
            type_id,
            format_,
            id,
            client_id,
            http_method,
            http_url,
            is_totp_enrolled,
            max_length,
            min_length,
            scopes,
        )
        if len(d) > _present:
            auth_query_detail.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return auth_query_detail

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            (_BY_VALUE_MfaProviders.get(wire.provider) or MfaProviders(wire.provider)),
            UNSET
            if wire.type_id is UNSET
            else (_BY_VALUE_AuthQueryType.get(wire.type_id) or AuthQueryType(wire.type_id)),
            UNSET if wire.format_ is UNSET else (_BY_VALUE_MfaFormats.get(wire.format_) or MfaFormats(wire.format_)),
            wire.id,
            wire.client_id,
            wire.http_method,
            wire.http_url,
            wire.is_totp_enrolled,
            wire.max_length,
            wire.min_length,
            wire.scopes,
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


# The known members of each enum this model reads, by value (from_dict looks them up here).
_BY_VALUE_AuthQueryType: dict[object, AuthQueryType] = {member.value: member for member in AuthQueryType}
_BY_VALUE_MfaFormats: dict[object, MfaFormats] = {member.value: member for member in MfaFormats}
_BY_VALUE_MfaProviders: dict[object, MfaProviders] = {member.value: member for member in MfaProviders}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "AuthQueryDetail",
        [
            ("provider", "provider", str, True),
            ("type_id", "typeId", str, False),
            ("format_", "format", str, False),
            ("id", "id", str, False),
            ("client_id", "clientId", str, False),
            ("http_method", "httpMethod", str, False),
            ("http_url", "httpUrl", str, False),
            ("is_totp_enrolled", "isTotpEnrolled", bool, False),
            ("max_length", "maxLength", int, False),
            ("min_length", "minLength", int, False),
            ("scopes", "scopes", list_of(str), False),
        ],
    )


AuthQueryDetail._wire = Wire(_wire_type)
