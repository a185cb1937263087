"""The stable JSON shapes of the CLI's ``--json`` output (documented in docs/cli.md).

Every key is always present (null or empty when unknown), so scripts can rely on them.
"""

from collections.abc import Mapping
from typing import Any

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.evidence import certainty_of, status_of
from memoryapp.core.fields import fields_of
from memoryapp.core.ids import ContainerId
from memoryapp.core.import_results import FileResult, ImportReport
from memoryapp.core.items import Item, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment, format_time, segment_ref
from memoryapp.library.library import Library
from memoryapp.library.prints_json import print_json

EMBEDDED_KEYS = (
    "format", "width", "height", "orientation", "taken", "digitized", "make", "model",
    "lat", "lon", "title", "description", "keywords", "hierarchical", "people", "regions",
    "city", "country", "creator", "rights", "sidecar",
)  # fmt: skip


def date_json(date: FuzzyDate | None) -> dict[str, Any] | None:
    """A date: its EDTF, the words it came from, and its bounds."""
    if date is None:
        return None
    bounds = date.bounds() if date.edtf else None
    return {
        "edtf": date.edtf,
        "input": date.input,
        "source": date.source,
        "modifier": str(date.modifier),
        "quality": str(date.quality),
        "min": bounds.min if bounds else None,
        "max": bounds.max if bounds else None,
    }


def _region(region: Region | None) -> dict[str, float] | None:
    if region is None:
        return None
    return {"x": region.x, "y": region.y, "w": region.w, "h": region.h}


def names_json(names: tuple[Name, ...]) -> list[dict[str, str]]:
    """Every spelling of a name."""
    return [
        {"value": n.value, "script": n.script, "lang": n.lang, "kind": n.kind, "note": n.note}
        for n in names
    ]


def _plain_fields(record: object) -> dict[str, Any]:
    """Every field of a record whose value is plain JSON (text, number, flag), by the registry."""
    values = ((spec.name, getattr(record, spec.name)) for spec in fields_of(type(record)))
    return {k: v for k, v in values if v is None or isinstance(v, str | int | float | bool)}


def item_json(
    item: Item,
    embedded: dict[str, Any] | None,
    person_names: Mapping[str, str],
    place_names: Mapping[str, str],
    containers: Mapping[ContainerId, Container] | None = None,
) -> dict[str, Any]:
    """One item as ``show --json`` and ``items --json`` print it.

    Plain fields the registry declares and the shape below does not name are added as they
    are, so a new field shows without a change here.
    """
    file_meta = (embedded or {}).get("file") or {}
    sidecar = (embedded or {}).get("sidecar")
    shown = _plain_fields(item) | {
        "id": item.id,
        "kind": str(item.kind),
        "title": item.title,
        "description": item.description,
        "dates": {str(role): date_json(date) for role, date in item.dates.items()},
        "people": [
            {
                "id": tag.person_id,
                "name": person_names.get(tag.person_id, ""),
                "region": _region(tag.region),
                "certainty": str(certainty_of(tag)),
                "identified_by": tag.identified_by,
                "status": str(status_of(item, n)),
                "assertions": len(tag.assertions),
            }
            for n, tag in enumerate(item.people)
        ],
        "places": [{"id": pid, "name": place_names.get(pid, "")} for pid in item.places],
        "tags": list(item.tags),
        "private": item.private,
        "lat": item.lat,
        "lon": item.lon,
        "orientation": item.orientation,
        "source": _plain_fields(item.source),
        "rights": _plain_fields(item.rights),
        "notes": item.notes,
        "added_at": item.added_at,
        "trashed_at": item.trashed_at,
        "possible_copies": list(item.possible_copies),
        "damaged": item.damaged or None,
        "files": [
            {
                "sha256": f.sha256,
                "path": f.path,
                "format": f.format,
                "size": f.size,
                "width": f.width,
                "height": f.height,
                "pages": f.pages,
                "duration_ms": f.duration_ms,
                "sample_rate": f.sample_rate,
                "channels": f.channels,
                "original_name": f.original_name,
                "linked": f.linked,
                "damaged": f.damaged or None,
                "role": str(item.role_of(i)),
            }
            for i, f in enumerate(item.files)
        ],
        "embedded": {key: file_meta.get(key) for key in EMBEDDED_KEYS},
        "embedded_sidecar": None
        if not sidecar
        else {key: sidecar.get(key) for key in EMBEDDED_KEYS},
    }
    return shown | print_json(item, person_names, containers or {})  # the print as an object


