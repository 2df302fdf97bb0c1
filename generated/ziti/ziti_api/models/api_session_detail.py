from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, list_of, wire_struct

T = TypeVar("T", bound="ApiSessionDetail")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "_links",
        "token",
        "identity",
        "identityId",
        "ipAddress",
        "configTypes",
        "authQueries",
        "isMfaRequired",
        "isMfaComplete",
        "authenticatorId",
        "isCertExtendable",
        "tags",
        "lastActivityAt",
        "cachedLastActivityAt",
        "isCertExtendRequested",
        "isCertKeyRollRequested",
        "improperClientCertChain",
    }
)


@_attrs_define
class ApiSessionDetail(JsonModel):
    """An API Session object.

    Attributes:
        id (str): Identifier of the entity.
        created_at (datetime.datetime): When the entity was created.
        updated_at (datetime.datetime): When the entity was last changed.
        field_links (Links): A map of named links (always present, possibly empty).
        token (str): The session token; sent as the `zt-session` header by its owner.
        identity (EntityRef): A reference to another resource and links to interact with it.
        identity_id (str): Identifier of the identity that owns the session.
        ip_address (str): Address the session was created from.
        config_types (list[str]): Config types the client asked for when it authenticated.
        auth_queries (list[AuthQueryDetail]): Authentication steps still to be completed for a session (e.g. MFA).
        is_mfa_required (bool): Whether the session needs MFA before it is fully authenticated.
        is_mfa_complete (bool): Whether the required MFA has been completed.
        authenticator_id (str): Identifier of the authenticator the session was created with.
        is_cert_extendable (bool): Whether the client certificate of the session can be extended.
        tags (None | Tags | Unset): User-defined fields and values; may be null.
        last_activity_at (datetime.datetime | Unset): When the session was last used.
        cached_last_activity_at (datetime.datetime | Unset): Last use as recorded in the controller's in-memory cache.
        is_cert_extend_requested (bool | Unset): Whether the controller asks the client to extend its certificate.
        is_cert_key_roll_requested (bool | Unset): Whether the controller asks the client to roll its certificate key.
        improper_client_cert_chain (bool | Unset): Whether the client presented an incomplete certificate chain.
    """

    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field_links: Links
    token: str = _attrs_field(repr=False)
    identity: EntityRef
    identity_id: str
    ip_address: str
    config_types: list[str]
    auth_queries: list[AuthQueryDetail]
    is_mfa_required: bool
    is_mfa_complete: bool
    authenticator_id: str
    is_cert_extendable: bool
    tags: None | Tags | Unset = UNSET
    last_activity_at: datetime.datetime | Unset = UNSET
    cached_last_activity_at: datetime.datetime | Unset = UNSET
    is_cert_extend_requested: bool | Unset = UNSET
    is_cert_key_roll_requested: bool | Unset = UNSET
    improper_client_cert_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_links = self.field_links.to_dict()

        token = self.token

        identity = self.identity.to_dict()

        identity_id = self.identity_id

        ip_address = self.ip_address

        config_types = self.config_types

        auth_queries = []
        for componentsschemas_auth_query_list_item_data in self.auth_queries:
            componentsschemas_auth_query_list_item = componentsschemas_auth_query_list_item_data.to_dict()
            auth_queries.append(componentsschemas_auth_query_list_item)

        is_mfa_required = self.is_mfa_required

        is_mfa_complete = self.is_mfa_complete

        authenticator_id = self.authenticator_id

        is_cert_extendable = self.is_cert_extendable

        tags: dict[str, Any] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, Tags):
            tags = self.tags.to_dict()
        else:
            tags = self.tags

        last_activity_at: str | Unset = UNSET
        if not isinstance(self.last_activity_at, Unset):
            last_activity_at = self.last_activity_at.isoformat()

        cached_last_activity_at: str | Unset = UNSET
        if not isinstance(self.cached_last_activity_at, Unset):
            cached_last_activity_at = self.cached_last_activity_at.isoformat()

        is_cert_extend_requested = self.is_cert_extend_requested

        is_cert_key_roll_requested = self.is_cert_key_roll_requested

        improper_client_cert_chain = self.improper_client_cert_chain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "_links": field_links,
                "token": token,
                "identity": identity,
                "identityId": identity_id,
                "ipAddress": ip_address,
                "configTypes": config_types,
                "authQueries": auth_queries,
                "isMfaRequired": is_mfa_required,
                "isMfaComplete": is_mfa_complete,
                "authenticatorId": authenticator_id,
                "isCertExtendable": is_cert_extendable,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if last_activity_at is not UNSET:
            field_dict["lastActivityAt"] = last_activity_at
        if cached_last_activity_at is not UNSET:
            field_dict["cachedLastActivityAt"] = cached_last_activity_at
        if is_cert_extend_requested is not UNSET:
            field_dict["isCertExtendRequested"] = is_cert_extend_requested
        if is_cert_key_roll_requested is not UNSET:
            field_dict["isCertKeyRollRequested"] = is_cert_key_roll_requested
        if improper_client_cert_chain is not UNSET:
            field_dict["improperClientCertChain"] = improper_client_cert_chain

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
            id = d["id"]
            _created_at = d["createdAt"]
            _updated_at = d["updatedAt"]
            _field_links = d["_links"]
            token = d["token"]
            _identity = d["identity"]
            identity_id = d["identityId"]
            ip_address = d["ipAddress"]
            config_types = d["configTypes"]
            _auth_queries = d["authQueries"]
            is_mfa_required = d["isMfaRequired"]
            is_mfa_complete = d["isMfaComplete"]
            authenticator_id = d["authenticatorId"]
            is_cert_extendable = d["isCertExtendable"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 14
        if type(id) is not str:
            raise ResponseShapeError("id", "string", id)

        if type(_created_at) is not str:
            raise ResponseShapeError("createdAt", "date-time string", _created_at)
        try:
            created_at = datetime.datetime.fromisoformat(_created_at)
        except ValueError:
            raise ResponseShapeError.malformed("createdAt", "date-time string") from None

        if type(_updated_at) is not str:
            raise ResponseShapeError("updatedAt", "date-time string", _updated_at)
        try:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
        except ValueError:
            raise ResponseShapeError.malformed("updatedAt", "date-time string") from None

        try:
            field_links = Links.from_dict(_field_links)
        except ResponseShapeError as _failure:
            raise _failure.within("_links") from None

        if type(token) is not str:
            raise ResponseShapeError("token", "string", token)

        try:
            identity = EntityRef.from_dict(_identity)
        except ResponseShapeError as _failure:
            raise _failure.within("identity") from None

        if type(identity_id) is not str:
            raise ResponseShapeError("identityId", "string", identity_id)

        if type(ip_address) is not str:
            raise ResponseShapeError("ipAddress", "string", ip_address)

        if type(config_types) is not list:
            raise ResponseShapeError("configTypes", "array", config_types)
        try:
            for _item1 in config_types:
                if type(_item1) is not str:
                    raise ResponseShapeError(None, "string", _item1)

        except ResponseShapeError as _failure:
            raise _failure.within("configTypes", ResponseShapeError.index_of(config_types, _item1)) from None

        if type(_auth_queries) is not list:
            raise ResponseShapeError("authQueries", "array", _auth_queries)
        auth_queries = []
        try:
            for _item1 in _auth_queries:
                _value1 = AuthQueryDetail.from_dict(_item1)

                auth_queries.append(_value1)
        except ResponseShapeError as _failure:
            raise _failure.within("authQueries", len(auth_queries)) from None

        if type(is_mfa_required) is not bool:
            raise ResponseShapeError("isMfaRequired", "boolean", is_mfa_required)

        if type(is_mfa_complete) is not bool:
            raise ResponseShapeError("isMfaComplete", "boolean", is_mfa_complete)

        if type(authenticator_id) is not str:
            raise ResponseShapeError("authenticatorId", "string", authenticator_id)

        if type(is_cert_extendable) is not bool:
            raise ResponseShapeError("isCertExtendable", "boolean", is_cert_extendable)

        _tags = d.get("tags", UNSET)
        tags: None | Tags | Unset
        if _tags is UNSET:
            tags = UNSET
        else:
            _present += 1
            if type(_tags) is dict:
                try:
                    tags = Tags.from_dict(_tags)
                except ResponseShapeError as _failure:
                    raise _failure.within("tags") from None

            elif _tags is None:
                tags = None
            else:
                raise ResponseShapeError("tags", "object or null", _tags)

        _last_activity_at = d.get("lastActivityAt", UNSET)
        last_activity_at: datetime.datetime | Unset
        if _last_activity_at is UNSET:
            last_activity_at = UNSET
        else:
            _present += 1
            if type(_last_activity_at) is not str:
                raise ResponseShapeError("lastActivityAt", "date-time string", _last_activity_at)
            try:
                last_activity_at = datetime.datetime.fromisoformat(_last_activity_at)
            except ValueError:
                raise ResponseShapeError.malformed("lastActivityAt", "date-time string") from None

        _cached_last_activity_at = d.get("cachedLastActivityAt", UNSET)
        cached_last_activity_at: datetime.datetime | Unset
        if _cached_last_activity_at is UNSET:
            cached_last_activity_at = UNSET
        else:
            _present += 1
            if type(_cached_last_activity_at) is not str:
                raise ResponseShapeError("cachedLastActivityAt", "date-time string", _cached_last_activity_at)
            try:
                cached_last_activity_at = datetime.datetime.fromisoformat(_cached_last_activity_at)
            except ValueError:
                raise ResponseShapeError.malformed("cachedLastActivityAt", "date-time string") from None

        is_cert_extend_requested = d.get("isCertExtendRequested", UNSET)
        if is_cert_extend_requested is not UNSET:
            _present += 1
            if type(is_cert_extend_requested) is not bool:
                raise ResponseShapeError("isCertExtendRequested", "boolean", is_cert_extend_requested)

        is_cert_key_roll_requested = d.get("isCertKeyRollRequested", UNSET)
        if is_cert_key_roll_requested is not UNSET:
            _present += 1
            if type(is_cert_key_roll_requested) is not bool:
                raise ResponseShapeError("isCertKeyRollRequested", "boolean", is_cert_key_roll_requested)

        improper_client_cert_chain = d.get("improperClientCertChain", UNSET)
        if improper_client_cert_chain is not UNSET:
            _present += 1
            if type(improper_client_cert_chain) is not bool:
                raise ResponseShapeError("improperClientCertChain", "boolean", improper_client_cert_chain)

        api_session_detail = cls(
            id,
            created_at,
            updated_at,
            field_links,
            token,
            identity,
            identity_id,
            ip_address,
            config_types,
            auth_queries,
            is_mfa_required,
            is_mfa_complete,
            authenticator_id,
            is_cert_extendable,
            tags,
            last_activity_at,
            cached_last_activity_at,
            is_cert_extend_requested,
            is_cert_key_roll_requested,
            improper_client_cert_chain,
        )
        if len(d) > _present:
            api_session_detail.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return api_session_detail

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.id,
            datetime.datetime.fromisoformat(wire.created_at),
            datetime.datetime.fromisoformat(wire.updated_at),
            Links._from_wire(wire.field_links),
            wire.token,
            EntityRef._from_wire(wire.identity),
            wire.identity_id,
            wire.ip_address,
            wire.config_types,
            list(map(AuthQueryDetail._from_wire, wire.auth_queries)),
            wire.is_mfa_required,
            wire.is_mfa_complete,
            wire.authenticator_id,
            wire.is_cert_extendable,
            UNSET if wire.tags is UNSET else (None if wire.tags is None else Tags._from_wire(wire.tags)),
            UNSET if wire.last_activity_at is UNSET else datetime.datetime.fromisoformat(wire.last_activity_at),
            UNSET
            if wire.cached_last_activity_at is UNSET
            else datetime.datetime.fromisoformat(wire.cached_last_activity_at),
            wire.is_cert_extend_requested,
            wire.is_cert_key_roll_requested,
            wire.improper_client_cert_chain,
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


from ..models.auth_query_detail import AuthQueryDetail
from ..models.entity_ref import EntityRef
from ..models.links import Links
from ..models.tags import Tags


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ApiSessionDetail",
        [
            ("id", "id", str, True),
            ("created_at", "createdAt", str, True),
            ("updated_at", "updatedAt", str, True),
            ("field_links", "_links", Links._wire.struct_type(), True),
            ("token", "token", str, True),
            ("identity", "identity", EntityRef._wire.struct_type(), True),
            ("identity_id", "identityId", str, True),
            ("ip_address", "ipAddress", str, True),
            ("config_types", "configTypes", list_of(str), True),
            ("auth_queries", "authQueries", list_of(AuthQueryDetail._wire.struct_type()), True),
            ("is_mfa_required", "isMfaRequired", bool, True),
            ("is_mfa_complete", "isMfaComplete", bool, True),
            ("authenticator_id", "authenticatorId", str, True),
            ("is_cert_extendable", "isCertExtendable", bool, True),
            ("tags", "tags", Tags._wire.struct_type() | None, False),
            ("last_activity_at", "lastActivityAt", str, False),
            ("cached_last_activity_at", "cachedLastActivityAt", str, False),
            ("is_cert_extend_requested", "isCertExtendRequested", bool, False),
            ("is_cert_key_roll_requested", "isCertKeyRollRequested", bool, False),
            ("improper_client_cert_chain", "improperClientCertChain", bool, False),
        ],
    )


ApiSessionDetail._wire = Wire(_wire_type)
