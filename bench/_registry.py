"""Each registered API's bench module, found through the registry without importing any client.

`WORKLOADS` maps each API key of the registry (`sessionward.testing.registered_apis()`) to the
`WORKLOAD` of its own module `bench/_<key>.py` (see `bench._workload`), and `APIS` to its registry
entry. Nothing here imports an overlay: the sections that need only the declarations (parsing,
memory, startup) leave the clients to `bench._overlays`. A registered API without a bench module
fails here.
"""

from __future__ import annotations

import importlib

from bench._workload import Workload
from sessionward.testing import RegisteredAPI, registered_apis


def _workload(api: RegisteredAPI) -> Workload:
    module = f"bench._{api.key}"
    found = importlib.import_module(module).WORKLOAD
    assert isinstance(found, Workload), f"{module}.WORKLOAD is not a bench._workload.Workload"
    return found


APIS: dict[str, RegisteredAPI] = {api.key: api for api in registered_apis()}
WORKLOADS: dict[str, Workload] = {key: _workload(api) for key, api in APIS.items()}
