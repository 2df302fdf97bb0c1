"""`sessionward connections list | get | export | diff | apply`: Authress SSO connections.

`export` prints every connection as a JSON array of the API's own shape, which `diff` compares
with the live connections and `apply` makes true (creating and updating, never deleting). Server-
managed fields (`createdTime`, `lastUpdated`, `isActiveConnection`) are ignored when comparing;
a `clientSecret` is never printed (reads do not return it; one in an applied file is sent, never
shown or audited).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sessionward.cli import _audit
from sessionward.cli._clients import open_client
from sessionward.cli._command import Change
from sessionward.cli._confirm import confirmed
from sessionward.cli._context import Invocation
from sessionward.cli._errors import UsageProblem
from sessionward.cli._exit import ExitCode
from sessionward.cli._outcomes import Outcome
from sessionward.cli._output import emit
from sessionward.cli._platforms.authress import PLATFORM

if TYPE_CHECKING:
    from sessionward.authress import Authress, Connection

LIST_FIELDS = ("connection_id", "type", "name", "authentication_url", "active", "last_updated")
DIFF_FIELDS = ("connection_id", "change", "fields")
APPLY_FIELDS = ("connection_id", "change", "outcome", "error_type", "message")
IGNORED = frozenset({"createdTime", "lastUpdated", "isActiveConnection", "clientSecret"})


def _authress(invocation: Invocation) -> Authress:
    settings = invocation.settings()
    from sessionward.authress import Authress

    (config,) = settings.select((PLATFORM.key,))
    return open_client(Authress, config, settings.timeout)


def shown(connection: Connection) -> dict[str, Any]:
    """A connection in the API's shape, without any client secret."""
    body = connection.to_dict()
    body.pop("clientSecret", None)
    return body


