"""Every Ziti operation through the generated client, sync and async, with its error paths."""

from __future__ import annotations

import datetime
from types import ModuleType
from typing import Any, Literal, cast

import httpx
import pytest
from ziti_api import AuthenticatedClient, Client
from ziti_api.api.api_session import delete_api_sessions, detail_api_sessions, list_api_sessions
from ziti_api.api.current_api_session import (
    authenticate,
    delete_current_api_session,
    get_current_api_session,
)
from ziti_api.models import (
    ApiErrorArgs,
    ApiErrorCause,
    ApiErrorEnvelope,
    ApiErrorUrlVars,
    ApiSessionDetail,
    Authenticate,
    AuthMethod,
    CurrentApiSessionDetailEnvelope,
    DetailApiSessionEnvelope,
    Empty,
    ListApiSessionsEnvelope,
    Pagination,
)
from ziti_api.types import Response

from sessionward.testing import Simulator
from tests._support import run_generated

pytestmark = pytest.mark.anyio

Mode = Literal["sync", "async"]
UNAUTHORIZED = (
    "The request could not be completed. The session is not authorized or the credentials are "
    "invalid"
)


class ZitiCaller:
    """Calls generated operations in one mode, with a fresh client per call (closed after it)."""

    def __init__(self, sim: Simulator, mode: Mode) -> None:
        self.sim = sim
        self.mode = mode

    async def call(
        self, operation: ModuleType, *args: str, token: str | None = None, **kwargs: Any
    ) -> Response[Any]:
        client: Client | AuthenticatedClient
        if token is None:
            client = Client(base_url=self.sim.base_url)
        else:
            client = AuthenticatedClient(
                base_url=self.sim.base_url, token=token, prefix="", auth_header_name="zt-session"
            )
        response = await run_generated(self.mode, operation, client, *args, **kwargs)
        return cast("Response[Any]", response)

    async def login(self, credentials: dict[str, str] | None = None) -> str:
        """Authenticate with the password method; return the session token."""
        given = credentials or self.sim.credentials
        body = Authenticate(username=given["username"], password=given["password"])
        response = await self.call(authenticate, body=body, method=AuthMethod.PASSWORD)
        parsed = response.parsed
        assert isinstance(parsed, CurrentApiSessionDetailEnvelope), response.content
        return parsed.data.token

    async def every_session(self, token: str, *, page: int = 7, filter_: str = "") -> list[str]:
        """Walk the list page by page; return the ids in order."""
        ids: list[str] = []
        while True:
            response = await self.call(
                list_api_sessions, token=token, limit=page, offset=len(ids), filter_=filter_ or None
            )
            parsed = response.parsed
            assert isinstance(parsed, ListApiSessionsEnvelope)
            ids += [session.id for session in parsed.data]
            if len(parsed.data) < page:
                return ids


@pytest.fixture(params=["sync", "async"])
def ziti(request: pytest.FixtureRequest, ziti_sim: Simulator) -> ZitiCaller:
    mode: Mode = request.param
    return ZitiCaller(ziti_sim, mode)


def _pagination(envelope: ListApiSessionsEnvelope) -> Pagination:
    assert isinstance(envelope.meta.pagination, Pagination)
    return envelope.meta.pagination


def _error(response: Response[Any], status: int) -> ApiErrorEnvelope:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, ApiErrorEnvelope)
    return response.parsed


async def test_authenticate_opens_a_session_whose_token_is_the_zt_session(ziti: ZitiCaller) -> None:
    body = Authenticate(username="admin", password=ziti.sim.credentials["password"])
    body.config_types = ["all"]
    response = await ziti.call(authenticate, body=body, method=AuthMethod.PASSWORD)
    assert response.status_code == 200
    envelope = response.parsed
    assert isinstance(envelope, CurrentApiSessionDetailEnvelope)
    session = envelope.data
    assert response.headers["zt-session"] == session.token
    assert session.identity.name == "Default Admin"
    assert session.config_types == ["all"]
    assert session.ip_address == "127.0.0.1"
    assert session.expiration_seconds == 1800
    assert isinstance(session.last_activity_at, datetime.datetime)
    assert (session.expires_at - session.last_activity_at).total_seconds() == 1800
    current = await ziti.call(get_current_api_session, token=session.token)
    assert isinstance(current.parsed, CurrentApiSessionDetailEnvelope)
    assert current.parsed.data.id == session.id


