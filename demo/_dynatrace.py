"""Dynatrace workflow: tighten and restore the session policy; list and end a user's sessions."""

from __future__ import annotations

from demo._table import show, step
from sessionward.dynatrace import DynatraceCluster, UserSessionsConfig
from sessionward.testing import Simulator


def _show_policy(title: str, policy: UserSessionsConfig) -> None:
    limits, logout = policy.concurrent_session_policy_dto, policy.automatic_logout_dto
    rows = [
        ("concurrent sessions per user", limits.user_limit or "unlimited"),
        ("concurrent sessions per admin", limits.admin_limit or "unlimited"),
        ("log out inactive users", "yes" if logout.logout_inactive_users_enabled else "no"),
        ("inactivity timeout (s)", logout.user_inactivity_timeout),
    ]
    show(title, ("setting", "value"), rows)


def run(base_url: str, api_token: str) -> None:
    """Tighten the policy for an incident, end one user's sessions, then restore the policy."""
    print("\n=== Dynatrace Managed cluster: user sessions and their policy ===")
    with DynatraceCluster(base_url, api_token=api_token) as cluster:
        original = cluster.session_policy.get()
        _show_policy("Current session policy", original)

        step("Tighten: one session per user, two per admin, log out after 10 idle minutes")
        tightened = cluster.session_policy.update_partial(
            user_limit=1,
            admin_limit=2,
            logout_inactive_users_enabled=True,
            user_inactivity_timeout=600,
        )
        _show_policy("Policy during the incident", tightened)

        sessions = cluster.user_sessions.list()
        rows = [
            (s.user_id, s.node_id, s.login_type, s.ip or "-", s.device or "-") for s in sessions
        ]
        show("Signed-in sessions", ("user", "node", "login", "ip", "device"), rows)

        user = sessions[0].user_id
        step(f"End every session of {user}")
        cluster.user_sessions.remove(user)
        remaining = cluster.user_sessions.list(user_id=user)
        print(f"  sessions left for {user}: {len(remaining)}")

        step("Restore the original policy")
        cluster.session_policy.update(original)
        _show_policy("Policy after the incident", cluster.session_policy.get())


def workflow(sim: Simulator) -> None:
    """Run `run` on a simulator with its scoped API token."""
    run(sim.base_url, sim.credentials["api_token"])
