from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_query_detail import AuthQueryDetail
    from ..models.entity_ref import EntityRef
    from ..models.links import Links
    from ..models.tags import Tags


T = TypeVar("T", bound="CurrentApiSessionDetail")


@_attrs_define
class CurrentApiSessionDetail:
    """An API Session object for the current API session.

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
        expires_at (datetime.datetime): When the session expires unless it is used again.
        expiration_seconds (int): Seconds of inactivity after which the session expires.
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
    expires_at: datetime.datetime
    expiration_seconds: int
    tags: None | Tags | Unset = UNSET
    last_activity_at: datetime.datetime | Unset = UNSET
    cached_last_activity_at: datetime.datetime | Unset = UNSET
    is_cert_extend_requested: bool | Unset = UNSET
    is_cert_key_roll_requested: bool | Unset = UNSET
    improper_client_cert_chain: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tags import Tags  # noqa: PLC0415

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

        expires_at = self.expires_at.isoformat()

        expiration_seconds = self.expiration_seconds

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
                "expiresAt": expires_at,
                "expirationSeconds": expiration_seconds,
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
        from ..models.auth_query_detail import AuthQueryDetail  # noqa: PLC0415
        from ..models.entity_ref import EntityRef  # noqa: PLC0415
        from ..models.links import Links  # noqa: PLC0415
        from ..models.tags import Tags  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        field_links = Links.from_dict(d.pop("_links"))

        token = d.pop("token")

        identity = EntityRef.from_dict(d.pop("identity"))

        identity_id = d.pop("identityId")

        ip_address = d.pop("ipAddress")

        config_types = cast(list[str], d.pop("configTypes"))

        auth_queries = []
        _auth_queries = d.pop("authQueries")
        for componentsschemas_auth_query_list_item_data in _auth_queries:
            componentsschemas_auth_query_list_item = AuthQueryDetail.from_dict(
                componentsschemas_auth_query_list_item_data
            )

            auth_queries.append(componentsschemas_auth_query_list_item)

        is_mfa_required = d.pop("isMfaRequired")

        is_mfa_complete = d.pop("isMfaComplete")

        authenticator_id = d.pop("authenticatorId")

        is_cert_extendable = d.pop("isCertExtendable")

        expires_at = datetime.datetime.fromisoformat(d.pop("expiresAt"))

        expiration_seconds = d.pop("expirationSeconds")

        def _parse_tags(data: object) -> None | Tags | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tags_type_0 = Tags.from_dict(data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Tags | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        _last_activity_at = d.pop("lastActivityAt", UNSET)
        last_activity_at: datetime.datetime | Unset
        if isinstance(_last_activity_at, Unset):
            last_activity_at = UNSET
        else:
            last_activity_at = datetime.datetime.fromisoformat(_last_activity_at)

        _cached_last_activity_at = d.pop("cachedLastActivityAt", UNSET)
        cached_last_activity_at: datetime.datetime | Unset
        if isinstance(_cached_last_activity_at, Unset):
            cached_last_activity_at = UNSET
        else:
            cached_last_activity_at = datetime.datetime.fromisoformat(_cached_last_activity_at)

        is_cert_extend_requested = d.pop("isCertExtendRequested", UNSET)

        is_cert_key_roll_requested = d.pop("isCertKeyRollRequested", UNSET)

        improper_client_cert_chain = d.pop("improperClientCertChain", UNSET)

        current_api_session_detail = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            field_links=field_links,
            token=token,
            identity=identity,
            identity_id=identity_id,
            ip_address=ip_address,
            config_types=config_types,
            auth_queries=auth_queries,
            is_mfa_required=is_mfa_required,
            is_mfa_complete=is_mfa_complete,
            authenticator_id=authenticator_id,
            is_cert_extendable=is_cert_extendable,
            expires_at=expires_at,
            expiration_seconds=expiration_seconds,
            tags=tags,
            last_activity_at=last_activity_at,
            cached_last_activity_at=cached_last_activity_at,
            is_cert_extend_requested=is_cert_extend_requested,
            is_cert_key_roll_requested=is_cert_key_roll_requested,
            improper_client_cert_chain=improper_client_cert_chain,
        )

        current_api_session_detail.additional_properties = d
        return current_api_session_detail

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
