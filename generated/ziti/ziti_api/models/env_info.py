from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseShapeError, Unset, Wire, wire_struct

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
    # How from_json decodes the model's JSON object (set below the class; built on first use).
    _wire: ClassVar[Wire]

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
    def from_json(cls: type[T], raw: bytes | str) -> T:
        """Build the model from a raw JSON body; what the endpoints run on a 2xx response.

        A compiled decoder (msgspec, imported on the first call) reads a body that has only the
        fields the model declares, each of its JSON type; any other body goes through
        ``from_dict(json.loads(raw))``. The result, or the error raised (``ResponseShapeError``
        naming the field, ``json.JSONDecodeError``, ``RecursionError``), is the one ``from_dict`` gives.
        """
        try:
            return cls._wire.read(raw, cls._from_wire)
        except (ValueError, RecursionError):
            # from_dict decides, outside the handler so that its error is not chained to this one.
            pass
        return cls.from_dict(json.loads(raw))

    @classmethod
    def list_from_json(cls: type[T], raw: bytes | str) -> list[T]:
        """Build a list of models from a raw JSON array body, like ``from_json`` for one model.

        Raises ``ResponseShapeError`` for a body that is not an array, or naming the index and field
        of the first item ``from_dict`` refuses (``[3].id: ...``); ``json.JSONDecodeError`` or
        ``RecursionError`` for a body that is not JSON.
        """
        try:
            return cls._wire.read_list(raw, cls._from_wire)
        except (ValueError, RecursionError):
            pass  # from_dict decides, as in from_json
        items = json.loads(raw)
        if type(items) is not list:
            raise ResponseShapeError(None, "array", items)
        models: list[T] = []
        try:
            for item in items:
                models.append(cls.from_dict(item))
        except ResponseShapeError as _failure:
            raise _failure.within(None, len(models)) from None
        return models

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
