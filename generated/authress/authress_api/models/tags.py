from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ResponseShapeError, Wire, map_of

T = TypeVar("T", bound="Tags")


@_attrs_define
class Tags:
    """Free-form string tags of a resource, as a map of tag name to value."""

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    # How from_json decodes the model's JSON object (set below the class; built on first use).
    _wire: ClassVar[Wire]

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

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
        tags = cls()
        if len(d) > 0:
            _extra: dict[str, str] = {}
            try:
                for _key, _raw in d.items():
                    if type(_raw) is not str:
                        raise ResponseShapeError(None, "string", _raw)
                    _value = _raw

                    _extra[_key] = _value
            except ResponseShapeError as _failure:
                raise _failure.within(_key) from None
            tags.additional_properties = _extra
        return tags

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
        tags = cls()
        tags.additional_properties = wire  # msgspec checked every value
        return tags

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return map_of(str)


Tags._wire = Wire(_wire_type)
