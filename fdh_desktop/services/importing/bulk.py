"""Bulk work without the cycle collector: a city's return is millions of live cell objects.

Measured at 45,000 members: the planner and the writer allocate steadily, each of Python's full
collections walks every cell of the workbook still held, and the collections took about 6 s of
a 21 s import (none of those objects is garbage). Reference counting still frees everything as
usual; only the search for cycles waits until the import is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cycle_collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