async def test_the_admin_session_is_one_of_the_listed_sessions(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    current = await ziti.call(get_current_api_session, token=token)
    assert isinstance(current.parsed, CurrentApiSessionDetailEnvelope)
    own = current.parsed.data.id
    assert own in await ziti.every_session(token)


async def test_wrong_password_is_invalid_auth(ziti: ZitiCaller) -> None:
    body = Authenticate(username="admin", password="not-the-password")
    error = _error(await ziti.call(authenticate, body=body, method=AuthMethod.PASSWORD), 401)
    assert error.error.code == "INVALID_AUTH"
    assert error.error.message == "The authentication request failed"


async def test_certificate_login_without_a_certificate_is_invalid_auth(ziti: ZitiCaller) -> None:
    error = _error(await ziti.call(authenticate, method=AuthMethod.CERT), 401)
    assert error.error.code == "INVALID_AUTH"


async def test_password_login_without_a_body_could_not_validate(ziti: ZitiCaller) -> None:
    error = _error(await ziti.call(authenticate, method=AuthMethod.PASSWORD), 400)
    assert error.error.code == "COULD_NOT_VALIDATE"
    assert isinstance(error.error.cause, ApiErrorCause)
    assert error.error.cause.field == "username"


async def test_a_too_short_password_is_refused_and_never_echoed(ziti: ZitiCaller) -> None:
    body = Authenticate(username="admin", password="abc")
    response = await ziti.call(authenticate, body=body, method=AuthMethod.PASSWORD)
    error = _error(response, 400)
    assert error.error.code == "COULD_NOT_VALIDATE"
    assert isinstance(error.error.cause, ApiErrorCause)
    assert error.error.cause.field == "password"
    assert b'"abc"' not in response.content


def test_an_unknown_method_is_invalid_auth_method(ziti_sim: Simulator) -> None:
    response = httpx.post(
        f"{ziti_sim.base_url}/authenticate", params={"method": "magic"}, json=ziti_sim.credentials
    )
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "INVALID_AUTH_METHOD"


async def test_list_pages_with_limit_offset_and_total_count(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    response = await ziti.call(list_api_sessions, token=token)
    assert response.status_code == 200
    envelope = response.parsed
    assert isinstance(envelope, ListApiSessionsEnvelope)
    pagination = _pagination(envelope)
    total = pagination.total_count
    assert (pagination.limit, pagination.offset) == (10, 0)
    assert total == 40 + 1  # the seeded sessions and the one just opened
    assert len(envelope.data) == 10
    assert isinstance(envelope.meta.filterable_fields, list)
    assert "identityId" in envelope.meta.filterable_fields
    ids = await ziti.every_session(token, page=7)
    assert len(ids) == len(set(ids)) == total
    second = await ziti.call(list_api_sessions, token=token, limit=7, offset=7)
    assert isinstance(second.parsed, ListApiSessionsEnvelope)
    assert [session.id for session in second.parsed.data] == ids[7:14]
    assert _pagination(second.parsed).offset == 7


async def test_list_sessions_look_real(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    response = await ziti.call(list_api_sessions, token=token, limit=50)
    assert isinstance(response.parsed, ListApiSessionsEnvelope)
    sessions = response.parsed.data
    assert len({session.identity_id for session in sessions}) >= 5
    for session in sessions:
        assert isinstance(session, ApiSessionDetail)
        assert session.identity.id == session.identity_id
        assert session.field_links["self"].href == f"./api-sessions/{session.id}"
        assert session.ip_address.count(".") == 3
        assert isinstance(session.last_activity_at, datetime.datetime)
        assert session.created_at <= session.last_activity_at
        assert session.is_mfa_complete is False or session.is_mfa_required is True
        assert bool(session.auth_queries) == (
            session.is_mfa_required and not session.is_mfa_complete
        )
    created = [session.created_at for session in sessions]
    assert created == sorted(created)


async def test_a_page_is_capped_at_500(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    response = await ziti.call(list_api_sessions, token=token, limit=10_000)
    assert isinstance(response.parsed, ListApiSessionsEnvelope)
    assert _pagination(response.parsed).limit == 500


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (-3, -1)])
async def test_a_limit_below_one_means_the_default_and_a_negative_offset_zero(
    ziti: ZitiCaller, limit: int, offset: int
) -> None:
    token = await ziti.login()
    response = await ziti.call(list_api_sessions, token=token, limit=limit, offset=offset)
    assert isinstance(response.parsed, ListApiSessionsEnvelope)
    pagination = _pagination(response.parsed)
    assert (pagination.limit, pagination.offset) == (10, 0)
    assert len(response.parsed.data) == 10


def _admin_headers(client: httpx.Client, sim: Simulator) -> dict[str, str]:
    login = client.post("/authenticate", params={"method": "password"}, json=sim.credentials)
    return {"zt-session": login.json()["data"]["token"]}


@pytest.mark.parametrize("name", ["limit", "offset"])
def test_a_limit_or_offset_that_is_not_an_integer_is_invalid_pagination(
    ziti_sim: Simulator, name: str
) -> None:
    with httpx.Client(base_url=ziti_sim.base_url) as client:
        headers = _admin_headers(client, ziti_sim)
        response = client.get("/api-sessions", params={name: "ten"}, headers=headers)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "INVALID_PAGINATION"
    assert error["cause"] == {
        "field": name,
        "reason": f"could not parse {name}, value is not an integer",
        "value": "ten",
        "message": f"{name}: could not parse {name}, value is not an integer",
    }


def test_an_empty_filter_counts_as_absent(ziti_sim: Simulator) -> None:
    with httpx.Client(base_url=ziti_sim.base_url) as client:
        headers = _admin_headers(client, ziti_sim)
        response = client.get("/api-sessions?filter=&offset=2", headers=headers)
        empty_limit = client.get("/api-sessions?limit=", headers=headers)
    assert response.status_code == 200
    assert response.json()["meta"]["pagination"] == {"limit": 10, "offset": 2, "totalCount": 41}
    assert empty_limit.status_code == 400
    assert empty_limit.json()["error"]["code"] == "INVALID_PAGINATION"


async def test_detail_returns_the_listed_session(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    listed = await ziti.call(list_api_sessions, token=token, limit=3, offset=5)
    assert isinstance(listed.parsed, ListApiSessionsEnvelope)
    wanted = listed.parsed.data[1]
    response = await ziti.call(detail_api_sessions, wanted.id, token=token)
    assert response.status_code == 200
    assert isinstance(response.parsed, DetailApiSessionEnvelope)
    assert response.parsed.data.to_dict() == wanted.to_dict()


async def test_detail_of_an_unknown_id_is_not_found(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    error = _error(await ziti.call(detail_api_sessions, "no-such-session", token=token), 404)
    assert error.error.code == "NOT_FOUND"
    assert isinstance(error.error.args, ApiErrorArgs)
    assert isinstance(error.error.args.url_vars, ApiErrorUrlVars)
    assert error.error.args.url_vars["id"] == "no-such-session"


async def test_delete_removes_the_session(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    victim = (await ziti.every_session(token))[3]
    response = await ziti.call(delete_api_sessions, victim, token=token)
    assert response.status_code == 200
    assert isinstance(response.parsed, Empty)
    assert victim not in await ziti.every_session(token)
    assert _error(await ziti.call(detail_api_sessions, victim, token=token), 404)
    again = _error(await ziti.call(delete_api_sessions, victim, token=token), 404)
    assert again.error.code == "NOT_FOUND"


async def test_deleting_your_own_session_logs_you_out(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    current = await ziti.call(get_current_api_session, token=token)
    assert isinstance(current.parsed, CurrentApiSessionDetailEnvelope)
    assert (
        await ziti.call(delete_api_sessions, current.parsed.data.id, token=token)
    ).status_code == 200
    error = _error(await ziti.call(get_current_api_session, token=token), 401)
    assert error.error.code == "UNAUTHORIZED"


async def test_delete_current_api_session_logs_out(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    response = await ziti.call(delete_current_api_session, token=token)
    assert response.status_code == 200
    assert isinstance(response.parsed, Empty)
    assert _error(await ziti.call(list_api_sessions, token=token), 401)
    assert _error(await ziti.call(delete_current_api_session, token=token), 401)


async def test_revoking_every_session_of_one_identity_across_pages(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    first = await ziti.call(list_api_sessions, token=token, limit=50)
    assert isinstance(first.parsed, ListApiSessionsEnvelope)
    counts: dict[str, int] = {}
    for session in first.parsed.data:
        counts[session.identity_id] = counts.get(session.identity_id, 0) + 1
    target = max(counts, key=counts.__getitem__)
    assert counts[target] > 2  # so that a page of 2 cannot hold them all
    selector = f'identityId = "{target}"'
    doomed = await ziti.every_session(token, page=2, filter_=selector)
    assert len(doomed) == counts[target]
    for session_id in doomed:
        assert (await ziti.call(delete_api_sessions, session_id, token=token)).status_code == 200
    after = await ziti.call(list_api_sessions, token=token, filter_=selector)
    assert isinstance(after.parsed, ListApiSessionsEnvelope)
    assert _pagination(after.parsed).total_count == 0
    remaining = await ziti.every_session(token, page=50)
    assert len(remaining) == 41 - counts[target]


async def test_no_or_a_wrong_token_is_unauthorized(ziti: ZitiCaller) -> None:
    for response in (
        await ziti.call(list_api_sessions),
        await ziti.call(list_api_sessions, token="6f0b8a1e-2d3c-4b5a-9e8f-7a6b5c4d3e2f"),
        await ziti.call(get_current_api_session, token="nope"),
    ):
        error = _error(response, 401)
        assert error.error.code == "UNAUTHORIZED"
        assert error.error.message == UNAUTHORIZED
        assert response.headers["www-authenticate"].startswith("zt-session")


async def test_a_non_admin_reads_its_own_session_but_not_others(ziti: ZitiCaller) -> None:
    operator = ziti.sim.other_credentials["operator"]
    token = await ziti.login(operator)
    current = await ziti.call(get_current_api_session, token=token)
    assert isinstance(current.parsed, CurrentApiSessionDetailEnvelope)
    assert current.parsed.data.identity.name == operator["username"]
    assert _error(await ziti.call(list_api_sessions, token=token), 401).error.code == "UNAUTHORIZED"
    own = current.parsed.data.id
    assert _error(await ziti.call(detail_api_sessions, own, token=token), 401)
    forbidden = _error(await ziti.call(delete_api_sessions, own, token=token), 403)
    assert forbidden.error.code == "UNAUTHORIZED"
    assert (await ziti.call(delete_current_api_session, token=token)).status_code == 200


def test_unknown_paths_and_methods_get_the_error_envelope(ziti_sim: Simulator) -> None:
    with httpx.Client(base_url=ziti_sim.base_url) as client:
        missing = client.get("/identities")
        wrong = client.put("/api-sessions")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "NOT_FOUND"
    assert wrong.status_code == 405
    assert wrong.json()["error"]["code"] == "METHOD_NOT_ALLOWED"
    assert wrong.headers["allow"] == "GET"
