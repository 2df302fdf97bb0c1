"""One API's OpenAPI document, ready to route and check requests and responses (openapi-core).

`Contract` loads and validates the spec once, then answers three questions per request: which
operation does it name (or why none), what is wrong with it, and what is wrong with the response
the simulator wants to send. Routing is the `RouteTable`'s; openapi-core is then pointed at the
chosen path template, and the spec's server URL is replaced by the plug-in's `base_path`, so its
checks ignore the vendor's host and scheme.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from jsonschema_path import SchemaPath
from openapi_core.datatypes import RequestParameters
from openapi_core.validation.request.validators import (
    V30RequestBodyValidator,
    V30RequestParametersValidator,
    V31RequestBodyValidator,
    V31RequestParametersValidator,
)
from openapi_core.validation.response.validators import (
    V30ResponseValidator,
    V31ResponseValidator,
)
from openapi_spec_validator import validate as validate_spec
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
from starlette.datastructures import Headers, QueryParams

from sessionward.testing._errors import SimulatorError
from sessionward.testing._findings import request_problems, response_findings
from sessionward.testing._rejection import Problem, Rejection
from sessionward.testing._routes import RouteTable

CONTROL_PREFIX = "/_sim"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# The validators match the request URL against the server URL; any fixed origin will do once the
# spec's servers are replaced by the bare base path.
_ORIGIN = "http://simulator"


class _SpecLoader(yaml.SafeLoader):
    """YAML loader that keeps timestamps as strings, as JSON (and the spec's examples) have them."""


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    """The spec operation a request names, with the path variables of its template."""

    operation_id: str
    path_params: dict[str, str]
    responses: frozenset[str]
    path_pattern: str


@dataclasses.dataclass(slots=True)
class SpecRequest:
    """A received request, in the shape of openapi-core's `Request` protocol."""

    method: str
    path: str
    # openapi-core validates against this template (its SupportsPathPattern protocol) with these
    # path variables, instead of finding a template again by itself.
    path_pattern: str
    parameters: RequestParameters
    body: bytes | None
    content_type: str
    host_url: str = _ORIGIN

    @classmethod
    def build(
        cls,
        match: Match,
        *,
        method: str,
        path: str,
        query: QueryParams,
        headers: Headers,
        cookies: Mapping[str, str],
        body: bytes,
    ) -> SpecRequest:
        """Adapt the parts of a Starlette request that `match` routed."""
        return cls(
            method=method.lower(),
            path=path,
            path_pattern=match.path_pattern,
            parameters=RequestParameters(
                query=query, header=headers, cookie=cookies, path=dict(match.path_params)
            ),
            body=body or None,
            # RFC 9110's default for a body without a declared type.
            content_type=headers.get("content-type", "application/octet-stream"),
        )


@dataclasses.dataclass(frozen=True, slots=True)
class SpecResponse:
    """A response about to be sent, in the shape of openapi-core's `Response` protocol."""

    status_code: int
    headers: Headers
    data: bytes

    @property
    def content_type(self) -> str:
        """The declared media type with its parameters, or `""`."""
        return self.headers.get("content-type", "")


def load_document(path: Path) -> dict[str, Any]:
    """Parse a YAML or JSON OpenAPI document; raises `SimulatorError` if unreadable or no map."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SimulatorError(f"cannot read the spec {path}: {exc.strerror}") from exc
    document = yaml.load(text, Loader=_SpecLoader)
    if not isinstance(document, dict):
        raise SimulatorError(f"{path} is not an OpenAPI document (no top-level mapping)")
    return document


class Contract:
    """Routes and checks traffic against one OpenAPI 3.0 or 3.1 document.

    Build it with `Contract.from_file(path, base_path=...)`; it raises `SimulatorError` when the
    document is not a valid OpenAPI document, when no server URL of the spec has `base_path` as its
    path, or when a spec path would hide the control API under `/_sim`.
    """

    def __init__(self, document: Mapping[str, Any], *, base_path: str, source: str) -> None:
        self.source = source
        self.base_path = base_path
        _check_document(document, base_path=base_path, source=source)
        self.operation_ids = frozenset(_operation_ids(document))
        self.secret_query_names = frozenset(_secret_query_names(document))
        served = copy.deepcopy(dict(document))
        served["servers"] = [{"url": base_path or "/"}]
        for item in served.get("paths", {}).values():
            item.pop("servers", None)
            for method in HTTP_METHODS:
                if isinstance(item.get(method), dict):
                    item[method].pop("servers", None)
        spec = SchemaPath.from_dict(served)
        version_31 = str(document.get("openapi", "")).startswith("3.1")
        deserializers = {media_type: _json_loads for media_type in _json_media_types(document)}
        options: dict[str, Any] = {"extra_media_type_deserializers": deserializers}
        parameters_class = (
            V31RequestParametersValidator if version_31 else V30RequestParametersValidator
        )
        body_class = V31RequestBodyValidator if version_31 else V30RequestBodyValidator
        response_class = V31ResponseValidator if version_31 else V30ResponseValidator
        self._routes = RouteTable(document.get("paths", {}), HTTP_METHODS)
        self._responses_of = _response_keys(document)
        self._parameters = parameters_class(spec, **options)
        self._body = body_class(spec, **options)
        self._responses = response_class(spec, **options)
        self._has_content = _content_table(document)

    @classmethod
    def from_file(cls, path: Path, *, base_path: str) -> Contract:
        """Load the spec at `path`; see the class for what it raises."""
        return cls(load_document(path), base_path=base_path, source=str(path))

    def match(self, method: str, path: str) -> Match | Rejection:
        """Find the operation `method path` names, or the 404/405 `Rejection` if there is none."""
        if not self.base_path:
            relative = path
        elif path.startswith(self.base_path + "/"):
            relative = path[len(self.base_path) :]
        else:
            return Rejection(404, f"no operation of the API has the path {path}")
        found = self._routes.find(method, relative)
        if found == ():
            return Rejection(404, f"no operation of the API has the path {path}")
        if isinstance(found, tuple):
            return Rejection(405, f"{method} is not allowed on {path}", allowed=found)
        return Match(
            operation_id=found.operation_id,
            path_params=found.path_params,
            responses=self._responses_of[found.operation_id],
            path_pattern=self.base_path + found.route.template,
        )

    def check_request(self, request: SpecRequest) -> tuple[Problem, ...]:
        """List what is wrong with a request's parameters and body (auth is the plug-in's job)."""
        errors = [*self._parameters.iter_errors(request), *self._body.iter_errors(request)]
        return tuple(request_problems(errors))

    def check_response(
        self, request: SpecRequest, response: SpecResponse, match: Match
    ) -> tuple[str, ...]:
        """List what is wrong with `response` as the answer to `request`; empty when it conforms."""
        findings = list(response_findings(self._responses.iter_errors(request, response)))
        key = _response_key(match, response.status_code)
        # openapi-core accepts any body where the spec declares none; a bodyless answer must be so.
        bodyless = key is not None and not self._has_content[(match.operation_id, key)]
        if not findings and response.data and bodyless:
            findings.append(f"status {response.status_code} declares no body but one was sent")
        return tuple(findings)

    def declares(self, match: Match, status: int) -> bool:
        """Tell whether the operation documents `status` (exactly, as `4XX`, or as `default`)."""
        return _response_key(match, status) is not None


def _response_key(match: Match, status: int) -> str | None:
    for key in (str(status), f"{status // 100}XX", "default"):
        if key in match.responses:
            return key
    return None


def _check_document(document: Mapping[str, Any], *, base_path: str, source: str) -> None:
    try:
        validate_spec(dict(document))
    except OpenAPIValidationError as exc:
        raise SimulatorError(f"{source} is not a valid OpenAPI document: {exc.message}") from exc
    if base_path and (not base_path.startswith("/") or base_path.endswith("/")):
        raise SimulatorError(f"base_path {base_path!r} must be empty or start, but not end, with /")
    server_paths = [_server_path(server) for server in document.get("servers", [{"url": "/"}])]
    if base_path not in server_paths:
        raise SimulatorError(
            f"base_path {base_path!r} is not the path of any server URL of {source} "
            f"({', '.join(repr(path) for path in server_paths)})"
        )
    for path in document.get("paths", {}):
        full = base_path + path
        if full == CONTROL_PREFIX or full.startswith(CONTROL_PREFIX + "/"):
            raise SimulatorError(
                f"{source} has the path {path}, under the reserved {CONTROL_PREFIX}/"
            )


def _server_path(server: Mapping[str, Any]) -> str:
    url = str(server.get("url", "/"))
    for name, variable in server.get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    return urlsplit(url).path.rstrip("/")


def _operations(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = []
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found.append(operation)
    return found


def _operation_ids(document: Mapping[str, Any]) -> list[str]:
    ids = []
    for operation in _operations(document):
        if "operationId" not in operation:
            raise SimulatorError("every operation of a simulated API's spec needs an operationId")
        ids.append(str(operation["operationId"]))
    return ids


def _response_keys(document: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    return {
        str(operation["operationId"]): frozenset(str(key) for key in operation.get("responses", {}))
        for operation in _operations(document)
    }


def _content_table(document: Mapping[str, Any]) -> dict[tuple[str, str], bool]:
    table = {}
    for operation in _operations(document):
        for key, response in operation.get("responses", {}).items():
            resolved = _resolve(document, response)
            table[(str(operation["operationId"]), str(key))] = bool(resolved.get("content"))
    return table


def _resolve(document: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = document
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node if isinstance(node, Mapping) else {}


def _secret_query_names(document: Mapping[str, Any]) -> list[str]:
    schemes = document.get("components", {}).get("securitySchemes", {})
    return [
        str(scheme["name"])
        for scheme in (_resolve(document, value) for value in schemes.values())
        if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
    ]


def _json_media_types(document: Any) -> set[str]:
    """Every `+json` media type the document names (openapi-core only knows a few by name)."""
    found: set[str] = set()
    if isinstance(document, Mapping):
        for key, value in document.items():
            if key == "content" and isinstance(value, Mapping):
                found.update(str(name) for name in value if str(name).endswith("+json"))
            found |= _json_media_types(value)
    elif isinstance(document, list):
        for item in document:
            found |= _json_media_types(item)
    return found


def _json_loads(value: bytes, **parameters: str) -> Any:
    return json.loads(value)
