"""What the benchmarks do with DocSpace: its whole list of active connections (one request).

Its 200 example, made 10,000 connections long, is one of the `parsing` section's bodies.
"""

from __future__ import annotations

from bench._workload import ParseBody, Workload, awaited

WORKLOAD = Workload(
    call=lambda client: client.active_connections.list(),
    acall=lambda client: awaited(client.active_connections.list()),
    body=ParseBody(
        "DocSpace connections",
        "/api/2.0/security/activeconnections",
        "ActiveConnectionsWrapper",
        ("response", "items"),
        "id",
    ),
)
