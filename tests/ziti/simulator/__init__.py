"""Tests of the ziti simulator, `sessionward.testing._ziti`, against its spec."""
