"""Integrity check of a collection: every file present and intact, nothing stray."""

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from memoryapp.core.evidence import Finding, check_evidence
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.progress import CancelToken, Progress, ProgressClock, no_progress
from memoryapp.storage.atomic import sha256_file
from memoryapp.storage.layout import CollectionPaths

_THUMB_SIZE = 256  # required; the 1024 preview is a cache made on demand


class ProblemKind(StrEnum):
    """What is wrong."""

    MISSING_MEDIA = "missing-media"
    HASH_MISMATCH = "hash-mismatch"
    MISSING_THUMBNAIL = "missing-thumbnail"
    ORPHAN_FILE = "orphan-file"
    LEFTOVER_TEMP = "leftover-temp"
    UNFINISHED_COMMIT = "unfinished-commit"
    DAMAGED_PICTURE = "damaged-picture"  # kept for its metadata; the pixels did not all decode


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding; ``path`` is relative to the collection when inside it."""

    kind: ProblemKind
    path: str
    detail: str = ""
    item_id: str = ""


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What ``check`` found. Orphans, leftover temp files and damaged pictures are harmless."""

    items: int
    files: int
    problems: tuple[Problem, ...]
    cancelled: bool = False
    findings: tuple[Finding, ...] = ()
    """Doubts about identifications (disputes, life spans...): warnings, never unhealthy."""

    @property
    def healthy(self) -> bool:
        """No missing or changed data. Orphans, crash leftovers and damaged originals are harmless.

        A damaged picture was damaged when it was imported: the collection holds it intact.
        """
        harmless = (ProblemKind.ORPHAN_FILE, ProblemKind.LEFTOVER_TEMP, ProblemKind.DAMAGED_PICTURE)
        return not self.cancelled and all(p.kind in harmless for p in self.problems)


def check_collection(
    paths: CollectionPaths,
    items: Iterable[Item],
    *,
    people: Mapping[PersonId, Person] | None = None,
    progress: Progress = no_progress,
    cancel: CancelToken | None = None,
) -> CheckReport:
    """Verify every item's files against their SHA-256, thumbnails, and look for strays.

    With ``people``, the identifications on items not in the trash are checked too
    (``core.evidence``): the findings are warnings, not problems.
    """
    items = list(items)
    problems: list[Problem] = []
    referenced: set[Path] = set()
    clock = ProgressClock(len(items))
    files = 0
    for n, item in enumerate(items):
        if cancel is not None and cancel.is_cancelled:
            return CheckReport(len(items), files, tuple(problems), cancelled=True)
        for media in item.files:
            files += 1
            path = Path(media.path) if media.linked else paths.resolve(media.path)
            shown = media.path
            if not media.linked:
                referenced.add(path)
            if not path.is_file():
                problems.append(
                    Problem(ProblemKind.MISSING_MEDIA, shown, "file not found", item.id)
                )
            elif _hash(path) != media.sha256:
                problems.append(
                    Problem(ProblemKind.HASH_MISMATCH, shown, "content changed or damaged", item.id)
                )
            if media.damaged:
                problems.append(Problem(ProblemKind.DAMAGED_PICTURE, shown, media.damaged, item.id))
            referenced.add(paths.embedded_file(media.sha256))
            referenced.add(paths.thumb_file(media.sha256, 1024))
            thumb = paths.thumb_file(media.sha256, _THUMB_SIZE)
            referenced.add(thumb)
            if not thumb.is_file():
                problems.append(
                    Problem(ProblemKind.MISSING_THUMBNAIL, paths.relative(thumb), "", item.id)
                )
        progress(clock.info(n + 1, message=item.id))
    if paths.journal.exists():
        problems.append(
            Problem(
                ProblemKind.UNFINISHED_COMMIT, paths.relative(paths.journal), "finished on open"
            )
        )
    for folder in (paths.media, paths.thumbs, paths.embedded, paths.catalogue, paths.cache):
        is_catalogue = folder in (paths.catalogue, paths.cache)  # never orphans
        is_thumbs = folder == paths.thumbs
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file():
                continue
            if path.name.startswith(".") and path.name.endswith(".tmp"):
                problems.append(Problem(ProblemKind.LEFTOVER_TEMP, paths.relative(path)))
            elif not is_catalogue and path not in referenced:
                if is_thumbs and "-p" in path.stem:
                    continue  # rendered document pages are a cache
                problems.append(Problem(ProblemKind.ORPHAN_FILE, paths.relative(path)))
    findings: tuple[Finding, ...] = ()
    if people is not None:
        findings = check_evidence((i for i in items if not i.trashed_at), people)
    return CheckReport(len(items), files, tuple(problems), findings=findings)


def _hash(path: Path) -> str:
    try:
        return sha256_file(path)
    except OSError:
        return hashlib.sha256(b"unreadable").hexdigest()
