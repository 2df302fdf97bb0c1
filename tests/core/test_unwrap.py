"""`unwrap` turns a generated `*_detailed` call into a model or a raised sessionward error."""

from __future__ import annotations

import pytest

from sessionward.core import (
    APIConnectionError,
    APIResponseValidationError,
    InvalidPathParameterError,
    NotFoundError,
    unwrap,
    validate_path_param,
)
from tests.core._generated import (
    Item,
    ItemList,
    Response,
    create_item,
    delete_item,
    get_item,
    get_item_with_warning,
    list_items,
    list_items_array,
)
from tests.core._server import LoopbackServer, Reply, json_reply
from tests.core._twins import Twin

pytestmark = pytest.mark.anyio


async def test_a_valid_body_becomes_the_model(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply({"id": "a1", "name": "first", "extra": True}))

    item = await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert (item.id, item.name) == ("a1", "first")
    assert item.additional_properties == {"extra": True}
    assert server.requests[0].path == "/items/a1"


async def test_a_non_json_200_is_a_validation_error(twin: Twin, server: LoopbackServer) -> None:
    server.plan(Reply(body="<html>maintenance</html>", headers={"Content-Type": "text/html"}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    error = caught.value
    assert error.status_code == 200
    assert error.body == b"<html>maintenance</html>"
    assert error.method == "GET"
    assert error.url == f"{server.base_url}/items/a1"
    assert "not valid JSON" in str(error)
    assert "<html>" not in str(error)


async def test_a_missing_field_is_a_validation_error(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply({"id": "a1"}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert "'name'" in str(caught.value)
    assert isinstance(caught.value.__cause__, KeyError)


async def test_a_wrong_type_is_a_validation_error(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply({"id": "a1", "name": 42}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert "TypeError" in str(caught.value)


async def test_the_validation_error_body_is_truncated(twin: Twin, server: LoopbackServer) -> None:
    server.plan(Reply(body=b"x" * 200_000))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert caught.value.body == b"x" * 65536


async def test_an_undocumented_2xx_is_a_validation_error(
    twin: Twin, server: LoopbackServer
) -> None:
    server.plan(Reply(status=202, body={"queued": True}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert "does not document" in str(caught.value)
    assert caught.value.status_code == 202


async def test_a_non_standard_2xx_is_a_validation_error(twin: Twin, server: LoopbackServer) -> None:
    # The generated _build_response calls HTTPStatus(299), which raises ValueError.
    server.plan(Reply(status=299, body={"id": "a1", "name": "n"}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert "non-standard status" in str(caught.value)


async def test_a_documented_model_of_another_type_is_a_validation_error(
    twin: Twin, server: LoopbackServer
) -> None:
    server.plan(json_reply({"error": {"code": "W", "message": "partial"}}))

    with pytest.raises(APIResponseValidationError) as caught:
        await twin.unwrap(get_item_with_warning, Item, path_params={"id": "a1"})

    assert "ApiError where the overlay expects Item" in str(caught.value)


async def test_status_errors_pass_through(twin: Twin, server: LoopbackServer) -> None:
    # 404 is documented with an error model, but the core raises before the generated code parses.
    server.plan(json_reply({"error": {"code": "NOT_FOUND", "message": "gone"}}, status=404))

    with pytest.raises(NotFoundError) as caught:
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})

    assert caught.value.error_code == "NOT_FOUND"


async def test_connection_errors_pass_through(twin: Twin, server: LoopbackServer) -> None:
    server.plan(*[Reply(action="drop")] * 3)

    with pytest.raises(APIConnectionError):
        await twin.unwrap(get_item, Item, path_params={"id": "a1"})


async def test_a_tuple_of_expected_types(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply({"data": [], "meta": {"totalCount": 0}}))

    result: object = await twin.unwrap(list_items, (ItemList, Item), params={"limit": 1})

    assert result == ItemList(data=[], total_count=0)


async def test_unwrap_list(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply([{"id": "1", "name": "a"}, {"id": "2", "name": "b"}]))

    items = await twin.unwrap_list(list_items_array, Item)

    assert [item.id for item in items] == ["1", "2"]


async def test_unwrap_list_refuses_a_non_list(twin: Twin, server: LoopbackServer) -> None:
    server.plan(Reply(status=204))

    with pytest.raises(APIResponseValidationError):
        await twin.unwrap_list(list_items_array, Item)


async def test_unwrap_empty_returns_none_after_a_2xx(twin: Twin, server: LoopbackServer) -> None:
    server.plan(Reply(status=204), Reply(status=200, body=b"ignored"))

    await twin.unwrap_empty(delete_item, path_params={"id": "a1"})
    await twin.unwrap_empty(delete_item, path_params={"id": "a2"})

    assert [received.method for received in server.requests] == ["DELETE", "DELETE"]


async def test_unwrap_empty_raises_status_errors(twin: Twin, server: LoopbackServer) -> None:
    server.plan(Reply(status=404))

    with pytest.raises(NotFoundError):
        await twin.unwrap_empty(delete_item, path_params={"id": "a1"})


async def test_a_created_model_from_a_post(twin: Twin, server: LoopbackServer) -> None:
    server.plan(json_reply({"id": "n1", "name": "new"}, status=201))

    item = await twin.unwrap(create_item, Item, body={"name": "new"})

    assert item.id == "n1"
    assert server.requests[0].json() == {"name": "new"}


async def test_path_parameters_are_validated_before_any_request(
    twin: Twin, server: LoopbackServer
) -> None:
    with pytest.raises(InvalidPathParameterError):
        await twin.unwrap(get_item, Item, path_params={"id": validate_path_param("id", "..")})

    assert server.requests == []


def test_a_call_that_never_sent_reraises_its_own_error() -> None:
    def broken() -> Response[Item]:
        raise TypeError("a programming error in the overlay")

    with pytest.raises(TypeError, match="programming error"):
        unwrap(broken, Item)
