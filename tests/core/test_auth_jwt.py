"""Signed JWTs: minted lazily, cached, minted anew before expiry, expiry read from the token."""

from __future__ import annotations

import jwt
import pytest

from sessionward.core import JWTAuth, Placement, Secret, Token
from sessionward.core._auth_token import jwt_expiry
from sessionward.testing import FakeClock
from tests.core._server import LoopbackServer, Reply
from tests.core.conftest import MakeTwin

pytestmark = pytest.mark.anyio

SIGNING_KEY = "test-signing-key-of-sufficient-length-for-hs256"


class Minter:
    def __init__(self, clock: FakeClock, lifetime: float, *, bare: bool = False) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self.bare = bare
        self.minted = 0

    def __call__(self) -> Token | str:
        self.minted += 1
        expires = self.clock.time() + self.lifetime
        claims = {"sub": "client-1", "n": self.minted, "exp": int(expires)}
        token = jwt.encode(claims, SIGNING_KEY, algorithm="HS256")
        return token if self.bare else Token(token, expires_at=expires)


def claims_of(authorization: str) -> dict[str, object]:
    scheme, _, token = authorization.partition(" ")
    assert scheme == "Bearer"
    decoded: dict[str, object] = jwt.decode(token, options={"verify_signature": False})
    return decoded


def numbers_sent(server: LoopbackServer) -> list[object]:
    """The `n` claim of the token each request carried, in order: which mint it came from."""
    return [claims_of(r.headers["authorization"])["n"] for r in server.requests]


# 61 s left after 3600 - 61: outside the 60 s margin; 59 s left two seconds later: renew.
LONG_LIVED = [0.0, 3600.0 - 61, 2.0]


@pytest.mark.parametrize(
    ("lifetime", "bare", "advances", "numbers"),
    [
        pytest.param(3600.0, False, LONG_LIVED, [1, 1, 1, 2], id="token"),
        pytest.param(3600.0, True, LONG_LIVED, [1, 1, 1, 2], id="bare-jwt"),
        # Lifetime below the margin: renewal happens halfway, not on every request.
        pytest.param(40.0, False, [10.0, 15.0], [1, 1, 2], id="short-lived"),
    ],
)
async def test_the_jwt_is_cached_and_renewed_before_expiry(
    make_twin: MakeTwin,
    server: LoopbackServer,
    clock: FakeClock,
    lifetime: float,
    bare: bool,
    advances: list[float],
    numbers: list[int],
) -> None:
    minter = Minter(clock, lifetime=lifetime, bare=bare)
    twin = make_twin(auth=JWTAuth(minter, clock=clock))

    await twin.request("GET", "/v1/connections")
    for seconds in advances:
        clock.advance(seconds)
        await twin.request("GET", "/v1/connections")

    assert numbers_sent(server) == numbers
    assert minter.minted == 2


async def test_a_401_mints_a_new_token_once(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    minter = Minter(clock, lifetime=3600.0)
    twin = make_twin(auth=JWTAuth(minter, clock=clock))
    await twin.request("GET", "/x")
    server.plan(Reply(status=401))  # The server rejects the cached token once.

    response = await twin.request("GET", "/x")

    assert response.status_code == 200
    assert minter.minted == 2
    assert numbers_sent(server) == [1, 1, 2]


async def test_a_custom_placement(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    minter = Minter(clock, lifetime=3600.0)
    twin = make_twin(auth=JWTAuth(minter, placement=Placement.header("X-Jwt"), clock=clock))

    await twin.request("GET", "/x")

    assert server.requests[0].headers["x-jwt"].count(".") == 2


def test_jwt_expiry_reads_the_exp_claim() -> None:
    token = jwt.encode({"exp": 1_800_000_000}, SIGNING_KEY, algorithm="HS256")
    assert jwt_expiry(Secret(token)) == 1_800_000_000.0


@pytest.mark.parametrize(
    "value",
    ["not-a-jwt", jwt.encode({"sub": "no-exp"}, SIGNING_KEY, algorithm="HS256")],
)
def test_an_unreadable_expiry_is_refused_without_echoing_the_token(value: str) -> None:
    with pytest.raises(ValueError) as caught:
        jwt_expiry(Secret(value))
    assert value not in str(caught.value)
    assert caught.value.__cause__ is None
