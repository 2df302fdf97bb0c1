from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_type import LoginType
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="UserSession")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "userId",
        "nodeId",
        "sessionId",
        "creationTime",
        "tenantUuid",
        "loginType",
        "lastAccessedTimestamp",
        "device",
        "ip",
    }
)


@_attrs_define
class UserSession(JsonModel):
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
        """Build the model from a decoded JSON object, checking every field's JSON type.

        Unknown fields are kept in ``additional_properties``; unknown enum values are kept too. Raises
        ``ResponseShapeError`` (a ``ValueError``) naming the path of the first field that is missing,
        of another JSON type, or not in the format it promises.
        """
        d = src_dict
        if not isinstance(d, dict):
            raise ResponseShapeError(None, "object", d)
        try:
            user_id = d["userId"]
            node_id = d["nodeId"]
            session_id = d["sessionId"]
            creation_time = d["creationTime"]
            tenant_uuid = d["tenantUuid"]
            _login_type = d["loginType"]
        except KeyError as _failure:
            raise ResponseShapeError.missing(_failure.args[0]) from None
        _present = 6
        if type(user_id) is not str:
            raise ResponseShapeError("userId", "string", user_id)

        if type(node_id) is not int:
            raise ResponseShapeError("nodeId", "int", node_id)

        if type(session_id) is not str:
            raise ResponseShapeError("sessionId", "string", session_id)

        if type(creation_time) is not int:
            raise ResponseShapeError("creationTime", "int", creation_time)

        if type(tenant_uuid) is not str:
            raise ResponseShapeError("tenantUuid", "string", tenant_uuid)

        if type(_login_type) is not str:
            raise ResponseShapeError("loginType", "string", _login_type)
        _found_LoginType = _BY_VALUE_LoginType.get(_login_type)
        login_type = LoginType(_login_type) if _found_LoginType is None else _found_LoginType

        last_accessed_timestamp = d.get("lastAccessedTimestamp", UNSET)
        if last_accessed_timestamp is not UNSET:
            _present += 1
            if type(last_accessed_timestamp) is not int:
                raise ResponseShapeError("lastAccessedTimestamp", "int", last_accessed_timestamp)

        device = d.get("device", UNSET)
        if device is not UNSET:
            _present += 1
            if type(device) is not str:
                raise ResponseShapeError("device", "string", device)

        ip = d.get("ip", UNSET)
        if ip is not UNSET:
            _present += 1
            if type(ip) is not str:
                raise ResponseShapeError("ip", "string", ip)

        user_session = cls(
            user_id,
            node_id,
            session_id,
            creation_time,
            tenant_uuid,
            login_type,
            last_accessed_timestamp,
            device,
            ip,
        )
        if len(d) > _present:
            user_session.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return user_session

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.user_id,
            wire.node_id,
            wire.session_id,
            wire.creation_time,
            wire.tenant_uuid,
            (_BY_VALUE_LoginType.get(wire.login_type) or LoginType(wire.login_type)),
            wire.last_accessed_timestamp,
            wire.device,
            wire.ip,
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


# The known members of each enum this model reads, by value (from_dict looks them up here).
_BY_VALUE_LoginType: dict[object, LoginType] = {member.value: member for member in LoginType}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "UserSession",
        [
            ("user_id", "userId", str, True),
            ("node_id", "nodeId", int, True),
            ("session_id", "sessionId", str, True),
            ("creation_time", "creationTime", int, True),
            ("tenant_uuid", "tenantUuid", str, True),
            ("login_type", "loginType", str, True),
            ("last_accessed_timestamp", "lastAccessedTimestamp", int, False),
            ("device", "device", str, False),
            ("ip", "ip", str, False),
        ],
    )


UserSession._wire = Wire(_wire_type)
