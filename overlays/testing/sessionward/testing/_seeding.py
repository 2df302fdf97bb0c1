"""Deterministic random values for seeding simulator state.

`SeedRandom` is `random.Random` plus the few value kinds the simulated APIs need (UUIDs, IP
addresses, tokens, timestamps). Seeded with the same string it yields the same sequence on every
platform and Python version, so a simulator's data depends on `seed` and `size` only.
"""

from __future__ import annotations

import datetime
import ipaddress
import random
import uuid

# Seeded timestamps are spread before a fixed instant, not before "now": the data must not change
# from one run to the next.
SEED_EPOCH = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)


class SeedRandom(random.Random):
    """A `random.Random` with helpers for realistic, reproducible seed data.

    Use `SimulatedAPI.random()` to get one seeded from the API key and the seed; draw values in a
    fixed order so that the same seed always produces the same state.
    """

    def uuid4(self) -> uuid.UUID:
        """Return a random version-4 UUID."""
        return uuid.UUID(int=self.getrandbits(128), version=4)

    def ipv4(self) -> str:
        """Return a random public unicast IPv4 address (no private, documentation or multicast)."""
        while True:
            address = ipaddress.IPv4Address(self.getrandbits(32))
            if address.is_global and not address.is_multicast:
                return str(address)

    def token(self, nbytes: int = 16) -> str:
        """Return a random lower-case hex token of `nbytes` bytes."""
        return self.randbytes(nbytes).hex()

    def moment(
        self,
        *,
        before: datetime.datetime = SEED_EPOCH,
        within: datetime.timedelta = datetime.timedelta(days=30),
    ) -> datetime.datetime:
        """Return a random whole-second UTC instant in the `within` period ending at `before`."""
        seconds = self.randrange(int(within.total_seconds()))
        return before - datetime.timedelta(seconds=seconds)
