"""A credential that could never be sent is refused when the client is built, without echoing it."""

from __future__ import annotations

from typing import Any

import pytest

from sessionward.docspace import AsyncDocSpace, DocSpace

BASE_URL = "https://docspace.example.com"


@pytest.mark.parametrize("kind", [DocSpace, AsyncDocSpace])
@pytest.mark.parametrize(
    ("argument", "bad"),
    [
        ("token", "sk-1\r\nX-Evil: 1"),
        ("token", "sk-1\n"),
        ("auth_cookie", "sk-1; other=1"),
        ("auth_cookie", "sk-1\r\n"),
        ("auth_cookie", "sk 1"),
    ],
)
def test_an_unsendable_credential_is_refused_at_construction(
    kind: type[DocSpace] | type[AsyncDocSpace], argument: str, bad: str
) -> None:
    options: dict[str, Any] = {argument: bad}
    with pytest.raises(ValueError, match=r"line break|cookie cannot carry") as caught:
        kind(BASE_URL, **options)
    assert "sk-1" not in str(caught.value)
    assert "X-Evil" not in str(caught.value)
