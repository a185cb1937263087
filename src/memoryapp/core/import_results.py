"""What an import did, file by file: a broken file is a result, never a crash."""

from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.ids import ItemId


class FileStatus(StrEnum):
    """The outcome for one source file."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    POSSIBLE_COPY = "possible-copy"
    FAILED = "failed"
    SKIPPED = "skipped"


class FailureReason(StrEnum):
    """Why a file failed or was skipped; the UI translates these."""

    ZERO_BYTES = "zero-bytes"
    TRUNCATED = "truncated"
    CORRUPT = "corrupt"
    UNSUPPORTED = "unsupported"
    DECOMPRESSION_BOMB = "decompression-bomb"
    TOO_LARGE = "too-large"
    BAD_METADATA = "bad-metadata"
    UNREADABLE = "unreadable"  # permissions, I/O error
    VANISHED = "vanished"  # gone between listing and reading
    TIMEOUT = "timeout"
    BAD_NAME = "bad-name"
    SYMLINK_LOOP = "symlink-loop"
    NOT_A_FILE = "not-a-file"
    DISK_FULL = "disk-full"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True, kw_only=True)
class FileResult:
    """One source file's result. ``path`` is the text of the path as given or found."""

    path: str
    status: FileStatus
    item_id: ItemId | None = None
    reason: FailureReason | None = None
    detail: str = ""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    """Every file's result, in the order the files were found."""

    results: tuple[FileResult, ...] = ()
    cancelled: bool = False
    elapsed_s: float = 0.0
    bytes_read: int = 0

    def of(self, status: FileStatus) -> tuple[FileResult, ...]:
        """Results with this status."""
        return tuple(r for r in self.results if r.status is status)

    @property
    def added(self) -> tuple[FileResult, ...]:
        """Files that became new items (including possible copies)."""
        return tuple(
            r for r in self.results if r.status in (FileStatus.IMPORTED, FileStatus.POSSIBLE_COPY)
        )

    @property
    def failures(self) -> tuple[FileResult, ...]:
        """Files that failed."""
        return self.of(FileStatus.FAILED)
