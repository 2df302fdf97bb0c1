"""The ZitiQL subset of the Ziti simulator: the parser on its own, and filters over HTTP."""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ziti_api.api.api_session import list_api_sessions
from ziti_api.models import ApiErrorCause, ApiErrorEnvelope, ListApiSessionsEnvelope, Pagination

from sessionward.testing import Simulator
from sessionward.testing._ziti_filter import Field, FilterError, Query, parse
from tests.ziti.simulator.test_operations import Mode, ZitiCaller


@dataclasses.dataclass(frozen=True)
class Row:
    name: str
    ip: str
    admin: bool
    seen: float


FIELDS: dict[str, Field[Row]] = {
    "name": Field("string", lambda row: row.name),
    "ipAddress": Field("string", lambda row: row.ip),
    "isAdmin": Field("bool", lambda row: row.admin),
    "lastActivityAt": Field("datetime", lambda row: row.seen),
}
NOON = datetime.datetime(2024, 12, 1, 12, tzinfo=datetime.UTC).timestamp()
ROWS = [
    Row("alice", "10.0.0.1", True, NOON - 3600),
    Row("bob", "192.0.2.7", False, NOON),
    Row("carol", "10.20.1.9", False, NOON + 3600),
    Row('quote"d', "198.51.100.4", True, NOON + 7200),
]


def _names(text: str) -> list[str]:
    query = parse(text, FIELDS)
    assert query.predicate is not None
    return [row.name for row in ROWS if query.predicate(row)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('name = "bob"', ["bob"]),
        ('name != "bob"', ["alice", "carol", 'quote"d']),
        ('ipAddress contains "10."', ["alice", "carol"]),
        ('ipAddress not contains "10."', ["bob", 'quote"d']),
        ('name icontains "ALI"', ["alice"]),
        ('name contains "ALI"', []),
        ("isAdmin = true", ["alice", 'quote"d']),
        ("isAdmin = false", ["bob", "carol"]),
        ('name in ["bob", "carol", "nobody"]', ["bob", "carol"]),
        ('name not in ["bob"]', ["alice", "carol", 'quote"d']),
        ('name = "quote\\"d"', ['quote"d']),
        ("lastActivityAt > datetime(2024-12-01T12:00:00Z)", ["carol", 'quote"d']),
        ("lastActivityAt <= datetime(2024-12-01T12:00:00Z)", ["alice", "bob"]),
        ('lastActivityAt >= "2024-12-01T13:00:00Z"', ["carol", 'quote"d']),
        ('name < "bob"', ["alice"]),
        ('isAdmin = true or name = "bob" and ipAddress contains "10."', ["alice", 'quote"d']),
        ('(isAdmin = true or name = "bob") and ipAddress contains "10."', ["alice"]),
        ('not (name = "bob" or name = "carol")', ["alice", 'quote"d']),
        ('name = "x" OR isAdmin = TRUE', ["alice", 'quote"d']),
    ],
)
def test_comparisons_and_conjunctions(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


def test_sort_skip_and_limit_clauses() -> None:
    query = parse("isAdmin = false sort by lastActivityAt desc, name asc skip 3 limit 2", FIELDS)
    assert query.sort == (("lastActivityAt", True), ("name", False))
    assert (query.skip, query.limit) == (3, 2)
    only_paging = parse("sort by name dsc limit 5", FIELDS)
    assert only_paging.predicate is None
    assert only_paging.sort == (("name", True),)
    assert (only_paging.skip, only_paging.limit) == (None, 5)


def test_an_empty_filter_matches_everything() -> None:
    assert parse("", FIELDS) == Query(None, (), None, None)
    assert parse("   ", FIELDS) == Query(None, (), None, None)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('owner = "x"', "'owner' at position 0 is not a filterable field"),
        ('name = "open', "unexpected character"),
        ('name "bob"', "expected an operator after 'name'"),
        ('isAdmin contains "t"', "contains needs a string field"),
        ("isAdmin < true", "< cannot compare isAdmin"),
        ("name = 5", "name is a string field"),
        ('isAdmin = "yes"', "isAdmin is a bool field"),
        ('lastActivityAt > "yesterday"', "is not an RFC 3339 instant"),
        ('name = "a" and', "expected a field name, found the end"),
        ('(name = "a"', "expected ), found the end"),
        ("name =", "the filter ends too early"),
        ('name = "a" name = "b"', "unexpected 'name'"),
        ("sort name", "expected 'by'"),
        ("limit -1", "limit needs a whole number"),
        ('name not = "a"', "'not' must be followed by contains"),
        ('name in "a"', "expected ["),
    ],
)
def test_what_it_cannot_parse_is_a_filter_error(text: str, reason: str) -> None:
    with pytest.raises(FilterError, match=re.escape(reason)):
        parse(text, FIELDS)


