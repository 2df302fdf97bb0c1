"""Benchmarks of the sessionward clients, run by ``nox -s bench``.

Each benchmark measures the suite against a baseline taken in the same run on the same machine
(raw httpx, bare ``json.loads``, an empty interpreter) and reports the ratio, because absolute
timings on shared machines are noise. Simulators run in their own processes (the CLI), so their
work never counts against the client being measured.
"""
