"""Stateful simulators of the sessionward APIs, served over real HTTP on loopback.

`serve("ziti")` runs a simulator for a `with` block and yields its `Simulator` handle
(`base_url`, `credentials`, and helpers to inject faults, reset and read the request log); the
pytest plugin offers the same as fixtures (`ziti_sim`, ...), and `python -m sessionward.testing
serve <api>` as a command. A simulated API is a `SimulatedAPI` subclass with one `@operation`
handler per operation of its spec; the framework validates every request and response against
that spec. `FakeClock`, `Twin` and `RequestRecorder` help a test run one body against the sync
and the async client; `registered_apis()` lists the suite's APIs and their parts, as `apis.toml`
declares them. See the README of the distribution for the control API and the plug-in
guide.
"""

from sessionward.testing._apis import RegisteredAPI, registered_apis
from sessionward.testing._errors import SimulatorError, SpecViolationError
from sessionward.testing._faults import Fault, FaultAction
from sessionward.testing._handle import Simulator
from sessionward.testing._plugin import SimulatedAPI, operation
from sessionward.testing._records import RequestRecord, Violation
from sessionward.testing._registry import APIS
from sessionward.testing._rejection import Problem, ProblemLocation, Rejection
from sessionward.testing._seeding import SeedRandom
from sessionward.testing._serve import (
    AuthressCredentials,
    DocSpaceCredentials,
    DynatraceCredentials,
    ZitiCredentials,
    serve,
)
from sessionward.testing._twins import FakeClock, RequestRecorder, Twin

__all__ = [
    "APIS",
    "AuthressCredentials",
    "DocSpaceCredentials",
    "DynatraceCredentials",
    "FakeClock",
    "Fault",
    "FaultAction",
    "Problem",
    "ProblemLocation",
    "RegisteredAPI",
    "Rejection",
    "RequestRecord",
    "RequestRecorder",
    "SeedRandom",
    "SimulatedAPI",
    "Simulator",
    "SimulatorError",
    "SpecViolationError",
    "Twin",
    "Violation",
    "ZitiCredentials",
    "operation",
    "registered_apis",
    "serve",
]

# Reprs and tracebacks show the public names (sessionward.testing.Simulator), as httpx does.
for _public in (
    AuthressCredentials,
    DocSpaceCredentials,
    DynatraceCredentials,
    FakeClock,
    Fault,
    Problem,
    RegisteredAPI,
    Rejection,
    RequestRecord,
    RequestRecorder,
    SeedRandom,
    SimulatedAPI,
    Simulator,
    SimulatorError,
    SpecViolationError,
    Twin,
    Violation,
    ZitiCredentials,
    operation,
    registered_apis,
    serve,
):
    _public.__module__ = __name__
del _public
