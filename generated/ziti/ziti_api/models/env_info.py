from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="EnvInfo")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "os",
        "arch",
        "osRelease",
        "osVersion",
        "domain",
        "hostname",
    }
)


@_attrs_define
class EnvInfo(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        os = d.get("os", UNSET)
        if os is not UNSET:
            _present += 1
            if type(os) is not str:
                raise ResponseShapeError("os", "string", os)

        arch = d.get("arch", UNSET)
        if arch is not UNSET:
            _present += 1
            if type(arch) is not str:
                raise ResponseShapeError("arch", "string", arch)

        os_release = d.get("osRelease", UNSET)
        if os_release is not UNSET:
            _present += 1
            if type(os_release) is not str:
                raise ResponseShapeError("osRelease", "string", os_release)

        os_version = d.get("osVersion", UNSET)
        if os_version is not UNSET:
            _present += 1
            if type(os_version) is not str:
                raise ResponseShapeError("osVersion", "string", os_version)

        domain = d.get("domain", UNSET)
        if domain is not UNSET:
            _present += 1
            if type(domain) is not str:
                raise ResponseShapeError("domain", "string", domain)

        hostname = d.get("hostname", UNSET)
        if hostname is not UNSET:
            _present += 1
            if type(hostname) is not str:
                raise ResponseShapeError("hostname", "string", hostname)

        env_info = cls(
            os,
            arch,
            os_release,
            os_version,
            domain,
            hostname,
        )
        if len(d) > _present:
            env_info.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return env_info

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.os,
            wire.arch,
            wire.os_release,
            wire.os_version,
            wire.domain,
            wire.hostname,
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
        "EnvInfo",
        [
            ("os", "os", str, False),
            ("arch", "arch", str, False),
            ("os_release", "osRelease", str, False),
            ("os_version", "osVersion", str, False),
            ("domain", "domain", str, False),
            ("hostname", "hostname", str, False),
        ],
    )


EnvInfo._wire = Wire(_wire_type)
