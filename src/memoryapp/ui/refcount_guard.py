"""A guard against a reference-counting bug of PySide6 6.12.0 on Python 3.11.

With that combination every Python call of a void Qt function (``setObjectName``...) loses
one reference to ``None``, and every ``Signal.emit`` one to ``True``. Python 3.12 made these
objects immortal, so the bug is harmless there; on 3.11 the interpreter aborts ("Fatal
Python error: bool_dealloc") after a few thousand calls. When a probe shows the bug, the
guard gives the three singletons an enormous reference count, as 3.12 does. Prefer a
PySide6 without the bug (6.11.3 is fine) or Python >= 3.12; the guard is then a no-op.
"""

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_HEADROOM = 1 << 40
_PROBES = 16
_applied = False


class _Probe(QObject):
    fired = Signal()


def _refcounts() -> tuple[int, int]:
    return sys.getrefcount(None), sys.getrefcount(True)


def leaks_references() -> bool:
    """Whether Qt calls from Python lose references to None or True in this build."""
    probe = _Probe()
    before = _refcounts()
    for _ in range(_PROBES):
        probe.setObjectName("probe")
        probe.fired.emit()
    after = _refcounts()
    return after[0] < before[0] - _PROBES // 2 or after[1] < before[1] - _PROBES // 2


def guard() -> bool:
    """Apply the guard if this PySide6 build needs it; return whether it is in force."""
    global _applied
    if _applied:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if not leaks_references():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    log.warning("PySide6 loses references to None/True on this Python; guard applied")
    return True
