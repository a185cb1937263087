"""Decoder libraries' log messages, kept with the file being read instead of going to stderr.

exifread reports damaged fields ("Possibly corrupted field Tag 0xA800") through the
``exifread`` logger, which would print them bare, without the file's name. ``captured`` routes
the records of the current thread into a list while one file is read; the caller adds them to
that file's warnings. Outside a capture the records are dropped (they name no file).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

CAPTURED_LOGGERS: Final = ("exifread",)

_local = threading.local()


class _ToCurrentCapture(logging.Handler):
    """Appends each record's message to the current thread's capture list, if any."""

    def emit(self, record: logging.LogRecord) -> None:
        sink: list[str] | None = getattr(_local, "sink", None)
        if sink is not None:
            try:
                sink.append(record.getMessage())
            except (TypeError, ValueError):  # a malformed format string in the library
                sink.append(str(record.msg))


def _install() -> None:
    handler = _ToCurrentCapture(logging.DEBUG)
    for name in CAPTURED_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.propagate = False  # never bare to stderr


_install()


@contextmanager
def captured() -> Iterator[list[str]]:
    """Collect the decoder libraries' log messages of this thread while the block runs."""
    previous: list[str] | None = getattr(_local, "sink", None)
    sink: list[str] = []
    _local.sink = sink
    try:
        yield sink
    finally:
        _local.sink = previous
        if previous is not None:
            previous.extend(sink)
