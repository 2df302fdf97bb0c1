"""Validation of path parameters before they are formatted into a URL.

The generated code percent-encodes path parameters with `quote(str(v), safe="")`, which escapes
`/` but leaves an empty value and the dot-segments `.` and `..` as they are; a server or proxy
then normalises `/api-sessions/..` to `/`, and a delete could land on another resource. Overlays
pass every path parameter through `validate_path_param` first.
"""

from __future__ import annotations

from sessionward.core._exceptions import InvalidPathParameterError

_DOT_SEGMENTS = frozenset({".", ".."})
# Identifiers are short; a URL over 64 KiB is refused by httpx itself, and most servers refuse
# far less. Longer than this is a mistake (or an attack), refused before it is encoded.
MAX_PATH_PARAM_LENGTH = 4096


def validate_path_param(name: str, value: object) -> str:
    """Return `str(value)` if it is safe as one path segment; raise otherwise.

    Use it on every path parameter an overlay receives from a caller, before calling the generated
    function. Raises `InvalidPathParameterError` (a `ValueError` too) for None, an empty value,
    `.`/`..`, or a value over 4096 characters.
    """
    if value is None:
        raise InvalidPathParameterError(f"path parameter {name!r} is missing (None)", name=name)
    text = str(value)
    if not text:
        raise InvalidPathParameterError(
            f"path parameter {name!r} is empty; it must identify a resource", name=name
        )
    if text in _DOT_SEGMENTS:
        raise InvalidPathParameterError(
            f"path parameter {name!r} is {text!r}, a dot-segment that would change the request "
            "path; pass the resource's identifier",
            name=name,
        )
    if len(text) > MAX_PATH_PARAM_LENGTH:
        raise InvalidPathParameterError(
            f"path parameter {name!r} is {len(text)} characters long, over the "
            f"{MAX_PATH_PARAM_LENGTH} an identifier can have; pass the resource's identifier",
            name=name,
        )
    return text
