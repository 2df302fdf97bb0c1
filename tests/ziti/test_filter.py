"""ZitiFilter: literals quoted and escaped, fields checked, and the controller agrees."""

from __future__ import annotations

import datetime

import pytest

from sessionward.testing import Simulator
from sessionward.ziti import ZitiFilter
from tests.ziti._support import Twin

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ("abc", '"abc"'),
        ('say "hi"', r'"say \"hi\""'),
        ("back\\slash", r'"back\\slash"'),
        (True, "true"),
        (False, "false"),
        (None, "null"),
        (42, "42"),
        (1.5, "1.5"),
        (
            datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            "datetime(2025-01-02T03:04:05Z)",
        ),
    ],
)
def test_literals(value: str | bool | int | float | datetime.datetime | None, literal: str) -> None:
    assert ZitiFilter.literal(value) == literal


def test_builders() -> None:
    assert ZitiFilter.eq("identityId", "x") == 'identityId = "x"'
    assert ZitiFilter.ne("isMfaRequired", True) == "isMfaRequired != true"
    assert ZitiFilter.contains("ipAddress", "10.") == 'ipAddress contains "10."'
    assert ZitiFilter.icontains("ipAddress", "A") == 'ipAddress icontains "A"'
    assert ZitiFilter.in_("id", ["a", "b"]) == 'id in ["a", "b"]'
    assert ZitiFilter.lt("createdAt", 1) == "createdAt < 1"
    assert ZitiFilter.le("createdAt", 1) == "createdAt <= 1"
    assert ZitiFilter.gt("createdAt", 1) == "createdAt > 1"
    assert ZitiFilter.ge("createdAt", 1) == "createdAt >= 1"
    assert ZitiFilter.and_("a = 1", "b = 2") == "(a = 1) and (b = 2)"
    assert ZitiFilter.or_("a = 1", "b = 2", "c = 3") == "(a = 1) or (b = 2) or (c = 3)"
    assert ZitiFilter.and_("a = 1") == "a = 1"


@pytest.mark.parametrize("field", ["", "id = 1 or x", "a b", '"id"', "1abc"])
def test_a_field_that_is_not_an_identifier_is_refused(field: str) -> None:
    with pytest.raises(ValueError, match="field name"):
        ZitiFilter.eq(field, "x")


def test_values_that_have_no_literal_are_refused() -> None:
    with pytest.raises(ValueError, match="finite"):
        ZitiFilter.literal(float("nan"))
    with pytest.raises(ValueError, match="timezone"):
        ZitiFilter.literal(datetime.datetime(2025, 1, 1))
    with pytest.raises(TypeError):
        ZitiFilter.literal(["a"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least one"):
        ZitiFilter.in_("id", [])
    with pytest.raises(ValueError, match="at least one"):
        ZitiFilter.or_()


async def test_a_hostile_value_cannot_widen_the_filter(ziti: Twin, ziti_sim: Simulator) -> None:
    hostile = 'x" or identityId != "'
    assert await ziti.list(filter=ZitiFilter.eq("identityId", hostile)) == []
    # Pasted unquoted, the same value would have matched every session.
    assert len(await ziti.list(filter=f'identityId = "{hostile}"')) == 41


async def test_combined_clauses_select_what_they_say(ziti: Twin) -> None:
    everyone = await ziti.list()
    chosen = [everyone[2].id, everyone[9].id, everyone[20].id]
    expression = ZitiFilter.and_(
        ZitiFilter.in_("id", chosen), ZitiFilter.ne("identityId", everyone[9].identity_id)
    )
    expected = {
        s.id for s in everyone if s.id in chosen and s.identity_id != everyone[9].identity_id
    }

    assert {s.id for s in await ziti.list(filter=expression)} == expected
