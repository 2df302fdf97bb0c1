from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SdkInfo")


@_attrs_define
class SdkInfo:
    """SDK information an authenticating client may provide.

    Attributes:
        type_ (str | Unset): SDK kind.
        branch (str | Unset): Source branch the SDK was built from.
        version (str | Unset): SDK version.
        revision (str | Unset): Source revision the SDK was built from.
        app_id (str | Unset): Identifier of the application using the SDK.
        app_version (str | Unset): Version of the application using the SDK.
    """

    type_: str | Unset = UNSET
    branch: str | Unset = UNSET
    version: str | Unset = UNSET
    revision: str | Unset = UNSET
    app_id: str | Unset = UNSET
    app_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        branch = self.branch

        version = self.version

        revision = self.revision

        app_id = self.app_id

        app_version = self.app_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if branch is not UNSET:
            field_dict["branch"] = branch
        if version is not UNSET:
            field_dict["version"] = version
        if revision is not UNSET:
            field_dict["revision"] = revision
        if app_id is not UNSET:
            field_dict["appId"] = app_id
        if app_version is not UNSET:
            field_dict["appVersion"] = app_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        branch = d.pop("branch", UNSET)

        version = d.pop("version", UNSET)

        revision = d.pop("revision", UNSET)

        app_id = d.pop("appId", UNSET)

        app_version = d.pop("appVersion", UNSET)

        sdk_info = cls(
            type_=type_,
            branch=branch,
            version=version,
            revision=revision,
            app_id=app_id,
            app_version=app_version,
        )

        sdk_info.additional_properties = d
        return sdk_info

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
