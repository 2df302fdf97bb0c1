"""The Dynatrace client itself: the token, the base URL, repr, headers (shared: tests/contract)."""

from __future__ import annotations

import pytest

from sessionward.dynatrace import (
    AsyncDynatraceCluster,
    DynatraceCluster,
    __version__,
)
from tests._support import Recorder
from tests.dynatrace.conftest import MakeTwin

pytestmark = pytest.mark.anyio

CLASSES = pytest.mark.parametrize("client_class", [DynatraceCluster, AsyncDynatraceCluster])


@CLASSES
def test_an_empty_token_is_refused(
    client_class: type[DynatraceCluster | AsyncDynatraceCluster],
) -> None:
    with pytest.raises(ValueError, match="api_token is empty"):
        client_class("https://cluster.example.com", api_token="")


@CLASSES
def test_the_token_is_required(
    client_class: type[DynatraceCluster | AsyncDynatraceCluster],
) -> None:
    with pytest.raises(TypeError, match="api_token"):
        client_class("https://cluster.example.com")  # type: ignore[call-arg]


@CLASSES
@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        ("https://cluster.example.com", "https://cluster.example.com/api/cluster/v2/"),
        ("https://cluster.example.com/", "https://cluster.example.com/api/cluster/v2/"),
        (
            "https://cluster.example.com:8443/api/cluster/v2",
            "https://cluster.example.com:8443/api/cluster/v2/",
        ),
        ("https://proxy.example.com/dynatrace/", "https://proxy.example.com/dynatrace/"),
    ],
)
def test_a_base_url_without_a_path_gets_the_cluster_api_path(
    client_class: type[DynatraceCluster | AsyncDynatraceCluster], base_url: str, expected: str
) -> None:
    client = client_class(base_url, api_token="t")
    assert str(client.base_url) == expected


@CLASSES
@pytest.mark.parametrize("base_url", ["ftp://cluster.example.com", "https://u:p@x.example/api"])
def test_a_bad_base_url_is_refused(
    client_class: type[DynatraceCluster | AsyncDynatraceCluster], base_url: str
) -> None:
    with pytest.raises(ValueError, match="base_url"):
        client_class(base_url, api_token="t")


def test_the_repr_names_the_class_and_hides_the_token() -> None:
    token = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX.SECRETSECRETSECRET"
    with DynatraceCluster("https://cluster.example.com", api_token=token) as client:
        shown = repr(client)
    assert shown.startswith(
        "DynatraceCluster(base_url='https://cluster.example.com/api/cluster/v2/'"
    )
    assert "prefix='Api-Token'" in shown
    assert token not in shown
    assert repr(AsyncDynatraceCluster("https://c.example", api_token=token)).startswith(
        "AsyncDynatraceCluster("
    )


async def test_the_token_is_an_api_token_header_and_the_user_agent_names_the_package(
    make_twin: MakeTwin, recorder: Recorder
) -> None:
    twin = make_twin(http_client=recorder.client)

    await twin.get()

    (headers,) = recorder.headers
    assert headers["authorization"].startswith("Api-Token dt0c01.")
    assert headers["user-agent"].startswith(
        f"sessionward-dynatrace/{__version__} sessionward-core/"
    )
