"""The version of sessionward-cli, read by the build backend; `sessionward --version` shows it."""

__version__ = "0.1.10"
