"""sessionward.cli: the `sessionward` operator command, over the four sessionward clients.

Run it as `sessionward ...` (or `python -m sessionward.cli`); `main` is the console script and
`ExitCode` lists what its exit codes mean. Importing this package loads click only: the clients
are imported by the commands that use them.
"""

from sessionward.cli._exit import ExitCode
from sessionward.cli._main import main
from sessionward.cli._version import __version__

__all__ = ["ExitCode", "__version__", "main"]
