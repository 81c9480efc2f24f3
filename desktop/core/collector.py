"""Python's cyclic garbage collector around objects made to last as long as the process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def lasting() -> Iterator[None]:
    """Pause the collector while long-lived, cycle-free objects are made (a suggestion model,
    the compiled rules: hundreds of thousands of them), then move everything made so far out
    of its sight (``gc.freeze``) before it is back on: otherwise it scans them again and again
    while they are made, and every full run after, holding the GIL while the window waits.
    Reference counting still frees them. A collector the caller had off stays off."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if paused:
            gc.enable()
