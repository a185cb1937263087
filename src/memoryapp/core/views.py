"""Views of a print: a back scanned as its own file joins its front, and can leave it again.

Scanners name the back after the front: Epson FastFoto writes ``photo.jpg`` (and an enhanced
``photo_a.jpg``) with the back as ``photo_b.jpg``; people write ``photo-back.jpg``,
``photo_verso.jpg`` or pair ``photo_recto.jpg`` (``photo-front.jpg``) with
``photo_verso.jpg``. Names are compared without case, in the same folder. A ``_b`` back goes
with the exact stem only (``cousin_b.jpg`` is no back of ``cousin_a.jpg``).
"""

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import PurePath

from memoryapp.core.commands import Command, replace_records
from memoryapp.core.ids import ItemId
from memoryapp.core.items import FileRole, Item, MediaFile

_BACK = re.compile(r"^(?P<base>.+?)(?:[_-]b|[ _.-](?P<word>back|verso))$", re.IGNORECASE)
_FRONT = re.compile(r"^(?P<base>.+?)[ _.-](?:front|recto)$", re.IGNORECASE)


def back_key(path: str) -> tuple[str, str] | None:
    """``(folder, base name)`` a back's file name points to, or None for a name of no back.

    >>> back_key("/scans/photo_b.jpg")
    ('/scans', 'photo')
    """
    pure = PurePath(path)
    match = _BACK.match(pure.stem)
    return (str(pure.parent), match["base"].casefold()) if match else None


def front_keys(path: str) -> tuple[tuple[str, str], ...]:
    """The ``(folder, base name)`` keys a front answers to, the exact stem first.

    ``photo_recto.jpg`` and ``photo-front.jpg`` answer to ``photo`` too (for a ``photo_verso``
    or ``photo-back``), after their own stem.
    """
    pure = PurePath(path)
    folder, stem = str(pure.parent), pure.stem.casefold()
    match = _FRONT.match(pure.stem)
    return ((folder, stem), (folder, match["base"].casefold())) if match else ((folder, stem),)


def attach_back(front: Item, back: Item) -> Item:
    """``front`` with ``back``'s files as its back (and other views), and what ``back`` knew.

    The back's first file becomes the back view; its inscriptions follow their files; its
    tags, places and people (without face regions, which were on the other side) join the
    front's; a description the front lacks is taken, another goes to the notes.
    """
    offset = len(front.files)
    files: list[MediaFile] = [
        replace(f, role=FileRole.BACK if i == 0 else (f.role or FileRole.OTHER))
        for i, f in enumerate(back.files)
    ]
    inscriptions = (
        *front.inscriptions,
        *(replace(i, file_index=i.file_index + offset) for i in back.inscriptions),
    )
    known = {t.person_id for t in front.people}
    people = (
        *front.people,
        *(replace(t, region=None) for t in back.people if t.person_id not in known),
    )
    description, notes = front.description, front.notes
    if back.description and back.description != front.description:
        if description:
            notes = "\n".join(filter(None, (notes, f"Back: {back.description}")))
        else:
            description = back.description
    if back.notes and back.notes not in notes:
        notes = "\n".join(filter(None, (notes, back.notes)))
    return replace(
        front,
        files=(*front.files, *files),
        inscriptions=inscriptions,
        people=tuple(dict.fromkeys(people)),
        places=tuple(dict.fromkeys((*front.places, *back.places))),
        tags=tuple(dict.fromkeys((*front.tags, *back.tags))),
        dates={**back.dates, **front.dates},
        description=description,
        notes=notes,
        custody=front.custody or back.custody,
        possible_copies=tuple(p for p in front.possible_copies if p != back.id),
    )


def attach_command(front: Item, back: Item, now: str) -> Command:
    """Attach ``back`` to ``front`` in one undo step; the back's own item goes to the trash.

    Raises:
        ValueError: the same item twice, or an item in the trash.
    """
    if front.id == back.id:
        raise ValueError("an item cannot be the back of itself")
    for item in (front, back):
        if item.trashed_at:
            raise ValueError(f"item {item.id} is in the trash")
    if not back.files:
        raise ValueError(f"item {back.id} has no file to attach")
    after = (attach_back(front, back), replace(back, trashed_at=now))
    return replace_records("Attach the back", [front, back], list(after))


