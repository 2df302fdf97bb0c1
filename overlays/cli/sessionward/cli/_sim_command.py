"""`sessionward sim`: every platform's embedded simulator on loopback, and the environment for them.

Once all of them accept connections it prints one `export SESSIONWARD_...=...` line per setting on
stdout (shell-quoted, so `. ./sim.env` or `eval` reads them) and serves until SIGINT or SIGTERM.
With a command after `--`, it runs that command in the environment instead, and exits with its
status. The simulators come with `sessionward-cli[sim]` (sessionward-testing); the credentials it
prints are the simulators' own, made from the seed, and worth nothing elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import subprocess
import sys
import threading
from types import FrameType

from sessionward.cli._context import Invocation
from sessionward.cli._errors import UsageProblem
from sessionward.cli._exit import ExitCode
from sessionward.cli._platforms import keys
from sessionward.cli._platforms._platform import env_name


def environment(seed: int, stack: contextlib.ExitStack) -> dict[str, str]:
    """Start the simulators inside `stack`; return the variables that point the CLI at them."""
    try:
        from sessionward.testing import serve
    except ImportError:
        raise UsageProblem(
            "the simulators are not installed: pip install 'sessionward-cli[sim]'"
        ) from None
    variables: dict[str, str] = {}
    for key in keys():
        sim = stack.enter_context(serve(key, seed=seed))
        variables[env_name(key, "url")] = sim.base_url
        for keyword, value in sim.credentials.items():
            variables[env_name(key, keyword)] = value
    return variables


def run(invocation: Invocation, *, seed: int, command_line: tuple[str, ...]) -> int:
    """Serve and print, or run `command_line` and return its exit status (see the module)."""
    arguments = list(command_line)
    if arguments[:1] == ["--"]:
        arguments = arguments[1:]
    with contextlib.ExitStack() as stack:
        variables = environment(seed, stack)
        if arguments:
            completed = subprocess.run(arguments, env={**os.environ, **variables}, check=False)
            return completed.returncode
        lines = "".join(
            f"export {name}={shlex.quote(value)}\n" for name, value in variables.items()
        )
        sys.stdout.write(lines)
        sys.stdout.flush()
        invocation.note("Simulators serving on loopback; stop with Ctrl-C.")
        stop = threading.Event()

        def request_stop(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGINT, request_stop)
        signal.signal(signal.SIGTERM, request_stop)
        while not stop.wait(1.0):
            pass
    return ExitCode.OK
