"""Where the command line's settings come from: flags, then environment, then the profile file.

Each platform is configured by `SESSIONWARD_<KEY>_URL` and one variable per credential keyword
of its client's constructor (`Platform.credentials`: `SESSIONWARD_<KEY>_API_TOKEN`, ...); a
platform with no URL is not configured. The same names, lower-case and without the prefix, are
the keys of a `[<profile>.<key>]` table of the profile file (`_profile`). For every single value
a flag wins over the environment, and the environment over the profile. `Settings.secrets()`
lists every credential value, so that output and the audit log can be scrubbed of them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sessionward.cli import _platforms
from sessionward.cli._errors import UsageProblem
from sessionward.cli._platforms._platform import PREFIX, env_name
from sessionward.cli._profile import load_profile

# Keywords that name someone rather than prove it: shown, never scrubbed.
NOT_SECRET = frozenset({"username"})
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class PlatformConfig:
    """One configured platform: its URL and the credential keywords of its client."""

    key: str
    url: str
    credentials: Mapping[str, str] = field(repr=False)

    def __repr__(self) -> str:
        names = ", ".join(sorted(self.credentials))
        return f"PlatformConfig(key={self.key!r}, url={self.url!r}, credentials=[{names}])"


@dataclass(frozen=True)
class Settings:
    """Everything a command needs to reach the platforms and to write its audit trail."""

    platforms: Mapping[str, PlatformConfig]
    timeout: float
    audit_log: Path
    profile: str

    def secrets(self) -> list[str]:
        """Every credential value of every configured platform (what must never be printed)."""
        return [
            value
            for config in self.platforms.values()
            for keyword, value in config.credentials.items()
            if keyword not in NOT_SECRET and value
        ]

    def select(self, wanted: tuple[str, ...]) -> list[PlatformConfig]:
        """The configured platforms named in `wanted` (all configured ones when it is empty).

        Raises `UsageProblem` for a named platform that is not configured, or when none is.
        """
        if not wanted:
            if not self.platforms:
                raise UsageProblem(
                    "no platform is configured: set SESSIONWARD_<PLATFORM>_URL and its "
                    "credentials (see `sessionward --help`), or try `sessionward sim`"
                )
            known = _platforms.keys()
            return [self.platforms[key] for key in known if key in self.platforms]
        missing = [key for key in wanted if key not in self.platforms]
        if missing:
            raise UsageProblem(
                f"{', '.join(missing)} not configured: set "
                + " and ".join(env_name(key, "url") for key in missing)
            )
        return [self.platforms[key] for key in dict.fromkeys(wanted)]


def default_audit_log() -> Path:
    """The audit log when none is given: `audit.jsonl` in the user's state directory."""
    import platformdirs

    return Path(platformdirs.user_state_dir("sessionward")) / "audit.jsonl"


def load_settings(
    *,
    profile: str | None = None,
    timeout: float | None = None,
    audit_log: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Resolve the settings from the flags given here, the environment and the profile file.

    Raises `UsageProblem` for a profile file others may read, a named profile that does not
    exist, an unreadable file, or a value of the wrong kind.
    """
    env = os.environ if environ is None else environ
    named = profile or env.get(f"{PREFIX}PROFILE") or None
    chosen = named or "default"
    table = load_profile(chosen, required=named is not None)
    platforms: dict[str, PlatformConfig] = {}
    for platform in _platforms.platforms():
        key = platform.key
        section = _section(table, key)
        url = env.get(env_name(key, "url")) or _text(section, "url", chosen, key)
        if not url:
            continue
        credentials: dict[str, str] = {}
        for keyword in platform.keywords:
            value = env.get(env_name(key, keyword)) or _text(section, keyword, chosen, key)
            if value:
                credentials[keyword] = value
        platforms[key] = PlatformConfig(key, url, credentials)
    return Settings(
        platforms=platforms,
        timeout=_timeout(timeout, env, table),
        audit_log=_audit_log(audit_log, env, table),
        profile=chosen,
    )


def _section(table: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    section = table.get(key, {})
    if not isinstance(section, Mapping):
        raise UsageProblem(f"the profile's {key!r} entry must be a table")
    return section


def _text(section: Mapping[str, Any], name: str, profile: str, key: str) -> str | None:
    value = section.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UsageProblem(f"{name} in [{profile}.{key}] of the profile file must be a string")
    return value


def _timeout(flag: float | None, env: Mapping[str, str], table: Mapping[str, Any]) -> float:
    if flag is not None:
        value: object = flag
    elif env.get(f"{PREFIX}TIMEOUT"):
        value = env[f"{PREFIX}TIMEOUT"]
    else:
        value = table.get("timeout", DEFAULT_TIMEOUT)
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise UsageProblem(f"the timeout must be a number of seconds, not {value!r}") from None
    if not seconds > 0:
        raise UsageProblem("the timeout must be more than 0 seconds")
    return seconds


def _audit_log(flag: Path | None, env: Mapping[str, str], table: Mapping[str, Any]) -> Path:
    if flag is not None:
        return flag
    if env.get(f"{PREFIX}AUDIT_LOG"):
        return Path(env[f"{PREFIX}AUDIT_LOG"]).expanduser()
    configured = table.get("audit_log")
    if configured is not None:
        if not isinstance(configured, str):
            raise UsageProblem("audit_log in the profile file must be a string (a path)")
        return Path(configured).expanduser()
    return default_audit_log()
