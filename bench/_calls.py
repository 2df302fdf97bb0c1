"""Per-call overhead of an overlay ``list()`` against raw httpx on the same loopback endpoint.

The baseline is what a careful user writes by hand: one shared ``httpx.Client``, a GET with the
auth header, ``json.loads`` of the body. The overlay adds retries, error mapping, logging hooks and
model parsing; the ratio says what that costs per call.
"""

from __future__ import annotations

import json

import httpx

from bench._simulator import running
from bench._stats import interleaved
from sessionward.dynatrace import DynatraceCluster


def list_call_ratio(*, rounds: int = 15, per_round: int = 20) -> tuple[float, float]:
    """Return ``(overlay seconds per call, raw httpx seconds per call)`` for Dynatrace sessions."""
    with running("dynatrace", size=20) as ready:
        base_url, token = ready["base_url"], ready["credentials"]["api_token"]
        headers = {"Authorization": f"Api-Token {token}"}
        with DynatraceCluster(base_url, api_token=token) as client, httpx.Client() as raw:

            def overlay() -> object:
                return client.user_sessions.list()

            def baseline() -> object:
                return json.loads(raw.get(f"{base_url}/userSessions", headers=headers).content)

            for _ in range(per_round):  # warm both connection pools and code paths
                overlay()
                baseline()
            return interleaved(overlay, baseline, rounds=rounds, per_round=per_round)
