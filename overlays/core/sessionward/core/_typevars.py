"""The type variables the core's generic helpers share, declared once.

`P` is the parameters of a method written once for both twins, `R` its result, `T`/`U` item
types, `K` a key; `SyncT`/`AsyncT` are what a twin's attribute or listing is on each side.
"""

from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K")
T_co = TypeVar("T_co", covariant=True)
SyncT = TypeVar("SyncT")
AsyncT = TypeVar("AsyncT")
SyncT_co = TypeVar("SyncT_co", covariant=True)
AsyncT_co = TypeVar("AsyncT_co", covariant=True)
