"""The version of sessionward-ziti, read by the build backend and sent in the User-Agent."""

__version__ = "0.4.3"
