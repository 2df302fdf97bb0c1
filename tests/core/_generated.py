"""Operations shaped exactly like openapi-python-client 0.29.1 output, for testing `unwrap`.

The core may not import a generated package, and its tests should not depend on one either, so
this module reproduces the parts of the generator's templates the core meets: a client with
`set_httpx_client` / `get_httpx_client` (and async twins), attrs models with `from_dict` that
`pop` required keys, and per operation `_build_response` with `HTTPStatus(response.status_code)`
and a `_parse_response` that returns None for undocumented statuses.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, field

T = TypeVar("T")


@define
class Response(Generic[T]):
    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@define
class Item:
    id: str
    name: str
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Item:
        d = dict(src_dict)
        id = d.pop("id")
        name = d.pop("name")
        if not isinstance(name, str):
            raise TypeError("name must be str")
        item = cls(id=id, name=name)
        item.additional_properties = d
        return item


@define
class ItemList:
    data: list[Item]
    total_count: int

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemList:
        d = dict(src_dict)
        data = [Item.from_dict(entry) for entry in d.pop("data")]
        total_count = d.pop("meta")["totalCount"]
        return cls(data=data, total_count=total_count)


@define
class ApiError:
    code: str
    message: str

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ApiError:
        d = dict(src_dict)["error"]
        return cls(code=d.pop("code"), message=d.pop("message"))


@define
class GeneratedClient:
    """The shape of the generated `AuthenticatedClient` that overlays configure."""

    base_url: str
    token: str = ""
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def set_httpx_client(self, client: httpx.Client) -> GeneratedClient:
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        assert self._client is not None
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> GeneratedClient:
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        assert self._async_client is not None
        return self._async_client


Parser = Callable[[httpx.Response], T | None]


class Operation(Generic[T]):
    """One generated operation module: `sync_detailed` and `asyncio_detailed`."""

    def __init__(self, method: str, path: str, parse: Parser[T]) -> None:
        self.method = method
        self.path = path
        self.parse = parse

    def _get_kwargs(
        self,
        path_params: Mapping[str, object],
        params: Mapping[str, object] | None,
        body: object,
    ) -> dict[str, Any]:
        url = self.path.format(**{k: quote(str(v), safe="") for k, v in path_params.items()})
        kwargs: dict[str, Any] = {"method": self.method, "url": url}
        if params is not None:
            kwargs["params"] = {k: v for k, v in params.items() if v is not None}
        if body is not None:
            kwargs["json"] = body
            kwargs["headers"] = {"Content-Type": "application/json"}
        return kwargs

    def _build_response(self, response: httpx.Response) -> Response[T]:
        return Response(
            status_code=HTTPStatus(response.status_code),
            content=response.content,
            headers=response.headers,
            parsed=self.parse(response),
        )

    def sync_detailed(
        self,
        *,
        client: GeneratedClient,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        body: object = None,
    ) -> Response[T]:
        kwargs = self._get_kwargs(path_params or {}, params, body)
        response = client.get_httpx_client().request(**kwargs)
        return self._build_response(response)

    async def asyncio_detailed(
        self,
        *,
        client: GeneratedClient,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        body: object = None,
    ) -> Response[T]:
        kwargs = self._get_kwargs(path_params or {}, params, body)
        response = await client.get_async_httpx_client().request(**kwargs)
        return self._build_response(response)


def _parse_item(response: httpx.Response) -> Item | ApiError | None:
    if response.status_code == 200:
        return Item.from_dict(response.json())
    if response.status_code == 404:
        return ApiError.from_dict(response.json())
    return None


def _parse_item_list(response: httpx.Response) -> ItemList | None:
    if response.status_code == 200:
        return ItemList.from_dict(response.json())
    return None


def _parse_items_array(response: httpx.Response) -> list[Item] | None:
    if response.status_code == 200:
        return [Item.from_dict(entry) for entry in response.json()]
    return None


def _parse_created(response: httpx.Response) -> Item | None:
    if response.status_code == 201:
        return Item.from_dict(response.json())
    return None


def _parse_nothing(response: httpx.Response) -> None:
    return None


def _parse_warning(response: httpx.Response) -> Item | ApiError | None:
    # A spec that documents an error body for a 2xx status (some vendors do).
    if response.status_code == 200:
        return ApiError.from_dict(response.json())
    return None


get_item: Operation[Item | ApiError] = Operation("GET", "/items/{id}", _parse_item)
list_items: Operation[ItemList] = Operation("GET", "/items", _parse_item_list)
list_items_array: Operation[list[Item]] = Operation("GET", "/items-array", _parse_items_array)
create_item: Operation[Item] = Operation("POST", "/items", _parse_created)
delete_item: Operation[None] = Operation("DELETE", "/items/{id}", _parse_nothing)
get_item_with_warning: Operation[Item | ApiError] = Operation(
    "GET", "/warning/{id}", _parse_warning
)
