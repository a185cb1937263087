"""Find linked originals again after they were moved or renamed, by their content."""

from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.commands import replace_records
from memoryapp.core.file_names import is_utf8_name
from memoryapp.core.items import Item
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.importers.scan import walk
from memoryapp.library.library import Library
from memoryapp.storage.atomic import sha256_file


@dataclass(frozen=True, slots=True)
class RelinkReport:
    """Which linked files were missing, which were found again (old path, new path)."""

    missing: tuple[str, ...]
    found: tuple[tuple[str, str], ...]
    cancelled: bool = False

    @property
    def still_missing(self) -> tuple[str, ...]:
        """Missing files that were not found under the search folder."""
        found = {old for old, _ in self.found}
        return tuple(p for p in self.missing if p not in found)


def relink(
    library: Library,
    search_dir: Path,
    *,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> RelinkReport:
    """Look under ``search_dir`` for linked files that are no longer where they were.

    Only files of the right size are hashed; a file is taken when its SHA-256 matches. A file
    whose name is not valid UTF-8 is not taken (a linked path must be stored as it is). The
    updated items are saved in one undoable commit. Files are only read.
    """
    items = [i for i in library.items() if any(f.linked for f in i.files)]
    wanted: dict[int, dict[str, list[tuple[Item, int]]]] = {}
    missing: list[str] = []
    for item in items:
        for n, media in enumerate(item.files):
            if media.linked and not Path(media.path).is_file():
                missing.append(media.path)
                wanted.setdefault(media.size, {}).setdefault(media.sha256, []).append((item, n))
    candidates = []
    for entry in walk([search_dir]):  # the import's walk: no symlink loops, no clutter
        if entry.reason is None and is_utf8_name(str(entry.path)):  # others cannot be linked
            try:
                if entry.path.stat().st_size in wanted:
                    candidates.append(entry.path)
            except OSError:
                continue
    clock = ProgressClock(len(candidates))
    updated: dict[str, Item] = {}
    found: list[tuple[str, str]] = []
    for n, path in enumerate(candidates):
        if cancel is not None and cancel.is_cancelled:
            break
        try:
            size, digest = path.stat().st_size, sha256_file(path)
        except OSError:
            continue
        for item, index in wanted.get(size, {}).pop(digest, []):
            current = updated.get(item.id, item)
            old = current.files[index]
            files = list(current.files)
            files[index] = replace(old, path=str(path.resolve()))
            updated[item.id] = replace(current, files=tuple(files))
            found.append((old.path, str(path.resolve())))
        progress(clock.info(n + 1, message=str(path)))
    if updated:
        before = [library.item(i) for i in updated]
        library.apply(replace_records("Relink files", before, list(updated.values())))
    cancelled = cancel is not None and cancel.is_cancelled
    return RelinkReport(tuple(missing), tuple(found), cancelled)
