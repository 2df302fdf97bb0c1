from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="SdkInfo")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "type",
        "branch",
        "version",
        "revision",
        "appId",
        "appVersion",
    }
)


@_attrs_define
class SdkInfo(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        _present = 0
        type_ = d.get("type", UNSET)
        if type_ is not UNSET:
            _present += 1
            if type(type_) is not str:
                raise ResponseShapeError("type", "string", type_)

        branch = d.get("branch", UNSET)
        if branch is not UNSET:
            _present += 1
            if type(branch) is not str:
                raise ResponseShapeError("branch", "string", branch)

        version = d.get("version", UNSET)
        if version is not UNSET:
            _present += 1
            if type(version) is not str:
                raise ResponseShapeError("version", "string", version)

        revision = d.get("revision", UNSET)
        if revision is not UNSET:
            _present += 1
            if type(revision) is not str:
                raise ResponseShapeError("revision", "string", revision)

        app_id = d.get("appId", UNSET)
        if app_id is not UNSET:
            _present += 1
            if type(app_id) is not str:
                raise ResponseShapeError("appId", "string", app_id)

        app_version = d.get("appVersion", UNSET)
        if app_version is not UNSET:
            _present += 1
            if type(app_version) is not str:
                raise ResponseShapeError("appVersion", "string", app_version)

        sdk_info = cls(
            type_,
            branch,
            version,
            revision,
            app_id,
            app_version,
        )
        if len(d) > _present:
            sdk_info.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return sdk_info

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.type_,
            wire.branch,
            wire.version,
            wire.revision,
            wire.app_id,
            wire.app_version,
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
        "SdkInfo",
        [
            ("type_", "type", str, False),
            ("branch", "branch", str, False),
            ("version", "version", str, False),
            ("revision", "revision", str, False),
            ("app_id", "appId", str, False),
            ("app_version", "appVersion", str, False),
        ],
    )


SdkInfo._wire = Wire(_wire_type)
