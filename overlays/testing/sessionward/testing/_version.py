"""The version of sessionward-testing, read by the build backend."""

__version__ = "0.1.10"
