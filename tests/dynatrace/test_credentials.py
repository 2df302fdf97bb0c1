"""An API token that could never be sent is refused when the client is built, without echo."""

from __future__ import annotations

import pytest

from sessionward.dynatrace import AsyncDynatraceCluster, DynatraceCluster

BASE_URL = "https://managed.example.com/e/env1"


@pytest.mark.parametrize("kind", [DynatraceCluster, AsyncDynatraceCluster])
@pytest.mark.parametrize("bad", ["dt0c01.A\r\nX-Evil: 1", "dt0c01.A\n", "dt0c01.A\x00"], ids=repr)
def test_an_api_token_with_a_line_break_is_refused_at_construction(
    kind: type[DynatraceCluster] | type[AsyncDynatraceCluster], bad: str
) -> None:
    with pytest.raises(ValueError, match="line break") as caught:
        kind(BASE_URL, api_token=bad)
    assert "dt0c01" not in str(caught.value)
    assert "X-Evil" not in str(caught.value)


def test_the_argument_error_survives_pickle() -> None:
    import pickle

    from sessionward.dynatrace import InvalidArgumentError

    error = InvalidArgumentError("bad user id", name="user_id", problems=("empty",))
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidArgumentError
    assert (str(copy), copy.name, copy.problems) == ("bad user id", "user_id", ("empty",))
