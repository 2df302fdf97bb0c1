"""The command line: `python -m sessionward.testing serve <api|all> [options]`.

Once every requested simulator accepts connections, it prints one JSON line per API on stdout,
`{"api": ..., "base_url": ..., "credentials": {...}}`, and serves until SIGINT or SIGTERM. It exits
0, or 1 if a simulator broke its spec meanwhile (the violations go to stderr), or 2 when it cannot
start; bad arguments get a one-line usage error and exit 2 too (argparse's usage status). Logs go
to stderr; stdout carries the JSON lines only.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType

from sessionward.testing._errors import SimulatorError, SpecViolationError
from sessionward.testing._registry import APIS
from sessionward.testing._server import SimulatorServer

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_CANNOT_START = 2


def _count(text: str) -> int:
    """An argparse type: an integer >= 0 (a bad value gets argparse's one-line usage error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; give a number >= 0")
    return value


def _port(text: str) -> int:
    """An argparse type: a TCP port, 0 to 65535 (0: a free one)."""
    value = _count(text)
    if value > 65535:
        raise argparse.ArgumentTypeError(f"{value} is not a port (0 to 65535)")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m sessionward.testing",
        description="Serve stateful simulators of the sessionward APIs over HTTP.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve one API, or all of them, until interrupted")
    serve.add_argument(
        "api", help=f"{', '.join(APIS)}, all, or a plug-in import path 'package.module:Class'"
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=_port, default=0, help="port to listen on (0: a free one)")
    serve.add_argument("--seed", type=int, default=0, help="seed of the simulated data (0)")
    serve.add_argument("--size", type=_count, default=None, help="number of seeded items")
    serve.add_argument(
        "--no-response-validation",
        dest="validate_responses",
        action="store_false",
        help="do not check responses against the spec (for load runs)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    arguments = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    apis = list(APIS) if arguments.api == "all" else [arguments.api]
    if len(apis) > 1 and arguments.port != 0:
        print("serve all takes no --port: each API gets a free port", file=sys.stderr)
        return EXIT_CANNOT_START

    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)

    servers: list[SimulatorServer] = []
    try:
        for api in apis:
            server = SimulatorServer(
                api,
                seed=arguments.seed,
                size=arguments.size,
                host=arguments.host,
                port=arguments.port,
                validate_responses=arguments.validate_responses,
            )
            handle = server.start()
            servers.append(server)
            line = {
                "api": handle.api,
                "base_url": handle.base_url,
                "credentials": handle.credentials,
            }
            print(json.dumps(line), flush=True)
        while not stop.wait(1.0):
            pass
    except (SimulatorError, ValueError, TypeError) as exc:
        # A value argparse let through but the simulator refused is still the caller's mistake.
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_CANNOT_START
    finally:
        for server in servers:
            server.stop()
    violations = [violation for server in servers for violation in server.violations]
    if violations:
        print(SpecViolationError(violations), file=sys.stderr)
        return EXIT_VIOLATIONS
    return EXIT_OK
