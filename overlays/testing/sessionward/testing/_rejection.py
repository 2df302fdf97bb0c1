"""Why the framework refused a request before any handler saw it.

The framework checks every request against the spec. When a request names no operation of the
spec, or breaks the spec's rules for its parameters or body, the framework builds a `Rejection`
and asks the plug-in (`SimulatedAPI.reject`) to turn it into the vendor's own error response.
"""

from __future__ import annotations

import dataclasses
from typing import Literal

ProblemLocation = Literal["path", "query", "header", "cookie", "body"]


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a request.

    `location` says where; `name` is the parameter name, or for the body the dotted path of the
    offending member (`""` for the body as a whole); `message` is a short English sentence fragment
    without the offending value; `value` is that value when it is known (a vendor may echo it).
    """

    location: ProblemLocation
    name: str
    message: str
    value: object = None


@dataclasses.dataclass(frozen=True, slots=True)
class Rejection:
    """A request the spec does not allow, with what a plain HTTP server would answer.

    `status` is 404 when no path of the spec matches, 405 when the path exists but not the method
    (then `allowed` lists the methods it has; the framework adds them as the `Allow` header the
    RFC requires unless the plug-in sets one), and 400 when the parameters or the body are invalid
    (then `problems` lists each finding and `operation` names the operationId). A plug-in may
    answer another status when its vendor does.
    """

    status: int
    message: str
    problems: tuple[Problem, ...] = ()
    operation: str | None = None
    allowed: tuple[str, ...] = ()
