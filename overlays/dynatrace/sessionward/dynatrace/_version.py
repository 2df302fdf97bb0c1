"""The version of sessionward-dynatrace, read by the build backend and sent in the User-Agent."""

__version__ = "0.3.3"
