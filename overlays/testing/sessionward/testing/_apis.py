"""The registry of the suite's APIs: `apis.toml`, read into one `RegisteredAPI` per API.

The suite's APIs are declared once, in `apis.toml` beside this module (it ships in the wheel, so
an installed simulator knows the same APIs as a checkout). What follows from a key (spec,
generated package, overlay, simulator module, fixture) is derived here rather than declared, so
it cannot disagree with the folders. This module imports nothing heavy: the pytest plugin reads
it at load time.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.resources
import tomllib

from sessionward.testing._errors import SimulatorError

REGISTRY_FILE = "apis.toml"


@dataclasses.dataclass(frozen=True, slots=True)
class RegisteredAPI:
    """One API of the suite as `apis.toml` declares it, with the names derived from its key.

    Use it to reach every part of an API without spelling its key: `overlay` and `generated` are
    import names, `client` and `async_client` the classes `overlay` exports, `simulator` the
    `"module:Class"` path that `serve(key)` loads, `fixture` the pytest fixture of the plugin,
    `credentials` the client's keyword arguments that `Simulator.credentials` fills in.
    """

    key: str
    title: str
    client: str
    async_client: str
    simulator_class: str
    credentials: tuple[str, ...]

    @property
    def overlay(self) -> str:
        """The import name of the overlay package: `sessionward.<key>`."""
        return f"sessionward.{self.key}"

    @property
    def generated(self) -> str:
        """The import name of the generated client: `<key>_api`."""
        return f"{self.key}_api"

    @property
    def distribution(self) -> str:
        """The overlay's distribution name: `sessionward-<key>`."""
        return f"sessionward-{self.key}"

    @property
    def generated_distribution(self) -> str:
        """The generated client's distribution name: `sessionward-<key>-api`."""
        return f"sessionward-{self.key}-api"

    @property
    def simulator(self) -> str:
        """The simulator's import path, `"sessionward.testing._<key>:<Class>"`."""
        return f"sessionward.testing._{self.key}:{self.simulator_class}"

    @property
    def spec(self) -> str:
        """The spec's path in a checkout (and, below `_specs/`, in the wheel)."""
        return f"specs/{self.key}/openapi.yaml"

    @property
    def fixture(self) -> str:
        """The name of the plugin's pytest fixture: `<key>_sim`."""
        return f"{self.key}_sim"


def registered_apis() -> tuple[RegisteredAPI, ...]:
    """Every API of the suite, in the order `apis.toml` declares them.

    Use it to run something for each API (a fixture, a check) without listing their keys. Raises
    `SimulatorError` if the registry lacks a field or holds one of the wrong type (a broken
    installation), naming the API and the field.
    """
    return _load()


@functools.cache
def _load() -> tuple[RegisteredAPI, ...]:
    text = (
        importlib.resources.files("sessionward.testing").joinpath(REGISTRY_FILE).read_text("utf-8")
    )
    found = []
    for key, entry in tomllib.loads(text)["api"].items():
        try:
            api = RegisteredAPI(
                key=key,
                title=entry["title"],
                client=entry["client"],
                async_client=entry["async_client"],
                simulator_class=entry["simulator"],
                credentials=tuple(entry["credentials"]),
            )
        except KeyError as exc:
            raise SimulatorError(f"{REGISTRY_FILE}: [api.{key}] lacks {exc.args[0]!r}") from None
        for field in dataclasses.fields(api):
            value = getattr(api, field.name)
            parts = value if isinstance(value, tuple) else (value,)
            if not parts or not all(isinstance(part, str) and part for part in parts):
                raise SimulatorError(
                    f"{REGISTRY_FILE}: [api.{key}] {field.name} must be a non-empty string "
                    "(credentials: a non-empty list of them)"
                )
        found.append(api)
    return tuple(found)
