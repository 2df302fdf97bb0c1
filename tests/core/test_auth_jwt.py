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


@pytest.mark.parametrize("bare", [False, True], ids=["token", "bare-jwt"])
async def test_the_jwt_is_cached_and_renewed_before_expiry(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock, bare: bool
) -> None:
    minter = Minter(clock, lifetime=3600.0, bare=bare)
    twin = make_twin(auth=JWTAuth(minter, clock=clock))

    await twin.request("GET", "/v1/connections")
    await twin.request("GET", "/v1/connections")
    clock.advance(3600.0 - 61)  # 61 s left: outside the 60 s margin.
    await twin.request("GET", "/v1/connections")
    clock.advance(2)  # 59 s left: renew.
    await twin.request("GET", "/v1/connections")

    numbers = [claims_of(r.headers["authorization"])["n"] for r in server.requests]
    assert numbers == [1, 1, 1, 2]
    assert minter.minted == 2


async def test_a_short_lived_token_is_not_minted_on_every_request(
    make_twin: MakeTwin, server: LoopbackServer, clock: FakeClock
) -> None:
    # Lifetime below the margin: renewal happens halfway, not immediately.
    minter = Minter(clock, lifetime=40.0)
    twin = make_twin(auth=JWTAuth(minter, clock=clock))

    await twin.request("GET", "/x")
    clock.advance(10)
    await twin.request("GET", "/x")
    clock.advance(15)
    await twin.request("GET", "/x")

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
    numbers = [claims_of(r.headers["authorization"])["n"] for r in server.requests]
    assert numbers == [1, 1, 2]


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
