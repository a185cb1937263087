"""The print as an object in ``--json`` output (shapes in docs/cli.md).

Views, inscriptions, physical description, location and custody chain.
"""

from collections.abc import Mapping
from typing import Any

from memoryapp.core.dates import FuzzyDate, describe
from memoryapp.core.ids import ContainerId, PersonId
from memoryapp.core.items import Item
from memoryapp.core.prints import (
    Container,
    CustodyEvent,
    Inscription,
    Location,
    container_path,
    path_text,
)


def _date(date: FuzzyDate | None) -> dict[str, str | None] | None:
    if date is None:
        return None
    return {"edtf": date.edtf, "input": date.input, "text": describe(date)}


def holder_json(person: PersonId | None, name: str, people: Mapping[str, str]) -> dict[str, Any]:
    """A holder: a person of the collection (id and name) or a name as said."""
    return {"person": person, "name": people.get(person, name) if person else name}


def inscription_json(inscription: Inscription, people: Mapping[str, str]) -> dict[str, Any]:
    """One inscription."""
    region = inscription.region
    return {
        "file": inscription.file_index,
        "text": inscription.text,
        "script": inscription.script,
        "lang": inscription.lang,
        "writer": holder_json(inscription.writer_id, inscription.writer, people),
        "medium": None if inscription.medium is None else str(inscription.medium),
        "transcribed_by": inscription.transcribed_by,
        "transcribed_at": inscription.transcribed_at,
        "source": str(inscription.source),
        "region": None
        if region is None
        else {"x": region.x, "y": region.y, "w": region.w, "h": region.h},
    }


def custody_json(event: CustodyEvent, people: Mapping[str, str]) -> dict[str, Any]:
    """One transfer of custody."""
    return {
        "kind": str(event.kind),
        "date": _date(event.date),
        "from": holder_json(event.from_person, event.from_name, people),
        "to": holder_json(event.to_person, event.to_name, people),
        "note": event.note,
        "evidence_item": event.evidence_item,
        "evidence": event.evidence,
    }


def location_json(
    location: Location | None, containers: Mapping[ContainerId, Container]
) -> dict[str, Any] | None:
    """Where an item is: its container, the path to it and the position in it."""
    if location is None:
        return None
    path = container_path(location.container_id, dict(containers))
    return {
        "container": location.container_id,
        "path": path_text(path),
        "kinds": [str(c.kind) for c in path],
        "position": location.position,
    }


def container_json(
    container: Container, containers: Mapping[ContainerId, Container]
) -> dict[str, Any]:
    """One container, with its path."""
    return {
        "id": container.id,
        "name": container.name,
        "kind": str(container.kind),
        "parent": container.parent_id,
        "path": path_text(container_path(container.id, dict(containers))),
        "note": container.note,
    }


def print_json(
    item: Item, people: Mapping[str, str], containers: Mapping[ContainerId, Container]
) -> dict[str, Any]:
    """The keys ``show --json`` adds for the print as an object."""
    physical = item.physical
    return {
        "views": [
            {"file": i, "role": str(item.role_of(i)), "original_name": f.original_name}
            for i, f in enumerate(item.files)
        ],
        "has_back": item.has_back,
        "inscriptions": [inscription_json(i, people) for i in item.inscriptions],
        "physical": {
            "process": None if physical.process is None else str(physical.process),
            "width_mm": physical.width_mm,
            "height_mm": physical.height_mm,
            "size": physical.size,
            "mount": physical.mount,
        },
        "location": location_json(item.location, containers),
        "normal_location": location_json(item.normal_location, containers),
        "custody": [custody_json(e, people) for e in item.custody],
        "current_holder": people.get(item.current_holder, item.current_holder),
    }
