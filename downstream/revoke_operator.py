"""Revoke every API session of another Ziti identity, against a simulator, with the exact pins."""

from __future__ import annotations

from sessionward.testing import serve
from sessionward.ziti import Ziti, ZitiFilter


def main() -> int:
    """List the sessions, revoke another identity's, and check that none of them is left."""
    with serve("ziti") as sim, Ziti(sim.base_url, **sim.credentials) as ziti:
        sessions = list(ziti.api_sessions.list())
        mine = ziti.current_session().identity_id
        identity_id = next(s.identity_id for s in sessions if s.identity_id != mine)
        result = ziti.api_sessions.revoke_all(filter=ZitiFilter.eq("identityId", identity_id))
        left = list(ziti.api_sessions.list(filter=ZitiFilter.eq("identityId", identity_id)))
        print(f"{len(sessions)} sessions, revoked {len(result.revoked)}, {len(left)} left")
        return 0 if result.revoked and not left else 1


if __name__ == "__main__":
    raise SystemExit(main())