def detach_command(item: Item, index: int, new_id: ItemId, added_at: str) -> Command:
    """Take file ``index`` (a back or another view) out of ``item`` into an item of its own.

    The new item keeps the file's inscriptions; the old one keeps everything else.

    Raises:
        ValueError: no such file, or the item's only file.
    """
    if not 0 <= index < len(item.files):
        raise ValueError(f"item {item.id} has no file {index}")
    if len(item.files) == 1:
        raise ValueError("an item's only file cannot leave it")
    moved = item.files[index]
    keep = [f for i, f in enumerate(item.files) if i != index]

    def shift(n: int) -> int:
        return n - 1 if n > index else n

    alone = Item(
        id=new_id,
        files=(replace(moved, role=None),),
        kind=item.kind,
        title=_side_title(item, moved),
        inscriptions=tuple(
            replace(i, file_index=0) for i in item.inscriptions if i.file_index == index
        ),
        source=item.source,
        added_at=added_at,
    )
    left = replace(
        item,
        files=tuple(keep),
        inscriptions=tuple(
            replace(i, file_index=shift(i.file_index))
            for i in item.inscriptions
            if i.file_index != index
        ),
    )
    return replace_records("Detach a view", [item], [left, alone])


def _side_title(item: Item, media: MediaFile) -> str:
    role = media.role or FileRole.OTHER
    name = item.title or media.original_name
    return f"{role.value.capitalize()} of {name!r}" if name else ""


class FrontIndex:
    """Fronts by the names their backs point to.

    Exact stems first, then the bases of ``recto`` and ``front`` names (for word backs). The
    index holds IDs: ``lookup`` gives a front as it is now (an import does not keep every item
    it made; an item changed or trashed since it was indexed is taken as it is).
    """

    def __init__(self, lookup: Callable[[ItemId], Item | None]) -> None:
        self._exact: dict[tuple[str, str], ItemId] = {}
        self._base: dict[tuple[str, str], ItemId] = {}
        self._lookup = lookup

    def add(self, item: Item) -> None:
        """Let backs find ``item`` (an item in the trash or a back itself is not a front)."""
        origin = item.source.imported_from
        if not origin or item.trashed_at or back_key(origin) is not None:
            return
        exact, *base = front_keys(origin)
        self._exact[exact] = item.id
        for key in base:
            self._base.setdefault(key, item.id)

    def front_of(self, back: Item, newer: Mapping[ItemId, Item] | None = None) -> Item | None:
        """The front ``back``'s file name points to (from ``newer`` if there), or None."""
        origin = back.source.imported_from
        key = back_key(origin) if origin else None
        if key is None:
            return None
        match = _BACK.match(PurePath(origin).stem)
        by_word = match is not None and match["word"] is not None  # verso, back: not _b
        front_id = self._exact.get(key) or (self._base.get(key) if by_word else None)
        if front_id is None:
            return None
        front = (newer or {}).get(front_id) or self._lookup(front_id)
        return None if front is None or front.trashed_at else front


def pair_backs(batch: Sequence[Item], fronts: FrontIndex) -> dict[ItemId, Item]:
    """Fold the backs in ``batch`` into their fronts, found in the batch or in ``fronts``.

    Returns ``{back item id: its front with the back}``; ``fronts`` learns the batch's
    fronts in their new state. A back whose front has a back already stays an item.
    """
    for item in batch:
        fronts.add(item)
    newer = {item.id: item for item in batch}  # the batch's items, not yet committed
    folded: dict[ItemId, Item] = {}
    for back in batch:
        front = fronts.front_of(back, newer) if len(back.files) == 1 else None
        if front is None or front.id == back.id or front.has_back:
            continue
        joined = attach_back(front, back)
        fronts.add(joined)
        newer[joined.id] = joined
        folded[back.id] = joined
    return folded
