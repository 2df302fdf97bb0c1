"""Print rows of data on stdout as a table, JSON, JSON lines or CSV; notes go to stderr.

JSON is always one valid document (`[]` when there is nothing); JSON lines print one object a
line (nothing at all when empty); CSV has a header row even when empty. Tables are for a terminal:
the default format is `table` when stdout is one and `json` otherwise. A table is never cut to
the terminal's width: it is drawn as wide as its longest cell needs, so ids are never truncated.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

FORMATS = ("table", "json", "jsonl", "csv")
Row = Mapping[str, Any]


def resolve_format(requested: str | None, stream: TextIO | None = None) -> str:
    """The format to print in: `requested`, or table on a terminal and JSON elsewhere."""
    if requested:
        return requested
    return "table" if (stream or sys.stdout).isatty() else "json"


def emit(
    rows: Sequence[Row],
    fields: Sequence[str],
    fmt: str,
    *,
    title: str | None = None,
    stream: TextIO | None = None,
) -> None:
    """Print `rows` (only their `fields`, in that order) on stdout in format `fmt`."""
    out = stream or sys.stdout
    picked = [{name: row.get(name) for name in fields} for row in rows]
    if fmt == "json":
        out.write(json.dumps(picked, indent=2, ensure_ascii=False) + "\n")
    elif fmt == "jsonl":
        for row in picked:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(fields), lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in picked)
    else:
        _table(picked, fields, title, out)
    out.flush()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ", ".join(_cell(item) for item in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _table(
    rows: list[dict[str, Any]], fields: Sequence[str], title: str | None, out: TextIO
) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left", show_lines=False)
    for name in fields:
        table.add_column(name, no_wrap=True, overflow="ignore")
    cells = [[_cell(row[name]) for name in fields] for row in rows]
    for line in cells:
        table.add_row(*line)
    # Wide enough for the longest cell of every column: nothing is cut or wrapped.
    widths = [max([len(name), *(len(line[i]) for line in cells)]) for i, name in enumerate(fields)]
    needed = sum(widths) + 3 * len(fields) + 1
    console = Console(file=out, highlight=False, soft_wrap=False)
    console.width = max(console.width, needed, len(title or ""))
    with console.capture() as captured:
        console.print(table)
        if not rows:
            console.print("(none)")
    # The title is padded to the console's width; trailing blanks only confuse a reader's tools.
    out.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
