from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvInfo")


@_attrs_define
class EnvInfo:
    """Environment information an authenticating client may provide.

    Attributes:
        os (str | Unset): Operating system.
        arch (str | Unset): CPU architecture.
        os_release (str | Unset): Operating system release.
        os_version (str | Unset): Operating system version.
        domain (str | Unset): DNS domain of the host the client runs on.
        hostname (str | Unset): Host name of the machine the client runs on.
    """

    os: str | Unset = UNSET
    arch: str | Unset = UNSET
    os_release: str | Unset = UNSET
    os_version: str | Unset = UNSET
    domain: str | Unset = UNSET
    hostname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        os = self.os

        arch = self.arch

        os_release = self.os_release

        os_version = self.os_version

        domain = self.domain

        hostname = self.hostname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if os is not UNSET:
            field_dict["os"] = os
        if arch is not UNSET:
            field_dict["arch"] = arch
        if os_release is not UNSET:
            field_dict["osRelease"] = os_release
        if os_version is not UNSET:
            field_dict["osVersion"] = os_version
        if domain is not UNSET:
            field_dict["domain"] = domain
        if hostname is not UNSET:
            field_dict["hostname"] = hostname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        os = d.pop("os", UNSET)

        arch = d.pop("arch", UNSET)

        os_release = d.pop("osRelease", UNSET)

        os_version = d.pop("osVersion", UNSET)

        domain = d.pop("domain", UNSET)

        hostname = d.pop("hostname", UNSET)

        env_info = cls(
            os=os,
            arch=arch,
            os_release=os_release,
            os_version=os_version,
            domain=domain,
            hostname=hostname,
        )

        env_info.additional_properties = d
        return env_info

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
