"""Tests of the authress simulator, `sessionward.testing._authress`, against its spec."""
