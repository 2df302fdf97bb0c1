r"""The simulated Authress API: SSO connections and users' connection credentials (`authress`).

State: `size` connections of one account (well-known providers first, then customers' SAML and
OIDC connections), and provider access tokens of some users for the OAuth connections (read them
from `AuthressAPI(seed=...).user_credentials` to know which pairs exist). Every body is
`application/links+json`. Create answers 201 and sets `connectionId` (`con_` + 22 letters and
digits) when the body has none, plus `createdTime`, `lastUpdated` and `isActiveConnection`; a
`connectionId` already in use is `400 InvalidConnection`. Update replaces the connection (the path
names it; server-managed fields are kept). Delete answers 204 and drops the connection's user
credentials. The list is ordered by `connectionId` and paged by an opaque `cursor` (at most
`limit`, default 100, per page); `pagination.next` is absent on the last page. `filter` is a
case-insensitive substring search over the text properties of a connection.

Authentication is `Authorization: Bearer <JWT>`, as the vendor's SDKs send it. The simulator
generates an account id, an Ed25519 key pair per service client, and a legacy RSA key, all from
the seed, and hands out access keys in the vendor's formats:

- `credentials()["service_client_access_key"]`: format A, `clientId.keyId.accountId.privateKey`,
  where `privateKey` is the base64 of an Ed25519 private key in PKCS#8 DER (so
  `-----BEGIN PRIVATE KEY-----\n<privateKey>\n-----END PRIVATE KEY-----` is its PEM).
- `other_credentials()["legacy_access_key"]["service_client_access_key"]`: format B, the base64
  of the JSON object `{"clientId", "keyId", "audience", "privateKey"}` with an RSA private key in
  PEM; the account id is the first label of `audience`.
- `other_credentials()["read_only"]["service_client_access_key"]`: format A, for a client that
  may list and read connections only (`403 Forbidden` on everything else).
- `other_credentials()["access_token"]["access_token"]`: a ready user access token (an EdDSA JWT
  the account issued to its admin user, valid until 2100) to send as the bearer token as is.

A client turns an access key into a bearer token by minting a JWT itself:

1. Decode the key. Format B: `json.loads(base64.b64decode(key))`; algorithm `RS256`;
   accountId = `audience.split(".")[0]`. Otherwise format A: split on `.` into clientId, keyId,
   accountId and privateKey; wrap privateKey in the PEM lines above; algorithm `EdDSA`;
   audience = `{accountId}.accounts.authress.io`.
2. Choose the issuer origin: `https://{accountId}.api.authress.io` when the API URL is an
   `*.authress.io` host, else the API URL itself without a trailing slash (a custom domain; for
   the simulator, its `base_url`, e.g. `http://127.0.0.1:41873`). The simulator accepts both.
3. Sign, with the private key and the algorithm of step 1 and the header `kid` = keyId, the claims
   `iss` = `{origin}/v1/clients/{urllib.parse.quote(clientId, safe="")}`, `aud` = audience,
   `sub` = clientId, `client_id` = clientId, `iat` = now, `exp` = now + 24 hours and
   `scopes` = `"openId"`; re-mint when the token has less than an hour left. With PyJWT:
   `jwt.encode(claims, pem, algorithm=alg, headers={"kid": key_id})`.

The simulator verifies the signature (PyJWT) against the public key that `kid` names, and requires
`exp` in the future, that `aud`, `iss` and `sub` be as above, and `alg` to match the key. Anything
else (no or malformed header, unknown `kid`, bad signature, expired) is `401 Unauthorized` with a
`ResponseError` body.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import dataclasses
import datetime
import itertools
import json
from collections.abc import Mapping
from typing import Any

import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sessionward.testing._authress_keys import (
    TokenVerifier,
    TrustedKey,
    access_key_ed25519,
    access_key_rsa,
    ed25519_key,
    rsa_key,
)
from sessionward.testing._authress_seed import DATA_DEFAULTS, connection_bodies, user_credentials
from sessionward.testing._plugin import SimulatedAPI, operation
from sessionward.testing._rejection import Rejection
from sessionward.testing._seeding import SEED_EPOCH, SeedRandom

MEDIA_TYPE = "application/links+json"
DEFAULT_LIMIT = 100
USER_TOKEN_EXPIRY = int(datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC).timestamp())
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SEED_END = int(SEED_EPOCH.timestamp())
# How the framework reports a query parameter sent with an empty value.
_EMPTY = "must not be empty"
_UNAUTHORIZED = "The request JWT found in the Authorization header is no longer valid."
# What each operation needs beyond reading connections, with the vendor's 403 wording.
_WRITE_TITLES = {
    "create_connection": "The user doesn't have permission to create connection.",
    "update_connection": "The user doesn't have permission to update connection.",
    "delete_connection": "The user doesn't have permission to delete connection.",
    "get_connection_credentials": (
        "The user doesn't have permission to get user connection credentials."
    ),
}
# Properties a client sets; the server manages createdTime, lastUpdated and isActiveConnection,
# and keeps clientSecret to itself.
_CLIENT_PROPERTIES = (
    "connectionId",
    "type",
    "authenticationUrl",
    "tokenUrl",
    "issuerUrl",
    "providerCertificate",
    "clientId",
    "clientSecretId",
    "userDataConfiguration",
    "data",
    "defaultConnectionProperties",
    "conditions",
    "tenantConfiguration",
    "linkingConfiguration",
    "tags",
)


@dataclasses.dataclass(slots=True)
class StoredConnection:
    """A connection as stored: what the client set, its secret, and the server-managed fields."""

    body: dict[str, Any]
    client_secret: str | None = dataclasses.field(repr=False)
    created: float  # POSIX seconds
    updated: float
    active: bool
    _search: str | None = None  # the case-folded text `filter` searches, built on first use

    @property
    def connection_id(self) -> str:
        """The connection's identifier."""
        return str(self.body["connectionId"])

    def to_json(self) -> dict[str, Any]:
        """The connection as a `Connection` object (without the write-only `clientSecret`)."""
        return {
            **self.body,
            "createdTime": _stamp(self.created),
            "lastUpdated": _stamp(self.updated),
            "isActiveConnection": self.active,
        }

    def matches(self, needle: str) -> bool:
        """Whether `needle` (case-folded) occurs in one of the connection's text properties."""
        if self._search is None:
            self._search = _search_text(self.body)
        return needle in self._search


