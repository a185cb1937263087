"""How many files an import of these paths would read, counted before it starts.

The import dialog shows "412 files found" while the user still chooses between copying and
linking; the walk is the import's own (hidden files, sidecars and clutter left out).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from memoryapp.core.progress import CancelToken
from memoryapp.importers.scan import walk

REPORT_EVERY = 250
"""Files counted between two progress calls."""


@dataclass(frozen=True, slots=True)
class FileCount:
    """Files an import would read, and paths it could not walk (unreadable, loops, gone)."""

    files: int = 0
    problems: int = 0
    cancelled: bool = False


def count_files(
    paths: Sequence[Path],
    *,
    cancel: CancelToken | None = None,
    progress: Callable[[int], None] | None = None,
) -> FileCount:
    """Count the files under ``paths``; ``progress(files so far)`` every few hundred files."""
    files = problems = 0
    for found in walk(paths):
        if cancel is not None and cancel.is_cancelled:
            return FileCount(files, problems, cancelled=True)
        if found.reason is None:
            files += 1
            if progress is not None and files % REPORT_EVERY == 0:
                progress(files)
        else:
            problems += 1
    return FileCount(files, problems)
