"""OpenZiti workflow, async: log in, list one identity's API sessions across pages, revoke them."""

from __future__ import annotations

import asyncio
from collections import Counter

from demo._table import show, step
from sessionward.testing import Simulator
from sessionward.ziti import AsyncZiti, ZitiFilter

PAGE_SIZE = 5


async def run(base_url: str, username: str, password: str) -> None:
    """Find the identity with the most sessions, list them page by page, and revoke them all."""
    print("\n=== OpenZiti controller: API sessions (async) ===")
    async with AsyncZiti(base_url, username=username, password=password) as ziti:
        me = await ziti.login()
        step(f"Logged in as {me.identity.name}; session {me.id} expires {me.expires_at:%H:%M:%S}")

        everyone = [session async for session in ziti.api_sessions.list(page_size=50)]
        per_identity = Counter(session.identity_id for session in everyone)
        names = {session.identity_id: session.identity.name for session in everyone}
        rows: list[tuple[object, ...]] = [
            (names[i], i, count) for i, count in per_identity.most_common()
        ]
        show("Active API sessions per identity", ("identity", "id", "sessions"), rows)

        target = next(i for i, _ in per_identity.most_common() if i != me.identity_id)
        only_target = ZitiFilter.eq("identityId", target)
        step(f"List the sessions of {names[target]} with filter {only_target!r}")
        pager = ziti.api_sessions.list(filter=only_target, page_size=PAGE_SIZE)
        page_number = 0
        async for page in pager.pages():
            page_number += 1
            rows = [(s.id, s.ip_address, f"{s.created_at:%Y-%m-%d %H:%M}") for s in page.items]
            title = f"Page {page_number} ({PAGE_SIZE} per page, {pager.total} in all)"
            show(title, ("session", "ip address", "created"), rows)

        step(f"Revoke every session of {names[target]} (at most 4 deletes at a time)")
        result = await ziti.api_sessions.revoke_all(filter=only_target, max_concurrency=4)
        print(
            f"  revoked {len(result.revoked)}, already gone {len(result.already_gone)}, "
            f"failed {len(result.failed)}"
        )
        left = [session async for session in ziti.api_sessions.list(filter=only_target)]
        print(f"  sessions of {names[target]} left: {len(left)}")

        step("Log out")
        await ziti.logout()


def workflow(sim: Simulator) -> None:
    """Run the async `run` to its end on a simulator with its administrator's login."""
    asyncio.run(run(sim.base_url, **sim.credentials))
