"""What the benchmarks do with Ziti: the first page of its API sessions (one request).

Its 200 example, made 10,000 sessions long, is one of the `parsing` section's bodies; its lazy
pager is the one the `memory` section drains, and its simulator the one whose start `startup`
times.
"""

from __future__ import annotations

from bench._workload import PAGE_SIZE, Paging, ParseBody, Workload, afirst_page, first_page

WORKLOAD = Workload(
    call=lambda client: first_page(client.api_sessions.list(page_size=PAGE_SIZE)),
    acall=lambda client: afirst_page(client.api_sessions.list(page_size=PAGE_SIZE)),
    body=ParseBody(
        "Ziti API sessions", "/api-sessions", "ListApiSessionsEnvelope", ("data",), "id"
    ),
    paging=Paging("Ziti sessions", lambda client, size: client.api_sessions.list(page_size=size)),
    startup=True,
)
