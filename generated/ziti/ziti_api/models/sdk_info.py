from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, ResponseShapeError, Unset, Wire, wire_struct

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
    # How from_json decodes the model's JSON object (set below the class; built on first use).
    _wire: ClassVar[Wire]

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
