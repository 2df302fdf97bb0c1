from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_info import EnvInfo
    from ..models.sdk_info import SdkInfo


T = TypeVar("T", bound="Authenticate")


@_attrs_define
class Authenticate:
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
        from ..models.env_info import EnvInfo  # noqa: PLC0415
        from ..models.sdk_info import SdkInfo  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        _env_info = d.pop("envInfo", UNSET)
        env_info: EnvInfo | Unset
        if isinstance(_env_info, Unset):
            env_info = UNSET
        else:
            env_info = EnvInfo.from_dict(_env_info)

        _sdk_info = d.pop("sdkInfo", UNSET)
        sdk_info: SdkInfo | Unset
        if isinstance(_sdk_info, Unset):
            sdk_info = UNSET
        else:
            sdk_info = SdkInfo.from_dict(_sdk_info)

        config_types = cast(list[str], d.pop("configTypes", UNSET))

        authenticate = cls(
            username=username,
            password=password,
            env_info=env_info,
            sdk_info=sdk_info,
            config_types=config_types,
        )

        authenticate.additional_properties = d
        return authenticate

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
