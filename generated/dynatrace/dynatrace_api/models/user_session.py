from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_type import LoginType
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSession")


@_attrs_define
class UserSession:
    """One signed-in web UI session of a user on a Dynatrace Managed cluster node.

    Attributes:
        user_id (str): The ID of the user who holds the session.
        node_id (int): The ID of the cluster node on which the session exists.
        session_id (str): The ID of the session.
        creation_time (int): When the session was created, as a Unix timestamp in milliseconds (UTC).
        tenant_uuid (str): The UUID of the environment the user signed in to, or the cluster UUID if the user signed in
            to the Cluster Management Console.
        login_type (LoginType): How the user signed in: a local cluster account, LDAP, single sign-on managed by the
            cluster, or a DevOps token.
        last_accessed_timestamp (int | Unset): When the session was last accessed, as a Unix timestamp in milliseconds
            (UTC). Absent when the server has not recorded an access.
        device (str | Unset): The device (browser and operating system) the user signed in from.
        ip (str | Unset): The IP address the user signed in from.
    """

    user_id: str
    node_id: int
    session_id: str
    creation_time: int
    tenant_uuid: str
    login_type: LoginType
    last_accessed_timestamp: int | Unset = UNSET
    device: str | Unset = UNSET
    ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        node_id = self.node_id

        session_id = self.session_id

        creation_time = self.creation_time

        tenant_uuid = self.tenant_uuid

        login_type = self.login_type.value

        last_accessed_timestamp = self.last_accessed_timestamp

        device = self.device

        ip = self.ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "nodeId": node_id,
                "sessionId": session_id,
                "creationTime": creation_time,
                "tenantUuid": tenant_uuid,
                "loginType": login_type,
            }
        )
        if last_accessed_timestamp is not UNSET:
            field_dict["lastAccessedTimestamp"] = last_accessed_timestamp
        if device is not UNSET:
            field_dict["device"] = device
        if ip is not UNSET:
            field_dict["ip"] = ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        node_id = d.pop("nodeId")

        session_id = d.pop("sessionId")

        creation_time = d.pop("creationTime")

        tenant_uuid = d.pop("tenantUuid")

        login_type = LoginType(d.pop("loginType"))

        last_accessed_timestamp = d.pop("lastAccessedTimestamp", UNSET)

        device = d.pop("device", UNSET)

        ip = d.pop("ip", UNSET)

        user_session = cls(
            user_id=user_id,
            node_id=node_id,
            session_id=session_id,
            creation_time=creation_time,
            tenant_uuid=tenant_uuid,
            login_type=login_type,
            last_accessed_timestamp=last_accessed_timestamp,
            device=device,
            ip=ip,
        )

        user_session.additional_properties = d
        return user_session

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
