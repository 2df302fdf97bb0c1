"""What the benchmarks do with Authress: the first page of its SSO connections (one request).

Its 200 example, made 10,000 connections long, is one of the `parsing` section's bodies.
"""

from __future__ import annotations

from bench._workload import PAGE_SIZE, ParseBody, Workload, afirst_page, first_page

WORKLOAD = Workload(
    call=lambda client: first_page(client.connections.list(page_size=PAGE_SIZE)),
    acall=lambda client: afirst_page(client.connections.list(page_size=PAGE_SIZE)),
    body=ParseBody(
        "Authress connections",
        "/v1/connections",
        "ConnectionCollection",
        ("connections",),
        "connectionId",
    ),
)