def person_json(person: Person) -> dict[str, Any]:
    """One person (with every plain field the registry declares, e.g. ``birth_place``)."""
    return _plain_fields(person) | {
        "id": person.id,
        "name": person.name,
        "names": names_json(person.names),
        "gender": person.gender,
        "birth": date_json(person.birth),
        "death": date_json(person.death),
        "living": str(person.living),
        "private": person.private,
        "relations": [{"kind": str(r.kind), "person": r.person_id} for r in person.relations],
        "notes": person.notes,
    }


def place_json(place: Place) -> dict[str, Any]:
    """One place (with every plain field the registry declares)."""
    return _plain_fields(place) | {
        "id": place.id,
        "name": place.name,
        "names": names_json(place.names),
        "kind": place.kind,
        "parent": place.parent_id,
        "lat": place.lat,
        "lon": place.lon,
        "do_not_pinpoint": place.do_not_pinpoint,
        "notes": place.notes,
    }


def result_json(result: FileResult) -> dict[str, Any]:
    """One file's import result."""
    return {
        "path": result.path,
        "status": str(result.status),
        "item_id": result.item_id,
        "reason": None if result.reason is None else str(result.reason),
        "detail": result.detail,
        "warnings": list(result.warnings),
    }


def report_json(report: ImportReport) -> dict[str, Any]:
    """A whole import: every file and a summary by status."""
    summary: dict[str, int] = {}
    for r in report.results:
        summary[str(r.status)] = summary.get(str(r.status), 0) + 1
    return {
        "results": [result_json(r) for r in report.results],
        "summary": summary,
        "cancelled": report.cancelled,
        "elapsed_s": round(report.elapsed_s, 3),
    }


def items_json(library: Library, items: list[Item]) -> list[dict[str, Any]]:
    """Items as ``show``/``items`` print them, with people and place names filled in.

    ``segments`` lists the testimony segments of a recording, or anchored to the item.
    """
    people: dict[str, str] = {p.id: p.name for p in library.people()}
    places: dict[str, str] = {p.id: p.name for p in library.places()}
    containers = {c.id: c for c in library.containers()}
    segments = library.segments()
    return [
        item_json(i, library.embedded(i.id), people, places, containers)
        | {
            "segments": [
                segment_json(s, people, places)
                for s in segments
                if s.recording_id == i.id or i.id in s.item_ids()
            ]
        }
        for i in items
    ]


def segment_json(
    segment: Segment, person_names: Mapping[str, str], place_names: Mapping[str, str]
) -> dict[str, Any]:
    """One testimony segment as ``segment list --json`` and ``show --json`` print it."""
    return {
        "id": segment.id,
        "ref": segment_ref(segment),
        "recording": segment.recording_id,
        "start": format_time(segment.start_ms),
        "end": format_time(segment.end_ms),
        "start_ms": segment.start_ms,
        "end_ms": segment.end_ms,
        "speakers": [{"id": p, "name": person_names.get(p, "")} for p in segment.speakers],
        "languages": list(segment.languages),
        "transcripts": [
            {"lang": t.lang, "text": t.text, "by": t.by, "at": t.at, "corrected": t.corrected}
            for t in segment.transcripts
        ],
        "items": [
            {"id": a.item_id, "region": _region(a.region), "face": a.face or None}
            for a in segment.items
        ],
        "people": [{"id": p, "name": person_names.get(p, "")} for p in segment.people],
        "places": [{"id": p, "name": place_names.get(p, "")} for p in segment.places],
        "dates": [date_json(d) for d in segment.dates],
        "tags": list(segment.tags),
        "consents": [
            {
                "person": c.person_id,
                "name": person_names.get(c.person_id, ""),
                "given_on": c.given_on,
                "uses": [str(u) for u in c.uses],
                "revoked": c.revoked,
                "revoked_on": c.revoked_on,
                "note": c.note,
            }
            for c in segment.consents
        ],
        "revoked": segment.revoked,
        "private": segment.private,
        "note": segment.note,
    }
