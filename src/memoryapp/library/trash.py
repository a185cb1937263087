"""Deleting, for the CLI and the GUI: items to the trash and back, emptying it, people, places.

Each function builds one core command from the library's records (``core/deletions.py``);
the callers apply it (``Library.apply``, or the GUI's undo stack) so it is one commit and
can be undone. Emptying the trash is the one step that also removes files: after its
command is applied, :func:`remove_unused_media` deletes the media, thumbnails, page
renders and embedded-metadata files that no remaining item uses. Those files are gone for
good; undoing the command brings back the records only.
"""

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from memoryapp.core.commands import Command
from memoryapp.core.deletions import (
    delete_person,
    delete_place,
    empty_trash,
    restore_items,
    trash_items,
    trashed_before,
    unused_media,
)
from memoryapp.core.errors import NotFoundError
from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.items import Item, MediaFile
from memoryapp.library.library import Library
from memoryapp.library.lookup import resolve
from memoryapp.storage.atomic import remove_file
from memoryapp.storage.schema import utc_now

__all__ = [
    "EmptyPlan",
    "delete_person_command",
    "delete_place_command",
    "empty_trash_plan",
    "remove_unused_media",
    "restore_command",
    "shows_trash",
    "trash_command",
    "unknown_items",
]


def _items(library: Library, item_ids: Iterable[str]) -> list[Item]:
    """The items with these ids, in the given order (repeats once). Raises NotFoundError."""
    return [library.item(i) for i in dict.fromkeys(item_ids)]


def trash_command(library: Library, item_ids: Iterable[str], *, when: str = "") -> Command:
    """Move these items to the trash (``when``: ISO 8601 UTC, default now).

    Raises:
        NotFoundError: an id is not in the collection.
    """
    return trash_items(_items(library, item_ids), when or utc_now())


def restore_command(library: Library, item_ids: Iterable[str]) -> Command:
    """Take these items out of the trash.

    Raises:
        NotFoundError: an id is not in the collection.
    """
    return restore_items(_items(library, item_ids))


@dataclass(frozen=True, slots=True)
class EmptyPlan:
    """Emptying the trash: the command deleting the records, and the items it deletes."""

    command: Command
    items: tuple[Item, ...]


def empty_trash_plan(
    library: Library, *, older_than_days: float | None = None, now: str = ""
) -> EmptyPlan:
    """What emptying the trash (of items trashed over ``older_than_days`` ago) deletes."""
    cutoff = ""
    if older_than_days is not None:
        moment = dt.datetime.fromisoformat((now or utc_now()).replace("Z", "+00:00"))
        cutoff = (moment - dt.timedelta(days=older_than_days)).strftime("%Y-%m-%dT%H:%M:%SZ")
    every = library.items(include_trashed=True)
    doomed = trashed_before(every, cutoff)
    faces: list[Face | FaceScan] = [*library.faces(), *library.face_scans().values()]
    command = empty_trash(doomed, every, library.links(), faces, library.segments())
    return EmptyPlan(command, tuple(doomed))


def remove_unused_media(library: Library, removed: Sequence[Item]) -> tuple[MediaFile, ...]:
    """Delete the collection's files of ``removed`` items that no item still uses.

    Call it after the command that deleted their records was applied. Managed originals,
    thumbnails, previews, page renders and embedded-metadata files go; linked originals
    (outside the collection) are never touched.

    Returns:
        The media whose files were removed.
    """
    paths = library.paths
    unused = unused_media(removed, library.items(include_trashed=True))
    for media in unused:
        remove_file(paths.resolve(media.path))
        remove_file(paths.embedded_file(media.sha256))
        folder = paths.thumb_file(media.sha256, 256).parent
        for render in sorted(folder.glob(f"{media.sha256}-*.jpg")):
            remove_file(render)
    return unused


def delete_person_command(library: Library, name_or_id: str, reassign_to: str = "") -> Command:
    """Delete a person found by id or name; ``reassign_to`` takes over every reference.

    Raises:
        NotFoundError, AmbiguousNameError: a name matches no one, or several people.
        InUseError: still referred to, and no ``reassign_to``.
    """
    people = library.people()
    person = resolve(people, name_or_id, "person")
    other = resolve(people, reassign_to, "person") if reassign_to else None
    return delete_person(
        person,
        library.items(include_trashed=True),
        people,
        library.scenes(),
        library.links(),
        reassign_to=other,
        faces=library.faces(),
    )


def delete_place_command(library: Library, name_or_id: str, reassign_to: str = "") -> Command:
    """Delete a place found by id or name (its children move to its parent).

    Raises:
        NotFoundError, AmbiguousNameError: a name matches no place, or several.
        InUseError: still referred to, and no ``reassign_to``.
    """
    places = library.places()
    place = resolve(places, name_or_id, "place")
    other = resolve(places, reassign_to, "place") if reassign_to else None
    return delete_place(
        place,
        library.items(include_trashed=True),
        library.people(),
        places,
        library.scenes(),
        reassign_to=other,
    )


def unknown_items(library: Library, item_ids: Iterable[str]) -> list[str]:
    """The ids that name no item (for a message naming them all)."""
    missing = []
    for item_id in item_ids:
        try:
            library.item(item_id)
        except NotFoundError:
            missing.append(item_id)
    return missing


def shows_trash(query: str) -> bool:
    """Whether a search shows the trash (it names ``is:trashed`` or ``in:trash``)."""
    from memoryapp.search.engine import asks_for_trash  # inline: the window starts without it
    from memoryapp.search.query import QueryError, parse_query

    try:
        return asks_for_trash(parse_query(query))
    except QueryError:
        return False
