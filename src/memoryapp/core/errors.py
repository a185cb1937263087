"""Errors raised on purpose by memoryapp.

* MemoryAppError
  * CollectionError                  the collection folder cannot be opened or saved
    * CollectionLockedError          another process has the collection open
    * CollectionNotFoundError        no collection at that path
    * CollectionCorruptError         a catalogue file cannot be read (names the file)
    * SchemaTooNewError              written by a newer memoryapp: refuse, never downgrade
    * ReadOnlyCollectionError        opened read-only (read-only media, or a reader): no edits
    * CollectionWriteError           a write failed (disk full…): nothing was half-written
  * ImportFileError                  one source file failed; the job goes on
  * NotFoundError (also KeyError)    no record with that ID
  * InvalidRecordError (also ValueError)  a record breaks a rule (names the rule)
  * OperationCancelledError          the user cancelled a long operation
  * HistoryError                     nothing to undo or redo
    * UndoRefusedError               a later operation changed the same records since
"""

import errno as _errno
import os
from pathlib import Path


class MemoryAppError(Exception):
    """Base class: catch this to handle every error memoryapp raises on purpose."""


class CollectionError(MemoryAppError):
    """The collection folder cannot be opened or saved."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CollectionLockedError(CollectionError):
    """Another process already has this collection open ("open in another window")."""

    def __init__(self, path: Path, owner: str = "") -> None:
        detail = f" by {owner}" if owner else ""
        super().__init__(path, f"the collection is open in another window{detail}")
        self.owner = owner


class CollectionNotFoundError(CollectionError):
    """There is no memoryapp collection at this path."""


class CollectionCorruptError(CollectionError):
    """A catalogue file exists but cannot be read."""


class SchemaTooNewError(CollectionError):
    """The collection was written by a newer memoryapp; it is never downgraded."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__(
            path, f"written by a newer memoryapp (schema {found}; this one reads up to {supported})"
        )
        self.found = found
        self.supported = supported


class ReadOnlyCollectionError(CollectionError):
    """The collection is open read-only (read-only media, or shared with a window): no edits."""


class CollectionWriteError(CollectionError):
    """Writing into the collection failed (disk full, I/O error); nothing was half-written.

    ``errno`` is the operating system's error number (``errno.ENOSPC`` for a full disk).
    """

    def __init__(self, path: Path, reason: str, errno: int | None = None) -> None:
        super().__init__(path, reason)
        self.errno = errno


class ImportFileError(MemoryAppError):
    """One source file could not be imported; the rest of the import goes on."""

    def __init__(self, path: Path, reason: str, detail: str = "") -> None:
        super().__init__(f"{path}: {reason}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.reason = reason
        self.detail = detail


class NotFoundError(MemoryAppError, KeyError):
    """No record with that ID."""

    def __init__(self, kind: str, record_id: str) -> None:
        super().__init__(f"no {kind} with id {record_id!r}")
        self.kind = kind
        self.record_id = record_id

    def __str__(self) -> str:
        return str(self.args[0])


class InvalidRecordError(MemoryAppError, ValueError):
    """A record or an edit breaks a rule of the model."""


class OperationCancelledError(MemoryAppError):
    """The user cancelled a long operation."""


def os_error_reason(exc: OSError) -> str:
    """Why a write failed, as words (no Python repr): "the disk is full", …."""
    if exc.errno == _errno.ENOSPC:
        return "the disk is full"
    if exc.errno == _errno.EDQUOT:
        return "the disk quota is used up"
    if exc.errno in (_errno.EROFS, _errno.EACCES, _errno.EPERM):
        return "it cannot be written (read-only media or no permission)"
    text = exc.strerror or (os.strerror(exc.errno) if exc.errno else "") or "input/output error"
    return f"could not write ({text[:1].lower()}{text[1:]})"


class HistoryError(MemoryAppError):
    """Undo or redo cannot be done: nothing to undo or redo, or the records moved on."""


class UndoRefusedError(HistoryError):
    """A later operation changed records that undoing (or redoing) would overwrite."""