class AuthressAPI(SimulatedAPI):
    """The Authress SSO connections API; see the module docstring for its auth and behaviour."""

    key = "authress"
    base_path = ""
    default_size = 20
    # authress-sdk.js requests `GET /v1/connections/`; the service answers it as `/v1/connections`.
    ignores_trailing_slash = True

    def now(self) -> datetime.datetime:
        """The current instant (UTC), used for the timestamps of created and updated connections."""
        return datetime.datetime.now(datetime.UTC)

    def reset(self) -> None:
        rng = self.random()
        self._seed_keys(rng)
        self._runtime = SeedRandom(f"{self.key}:{self.seed}:runtime")
        self.connections: dict[str, StoredConnection] = {}
        bodies = []
        for body, created, updated, active in connection_bodies(rng, self.size):
            bodies.append(body)
            self.connections[body["connectionId"]] = StoredConnection(
                body, None, created, updated, active
            )
        self._order = sorted(self.connections)
        self.user_credentials = user_credentials(rng, bodies)

    def _seed_keys(self, rng: SeedRandom) -> None:
        self.account_id = "acc-" + "".join(
            rng.choices("abcdefghijklmnopqrstuvwxyz0123456789", k=14)
        )
        audience = f"{self.account_id}.accounts.authress.io"
        admin_client, reader_client, legacy_client = (_identifier(rng, "sc_") for _ in range(3))
        admin_kid, reader_kid, legacy_kid, account_kid = (str(rng.uuid4()) for _ in range(4))
        admin_key, reader_key, account_key = (ed25519_key(rng) for _ in range(3))
        legacy_key = rsa_key(f"{self.key}:{self.seed}")
        self.admin_user_id = _identifier(rng, "usr_")
        self._access_key = access_key_ed25519(admin_client, admin_kid, self.account_id, admin_key)
        self._reader_key = access_key_ed25519(
            reader_client, reader_kid, self.account_id, reader_key
        )
        self._legacy_key = access_key_rsa(legacy_client, legacy_kid, audience, legacy_key)
        self._user_token = jwt.encode(
            {
                "iss": f"https://{self.account_id}.login.authress.io",
                "sub": self.admin_user_id,
                "aud": audience,
                "iat": _SEED_END,
                "exp": USER_TOKEN_EXPIRY,
                "scope": "openid profile email",
            },
            account_key,
            algorithm="EdDSA",
            headers={"kid": account_kid},
        )
        self.verifier = TokenVerifier(
            self.account_id,
            [
                TrustedKey(admin_kid, "EdDSA", admin_key.public_key(), admin_client, "admin"),
                TrustedKey(reader_kid, "EdDSA", reader_key.public_key(), reader_client, "reader"),
                TrustedKey(legacy_kid, "RS256", legacy_key.public_key(), legacy_client, "admin"),
                TrustedKey(account_kid, "EdDSA", account_key.public_key(), None, "admin"),
            ],
        )

    def credentials(self) -> dict[str, str]:
        return {"service_client_access_key": self._access_key}

    def other_credentials(self) -> dict[str, dict[str, str]]:
        return {
            "access_token": {"access_token": self._user_token},
            "legacy_access_key": {"service_client_access_key": self._legacy_key},
            "read_only": {"service_client_access_key": self._reader_key},
        }

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return self._error(
                401, "Unauthorized", "No bearer token was found in the Authorization header."
            )
        origin = f"{request.url.scheme}://{request.url.netloc}"
        principal = self.verifier.verify(token.strip(), origin)
        if principal is None:
            return self._error(401, "Unauthorized", _UNAUTHORIZED)
        title = _WRITE_TITLES.get(operation_id)
        if title is not None and principal.role != "admin":
            return self._error(403, "Forbidden", title)
        request.state.principal = principal
        return None

    def reject(self, request: Request, rejection: Rejection) -> Response:
        if rejection.status == 405:
            return self._error(405, "MethodNotAllowed", rejection.message + ".")
        if rejection.status == 404:
            return self._error(404, "NotFound", "The requested resource does not exist.")
        empty = {p.name for p in rejection.problems if p.message == _EMPTY and p.value == ""}
        if (
            rejection.operation == "get_connections"
            and empty
            and len(empty) == len(rejection.problems)
        ):
            # The framework refuses `filter=` and `cursor=`; they mean no filter, the first page.
            return self._list({k: v for k, v in request.query_params.items() if k not in empty})
        if any(problem.location == "path" for problem in rejection.problems):
            # No connection or user can have an identifier that breaks the path's rules.
            return self._missing(rejection.operation)
        problem = rejection.problems[0] if rejection.problems else None
        detail = "" if problem is None else f"{problem.name or 'the body'} {problem.message}"
        if rejection.operation in {"create_connection", "update_connection"}:
            return self._error(400, "InvalidConnection", f"The connection is invalid: {detail}.")
        return self._error(400, "InvalidRequest", f"The request is invalid: {detail}.")

    def _error(self, status: int, code: str, title: str) -> JSONResponse:
        body = {"title": title, "errorCode": code, "errorId": str(self._runtime.uuid4())}
        return _links_json(body, status)

    def _missing(self, operation_id: str | None) -> JSONResponse:
        if operation_id == "get_connection_credentials":
            return self._error(404, "NOT_FOUND", "The connection or user does not exist.")
        return self._error(404, "NOT_FOUND", "The connection does not exist.")

    def _store(
        self, connection_id: str, body: Mapping[str, Any], created: float | None, active: bool
    ) -> StoredConnection:
        """Store `body` as the connection `connection_id`; `created` is `None` for a new one."""
        kept = {name: body[name] for name in _CLIENT_PROPERTIES if name in body}
        kept["connectionId"] = connection_id
        if kept.get("type") is None:
            kept["type"] = "OAUTH2"
        if isinstance(kept.get("data"), dict):
            kept["data"] = {**DATA_DEFAULTS, **kept["data"]}
        now = self.now().timestamp()
        stored = StoredConnection(
            body=kept,
            client_secret=body.get("clientSecret"),
            created=now if created is None else created,
            updated=now,
            active=active,
        )
        if connection_id not in self.connections:
            bisect.insort(self._order, connection_id)
        self.connections[connection_id] = stored
        return stored

    @operation("create_connection")
    async def create_connection(self, request: Request) -> Response:
        body: dict[str, Any] = await request.json()
        connection_id = body.get("connectionId") or _identifier(self._runtime, "con_")
        if connection_id in self.connections:
            title = f"The connection is invalid: connectionId {connection_id} is already in use."
            return self._error(400, "InvalidConnection", title)
        stored = self._store(connection_id, body, created=None, active=True)
        return _links_json(stored.to_json(), 201)

    @operation("get_connections")
    async def get_connections(self, request: Request) -> Response:
        return self._list(request.query_params)

    def _list(self, params: Mapping[str, str]) -> Response:
        limit = int(params.get("limit", DEFAULT_LIMIT))
        start = 0
        if "cursor" in params:
            after = _decode_cursor(params["cursor"])
            if after is None:
                return self._error(
                    400, "InvalidCursor", "The cursor is not valid for this request."
                )
            start = bisect.bisect_right(self._order, after)
        needle = params.get("filter", "").casefold()
        page: list[StoredConnection] = []
        # One more than a page tells whether there is a next page.
        for connection_id in itertools.islice(self._order, start, None):
            connection = self.connections[connection_id]
            if not needle or connection.matches(needle):
                page.append(connection)
                if len(page) > limit:
                    break
        body: dict[str, Any] = {"connections": [item.to_json() for item in page[:limit]]}
        if len(page) > limit:
            body["pagination"] = {"next": {"cursor": _encode_cursor(page[limit - 1].connection_id)}}
        else:
            body["pagination"] = {}
        return _links_json(body, 200)

    @operation("get_connection")
    async def get_connection(self, request: Request) -> Response:
        connection = self.connections.get(request.path_params["connectionId"])
        if connection is None:
            return self._missing("get_connection")
        return _links_json(connection.to_json(), 200)

    @operation("update_connection")
    async def update_connection(self, request: Request) -> Response:
        connection_id = request.path_params["connectionId"]
        current = self.connections.get(connection_id)
        if current is None:
            return self._missing("update_connection")
        body: dict[str, Any] = await request.json()
        stored = self._store(connection_id, body, created=current.created, active=current.active)
        return _links_json(stored.to_json(), 200)

    @operation("delete_connection")
    async def delete_connection(self, request: Request) -> Response:
        connection_id = request.path_params["connectionId"]
        if self.connections.pop(connection_id, None) is None:
            return self._missing("delete_connection")
        del self._order[bisect.bisect_left(self._order, connection_id)]
        for pair in [pair for pair in self.user_credentials if pair[0] == connection_id]:
            del self.user_credentials[pair]
        return Response(status_code=204)

    @operation("get_connection_credentials")
    async def get_connection_credentials(self, request: Request) -> Response:
        pair = (request.path_params["connectionId"], request.path_params["userId"])
        token = self.user_credentials.get(pair) if pair[0] in self.connections else None
        if token is None:
            return self._missing("get_connection_credentials")
        return _links_json({"accessToken": token}, 200)


