"""serve(): ready on entry, a usable base URL and credentials, stopped cleanly on exit."""

from __future__ import annotations

import inspect
import socket
import threading
import typing
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from sessionward.testing import (
    APIS,
    SimulatedAPI,
    Simulator,
    SimulatorError,
    serve,
)
from tests.testing._example import ExampleAPI
from tests.testing._polling import eventually


def _port(sim: Simulator) -> int:
    port = urlsplit(sim.origin).port
    assert port is not None
    return port


def _server_threads(sim: Simulator) -> list[threading.Thread]:
    name = f"sessionward-simulator-{sim.api}-{_port(sim)}"
    return [thread for thread in threading.enumerate() if thread.name == name]


def test_base_url_is_loopback_origin_plus_the_spec_base_path() -> None:
    with serve(ExampleAPI) as sim:
        assert sim.api == "example"
        assert sim.base_url == f"http://127.0.0.1:{_port(sim)}/example/v1"
        assert sim.origin == f"http://127.0.0.1:{_port(sim)}"


def _typed_credentials() -> dict[str, Any]:
    """The credentials type that the overload of `serve` for each literal key gives, by key."""
    found: dict[str, Any] = {}
    for overload in typing.get_overloads(inspect.unwrap(serve)):
        hints = typing.get_type_hints(overload)
        key, *_ = typing.get_args(hints["api"])
        if isinstance(key, str):
            (simulator,) = typing.get_args(hints["return"])
            (credentials,) = typing.get_args(simulator)
            found[key] = credentials
    return found


TYPED = _typed_credentials()


@pytest.mark.parametrize("key", TYPED)
def test_each_builtin_key_yields_its_typed_credentials(key: str) -> None:
    # Each overload is for a registered key, and the keys of its credentials type are the ones
    # the simulator hands out. Each API's simulator tests check the overload statically
    # (`assert_type` under mypy --strict). Typed credentials are optional for a new API.
    assert key in APIS
    with serve(key) as sim:
        assert set(sim.credentials) == TYPED[key].__required_keys__


def test_server_accepts_requests_as_soon_as_the_block_starts() -> None:
    with serve(ExampleAPI) as sim:
        response = httpx.get(
            f"{sim.base_url}/notes", headers={"X-Api-Key": sim.credentials["api_key"]}
        )
        assert response.status_code == 200
        assert response.json()["total"] == 5


def test_credentials_authenticate_and_wrong_ones_do_not() -> None:
    with serve(ExampleAPI) as sim, httpx.Client(base_url=sim.base_url) as client:
        assert client.get("/notes/n-1", headers={"X-Api-Key": "wrong"}).status_code == 401
        assert (
            client.get("/notes/n-1", params={"key": sim.credentials["api_key"]}).status_code == 200
        )


def test_other_credentials_are_handed_out_by_name() -> None:
    with serve(ExampleAPI) as sim:
        backup = sim.other_credentials["backup"]
        response = httpx.get(f"{sim.base_url}/notes/n-2", headers={"X-Api-Key": backup["api_key"]})
        assert response.status_code == 200
        assert backup["api_key"] != sim.credentials["api_key"]


def test_credentials_stay_out_of_the_handle_repr() -> None:
    with serve(ExampleAPI) as sim:
        assert sim.credentials["api_key"] not in repr(sim)
        assert sim.other_credentials["backup"]["api_key"] not in repr(sim)
        assert "example" in repr(sim)


def test_exit_stops_the_server_closes_the_socket_and_joins_the_thread() -> None:
    with serve(ExampleAPI) as sim:
        assert _server_threads(sim)
    assert not _server_threads(sim)
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", _port(sim))):
        pass


def test_explicit_port_is_used() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free = probe.getsockname()[1]
    with serve(ExampleAPI, port=free) as sim:
        assert _port(sim) == free


def test_a_wildcard_host_is_advertised_as_loopback() -> None:
    with serve(ExampleAPI, host="0.0.0.0") as sim:
        assert sim.origin == f"http://127.0.0.1:{_port(sim)}"
        assert httpx.get(f"{sim.origin}/_sim/health").status_code == 200


def test_busy_port_is_a_simulator_error() -> None:
    with (
        serve(ExampleAPI) as first,
        pytest.raises(SimulatorError, match="cannot listen"),
        serve(ExampleAPI, port=_port(first)),
    ):
        pass


def test_same_seed_same_data_other_seed_other_data() -> None:
    def first_note(seed: int) -> object:
        with serve(ExampleAPI, seed=seed) as sim:
            headers = {"X-Api-Key": sim.credentials["api_key"]}
            return httpx.get(f"{sim.base_url}/notes/n-1", headers=headers).json()

    assert first_note(1) == first_note(1)
    assert first_note(1) != first_note(2)


def test_size_sets_the_number_of_seeded_items() -> None:
    with serve(ExampleAPI, size=40) as sim:
        headers = {"X-Api-Key": sim.credentials["api_key"]}
        assert httpx.get(f"{sim.base_url}/notes", headers=headers).json()["total"] == 40


def test_an_exception_in_the_block_propagates_and_still_stops_the_server() -> None:
    with pytest.raises(KeyError), serve(ExampleAPI) as sim:
        raise KeyError("from the test")
    assert not _server_threads(sim)


def test_unknown_api_is_a_simulator_error_naming_the_known_ones() -> None:
    with pytest.raises(SimulatorError, match=", ".join(APIS)), serve("no-such-api"):
        pass


def test_api_by_import_path() -> None:
    with serve("tests.testing._example:ExampleAPI") as sim:
        assert sim.api == "example"


def test_handlers_must_cover_the_spec_exactly() -> None:
    class Incomplete(SimulatedAPI):
        key = "example"
        base_path = "/example/v1"
        spec_path = ExampleAPI.spec_path

        def reset(self) -> None:
            pass

        def credentials(self) -> dict[str, str]:
            return {}

        reject = ExampleAPI.reject
        list_notes = ExampleAPI.list_notes

    with pytest.raises(SimulatorError, match=r"no handler for.*create_note"), serve(Incomplete):
        pass


@pytest.mark.anyio
async def test_usable_from_an_async_test() -> None:
    with serve(ExampleAPI) as sim:
        async with httpx.AsyncClient(base_url=sim.base_url) as client:
            response = await client.get("/notes", headers={"X-Api-Key": sim.credentials["api_key"]})
        sim.inject_fault("GET", "/notes", status=503)
        async with httpx.AsyncClient(base_url=sim.base_url) as client:
            faulted = await client.get("/notes")
    assert response.status_code == 200
    assert faulted.status_code == 503


def test_stopping_ends_pending_delays_and_answers_them() -> None:
    answers: list[int] = []
    with serve(ExampleAPI) as sim:
        sim.inject_fault("GET", "/notes", delay=60)
        headers = {"X-Api-Key": sim.credentials["api_key"]}

        def call() -> None:
            answers.append(
                httpx.get(f"{sim.base_url}/notes", headers=headers, timeout=30).status_code
            )

        caller = threading.Thread(target=call)
        caller.start()
        # The fault is taken once the request is in its delay.
        assert eventually(lambda: sim.faults() == [])
    caller.join(30)
    assert answers == [200]
