"""The plug-in interface: handlers collected by operationId, seeded state, deterministic helpers."""

from __future__ import annotations

import datetime
import ipaddress
import uuid

import pytest
from starlette.requests import Request
from starlette.responses import Response

from sessionward.testing import SeedRandom, operation
from tests.testing._example import BrokenExampleAPI, ExampleAPI


def test_handlers_are_collected_by_operation_id() -> None:
    expected = {"list_notes", "create_note", "get_note", "delete_note"}
    assert ExampleAPI.handled_operations() == expected
    assert BrokenExampleAPI.handled_operations() == expected


def test_a_subclass_overrides_a_handler_by_redefining_the_method() -> None:
    api = BrokenExampleAPI()
    assert api.handler("get_note").__func__ is BrokenExampleAPI.get_note  # type: ignore[attr-defined]
    assert api.handler("list_notes").__func__ is ExampleAPI.list_notes  # type: ignore[attr-defined]


def test_two_handlers_for_one_operation_are_refused_at_class_creation() -> None:
    with pytest.raises(TypeError, match="'get_note' has two handlers"):

        class Twice(ExampleAPI):
            @operation("get_note")
            async def read(self, request: Request) -> Response:
                return Response()

            @operation("get_note")
            async def read_again(self, request: Request) -> Response:
                return Response()


def test_same_seed_same_state_other_seed_other_state() -> None:
    assert ExampleAPI(seed=4).notes == ExampleAPI(seed=4).notes
    assert ExampleAPI(seed=4).credentials() == ExampleAPI(seed=4).credentials()
    assert ExampleAPI(seed=4).notes != ExampleAPI(seed=5).notes


def test_size_defaults_per_plugin_and_can_be_zero() -> None:
    assert len(ExampleAPI().notes) == ExampleAPI.default_size
    assert ExampleAPI(size=0).notes == {}
    with pytest.raises(ValueError, match="size must be zero or more"):
        ExampleAPI(size=-1)


def test_reset_rebuilds_the_seeded_state() -> None:
    api = ExampleAPI(seed=2)
    seeded = {key: dict(note) for key, note in api.notes.items()}
    api.notes.clear()
    api.reset()
    assert api.notes == seeded


def test_repr_names_key_seed_and_size_but_no_credential() -> None:
    api = ExampleAPI(seed=9, size=3)
    assert repr(api) == "<ExampleAPI key='example' seed=9 size=3>"
    assert api.credentials()["api_key"] not in repr(api)


def test_seed_random_is_reproducible_and_realistic() -> None:
    first, second = SeedRandom("k:1"), SeedRandom("k:1")
    draws = [(first.uuid4(), first.ipv4(), first.token(8), first.moment()) for _ in range(50)]
    assert draws == [
        (second.uuid4(), second.ipv4(), second.token(8), second.moment()) for _ in range(50)
    ]
    epoch = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    for identifier, address, token, moment in draws:
        assert isinstance(identifier, uuid.UUID)
        assert identifier.version == 4
        assert ipaddress.IPv4Address(address).is_global
        assert len(token) == 16
        assert int(token, 16) >= 0
        assert epoch - datetime.timedelta(days=30) < moment <= epoch
        assert moment.microsecond == 0
