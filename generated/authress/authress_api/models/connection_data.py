from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.supported_content_type import SupportedContentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionData")


@_attrs_define
class ConnectionData:
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
        d = dict(src_dict)

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenantId", UNSET))

        def _parse_developer_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        developer_account_id = _parse_developer_account_id(d.pop("developerAccountId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_supported_content_type(data: object) -> None | SupportedContentType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supported_content_type_type_0 = SupportedContentType(data)

                return supported_content_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportedContentType | Unset, data)

        supported_content_type = _parse_supported_content_type(d.pop("supportedContentType", UNSET))

        def _parse_oidc_user_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oidc_user_endpoint_url = _parse_oidc_user_endpoint_url(d.pop("oidcUserEndpointUrl", UNSET))

        def _parse_user_id_expression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id_expression = _parse_user_id_expression(d.pop("userIdExpression", UNSET))

        def _parse_trust_identity_user_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        trust_identity_user_id = _parse_trust_identity_user_id(d.pop("trustIdentityUserId", UNSET))

        connection_data = cls(
            tenant_id=tenant_id,
            developer_account_id=developer_account_id,
            name=name,
            supported_content_type=supported_content_type,
            oidc_user_endpoint_url=oidc_user_endpoint_url,
            user_id_expression=user_id_expression,
            trust_identity_user_id=trust_identity_user_id,
        )

        connection_data.additional_properties = d
        return connection_data

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
