"""Scrub credentials out of anything the command line prints or writes to the audit log.

The clients already keep secrets out of their messages; this is the second line of defence: every
error message the command line shows passes through `Redactor.scrub`, which replaces each
configured credential value with `[REDACTED]`, and is cut to a bounded length.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

REDACTED = "[REDACTED]"
MAX_MESSAGE = 300
# Shorter values would scrub ordinary words; no real credential is this short.
MIN_SECRET = 4


class Redactor:
    """Replaces every known secret in a text; holds the secrets, never shows them."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # Longest first, so that a secret containing another is replaced whole.
        kept = {s for s in secrets if len(s) >= MIN_SECRET}
        # Each also as it reads inside a JSON string, for text that is already JSON.
        forms = kept | {json.dumps(s)[1:-1] for s in kept}
        self._forms = sorted(forms, key=len, reverse=True)

    def scrub(self, text: str, *, limit: int | None = MAX_MESSAGE) -> str:
        """`text` with each secret replaced, cut to `limit` characters (None: not cut)."""
        for form in self._forms:
            text = text.replace(form, REDACTED)
        if limit is not None and len(text) > limit:
            text = text[: limit - 1] + "…"
        return text

    def describe(self, error: BaseException) -> tuple[str, str]:
        """The class name of `error` and its scrubbed message, as outcomes record a failure."""
        return type(error).__name__, self.scrub(str(error) or type(error).__name__)

    def __repr__(self) -> str:
        return f"<Redactor of {len(self._forms)} forms of secrets>"
