"""The selection options of `sessions list`: `--user`, `--ip CIDR`, `--since 24h`, `--idle-over 8h`.

`SessionFilter.parse` checks the option values (raising `UsageProblem`), and `matches` applies
them to a normalized record. A duration is a number with a unit, `s`, `m`, `h` or `d`, or several
of them (`1h30m`). A record that does not say what a filter asks about (no IP, no last activity)
does not match it: an unknown idle time is not proof of idleness.
"""

from __future__ import annotations

import datetime
import ipaddress
import re
from dataclasses import dataclass

from sessionward.cli._errors import UsageProblem
from sessionward.cli._records import SessionRecord

_PART = re.compile(r"(\d+(?:\.\d+)?)([smhd])")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_duration(text: str, option: str) -> datetime.timedelta:
    """`24h`, `30m`, `1h30m`, `2d`, `90s` as a timedelta; raises `UsageProblem` otherwise."""
    compact = text.strip().lower()
    parts = _PART.findall(compact)
    if not compact or "".join(number + unit for number, unit in parts) != compact:
        raise UsageProblem(f"{option} takes a duration such as 30m, 8h, 2d or 1h30m, not {text!r}")
    return datetime.timedelta(seconds=sum(float(n) * _UNITS[u] for n, u in parts))


@dataclass(frozen=True)
class SessionFilter:
    """What `sessions list` keeps; each part None when its option was not given."""

    user: str | None = None
    network: IPNetwork | None = None
    started_after: datetime.datetime | None = None
    idle_before: datetime.datetime | None = None

    @classmethod
    def parse(
        cls,
        *,
        user: str | None,
        ip: str | None,
        since: str | None,
        idle_over: str | None,
        now: datetime.datetime | None = None,
    ) -> SessionFilter:
        """Check and build the filter from the option values; raises `UsageProblem`."""
        moment = now or datetime.datetime.now(datetime.UTC)
        network = None
        if ip is not None:
            try:
                network = ipaddress.ip_network(ip, strict=False)
            except ValueError:
                raise UsageProblem(f"--ip takes an address or a CIDR block, not {ip!r}") from None
        return cls(
            user=user or None,
            network=network,
            started_after=moment - parse_duration(since, "--since") if since else None,
            idle_before=moment - parse_duration(idle_over, "--idle-over") if idle_over else None,
        )

    def matches(self, record: SessionRecord) -> bool:
        """Whether `record` passes every given part of the filter."""
        if self.user is not None and record.user != self.user:
            return False
        if self.network is not None and not _in_network(record.ip, self.network):
            return False
        if self.started_after is not None and (
            record.started_at is None or record.started_at < self.started_after
        ):
            return False
        return self.idle_before is None or (
            record.last_active_at is not None and record.last_active_at <= self.idle_before
        )


def _in_network(ip: str | None, network: IPNetwork) -> bool:
    if not ip:
        return False
    try:
        return ipaddress.ip_address(ip) in network
    except ValueError:
        return False
