"""Start every registered API's simulator and run every workflow against them (``python -m demo``).

Each API of the registry (``sessionward.testing.registered_apis()``) has its workflow in
``demo/_<key>.py`` (a ``workflow(sim)`` function); the command line workflow runs last, over all
of them. Exits 0 when every workflow ran; an error from any of them is printed with its type and
message and makes the run exit 1.
"""

from __future__ import annotations

import contextlib
import importlib
import sys

from demo import _cli
from sessionward.core import SessionwardError
from sessionward.testing import registered_apis, serve

NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def main() -> int:
    """Serve the APIs on loopback, run their workflows, report how it went."""
    apis = registered_apis()
    with contextlib.ExitStack() as stack:
        sims = {api.key: stack.enter_context(serve(api.key)) for api in apis}
        print("Simulators serving on loopback:")
        for sim in sims.values():
            print(f"  {sim.api:<10} {sim.base_url}")
        try:
            for api in apis:
                importlib.import_module(f"demo._{api.key}").workflow(sims[api.key])
            _cli.run(sims)
        except (SessionwardError, _cli.WorkflowError) as error:
            print(f"\nworkflow failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    count = NUMBERS[len(apis)] if len(apis) < len(NUMBERS) else str(len(apis))
    print(f"\nAll {count} workflows ran, and the command line workflow.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
