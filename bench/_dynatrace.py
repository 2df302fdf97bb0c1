"""What the benchmarks do with Dynatrace: its whole list of user sessions (one request)."""

from __future__ import annotations

from bench._workload import Workload, awaited

WORKLOAD = Workload(
    call=lambda client: client.user_sessions.list(),
    acall=lambda client: awaited(client.user_sessions.list()),
)
