from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="Authenticate")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "username",
        "password",
        "envInfo",
        "sdkInfo",
        "configTypes",
    }
)


@_attrs_define
class Authenticate(JsonModel):
    """A generic authenticate object meant for use with the /authenticate path. Required fields depend on authentication
    method.

        Attributes:
            username (str | Unset): Login name for the `password` method.
            password (str | Unset): Password for the `password` method.
            env_info (EnvInfo | Unset): Environment information an authenticating client may provide.
            sdk_info (SdkInfo | Unset): SDK information an authenticating client may provide.
            config_types (list[str] | Unset): Config types (names or ids, or `all`) the session should receive with
                services.
    """

    username: str | Unset = UNSET
    password: str | Unset = _attrs_field(default=UNSET, repr=False)
    env_info: EnvInfo | Unset = UNSET
    sdk_info: SdkInfo | Unset = UNSET
    config_types: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        env_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_info, Unset):
            env_info = self.env_info.to_dict()

        sdk_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sdk_info, Unset):
            sdk_info = self.sdk_info.to_dict()

        config_types: list[str] | Unset = UNSET
        if not isinstance(self.config_types, Unset):
            config_types = self.config_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if env_info is not UNSET:
            field_dict["envInfo"] = env_info
        if sdk_info is not UNSET:
            field_dict["sdkInfo"] = sdk_info
        if config_types is not UNSET:
            field_dict["configTypes"] = config_types

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
        username = d.get("username", UNSET)
        if username is not UNSET:
            _present += 1
            if type(username) is not str:
                raise ResponseShapeError("username", "string", username)

        password = d.get("password", UNSET)
        if password is not UNSET:
            _present += 1
            if type(password) is not str:
                raise ResponseShapeError("password", "string", password)

        _env_info = d.get("envInfo", UNSET)
        env_info: EnvInfo | Unset
        if _env_info is UNSET:
            env_info = UNSET
        else:
            _present += 1
            try:
                env_info = EnvInfo.from_dict(_env_info)
            except ResponseShapeError as _failure:
                raise _failure.within("envInfo") from None

        _sdk_info = d.get("sdkInfo", UNSET)
        sdk_info: SdkInfo | Unset
        if _sdk_info is UNSET:
            sdk_info = UNSET
        else:
            _present += 1
            try:
                sdk_info = SdkInfo.from_dict(_sdk_info)
            except ResponseShapeError as _failure:
                raise _failure.within("sdkInfo") from None

        config_types = d.get("configTypes", UNSET)
        if config_types is not UNSET:
            _present += 1
            if type(config_types) is not list:
                raise ResponseShapeError("configTypes", "array", config_types)
            try:
                for _item1 in config_types:
                    if type(_item1) is not str:
                        raise ResponseShapeError(None, "string", _item1)

            except ResponseShapeError as _failure:
                raise _failure.within("configTypes", ResponseShapeError.index_of(config_types, _item1)) from None

        authenticate = cls(
            username,
            password,
            env_info,
            sdk_info,
            config_types,
        )
        if len(d) > _present:
            authenticate.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return authenticate

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.username,
            wire.password,
            UNSET if wire.env_info is UNSET else EnvInfo._from_wire(wire.env_info),
            UNSET if wire.sdk_info is UNSET else SdkInfo._from_wire(wire.sdk_info),
            wire.config_types,
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


from ..models.env_info import EnvInfo
from ..models.sdk_info import SdkInfo


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "Authenticate",
        [
            ("username", "username", str, False),
            ("password", "password", str, False),
            ("env_info", "envInfo", EnvInfo._wire.struct_type(), False),
            ("sdk_info", "sdkInfo", SdkInfo._wire.struct_type(), False),
            ("config_types", "configTypes", list_of(str), False),
        ],
    )


Authenticate._wire = Wire(_wire_type)
