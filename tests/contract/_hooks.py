"""What the contract suite asks of each API: one `Contract` in `tests/<key>/contract.py`.

The shared tests in `tests/contract/` are parametrized over the registry of APIs
(`sessionward.testing.registered_apis()`); what they cannot derive from the overlay's public
surface, each API's own test folder states in a module-level `CONTRACT`: a `Probe` (one cheap
call and the request it sends, for fault injection), a walk over every public method, what the
overlay's README and the demo must show, how its simulator is checked against its spec
(`Properties`), and a real-shaped body of its list operation that the generated-model tests parse
and break (`ListBody`). The other shared tests (`tests/generated/`, `tests/docs/`, `tests/demo/`,
`tests/testing/`) read it too. `contract_of(api)` loads it; a registered API without one fails the
registry's completeness test.
"""

from __future__ import annotations

import importlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from schemathesis import Case
from schemathesis.checks import CheckFunction, positive_data_acceptance
from schemathesis.core.parameters import ParameterLocation

from sessionward.testing import RegisteredAPI, Simulator, Twin
from tests.generated._list_body import ListBody

AnyTwin = Twin[Any]
Build = Callable[..., AnyTwin]


@dataclass(frozen=True)
class Probe:
    """One public call that sends exactly one request of `method` to `path` (a fault pattern).

    `target` is the method's dotted path on the client, called with `args`; `operation_id` is
    the spec operation of its request; `stable` is false where two calls in a row answer
    differently (a session's activity times).
    """

    method: str
    path: str
    operation_id: str
    target: str
    args: tuple[object, ...] = ()
    stable: bool = True

    async def call(self, twin: AnyTwin) -> object:
        """Run the call on `twin` and return what the method returns."""
        result: object = await twin.call(self.target, *self.args)
        return result


@dataclass(frozen=True)
class Readme:
    """What the overlay's README must hold: at least `least` snippets.

    `names` are what a snippet gets bound beyond `base_url` (default: the simulator's
    credentials); with `must_print`, each snippet must print something, otherwise it may assert.
    """

    least: int
    names: Callable[[Simulator], dict[str, object]] = lambda sim: dict(sim.credentials)
    must_print: bool = False


@dataclass(frozen=True)
class Usage:
    """How the API's snippets in the suite README's Usage section run (`tests/docs/test_readme.py`).

    `prepare(code, sim)` gives the snippet to run against `sim` (default: as written), for a
    snippet that needs a value only the running simulator knows; each snippet must print, and what
    it prints must match the pattern `prints` (default: anything).
    """

    prepare: Callable[[str, Simulator], str] = lambda code, sim: code
    prints: str = ""


@dataclass(frozen=True)
class Properties:
    """How the property suite (`tests/contract/test_properties.py`) checks one simulator.

    `check(case, sim, variant)` sends the generated `case` to `sim` with its credentials (of the
    `variant`, one of `variants`, where the API takes its credential in more than one way) and
    validates the answer, raising what schemathesis raises for a failed check. `reset` starts
    every example from the seeded state; `generated_security` false leaves security parameters
    out of generation (the check adds the credentials); `deadline` bounds one example in
    milliseconds (`None`: no bound).
    """

    check: Callable[[Case[Any], Simulator[Any], str], None]
    variants: tuple[str, ...] = ("default",)
    reset: bool = False
    generated_security: bool = True
    deadline: int | None = None


def call_and_validate(
    case: Case[Any], sim: Simulator[Any], headers: dict[str, str], *, refused: bool
) -> None:
    """Send `case` to `sim` with the credential `headers` and run the checks on the answer.

    Use it where the only header parameter is the credential (the security scheme): a case
    whose headers are deliberately wrong goes without it, since adding it back would turn a case
    meant to be refused into a valid request. `refused`: see `beyond_the_schema`. Raises what
    schemathesis raises for a failed check.
    """
    if case.meta is not None and case.meta.is_negative_at(ParameterLocation.HEADER):
        headers = {}
    case.call_and_validate(
        base_url=sim.base_url, headers=headers, excluded_checks=beyond_the_schema(refused)
    )


def beyond_the_schema(refused: bool) -> list[CheckFunction]:
    """The checks to leave out for a request the simulator may rightly refuse (`refused`).

    A schema-valid request may still break a rule the spec cannot express (prose, an opaque
    value); `positive_data_acceptance` does not apply to it, every other check still does.
    """
    return [positive_data_acceptance] if refused else []


@dataclass(frozen=True)
class Contract:
    """What one API's tests tell the contract suite (see the module docstring).

    `reach_every_operation(build, sim)` calls public methods until every operationId of the spec
    was sent (`build(**kwargs)` makes a twin of the test's mode, authenticated with the
    simulator's credentials unless `kwargs` name them or one of `alternatives`, the other
    credential keywords of the client); `secrets(sim)` lists the credential values that must
    never be shown (default: those of `sim.credentials`); `wrong(sim)` builds credentials that
    the API refuses with a 401 although they contain the secrets (default: each secret with a
    character added); `recovers` the statuses of the probe that the client answers once by itself
    (a new login) before raising; `credential_header` the header that carries the credential on
    the first request a client sends (`None`: that request carries it in its body, a login);
    `properties` how the simulator is checked against its spec; `list_body` the real-shaped list
    body of the generated-model tests; `demo` what the API's demo workflow (`demo/_<key>.py`)
    prints on its way to its end (each must be in the output of `python -m demo`); `usage` how
    its snippets in the suite README run.
    """

    probe: Probe
    reach_every_operation: Callable[[Build, Simulator], Awaitable[None]]
    readme: Readme
    properties: Properties
    list_body: ListBody
    demo: tuple[str, ...]
    secrets: Callable[[Simulator], list[str]] = field(
        default=lambda sim: [str(value) for value in sim.credentials.values()]
    )
    wrong: Callable[[Simulator], dict[str, str]] | None = None
    alternatives: tuple[str, ...] = ()
    recovers: frozenset[int] = frozenset()
    credential_header: str | None = "authorization"
    usage: Usage = Usage()

    def wrong_credentials(self, sim: Simulator) -> dict[str, str]:
        """Credentials the API refuses with a 401, each one containing the real secrets."""
        if self.wrong is not None:
            return self.wrong(sim)
        secrets = self.secrets(sim)
        return {
            name: value + "0" if value in secrets else value
            for name, value in sim.credentials.items()
        }


def contract_module(api: RegisteredAPI) -> str:
    """The module that holds the API's `CONTRACT`: `tests.<key>.contract`."""
    return f"tests.{api.key}.contract"


def contract_of(api: RegisteredAPI) -> Contract:
    """The API's `CONTRACT`; raises `ImportError` or `AttributeError` when it has none."""
    found = importlib.import_module(contract_module(api)).CONTRACT
    assert isinstance(found, Contract), f"{contract_module(api)}.CONTRACT is not a Contract"
    return found
