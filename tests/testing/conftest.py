"""Fixtures for the simulator framework's tests: the example notes API, as a pytest fixture."""

from sessionward.testing.pytest_plugin import simulator_fixture

example_sim = simulator_fixture("tests.testing._example:ExampleAPI", name="example_sim")
