"""Run the benchmarks and print the figures as Markdown tables (``python -m bench [SECTION ...]``).

With no argument every section runs, in the order of `SECTIONS`; name sections (``calls``,
``load``, ...) to run only those, e.g. ``nox -s bench -- calls``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from bench._calls import ASYNC_CALLS, ASYNC_CONCURRENCY, SIZE, Comparison, call_ratios
from bench._cli_help import help_startup
from bench._imports import RUNS as IMPORT_RUNS
from bench._imports import cold_imports, ready_clients
from bench._load import CALLS, CONCURRENCY, load_with_faults
from bench._memory import iteration_memory
from bench._parsing import parse_ratios
from bench._startup import cli_ready

IMPORT_TARGET_EXTRA_MS = 25
CALL_TARGET = 1.10
PARSE_TARGET = 1.5
MEMORY_TARGET_MB = 50
READY_TARGET_S = 3.0
HELP_TARGET_S = 0.5
UNTYPED_TARGET = 0


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def imports() -> None:
    """Cold import of each package against `import httpx`, and a built client against httpx's."""
    print(f"## Cold import vs `import httpx` (fastest of {IMPORT_RUNS} fresh interpreters each)\n")
    print("An overlay's figure reaches its client class (names load on first use, PEP 562). The")
    print("extra is the fastest run against the fastest `import httpx` of the same run, as timeit")
    print("advises on a noisy machine; the medians' difference is beside it.\n")
    print("| import | ms | import httpx ms | extra ms | median extra ms | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in cold_imports():
        ok = row.extra_ms <= IMPORT_TARGET_EXTRA_MS
        figures = f"{min(row.samples) * 1000:.1f} | {min(row.baseline) * 1000:.1f}"
        extras = f"{row.extra_ms:+.1f} | {row.median_extra_ms:+.1f}"
        target = f"<= +{IMPORT_TARGET_EXTRA_MS} | {_verdict(ok)}"
        print(f"| `{row.label}` | {figures} | {extras} | {target} |")
    print("\nThe generated client, models and operations load with the first client and resource:")
    print("a client built and its resources reached (nothing sent), against `httpx.Client()`.\n")
    print("| package | client + resources ms | `httpx.Client()` ms | extra ms | median extra ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for row in ready_clients():
        figures = f"{min(row.samples) * 1000:.1f} | {min(row.baseline) * 1000:.1f}"
        print(f"| {row.label} | {figures} | {row.extra_ms:+.1f} | {row.median_extra_ms:+.1f} |")


def _comparison_table(comparisons: list[Comparison], unit: str, scale: float) -> None:
    print(f"| api | overlay {unit} | raw {unit} | ratio | ", end="")
    print("overlay CPU µs | raw CPU µs | CPU ratio | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in comparisons:
        wall = f"{row.overlay.wall * scale:.0f} | {row.raw.wall * scale:.0f}"
        cpu = f"{row.overlay.cpu * 1e6:.0f} | {row.raw.cpu * 1e6:.0f} | {row.cpu_ratio:.2f}x"
        target = f"<= {CALL_TARGET}x | {_verdict(row.wall_ratio <= CALL_TARGET)}"
        print(f"| {row.key} | {wall} | {row.wall_ratio:.2f}x | {cpu} | {target} |")


def calls() -> None:
    """Per call and async throughput of each overlay's listing call against raw httpx."""
    sequential, concurrent = call_ratios()
    print(f"\n## One listing call ({SIZE} items) vs raw httpx GET + json.loads, same request\n")
    print("Per call, median of interleaved rounds. CPU is this process's alone (each simulator")
    print("runs in its own); wall time includes the simulator's, the same for both sides. The")
    print("target applies to the wall ratio.\n")
    _comparison_table(sequential, "µs", 1e6)
    print(
        f"\n## {ASYNC_CALLS:,} async listing calls at concurrency {ASYNC_CONCURRENCY} vs raw "
        "`httpx.AsyncClient`\n"
    )
    print("Wall time of a batch and CPU per call, median of alternating batches.\n")
    _comparison_table(concurrent, "ms", 1e3)


def load() -> None:
    """Async calls across the four clients under injected faults, against the same without."""
    print(
        f"\n## {CALLS:,} async calls at concurrency {CONCURRENCY} across the four clients, "
        "~10 % 5xx and ~5 % dropped connections injected\n"
    )
    baseline, faulted = load_with_faults()
    print("| run | succeeded | typed errors | untyped errors | p50 ms | p99 ms | peak RSS MiB | |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: | --- |")
    for label, run in (("no faults (baseline)", baseline), ("with faults", faulted)):
        typed = ", ".join(f"{name} {count}" for name, count in sorted(run.typed.items())) or "0"
        untyped = sum(run.untyped.values())
        figures = f"{run.succeeded} | {typed} | {untyped} | {run.p50 * 1e3:.0f} | "
        figures += f"{run.p99 * 1e3:.0f} | {run.peak_rss_mib:.0f}"
        ok = untyped <= UNTYPED_TARGET
        print(f"| {label} | {figures} | {_verdict(ok)} (untyped {UNTYPED_TARGET}) |")


def parsing() -> None:
    """Parsing 10,000 items into the validated models against `json.loads` and msgspec."""
    print("\n## Parsing 10,000 items: validated models and msgspec typed structs vs json.loads\n")
    print("`models` is `from_json` on the raw bytes (what a client runs); `from_dict` is the")
    print("reference path it falls back to (`json.loads` then `from_dict`).\n")
    print("| body | models ms | from_dict ms | msgspec ms | json.loads ms ", end="")
    print("| models | from_dict | msgspec | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for row in parse_ratios():
        ratio = row.models / row.loads
        figures = f"{row.models * 1e3:.1f} | {row.from_dict * 1e3:.1f} | {row.structs * 1e3:.1f}"
        figures += f" | {row.loads * 1e3:.1f} | {ratio:.2f}x | {row.from_dict / row.loads:.2f}x"
        figures += f" | {row.structs / row.loads:.2f}x"
        line = f"| {row.label} | {figures} | <= {PARSE_TARGET}x "
        print(line + f"| {_verdict(ratio <= PARSE_TARGET)} |")


def startup() -> None:
    """The simulator CLI's start to its JSON line, and `sessionward --help`."""
    print("\n## Simulator CLI: start to its JSON line (median of 5)\n")
    print("| api | ready s | empty start s | ratio | target | |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for key, ready, empty in cli_ready():
        figures = f"{ready:.2f} | {empty:.2f} | {ready / empty:.1f}x"
        print(f"| {key} | {figures} | < {READY_TARGET_S} s | {_verdict(ready < READY_TARGET_S)} |")

    print("\n## sessionward --help: start to exit, as installed (median of 7)\n")
    print("| command | s | empty start s | ratio | target | |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for label, seconds, empty in help_startup():
        figures = f"{seconds:.3f} | {empty:.3f} | {seconds / empty:.1f}x"
        target = (
            f"< {HELP_TARGET_S} s | {_verdict(seconds < HELP_TARGET_S)}"
            if "help" in label
            else "- | -"
        )
        print(f"| `{label}` | {figures} | {target} |")


def memory() -> None:
    """Peak memory growth while iterating 100,000 items of each API that names a pager."""
    for label, count, lazy, eager in iteration_memory():
        print(f"\n## Iterating 100,000 {label} through list() (tracemalloc peak growth)\n")
        print("| sessions | lazy pager MB | kept in a list MB | target | |")
        print("| ---: | ---: | ---: | ---: | --- |")
        line = f"| {count} | {lazy:.1f} | {eager:.1f} | < {MEMORY_TARGET_MB} MB "
        print(line + f"| {_verdict(lazy < MEMORY_TARGET_MB)} |")


# The load benchmark runs before parsing and paging, whose allocations would set its peak RSS.
SECTIONS: dict[str, Callable[[], None]] = {
    "imports": imports,
    "calls": calls,
    "load": load,
    "parsing": parsing,
    "startup": startup,
    "memory": memory,
}


def main(names: list[str]) -> None:
    """Run the named sections (all when none is named); exit with a message for an unknown one."""
    unknown = [name for name in names if name not in SECTIONS]
    if unknown:
        sys.exit(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
    for name, section in SECTIONS.items():
        if not names or name in names:
            section()


if __name__ == "__main__":
    main(sys.argv[1:])
