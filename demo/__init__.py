"""The sessionward demo: the suite's main job, run end to end on the embedded simulators.

``nox -s demo`` (or ``python -m demo`` in an environment with the packages installed) starts the
four simulators on loopback and runs one readable workflow per API through the overlay clients,
printing what it sees and does as tables. Each workflow is a module of its own, written the way a
security engineer would write it against the real service: only the base URL and credentials come
from the simulator.
"""
