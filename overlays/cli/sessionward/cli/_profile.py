"""The profile file: `profiles.toml` in the user's config directory, one table per profile.

```toml
[default]
timeout = 20
[default.<key>]
url = "https://api.example.com"
api_token = "..."
```

It holds credentials, so it is refused unless only its owner can read and write it (like ssh's
private keys): a file that group or others may access may already have leaked.
"""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path
from typing import Any

from sessionward.cli._errors import UsageProblem


def profile_path() -> Path:
    """Where the profile file is looked for (`platformdirs.user_config_dir("sessionward")`)."""
    import platformdirs

    return Path(platformdirs.user_config_dir("sessionward")) / "profiles.toml"


def load_profile(name: str, *, required: bool) -> dict[str, Any]:
    """Return the table of profile `name` ({} when there is no file or no such profile).

    Raises `UsageProblem` when the file may be read or written by others, cannot be read or
    parsed, or (with `required`, i.e. the profile was named) has no such profile.
    """
    path = profile_path()
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if required:
            raise UsageProblem(f"profile {name!r} asked for, but there is no {path}") from None
        return {}
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise UsageProblem(
            f"refusing {path}: group or others may access it, and it holds credentials; "
            f"run `chmod 600 {path}`"
        )
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise UsageProblem(f"cannot read {path}: {error}") from None
    table = document.get(name)
    if table is None:
        if required:
            raise UsageProblem(f"no profile {name!r} in {path}")
        return {}
    if not isinstance(table, dict):
        raise UsageProblem(f"profile {name!r} in {path} must be a table")
    return table
