"""DocSpace workflow of the seed how-to: list connections, keep only the current one, end sessions.

The vendor's how-to does this in about a hundred lines of raw requests; here it is the overlay's
five calls, with every DocSpace answer surfaced as it is (``False`` and ``None`` included).
"""

from __future__ import annotations

from demo._table import show, step
from sessionward.docspace import ActiveConnectionsDto, AuthenticationError, DocSpace
from sessionward.testing import Simulator


def _show_connections(title: str, connections: ActiveConnectionsDto) -> None:
    rows = [
        (
            item.id,
            f"{item.date:%Y-%m-%d %H:%M}",
            item.ip or "-",
            item.browser or "-",
            item.platform or "-",
            item.city or "-",
        )
        for item in connections.items or []
    ]
    show(title, ("login event", "signed in", "ip", "browser", "platform", "city"), rows)


def run(base_url: str, token: str, member_token: str) -> None:
    """List, then end connections of the admin and of a member, as the seed how-to does."""
    print("\n=== ONLYOFFICE DocSpace: active connections ===")
    with DocSpace(base_url, token=token) as admin:
        connections = admin.active_connections.list()
        _show_connections("The admin's active connections", connections)

        first = (connections.items or [])[0]
        step(f"Log out connection {first.id}")
        print(f"  DocSpace answered: {admin.active_connections.log_out(first.id)}")
        step(f"Log out connection {first.id} again (nothing left to close)")
        print(f"  DocSpace answered: {admin.active_connections.log_out(first.id)}")

        with DocSpace(base_url, token=member_token) as member:
            member_connections = member.active_connections.list()
            member_id = (member_connections.items or [])[0].user_id
            _show_connections(f"Connections of user {member_id}", member_connections)
            step(f"Revoke every session of user {member_id} (admin only)")
            admin.active_connections.log_out_all_for_user(member_id)
            try:
                member.active_connections.list()
            except AuthenticationError as error:
                print(f"  the user's token is refused now: HTTP {error.status_code}")

        step("Log out all connections except the current one")
        name = admin.active_connections.log_out_all_except_current()
        print(f"  DocSpace answered with the caller's name: {name!r}")


def workflow(sim: Simulator) -> None:
    """Run `run` on a simulator: its administrator's and a member's tokens."""
    run(sim.base_url, sim.credentials["token"], sim.other_credentials["member"]["token"])