# Random expression trees, rendered as ZitiQL and evaluated directly, must agree.
_STRING_FIELDS = ("name", "ipAddress")
_LEAVES: st.SearchStrategy[tuple[str, Callable[[Row], bool]]] = st.one_of(
    st.builds(
        lambda field, needle, negated: (
            f'{field} {"not " if negated else ""}contains "{needle}"',
            lambda row: (needle in FIELDS[field].read(row)) != negated,  # type: ignore[operator]
        ),
        st.sampled_from(_STRING_FIELDS),
        st.sampled_from(["a", "o", "10.", ".", "x", "b"]),
        st.booleans(),
    ),
    st.builds(
        lambda value, equal: (
            f"isAdmin {'=' if equal else '!='} {str(value).lower()}",
            lambda row: (row.admin == value) == equal,
        ),
        st.booleans(),
        st.booleans(),
    ),
    st.builds(
        lambda hours, operator: (
            f"lastActivityAt {operator} datetime("
            f"{datetime.datetime.fromtimestamp(NOON + hours * 3600, datetime.UTC).isoformat()})",
            {
                "<": lambda row: row.seen < NOON + hours * 3600,
                ">=": lambda row: row.seen >= NOON + hours * 3600,
            }[operator],
        ),
        st.integers(-2, 3),
        st.sampled_from(["<", ">="]),
    ),
)


def _combine(
    children: st.SearchStrategy[tuple[str, Callable[[Row], bool]]],
) -> st.SearchStrategy[tuple[str, Callable[[Row], bool]]]:
    def join(
        word: str,
        left: tuple[str, Callable[[Row], bool]],
        right: tuple[str, Callable[[Row], bool]],
    ) -> tuple[str, Callable[[Row], bool]]:
        if word == "and":
            return f"({left[0]}) and ({right[0]})", lambda row: left[1](row) and right[1](row)
        return f"({left[0]}) or ({right[0]})", lambda row: left[1](row) or right[1](row)

    negate = st.builds(lambda inner: (f"not ({inner[0]})", lambda row: not inner[1](row)), children)
    return st.one_of(st.builds(join, st.sampled_from(["and", "or"]), children, children), negate)


@settings(max_examples=150, derandomize=True, database=None)
@given(st.recursive(_LEAVES, _combine, max_leaves=8))
def test_parsed_filters_agree_with_direct_evaluation(
    expression: tuple[str, Callable[[Row], bool]],
) -> None:
    text, expected = expression
    query = parse(text, FIELDS)
    assert query.predicate is not None
    assert [query.predicate(row) for row in ROWS] == [expected(row) for row in ROWS]


# Over HTTP, through the generated client.


@pytest.fixture(params=["sync", "async"])
def ziti(request: pytest.FixtureRequest, ziti_sim: Simulator) -> ZitiCaller:
    mode: Mode = request.param
    return ZitiCaller(ziti_sim, mode)


async def _list(
    ziti: ZitiCaller, token: str, filter_: str, **kwargs: int
) -> ListApiSessionsEnvelope:
    response = await ziti.call(list_api_sessions, token=token, filter_=filter_ or None, **kwargs)
    assert isinstance(response.parsed, ListApiSessionsEnvelope), response.content
    return response.parsed


def _total(envelope: ListApiSessionsEnvelope) -> int:
    assert isinstance(envelope.meta.pagination, Pagination)
    return envelope.meta.pagination.total_count


@pytest.mark.anyio
async def test_filters_select_sessions_by_field(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    everything = (await _list(ziti, token, "", limit=500)).data
    target = everything[5].identity_id
    by_identity = await _list(ziti, token, f'identityId = "{target}"', limit=500)
    assert {item.identity_id for item in by_identity.data} == {target}
    assert _total(by_identity) == sum(item.identity_id == target for item in everything)
    private = await _list(
        ziti, token, 'ipAddress contains "10." and isMfaRequired = false', limit=500
    )
    assert _total(private) == sum(
        "10." in item.ip_address and not item.is_mfa_required for item in everything
    )
    assert _total(private) > 0
    either = await _list(ziti, token, f'identityId = "{target}" or isMfaRequired = true', limit=500)
    assert _total(either) == sum(
        item.identity_id == target or item.is_mfa_required for item in everything
    )


@pytest.mark.anyio
async def test_sort_and_in_filter_paging(ziti: ZitiCaller) -> None:
    token = await ziti.login()
    newest = await _list(ziti, token, "sort by createdAt desc skip 2 limit 3")
    assert isinstance(newest.meta.pagination, Pagination)
    assert (newest.meta.pagination.offset, newest.meta.pagination.limit) == (2, 3)
    everything = (await _list(ziti, token, "sort by createdAt desc", limit=500)).data
    assert [item.id for item in newest.data] == [item.id for item in everything[2:5]]
    created = [item.created_at for item in everything]
    assert created == sorted(created, reverse=True)
    # As upstream, paging inside the filter wins over the query parameters.
    overridden = await _list(ziti, token, "skip 2 limit 3", limit=4, offset=1)
    assert isinstance(overridden.meta.pagination, Pagination)
    assert (overridden.meta.pagination.offset, overridden.meta.pagination.limit) == (2, 3)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "text", ['identity.name = "x"', "identityId = ", 'ipAddress ~ "10."', "isMfaRequired = 1"]
)
async def test_a_filter_it_cannot_parse_is_invalid_filter(ziti: ZitiCaller, text: str) -> None:
    token = await ziti.login()
    response = await ziti.call(list_api_sessions, token=token, filter_=text)
    assert response.status_code == 400
    assert isinstance(response.parsed, ApiErrorEnvelope)
    error = response.parsed.error
    assert error.code == "INVALID_FILTER"
    assert error.message == "The filter query supplied is invalid"
    assert isinstance(error.cause, ApiErrorCause)
    assert error.cause.field == "filter"
    assert error.cause.value == text
    assert isinstance(error.cause.reason, str) and error.cause.reason
