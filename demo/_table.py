"""Plain-text tables for the demo's output: a title, a header row and aligned columns."""

from __future__ import annotations

from collections.abc import Sequence


def render(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Render ``rows`` under ``header`` as an aligned text table with ``title`` above it."""
    cells = [[str(value) for value in row] for row in rows]
    widths = [len(name) for name in header]
    for row in cells:
        widths = [max(width, len(cell)) for width, cell in zip(widths, row, strict=True)]

    def line(values: Sequence[str]) -> str:
        padded = (value.ljust(width) for value, width in zip(values, widths, strict=True))
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * width for width in widths)
    body = [line(row) for row in cells] or ["(none)"]
    return "\n".join([f"\n{title}", line(list(header)), rule, *body])


def show(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print a table (see ``render``)."""
    print(render(title, header, rows))


def step(text: str) -> None:
    """Print one step of a workflow, as a line a person reads."""
    print(f"\n> {text}")
