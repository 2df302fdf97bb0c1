"""The exceptions of the simulators.

```
SimulatorError            a simulator cannot be built, started, stopped or controlled
 └── SpecViolationError   a simulator answered what its spec does not allow (a simulator bug)
```

Neither is ever raised towards the HTTP client of a simulator: those see HTTP responses only.
"""

from __future__ import annotations

from collections.abc import Sequence

from sessionward.testing._records import Violation

_SHOWN_VIOLATIONS = 5


class SimulatorError(Exception):
    """A simulator could not be built, started, stopped or controlled.

    Raised for an unknown API key, a missing or invalid spec, handlers that do not match the spec's
    operations, a port that cannot be bound, a server that does not become ready in time, or a
    control request the simulator refused.
    """


class SpecViolationError(SimulatorError):
    """A simulator answered at least one response that its OpenAPI spec does not allow.

    Raised when `serve()` exits and by the pytest fixtures after a test, so that a test using a
    broken simulator fails even if its client happened to cope. Each entry of `violations` names
    the request and what was wrong; a handler that raised counts as a violation too.
    """

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = tuple(violations)
        lines = [f"  {violation}" for violation in self.violations[:_SHOWN_VIOLATIONS]]
        hidden = len(self.violations) - _SHOWN_VIOLATIONS
        if hidden > 0:
            lines.append(f"  ... and {hidden} more")
        super().__init__(
            f"the simulator broke its spec {len(self.violations)} time(s); fix the simulator "
            "(or the spec), not the client:\n" + "\n".join(lines)
        )
