"""Crash-safe writes: a reader sees the old file or the new one, never half of one.

These helpers are the only code that writes into a collection folder.
"""

import ctypes
import errno
import hashlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import BinaryIO

_CHUNK = 1 << 20
_UMASK = os.umask(0o022)  # read the process umask once (os.umask can only read by setting)
os.umask(_UMASK)
_FILE_MODE = 0o666 & ~_UMASK  # what open() would have given; mkstemp alone gives 0600


def fsync_dir(folder: Path) -> None:
    """Make a rename or an unlink inside ``folder`` durable (no-op where unsupported)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some filesystems (e.g. FAT over FUSE) refuse a directory fsync
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


_deferred = threading.local()  # .written: the paths of the one_flush block running here


@contextmanager
def one_flush(root: Path) -> Iterator[None]:
    """Writes in the block skip their own fsyncs; the block ends with one :func:`make_durable`.

    For a commit that rewrites many files behind a durable journal: until the block has
    ended the journal can redo them, so they need not be durable one by one. When the block
    raises, nothing is flushed (the journal stays).
    """
    outer = getattr(_deferred, "written", None)
    written: list[Path] = []
    _deferred.written = written
    try:
        yield
    finally:
        _deferred.written = outer
    if outer is not None:  # nested: the outer block flushes
        outer.extend(written)
    else:
        make_durable(root, written)


_names = threading.local()  # .count: temporary names made by this thread


def _temporary(path: Path, mode: int) -> tuple[int, Path]:
    """Create ``.name.<pid>-<n>.tmp`` beside ``path`` (its folder made when missing).

    A name left by a crashed process of the same id is skipped for a random one.
    """
    count = getattr(_names, "count", 0) + 1
    _names.count = count
    tmp = path.parent / f".{path.name}.{os.getpid()}-{threading.get_native_id()}-{count}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for attempt in range(2):
        try:
            return os.open(tmp, flags, mode), tmp
        except FileNotFoundError:
            if attempt:
                raise
            path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            break
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    return fd, Path(name)


def _atomic_write(
    path: Path,
    fill: Callable[[BinaryIO], object] | bytes,
    durable: bool = True,
    mode: int = _FILE_MODE,
) -> None:
    deferred: list[Path] | None = getattr(_deferred, "written", None)
    if deferred is not None:
        durable = False
        deferred.append(path)
    fd, tmp = _temporary(path, mode)
    try:
        if os.name == "posix":
            os.fchmod(fd, mode)  # what the umask took away; mkstemp alone gives 0600
        if isinstance(fill, bytes):
            with os.fdopen(fd, "wb", buffering=0) as raw:
                view = memoryview(fill)
                while view:
                    view = view[raw.write(view) or 0 :]
                if durable:
                    os.fsync(raw.fileno())
        else:
            with os.fdopen(fd, "wb") as handle:
                fill(handle)
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(path.parent)


def atomic_write_bytes(
    path: Path, data: bytes, *, durable: bool = True, mode: int = _FILE_MODE
) -> None:
    """Write ``data`` to ``path`` via temp file + fsync + rename.

    With ``durable=False`` the fsyncs are left to the caller, who writes many files and makes
    them durable at once with :func:`make_durable` before anything refers to them (an
    import's batch: one flush per commit, not two per file). Readers still see the old file
    or the new one, never half of one; after a crash the new file may be missing or empty.
    ``mode``: the file's permissions (``0o444`` for an original nothing writes again).

    Raises:
        OSError: the write failed (e.g. ``ENOSPC``); ``path`` is left as it was.
    """
    _atomic_write(path, data, durable, mode)


@cache
def _syncfs() -> Callable[[int], int] | None:
    """Linux's syncfs(2): flush one file system's dirty data and metadata in one call."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int]
    call.restype = ctypes.c_int
    return call


def make_durable(root: Path, written: Iterable[Path]) -> None:
    """Make files written with ``durable=False`` under ``root`` (and their renames) durable.

    One syncfs(2) of the collection's file system where Linux has it; elsewhere an fsync of
    each file and of each folder that received one.

    Raises:
        OSError: the flush failed (the files must not be referred to).
    """
    files = list(written)
    if not files:
        return
    syncfs = _syncfs()
    if syncfs is not None:
        fd = os.open(root, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    for path in files:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in {path.parent for path in files}:
        fsync_dir(folder)


class BackgroundFlush:
    """Makes files written with ``durable=False`` durable in a thread while the writer goes on.

    A long import adds what its workers wrote (:meth:`add`) and calls :meth:`kick` often:
    a flush runs in the background whenever files are waiting and none is running, so the
    flush a commit must wait for (:meth:`wait`) has little left to do. Only the thread that
    made the object calls its methods.
    """

    def __init__(self, root: Path, every_s: float = 0.25) -> None:
        self._root = root
        self._every_s = every_s  # at most one background flush started per this many seconds
        self._started = 0.0
        self._waiting: list[Path] = []  # written, not known durable; a running flush's first
        self._thread: threading.Thread | None = None
        self._flushing = 0  # how many of ``_waiting`` the running flush covers
        self._error: OSError | None = None

    def add(self, paths: Iterable[Path]) -> None:
        """Files written since the last call."""
        self._waiting.extend(paths)

    def kick(self) -> None:
        """Start a background flush of what waits, unless one is running.

        Raises:
            OSError: the previous background flush failed.
        """
        if self._thread is not None:
            if self._thread.is_alive():
                return
            self._finish()
        if not self._waiting or time.monotonic() - self._started < self._every_s:
            return
        self._started = time.monotonic()
        chunk = list(self._waiting)
        self._flushing = len(chunk)
        self._thread = threading.Thread(target=self._run, args=(chunk,), daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Return when every file added so far is durable.

        Raises:
            OSError: a flush failed (the files must not be referred to).
        """
        if self._thread is not None:
            self._thread.join()
            self._finish()
        if self._waiting:
            make_durable(self._root, self._waiting)
            self._waiting.clear()

    def _run(self, chunk: list[Path]) -> None:
        try:
            make_durable(self._root, chunk)
        except OSError as exc:
            self._error = exc

    def _finish(self) -> None:
        self._thread = None
        error, self._error = self._error, None
        if error is not None:
            raise error
        del self._waiting[: self._flushing]
        self._flushing = 0


def atomic_write_chunks(path: Path, chunks: Iterable[bytes]) -> None:
    """Like :func:`atomic_write_bytes`, for data made piece by piece (never all in memory)."""

    def fill(handle: BinaryIO) -> None:
        for chunk in chunks:
            handle.write(chunk)

    _atomic_write(path, fill)


def atomic_copy(source: Path, target: Path) -> str:
    """Copy ``source`` to ``target`` atomically; return the SHA-256 of what was copied.

    The source is only ever opened for reading.
    """
    digest = hashlib.sha256()

    def fill(handle: BinaryIO) -> None:
        with source.open("rb") as src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                handle.write(chunk)

    _atomic_write(target, fill)
    return digest.hexdigest()


def append_durable(path: Path, data: bytes, size: int) -> int:
    """Append ``data`` to ``path`` (made if absent) after its first ``size`` bytes; fsync it.

    Bytes beyond ``size`` (an append a failure cut short) are dropped first. A new file's
    folder is fsync'ed too. When the data returns, it is on disk: the append is a commit
    point. Returns the file's new size.

    Raises:
        OSError: the append failed (e.g. ``ENOSPC``); the file is cut back to ``size`` bytes
            (removed if this call made it).
    """
    created = not path.exists()
    if created:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _FILE_MODE)
    try:
        if os.fstat(fd).st_size != size:
            os.ftruncate(fd, size)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        getattr(os, "fdatasync", os.fsync)(fd)
        if created:
            fsync_dir(path.parent)
    except BaseException:
        try:
            if created:
                os.close(fd)
                fd = -1
                path.unlink(missing_ok=True)
            else:
                os.ftruncate(fd, size)
        except OSError:
            pass  # the next append cuts it back (bytes past ``size`` are never read as data)
        raise
    finally:
        if fd >= 0:
            os.close(fd)
    return size + len(data)


def truncate_file(path: Path, size: int) -> None:
    """Cut ``path`` back to ``size`` bytes (a torn last line of an append-only file)."""
    fd = os.open(path, os.O_WRONLY)
    try:
        os.ftruncate(fd, size)
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_file(path: Path) -> None:
    """Delete ``path`` if it exists and make the deletion durable."""
    try:
        path.unlink()
    except FileNotFoundError:
        return
    fsync_dir(path.parent)


def sha256_file(path: Path) -> str:
    """Hash a file in chunks (for verifying media)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()
