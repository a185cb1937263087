"""One process at a time per collection: a second open gets a clear error, never a clobber."""

import contextlib
import errno
import json
import os
import socket
from pathlib import Path

from filelock import FileLock, Timeout

from memoryapp.core.errors import CollectionLockedError, ReadOnlyCollectionError
from memoryapp.storage.atomic import atomic_write_bytes, remove_file

READ_ONLY_MEDIA = "the collection is on read-only media or its folder cannot be written"


class CollectionLock:
    """An OS-level lock on ``<collection>/.lock``, released by the OS if the process dies."""

    def __init__(self, lock_path: Path, collection: Path) -> None:
        self._lock = FileLock(lock_path, timeout=0, thread_local=False, is_singleton=False)
        self._owner_path = lock_path.with_name(".lock-owner.json")
        self._collection = collection

    def acquire(self) -> None:
        """Take the lock.

        Raises:
            CollectionLockedError: another process (or window) has the collection open.
            ReadOnlyCollectionError: the lock file cannot be made or opened for writing
                (read-only media, no permission): the collection can only be read.
        """
        try:
            self._lock.acquire()
        except Timeout:
            raise CollectionLockedError(self._collection, self._owner()) from None
        except OSError as exc:
            if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
                raise
            raise ReadOnlyCollectionError(self._collection, READ_ONLY_MEDIA) from exc
        owner = {"pid": os.getpid(), "host": socket.gethostname()}
        with contextlib.suppress(OSError):  # read-only media: only the note is missing
            atomic_write_bytes(self._owner_path, json.dumps(owner).encode("utf-8"))

    def release(self) -> None:
        """Let go of the lock."""
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                remove_file(self._owner_path)
            self._lock.release()

    def _owner(self) -> str:
        try:
            owner = json.loads(self._owner_path.read_text(encoding="utf-8"))
            return f"process {owner['pid']} on {owner['host']}"
        except (OSError, ValueError, KeyError, TypeError):
            return ""
