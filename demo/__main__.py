"""Start the four simulators and run every workflow against them (``python -m demo``).

Exits 0 when every workflow ran; an error from any of them is printed with its type and message and
makes the run exit 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

from demo import _authress, _cli, _docspace, _dynatrace, _ziti
from sessionward.core import SessionwardError
from sessionward.testing import serve


def main() -> int:
    """Serve the four APIs on loopback, run the four workflows, report how it went."""
    with contextlib.ExitStack() as stack:
        docspace, dynatrace, ziti, authress = (
            stack.enter_context(serve(key)) for key in ("docspace", "dynatrace", "ziti", "authress")
        )
        print("Simulators serving on loopback:")
        for sim in (docspace, dynatrace, ziti, authress):
            print(f"  {sim.api:<10} {sim.base_url}")
        try:
            _docspace.run(
                docspace.base_url,
                docspace.credentials["token"],
                docspace.other_credentials["member"]["token"],
            )
            _dynatrace.run(dynatrace.base_url, dynatrace.credentials["api_token"])
            asyncio.run(_ziti.run(ziti.base_url, **ziti.credentials))
            _authress.run(authress.base_url, authress.credentials["service_client_access_key"])
            sims = {sim.api: sim for sim in (docspace, dynatrace, ziti, authress)}
            _cli.run(sims)
        except (SessionwardError, _cli.WorkflowError) as error:
            print(f"\nworkflow failed: {type(error).__name__}: {error}", file=sys.stderr)
            return 1
    print("\nAll four workflows ran, and the command line workflow.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
