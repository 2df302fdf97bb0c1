"""Routing a request path to the spec's path template, exactly (not by suffix) and concrete first.

openapi-core finds a request's operation by testing which spec paths the URL *ends with*, so
`/clusterConfig/userSessions` also "matches" `/userSessions`; it sorts that out with the server
URL, but cannot say whether an unmatched request should get 404 or 405. `RouteTable` matches the
whole path relative to the base path, prefers templates with fewer variables (a concrete path
wins, as OpenAPI says), and names the methods a path has, for 405 and its `Allow` header.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

_VARIABLE = re.compile(r"\{([^{}/]+)\}")


@dataclasses.dataclass(frozen=True, slots=True)
class Route:
    """One spec path: its template, a matcher, and its operationIds by lower-case method."""

    template: str
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    operations: Mapping[str, str]

    def variables(self, path: str) -> dict[str, str] | None:
        """Return the template's variables in `path`, or `None` if `path` is not this route's."""
        found = self.pattern.fullmatch(path)
        if found is None:
            return None
        return dict(zip(self.names, found.groups(), strict=True))


@dataclasses.dataclass(frozen=True, slots=True)
class Routed:
    """The route and operation a request names."""

    route: Route
    operation_id: str
    path_params: dict[str, str]


class RouteTable:
    """The routes of one spec, most concrete first."""

    def __init__(self, paths: Mapping[str, Any], methods: tuple[str, ...]) -> None:
        routes = []
        for template, item in paths.items():
            operations = {
                method: str(item[method]["operationId"])
                for method in methods
                if isinstance(item.get(method), Mapping)
            }
            names = tuple(_VARIABLE.findall(template))
            parts = _VARIABLE.split(template)
            # split() alternates literal text and variable names: escape the one, capture the other.
            regex = "".join(
                re.escape(part) if index % 2 == 0 else "([^/]+)" for index, part in enumerate(parts)
            )
            routes.append(Route(template, re.compile(regex), names, operations))
        self._routes = sorted(routes, key=lambda route: len(route.names))

    def find(self, method: str, path: str) -> Routed | tuple[str, ...]:
        """Return the route of `method path`, else the methods the path has (none: no such path)."""
        allowed: list[str] = []
        for route in self._routes:
            variables = route.variables(path)
            if variables is None:
                continue
            operation_id = route.operations.get(method.lower())
            if operation_id is not None:
                return Routed(route, operation_id, variables)
            allowed += [name.upper() for name in route.operations if name.upper() not in allowed]
        return tuple(allowed)
