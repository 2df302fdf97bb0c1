"""Tests of the dynatrace simulator, `sessionward.testing._dynatrace`, against its spec."""
