"""The platform table: what every platform declares, and the client each adapter builds.

Each platform's own tests pin its client class and credential keywords; here every session
platform's adapter is built with each of its credential sets, as `open_client` builds it.
"""

from __future__ import annotations

import httpx
import pytest

from sessionward.cli._clients import MAX_RETRIES, open_client
from sessionward.cli._config import PlatformConfig
from sessionward.cli._platforms import Platform, platform, platforms
from sessionward.cli._platforms._adapter import adapter_class


def _credential_sets() -> list[tuple[str, tuple[str, ...]]]:
    return [(p.key, group) for p in platforms() if p.has_sessions for group in p.credentials]


@pytest.mark.parametrize(("key", "group"), _credential_sets())
def test_open_client_builds_each_platforms_own_client(key: str, group: tuple[str, ...]) -> None:
    # The table names each adapter by module and class; this imports them all for real.
    client_class = adapter_class(platform(key)).client_class
    config = PlatformConfig(key, "http://127.0.0.1:9", {keyword: "t" for keyword in group})
    with open_client(client_class, config, 5.0) as client:
        assert type(client) is client_class
        # The command's timeout, and one retry fewer than the clients' default.
        assert client.timeout == httpx.Timeout(5.0)
        assert client.max_retries == MAX_RETRIES == 1


def test_the_table_is_every_platform_package_in_its_order() -> None:
    table = platforms()
    assert all(isinstance(item, Platform) for item in table)
    assert [item.order for item in table] == sorted({item.order for item in table})
    assert all(item.has_sessions or item.no_session_api for item in table)