def _links_json(body: object, status: int) -> JSONResponse:
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE)


def _stamp(moment: float) -> str:
    instant = datetime.datetime.fromtimestamp(moment, datetime.UTC)
    return instant.strftime("%Y-%m-%dT%H:%M:%S.") + f"{instant.microsecond // 1000:03d}Z"


def _encode_cursor(after: str) -> str:
    raw = json.dumps({"after": after}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> str | None:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        document = json.loads(raw)
    except (binascii.Error, ValueError):
        return None
    after = document.get("after") if isinstance(document, dict) else None
    return after if isinstance(after, str) else None


def _search_text(body: Mapping[str, Any]) -> str:
    parts = [
        str(body.get(name) or "")
        for name in (
            "connectionId",
            "type",
            "authenticationUrl",
            "tokenUrl",
            "issuerUrl",
            "clientId",
        )
    ]
    data = body.get("data")
    if isinstance(data, dict):
        parts += [str(data.get("name") or ""), str(data.get("tenantId") or "")]
    tags = body.get("tags")
    if isinstance(tags, dict):
        parts += [str(value) for value in tags.values()]
    return "\n".join(parts).casefold()


def _identifier(rng: SeedRandom, prefix: str, length: int = 22) -> str:
    return prefix + "".join(rng.choices(_ALPHANUMERIC, k=length))
