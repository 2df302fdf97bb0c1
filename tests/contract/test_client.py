"""What every registered API's client does alike: transport safety, pools, views, lifecycle.

Each test runs the API's probe call (`tests/<key>/contract.py`) in both client modes: plain
`http://` to a remote host is refused before anything is sent, a caller's httpx client is used
and left open, the client's own pool serves several calls and is closed with the client,
`with_options` makes a view without touching the client, `request_options` applies to the calls
inside its block, `allow_insecure_http=True` does send the credential over plain `http://`, the
user agent names the overlay and the core, and both clients are context managers. What differs
per API (credential headers, base-URL rules) is tested in `tests/<key>/`.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

from sessionward.core import DEFAULT_LIMITS, InsecureTransportError, NotFoundError, request_options
from sessionward.testing import RegisteredAPI, Simulator, Twin
from tests._support import Maker, Mode, Recorder
from tests.contract._hooks import AnyTwin, Contract

pytestmark = pytest.mark.anyio


async def warmed_up(contract: Contract, twin: AnyTwin, recorder: Recorder) -> None:
    """Make one call first (a client that logs in does it then), and forget what it sent."""
    await contract.probe.call(twin)
    recorder.forget()


async def test_plain_http_to_a_remote_host_is_refused_before_sending(
    contract: Contract, build: Maker[AnyTwin], recorder: Recorder
) -> None:
    twin = build(base_url="http://api.example.com", http_client=recorder.client)

    with pytest.raises(InsecureTransportError):
        await contract.probe.call(twin)

    assert recorder.headers == []


async def test_allow_insecure_http_sends_the_credential_over_plain_http(
    mode: Mode, api: RegisteredAPI, contract: Contract, sim: Simulator[Any]
) -> None:
    # The simulator as an HTTP proxy: the request leaves for a remote host over plain http, and
    # the simulator, which serves no such path, answers 404.
    recording = Recorder(mode, proxy=sim.origin)
    overlay = importlib.import_module(api.overlay)
    client = getattr(overlay, api.client if mode == "sync" else api.async_client)(
        "http://api.example.com",
        **sim.credentials,
        http_client=recording.client,
        allow_insecure_http=True,
    )
    twin = Twin(client)
    try:
        with pytest.raises(NotFoundError):
            await contract.probe.call(twin)
    finally:
        await twin.close()
        await recording.close()

    (record,) = sim.requests()
    if contract.credential_header is not None:
        assert contract.credential_header in record.headers


async def test_a_callers_http_client_is_used_and_left_open(
    contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any], recorder: Recorder
) -> None:
    twin = build(http_client=recorder.client)

    await contract.probe.call(twin)
    await twin.close()

    assert recorder.headers
    assert len(recorder.headers) == len(sim.requests())
    assert not recorder.is_closed


async def test_closing_closes_the_own_pool_but_not_a_callers_client(
    mode: Mode, api: RegisteredAPI, contract: Contract, sim: Simulator[Any]
) -> None:
    overlay = importlib.import_module(api.overlay)
    cls = getattr(overlay, api.client if mode == "sync" else api.async_client)
    own = Twin(cls(sim.base_url, **sim.credentials))
    await own.close()
    with pytest.raises(RuntimeError, match="closed"):
        await contract.probe.call(own)
    recording = Recorder(mode)
    mine = Twin(cls(sim.base_url, **sim.credentials, http_client=recording.client))
    await mine.close()
    assert not recording.is_closed
    await recording.close()


async def test_the_clients_own_pool_serves_several_calls_and_closes(
    contract: Contract, build: Maker[AnyTwin]
) -> None:
    twin = build(own_pool=True, limits=DEFAULT_LIMITS)

    first = await contract.probe.call(twin)
    second = await contract.probe.call(twin)
    await twin.close()

    if contract.probe.stable:
        assert first == second
    with pytest.raises(RuntimeError, match="closed"):
        await contract.probe.call(twin)


async def test_with_options_makes_a_view_and_leaves_the_client_alone(
    contract: Contract, build: Maker[AnyTwin], recorder: Recorder
) -> None:
    twin = build(http_client=recorder.client, timeout=10.0, max_retries=2)
    await warmed_up(contract, twin, recorder)

    view = twin.client.with_options(timeout=3.0, max_retries=0, headers={"X-Trace": "incident-7"})
    await contract.probe.call(Twin(view))
    await Twin(view).close()
    through_view = len(recorder.headers)
    await contract.probe.call(twin)

    assert view.timeout == httpx.Timeout(3.0)
    assert view.max_retries == 0
    assert twin.client.timeout == httpx.Timeout(10.0)
    assert twin.client.max_retries == 2
    traces = [headers.get("x-trace") for headers in recorder.headers]
    assert through_view > 0 and len(traces) > through_view
    assert traces == ["incident-7"] * through_view + [None] * (len(traces) - through_view)
    assert type(view) is type(twin.client)


async def test_request_options_apply_to_the_calls_inside_the_block(
    contract: Contract, build: Maker[AnyTwin], recorder: Recorder
) -> None:
    twin = build(http_client=recorder.client)
    await warmed_up(contract, twin, recorder)

    with request_options(headers={"X-Trace": "incident-8"}):
        await contract.probe.call(twin)
    inside = len(recorder.headers)
    await contract.probe.call(twin)

    traces = [headers.get("x-trace") for headers in recorder.headers]
    assert inside > 0 and len(traces) > inside
    assert traces == ["incident-8"] * inside + [None] * (len(traces) - inside)


async def test_the_user_agent_names_the_overlay_and_the_core(
    api: RegisteredAPI, contract: Contract, build: Maker[AnyTwin], recorder: Recorder
) -> None:
    version = importlib.import_module(api.overlay).__version__
    twin = build(http_client=recorder.client)

    await contract.probe.call(twin)

    for headers in recorder.headers:
        assert headers["user-agent"].startswith(f"{api.distribution}/{version} sessionward-core/")


async def test_the_client_is_a_context_manager_of_its_kind(
    mode: Mode, api: RegisteredAPI, contract: Contract, sim: Simulator[Any]
) -> None:
    overlay = importlib.import_module(api.overlay)
    client = getattr(overlay, api.client if mode == "sync" else api.async_client)(
        sim.base_url, **sim.credentials
    )
    if mode == "sync":
        with client as entered:
            assert entered is client
            assert await contract.probe.call(Twin(client)) is not None
    else:
        async with client as entered:
            assert entered is client
            assert await contract.probe.call(Twin(client)) is not None
    assert str(client.base_url).rstrip("/") == sim.base_url

    with pytest.raises(RuntimeError, match="closed"):
        await contract.probe.call(Twin(client))
