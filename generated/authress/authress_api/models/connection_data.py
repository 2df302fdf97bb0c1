from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supported_content_type import SupportedContentType
from ..types import UNSET, JsonModel, ResponseShapeError, Unset, Wire, wire_struct

T = TypeVar("T", bound="ConnectionData")

# The JSON names the model declares; any other field of a body goes to additional_properties.
_FIELDS = frozenset(
    {
        "tenantId",
        "developerAccountId",
        "name",
        "supportedContentType",
        "oidcUserEndpointUrl",
        "userIdExpression",
        "trustIdentityUserId",
    }
)


@_attrs_define
class ConnectionData(JsonModel):
    """Provider-specific settings of a connection and its display name.

    Attributes:
        tenant_id (None | str | Unset): The Authress tenant this connection belongs to, when it is a tenant's own
            connection.
        developer_account_id (None | str | Unset): The Developer Account ID associated with the credentials. This is
            necessary for some providers, such as Apple Login.
        name (None | str | Unset): The name of this connection when displayed in the Authress management portal.
        supported_content_type (None | SupportedContentType | Unset): URL encode OAuth token parameters - Some
            authentication APIs don't support JSON, in these cases enable the url encoded form data parameters.
        oidc_user_endpoint_url (None | str | Unset): By default, the **sub** claim of the JWT is used to identify the
            user from this provider. However, not all providers are OpenID compliant. Here you can provide an optional user
            data endpoint to fetch additional user profile information and an expression to identify a new user ID from
            available properties.
        user_id_expression (None | str | Unset): An expression over the properties found at oidcUserEndpointUrl that
            identifies the user; any claims may be used. The default is **{sub}**. Default: '{sub}'.
        trust_identity_user_id (bool | None | Unset): Authress generates unique user IDs for every user, however if you
            trust your identity provider to handle unique ID generate across **ALL customers**, then it is safe to reuse the
            user ID from the provider. Default: False.
    """

    tenant_id: None | str | Unset = UNSET
    developer_account_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    supported_content_type: None | SupportedContentType | Unset = UNSET
    oidc_user_endpoint_url: None | str | Unset = UNSET
    user_id_expression: None | str | Unset = "{sub}"
    trust_identity_user_id: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        developer_account_id: None | str | Unset
        if isinstance(self.developer_account_id, Unset):
            developer_account_id = UNSET
        else:
            developer_account_id = self.developer_account_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        supported_content_type: None | str | Unset
        if isinstance(self.supported_content_type, Unset):
            supported_content_type = UNSET
        elif isinstance(self.supported_content_type, SupportedContentType):
            supported_content_type = self.supported_content_type.value
        else:
            supported_content_type = self.supported_content_type

        oidc_user_endpoint_url: None | str | Unset
        if isinstance(self.oidc_user_endpoint_url, Unset):
            oidc_user_endpoint_url = UNSET
        else:
            oidc_user_endpoint_url = self.oidc_user_endpoint_url

        user_id_expression: None | str | Unset
        if isinstance(self.user_id_expression, Unset):
            user_id_expression = UNSET
        else:
            user_id_expression = self.user_id_expression

        trust_identity_user_id: bool | None | Unset
        if isinstance(self.trust_identity_user_id, Unset):
            trust_identity_user_id = UNSET
        else:
            trust_identity_user_id = self.trust_identity_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if developer_account_id is not UNSET:
            field_dict["developerAccountId"] = developer_account_id
        if name is not UNSET:
            field_dict["name"] = name
        if supported_content_type is not UNSET:
            field_dict["supportedContentType"] = supported_content_type
        if oidc_user_endpoint_url is not UNSET:
            field_dict["oidcUserEndpointUrl"] = oidc_user_endpoint_url
        if user_id_expression is not UNSET:
            field_dict["userIdExpression"] = user_id_expression
        if trust_identity_user_id is not UNSET:
            field_dict["trustIdentityUserId"] = trust_identity_user_id

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
        tenant_id = d.get("tenantId", UNSET)
        if tenant_id is not UNSET:
            _present += 1
            if type(tenant_id) is not str and tenant_id is not None:
                raise ResponseShapeError("tenantId", "string or null", tenant_id)

        developer_account_id = d.get("developerAccountId", UNSET)
        if developer_account_id is not UNSET:
            _present += 1
            if type(developer_account_id) is not str and developer_account_id is not None:
                raise ResponseShapeError("developerAccountId", "string or null", developer_account_id)

        name = d.get("name", UNSET)
        if name is not UNSET:
            _present += 1
            if type(name) is not str and name is not None:
                raise ResponseShapeError("name", "string or null", name)

        _supported_content_type = d.get("supportedContentType", UNSET)
        supported_content_type: None | SupportedContentType | Unset
        if _supported_content_type is UNSET:
            supported_content_type = UNSET
        else:
            _present += 1
            if type(_supported_content_type) is str:
                if type(_supported_content_type) is not str:
                    raise ResponseShapeError("supportedContentType", "string", _supported_content_type)
                _found_SupportedContentType = _BY_VALUE_SupportedContentType.get(_supported_content_type)
                supported_content_type = (
                    SupportedContentType(_supported_content_type)
                    if _found_SupportedContentType is None
                    else _found_SupportedContentType
                )

            elif _supported_content_type is None:
                supported_content_type = None
            else:
                raise ResponseShapeError("supportedContentType", "string or null", _supported_content_type)

        oidc_user_endpoint_url = d.get("oidcUserEndpointUrl", UNSET)
        if oidc_user_endpoint_url is not UNSET:
            _present += 1
            if type(oidc_user_endpoint_url) is not str and oidc_user_endpoint_url is not None:
                raise ResponseShapeError("oidcUserEndpointUrl", "string or null", oidc_user_endpoint_url)

        user_id_expression = d.get("userIdExpression", UNSET)
        if user_id_expression is not UNSET:
            _present += 1
            if type(user_id_expression) is not str and user_id_expression is not None:
                raise ResponseShapeError("userIdExpression", "string or null", user_id_expression)

        trust_identity_user_id = d.get("trustIdentityUserId", UNSET)
        if trust_identity_user_id is not UNSET:
            _present += 1
            if type(trust_identity_user_id) is not bool and trust_identity_user_id is not None:
                raise ResponseShapeError("trustIdentityUserId", "boolean or null", trust_identity_user_id)

        connection_data = cls(
            tenant_id,
            developer_account_id,
            name,
            supported_content_type,
            oidc_user_endpoint_url,
            user_id_expression,
            trust_identity_user_id,
        )
        if len(d) > _present:
            connection_data.additional_properties = {key: value for key, value in d.items() if key not in _FIELDS}
        return connection_data

    @classmethod
    def _from_wire(cls: type[T], wire: Any) -> T:
        """Build the model from what its wire struct decoded; from_dict reads a plain object."""
        if type(wire) is dict:
            return cls.from_dict(wire)  # a model that contains itself decodes as a plain object
        return cls(
            wire.tenant_id,
            wire.developer_account_id,
            wire.name,
            UNSET
            if wire.supported_content_type is UNSET
            else (
                (
                    _BY_VALUE_SupportedContentType.get(wire.supported_content_type)
                    or SupportedContentType(wire.supported_content_type)
                )
                if type(wire.supported_content_type) is str
                else wire.supported_content_type
            ),
            wire.oidc_user_endpoint_url,
            wire.user_id_expression,
            wire.trust_identity_user_id,
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
_BY_VALUE_SupportedContentType: dict[object, SupportedContentType] = {
    member.value: member for member in SupportedContentType
}


def _wire_type() -> Any:
    """The msgspec type of this model's JSON object (msgspec is imported when it is first called)."""
    return wire_struct(
        "ConnectionData",
        [
            ("tenant_id", "tenantId", str | None, False),
            ("developer_account_id", "developerAccountId", str | None, False),
            ("name", "name", str | None, False),
            ("supported_content_type", "supportedContentType", str | None, False),
            ("oidc_user_endpoint_url", "oidcUserEndpointUrl", str | None, False),
            ("user_id_expression", "userIdExpression", str | None, False),
            ("trust_identity_user_id", "trustIdentityUserId", bool | None, False),
        ],
    )


ConnectionData._wire = Wire(_wire_type)
