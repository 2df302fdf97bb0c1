"""The version gate of the suite: what changed in each distribution since its last release.

Each distribution's last release is recorded under ``releases/<distribution>/``: its version, a
hash of every file it ships, a snapshot of its public Python API (griffe) and, for a generated
client, the spec it was generated from. ``python -m scripts.releases versions`` compares the tree
with those records and prints one verdict per distribution (none, patch, minor, major, with the
reasons); it fails when a committed version does not cover its verdict. ``bump`` sets the versions
the verdicts require (and the pins of the dependents), writes the changelog entries and records
the new releases. The nox sessions ``versions`` and ``bump`` run it.
"""
