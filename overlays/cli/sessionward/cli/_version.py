"""The version of sessionward-cli, read by the build backend and shown by `sessionward --version`."""

__version__ = "0.1.0"
