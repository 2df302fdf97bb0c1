"""The one error of sessionward.dynatrace that is not a core error: an argument refused early.

```
SessionwardError (sessionward.core)
└── InvalidArgumentError    also a ValueError: a rule the API documents, checked client-side
```

It sits in the core's error tree (so `except SessionwardError` catches it) and is a `ValueError`
(so argument-checking code catches it too). Every other failure is a `sessionward.core` error.
"""

from __future__ import annotations

from sessionward.core import SessionwardError


class InvalidArgumentError(SessionwardError, ValueError):
    """Raised before sending when an argument breaks a rule the Dynatrace API documents.

    Nothing was sent. `name` is the argument (`"user_id"`, `"config"`); `problems` lists what is
    wrong with it, one sentence each (all of them, not just the first), e.g. a session policy with
    one limit 0 and the other not. Fix the argument and call again.
    """

    def __init__(self, message: str, *, name: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.name = name
        self.problems = problems