def _row(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data") if isinstance(body.get("data"), dict) else {}
    return {
        "connection_id": body.get("connectionId"),
        "type": body.get("type"),
        "name": (data or {}).get("name"),
        "authentication_url": body.get("authenticationUrl"),
        "active": body.get("isActiveConnection"),
        "last_updated": body.get("lastUpdated"),
    }


def _everything(authress: Authress) -> list[dict[str, Any]]:
    return [shown(connection) for connection in authress.connections.list()]


def list_(invocation: Invocation) -> ExitCode:
    """One row per connection; exit 4 when there is none."""
    fmt = invocation.fmt()
    with _authress(invocation) as authress:
        rows = [_row(body) for body in _everything(authress)]
    emit(rows, LIST_FIELDS, fmt, title="SSO connections")
    return ExitCode.OK if rows else ExitCode.NOTHING_MATCHED


def get(invocation: Invocation, connection_id: str) -> ExitCode:
    """One connection in full (JSON unless a table or CSV row is asked for)."""
    from sessionward.authress import NotFoundError

    fmt = invocation.fmt()
    with _authress(invocation) as authress:
        try:
            body = shown(authress.connections.get(connection_id))
        except NotFoundError:
            invocation.error(f"no connection {connection_id!r}")
            return ExitCode.NOTHING_MATCHED
    if fmt in ("table", "csv"):
        emit([_row(body)], LIST_FIELDS, fmt, title="SSO connection")
    else:
        print(json.dumps(body, indent=2 if fmt == "json" else None, ensure_ascii=False))
    return ExitCode.OK


def export(invocation: Invocation) -> ExitCode:
    """Every connection as one JSON array (whatever `-o` says: it is a file format)."""
    with _authress(invocation) as authress:
        bodies = _everything(authress)
    print(json.dumps(bodies, indent=2, ensure_ascii=False))
    return ExitCode.OK


def _load(path: Path) -> list[dict[str, Any]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageProblem(f"cannot read {path}: {error}") from None
    if not isinstance(document, list) or not all(isinstance(item, dict) for item in document):
        raise UsageProblem(f"{path} must be a JSON array of connections (see `connections export`)")
    return document


def _comparable(body: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in body.items() if key not in IGNORED}


def changes(wanted: list[dict[str, Any]], live: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What differs: `added` (in the file only), `changed` (with the fields), `removed`."""
    current = {body.get("connectionId"): body for body in live}
    named = set()
    found: list[dict[str, Any]] = []
    for body in wanted:
        connection_id = body.get("connectionId")
        named.add(connection_id)
        existing = current.get(connection_id) if connection_id else None
        if existing is None:
            found.append({"connection_id": connection_id, "change": "added", "fields": None})
            continue
        mine, theirs = _comparable(body), _comparable(existing)
        fields = sorted(k for k in set(mine) | set(theirs) if mine.get(k) != theirs.get(k))
        if fields:
            found.append({"connection_id": connection_id, "change": "changed", "fields": fields})
    found.extend(
        {"connection_id": connection_id, "change": "removed", "fields": None}
        for connection_id in current
        if connection_id not in named
    )
    return found


def diff(invocation: Invocation, path: Path) -> ExitCode:
    """Print the differences between FILE and the live connections; exit 1 if there are any."""
    wanted = _load(path)
    fmt = invocation.fmt()
    with _authress(invocation) as authress:
        found = changes(wanted, _everything(authress))
    emit(found, DIFF_FIELDS, fmt, title="Differences")
    return ExitCode.FAILURE if found else ExitCode.OK


def apply(
    invocation: Invocation,
    path: Path,
    options: Change,
) -> ExitCode:
    """Create the added connections and update the changed ones; removed ones are left alone."""
    from sessionward.authress import Connection

    wanted = _load(path)
    settings = invocation.settings()
    fmt = invocation.fmt()
    redactor = invocation.redactor()
    with _authress(invocation) as authress:
        found = [c for c in changes(wanted, _everything(authress)) if c["change"] != "removed"]
        left = sum(1 for c in changes(wanted, _everything(authress)) if c["change"] == "removed")
        if left:
            invocation.note(f"{left} live connection(s) not in {path} are left as they are")
        for change in found:
            invocation.note(f"  {change['change']}: {change['connection_id'] or '(new id)'}")
        rows = [{**c, "outcome": Outcome.PLANNED.value} for c in found]
        if not found:
            invocation.note("Nothing to apply.")
            emit([], APPLY_FIELDS, fmt)
            return ExitCode.NOTHING_MATCHED
        if options.dry_run:
            emit(rows, APPLY_FIELDS, fmt, title="Apply (dry run)")
            return ExitCode.OK
        if not confirmed(invocation, f"Apply {len(found)} change(s) to Authress?", yes=options.yes):
            return ExitCode.ABORTED
        _audit.check_writable(settings.audit_log)
        by_id = {body.get("connectionId"): body for body in wanted}
        new = [body for body in wanted if not body.get("connectionId")]
        results = []
        for index, change in enumerate(found):
            connection_id = change["connection_id"]
            body = by_id[connection_id] if connection_id else new.pop(0)
            row = {**change, "error_type": None, "message": None}
            try:
                connection = Connection.from_dict(body)
                if change["change"] == "added":
                    created = authress.connections.create(connection)
                    row["connection_id"] = created.connection_id
                else:
                    authress.connections.update(connection_id, connection)
                row["outcome"] = "applied"
            except Exception as error:
                error_type, message = redactor.describe(error)
                row |= {"outcome": "failed", "error_type": error_type, "message": message}
            results.append(row)
            rows[index] = row
    failures = sum(row["outcome"] == "failed" for row in results)
    code = (
        ExitCode.OK
        if not failures
        else ExitCode.FAILURE
        if failures == len(results)
        else ExitCode.PARTIAL
    )
    _audit.append(
        settings.audit_log,
        command="connections apply",
        targets=[str(row["connection_id"]) for row in results],
        reason=options.reason,
        ticket=options.ticket,
        outcomes=results,
        exit_code=int(code),
        redactor=redactor,
    )
    emit(results, APPLY_FIELDS, fmt, title="Apply")
    return code
