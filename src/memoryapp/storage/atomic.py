"""Crash-safe writes: a reader sees the old file or the new one, never half of one.

These helpers are the only code that writes into a collection folder.
"""

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
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


def _atomic_write(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":
            os.fchmod(fd, _FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via temp file + fsync + rename.

    Raises:
        OSError: the write failed (e.g. ``ENOSPC``); ``path`` is left as it was.
    """
    _atomic_write(path, lambda handle: handle.write(data))


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
