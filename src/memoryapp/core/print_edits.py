"""Edits of the print as an object, each one undoable command.

Inscriptions, containers, moves and custody events.
"""

from collections.abc import Sequence
from dataclasses import replace

from memoryapp.core.commands import Command, replace_records
from memoryapp.core.ids import ContainerId
from memoryapp.core.items import Item
from memoryapp.core.prints import (
    Container,
    CustodyEvent,
    Inscription,
    Location,
    container_path,
    cycle_free,
    path_text,
)
from memoryapp.core.text import normalize, search_key


def add_inscription(item: Item, inscription: Inscription) -> Command:
    """Add an inscription to one view of ``item``.

    Raises:
        ValueError: the item has no such file.
    """
    if inscription.file_index >= len(item.files):
        raise ValueError(f"item {item.id} has no file {inscription.file_index}")
    text = normalize(inscription.text)
    after = replace(item, inscriptions=(*item.inscriptions, replace(inscription, text=text)))
    return replace_records("Add an inscription", [item], [after])


def remove_inscription(item: Item, index: int) -> Command:
    """Remove inscription ``index`` of ``item``.

    Raises:
        ValueError: no such inscription.
    """
    if not 0 <= index < len(item.inscriptions):
        raise ValueError(f"item {item.id} has no inscription {index}")
    kept = item.inscriptions[:index] + item.inscriptions[index + 1 :]
    return replace_records("Remove an inscription", [item], [replace(item, inscriptions=kept)])


def add_custody(item: Item, event: CustodyEvent) -> Command:
    """Add a transfer of custody at the end of ``item``'s chain."""
    after = replace(item, custody=(*item.custody, event))
    return replace_records("Add a custody event", [item], [after])


def move_items(
    items: Sequence[Item], location: Location | None, *, normal: bool = False, now: bool = True
) -> Command:
    """Put ``items`` at ``location`` (Spectrum's current and normal locations).

    ``now`` sets where they are; ``normal`` where they belong.
    """
    fields: dict[str, Location | None] = {"location": location} if now else {}
    if normal:
        fields["normal_location"] = location
    after = [replace(item, **fields) for item in items]  # type: ignore[arg-type]
    verb = "Move" if now else "Set the normal location"
    label = verb if len(items) == 1 else f"{verb} ({len(items)} items)"
    return replace_records(label, list(items), after)


def save_container(
    before: Container | None, after: Container, containers: dict[ContainerId, Container]
) -> Command:
    """Add or change a container, keeping the tree a tree and names unique among siblings.

    Raises:
        ValueError: it would hold itself, or a sibling has the same name.
    """
    after = replace(after, name=normalize(after.name).strip(), note=normalize(after.note))
    if after.parent_id is not None and after.parent_id not in containers:
        raise ValueError(f"no container {after.parent_id}")
    tree = {**containers, after.id: after}
    if not cycle_free(after, tree):
        raise ValueError(f"{after.name!r} cannot go inside itself")
    for other in containers.values():
        same = search_key(other.name) == search_key(after.name)
        if other.id != after.id and other.parent_id == after.parent_id and same:
            where = path_text(container_path(other.id, containers))
            raise ValueError(f"there is already a container {where!r}")
    verb = "Add" if before is None else "Edit"
    return replace_records(
        f"{verb} the container {after.name}", [before] if before else [], [after]
    )
