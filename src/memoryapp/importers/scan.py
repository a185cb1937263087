"""Walk the paths a user gave: files and folders, in a stable order, without surprises.

Hidden files and folders, sidecars (read with their image) and OS clutter are skipped;
symlink loops and unreadable folders become results instead of errors.
"""

import errno
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from memoryapp.core.import_results import FailureReason

_CLUTTER = {"thumbs.db", "desktop.ini", ".ds_store", "picasa.ini", ".picasa.ini"}
SIDECAR_SUFFIXES = {".xmp"}


@dataclass(frozen=True, slots=True)
class Found:
    """A candidate file, or a problem met while walking (``reason`` set)."""

    path: Path
    reason: FailureReason | None = None
    detail: str = ""


def walk(paths: Sequence[Path]) -> Iterator[Found]:
    """Yield every importable candidate under ``paths`` (files given directly always count)."""
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        try:
            if path.is_dir():
                yield from _walk_dir(path, seen_dirs)
            elif path.exists() or path.is_symlink():
                if path.is_symlink() and not path.exists():
                    yield _dangling(path)
                elif path.is_file():
                    yield Found(path)
                else:
                    yield Found(path, FailureReason.NOT_A_FILE, "not a regular file")
            else:
                yield Found(path, FailureReason.VANISHED, "no such file or folder")
        except OSError as exc:
            reason = (
                FailureReason.SYMLINK_LOOP if exc.errno == errno.ELOOP else FailureReason.UNREADABLE
            )
            yield Found(path, reason, exc.strerror or str(exc))


def _dangling(link: Path) -> Found:
    """A symbolic link that leads nowhere: into a loop of links, or to nothing."""
    try:
        link.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Found(link, FailureReason.SYMLINK_LOOP, "symbolic link loop")
    return Found(link, FailureReason.VANISHED, "broken symbolic link")


def _walk_dir(folder: Path, seen: set[tuple[int, int]]) -> Iterator[Found]:
    try:
        stat = folder.stat()
    except OSError as exc:
        reason = (
            FailureReason.SYMLINK_LOOP if exc.errno == errno.ELOOP else FailureReason.UNREADABLE
        )
        yield Found(folder, reason, exc.strerror or str(exc))
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen:
        yield Found(
            folder, FailureReason.SYMLINK_LOOP, "folder already visited (symbolic link loop)"
        )
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Found(folder, FailureReason.UNREADABLE, exc.strerror or str(exc))
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name.lower() in _CLUTTER:
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir():
                yield from _walk_dir(path, seen)
            elif entry.is_file():
                if path.suffix.lower() not in SIDECAR_SUFFIXES:
                    yield Found(path)
            elif entry.is_symlink():
                yield _dangling(path)
        except OSError as exc:
            reason = (
                FailureReason.SYMLINK_LOOP if exc.errno == errno.ELOOP else FailureReason.UNREADABLE
            )
            yield Found(path, reason, exc.strerror or str(exc))
