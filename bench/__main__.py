"""Run every benchmark and print the figures as Markdown tables (``python -m bench``)."""

from __future__ import annotations

from bench._calls import list_call_ratio
from bench._cli_help import help_startup
from bench._imports import cold_imports
from bench._load import CALLS, CONCURRENCY, load_with_faults
from bench._memory import iteration_memory
from bench._parsing import parse_ratios
from bench._startup import cli_ready

IMPORT_TARGET_EXTRA_MS = 25
CALL_TARGET = 1.15
PARSE_TARGET = 1.5
MEMORY_TARGET_MB = 50
READY_TARGET_S = 3.0
HELP_TARGET_S = 0.5
UNTYPED_TARGET = 0


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


def main() -> None:
    """Measure, then print one table per benchmark with the ratio against its baseline."""
    print("## Cold import vs `import httpx` (median of 7 fresh interpreters each, same run)\n")
    print("`import` alone loads no name (PEP 562); `import + client` also reaches the client")
    print("class, what a script pays before its first call; the extra over httpx is from it.\n")
    print("| package | import ms | import + client ms | import httpx ms | extra ms | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | --- |")
    for package, cost, with_client, httpx_ms in cold_imports():
        used = cost if with_client is None else with_client
        extra = used - httpx_ms
        ok = extra <= IMPORT_TARGET_EXTRA_MS
        client = "-" if with_client is None else f"{with_client:.1f}"
        figures = f"{cost:.1f} | {client} | {httpx_ms:.1f} | {extra:+.1f}"
        print(f"| {package} | {figures} | <= +{IMPORT_TARGET_EXTRA_MS} | {_verdict(ok)} |")

    print("\n## list() per call vs raw httpx GET + json.loads (Dynatrace /userSessions)\n")
    overlay, raw = list_call_ratio()
    ratio = overlay / raw
    print("| overlay µs | raw httpx µs | ratio | target | |")
    print("| ---: | ---: | ---: | ---: | --- |")
    line = f"| {overlay * 1e6:.0f} | {raw * 1e6:.0f} | {ratio:.2f}x | <= {CALL_TARGET}x "
    print(line + f"| {_verdict(ratio <= CALL_TARGET)} |")

    print(
        f"\n## {CALLS:,} async calls at concurrency {CONCURRENCY} across the four clients, "
        "~10 % 5xx and ~5 % dropped connections injected\n"
    )
    # Before the parsing and paging benchmarks, whose allocations would set the peak RSS.
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

    print("\n## Parsing 10,000 items: validated models and msgspec typed structs vs json.loads\n")
    print("| body | models ms | msgspec ms | json.loads ms | models | msgspec | target | |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for label, models, loads, structs in parse_ratios():
        ratio = models / loads
        figures = f"{models * 1e3:.1f} | {structs * 1e3:.1f} | {loads * 1e3:.1f}"
        figures += f" | {ratio:.2f}x | {structs / loads:.2f}x"
        line = f"| {label} | {figures} | <= {PARSE_TARGET}x "
        print(line + f"| {_verdict(ratio <= PARSE_TARGET)} |")

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

    print("\n## Iterating 100,000 Ziti sessions through list() (tracemalloc peak growth)\n")
    count, lazy, eager = iteration_memory()
    print("| sessions | lazy pager MB | kept in a list MB | target | |")
    print("| ---: | ---: | ---: | ---: | --- |")
    line = f"| {count} | {lazy:.1f} | {eager:.1f} | < {MEMORY_TARGET_MB} MB "
    print(line + f"| {_verdict(lazy < MEMORY_TARGET_MB)} |")


if __name__ == "__main__":
    main()
