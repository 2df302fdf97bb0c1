"""Path parameters are checked before anything is sent: UUIDs, int32 ids, no dot-segments."""

from __future__ import annotations

import pytest

from sessionward.docspace import InvalidPathParameterError, SessionwardError
from sessionward.testing import Simulator
from tests.docspace._support import Twin

pytestmark = pytest.mark.anyio


NOT_UUIDS = [
    "",
    ".",
    "..",
    "not-a-uuid",
    "6f2d3c1e-8b7a-4f5e-9d0c",
    "../logoutallexceptthis",
    None,
    42,
]
OUTSIDE_INT32 = [2**31, -(2**31) - 1]


@pytest.mark.parametrize(
    ("method", "name", "value"),
    [
        *[pytest.param("log_out_all_for_user", "user_id", bad, id=repr(bad)) for bad in NOT_UUIDS],
        *[pytest.param("log_out", "login_event_id", bad, id=str(bad)) for bad in OUTSIDE_INT32],
    ],
)
async def test_a_path_parameter_out_of_its_format_is_refused_before_sending(
    twin: Twin, docspace_sim: Simulator, method: str, name: str, value: object
) -> None:
    with pytest.raises(InvalidPathParameterError) as caught:
        await getattr(twin, method)(value)

    assert caught.value.name == name
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, SessionwardError)
    assert docspace_sim.requests() == []


async def test_a_long_bad_user_id_is_not_echoed(twin: Twin) -> None:
    with pytest.raises(InvalidPathParameterError) as caught:
        await twin.log_out_all_for_user("x" * 200)

    assert "x" * 65 not in str(caught.value)


NOT_INTS = ["12345", 12.0, True, None]
# uuid.UUID() would read each of these as some UUID, not always the one the caller meant.
NON_CANONICAL_UUIDS = [
    "+6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6",
    " 6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f",
    "6f2d3c1e-8b7a-4f5e-9d0c-2a1b_3c4d5e6",
    "0x6f2d3c1e8b7a4f5e9d0c2a1b3c4d5e",
    "6f2d3c1e-8b7a-urn:4f5e-9d0c-2a1b3c4d5e6f",
    "6f2d3c1e8b7a4f5e9d0c2a1b3c4d5e6f",
    "{6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f",
]


@pytest.mark.parametrize(
    ("method", "error", "match", "value"),
    [
        *[
            pytest.param("log_out", TypeError, "login_event_id must be an int", bad, id=repr(bad))
            for bad in NOT_INTS
        ],
        *[
            pytest.param(
                "log_out_all_for_user", InvalidPathParameterError, "not a UUID", bad, id=bad
            )
            for bad in NON_CANONICAL_UUIDS
        ],
    ],
)
async def test_a_path_parameter_of_the_wrong_kind_is_refused_rather_than_changed(
    twin: Twin,
    docspace_sim: Simulator,
    method: str,
    error: type[Exception],
    match: str,
    value: object,
) -> None:
    with pytest.raises(error, match=match):
        await getattr(twin, method)(value)

    assert docspace_sim.requests() == []


async def test_the_uuid_is_sent_in_canonical_form(twin: Twin, docspace_sim: Simulator) -> None:
    await twin.log_out_all_for_user("{6F2D3C1E-8B7A-4F5E-9D0C-2A1B3C4D5E6F}")

    (record,) = docspace_sim.requests()
    assert record.path.endswith("/logoutall/6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f")


@pytest.mark.parametrize(
    "user_id",
    [
        "6F2D3C1E-8B7A-4F5E-9D0C-2A1B3C4D5E6F",
        "urn:uuid:6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f",
    ],
)
async def test_the_documented_forms_send_the_same_uuid(
    twin: Twin, docspace_sim: Simulator, user_id: str
) -> None:
    await twin.log_out_all_for_user(user_id)

    (record,) = docspace_sim.requests()
    assert record.path.endswith("/logoutall/6f2d3c1e-8b7a-4f5e-9d0c-2a1b3c4d5e6f")
