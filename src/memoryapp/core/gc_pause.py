"""Pause Python's cyclic garbage collector while millions of containers are made at once.

Reading a large catalogue or search index creates millions of dicts, lists and tuples; every
700 new containers the collector starts a pass over them, which more than doubles the time of
a 100,000-item load (``bench/search_bench.py``). Nothing made there is garbage, so pausing the
collector for the duration is safe; it is switched back on (if it was on) at the end.

What the block made is then *frozen* (``gc.freeze``): later passes of the collector skip it,
so a large catalogue does not cost a long pause every so often while the window is in use.
Reference counting still frees those objects as usual when they are dropped.
"""

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_off", "paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, then freeze what it made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """Run a short block (one search) with the cyclic garbage collector off; freeze nothing.

    A search makes thousands of short-lived containers: with the collector on, each 700 of
    them start a pass that also walks the large results made just before. What the block
    leaves is collected as usual afterwards.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
