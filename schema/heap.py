"""The garbage collector of a serving process.

A full (generation 2) collection walks every object the process holds and stops the
event loop while it does: in a worker of some 120,000 objects (the schema, the modules,
the store's driver) that is about 100 ms, added to every request in flight, and it
came every few hundred requests: a cause of the mixed reads' p99. Objects that live as long
as the process are therefore frozen once the app has started (gc.freeze), so that
collections walk only what requests made since. Reference counting still frees
frozen objects; only their cycles, made before the freeze, would stay.
"""

from __future__ import annotations

import gc


def settle_heap() -> int:
    """Collect once, then exempt every object still alive from later collections;
    how many were frozen."""
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
