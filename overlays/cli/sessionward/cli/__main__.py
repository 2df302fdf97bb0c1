"""`python -m sessionward.cli`: the same as the `sessionward` console script."""

from sessionward.cli._main import main

main()
