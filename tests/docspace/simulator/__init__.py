"""Tests of the docspace simulator, `sessionward.testing._docspace`, against its spec."""
