"""memoryapp records <-> JSON-LD nodes, both ways, so an export merges back without loss.

Each node carries the Dublin Core view researchers read (``dcterms:title``...) and the
record itself in memoryapp's namespace (``memoryapp:names``, ``memoryapp:dates``...). The
writer (``jsonld.py``) and the reader (``merge.py``) both go through this module. Readers
get untrusted data: every value is type-checked and a bad node raises ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from memoryapp.core.assertions import Assertion, EvidenceSource, Method, Status
from memoryapp.core.dates import CalendarOriginal, DateModifier, DateQuality, FuzzyDate
from memoryapp.core.evidence import certainty_of
from memoryapp.core.fields import fields_of
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Certainty, PersonTag, Region, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, RelationKind
from memoryapp.core.places import Place

M = "memoryapp:"
Node = dict[str, Any]


def name_node(name: Name) -> Node:
    """One spelling of a name."""
    return {f"{M}value": name.value, f"{M}script": name.script, f"{M}lang": name.lang,
            f"{M}kind": name.kind, f"{M}note": name.note}  # fmt: skip


def date_node(date: FuzzyDate) -> Node:
    """A date with every field of the record."""
    out: Node = {
        f"{M}edtf": date.edtf,
        f"{M}input": date.input,
        f"{M}modifier": str(date.modifier),
        f"{M}quality": str(date.quality),
        f"{M}source": date.source,
        f"{M}basis": date.basis,
    }
    cal = date.calendar_original
    if cal is not None:
        out[f"{M}calendarOriginal"] = {
            f"{M}calendar": cal.calendar,
            f"{M}text": cal.text,
            f"{M}ymd": list(cal.ymd),
            f"{M}method": cal.method,
        }
    return out


def region_node(region: Region | None) -> Node | None:
    """A face rectangle (normalized, stored frame), or None."""
    if region is None:
        return None
    return {f"{M}x": region.x, f"{M}y": region.y, f"{M}w": region.w, f"{M}h": region.h}


def tag_node(tag: PersonTag, person_ref: str, refs: Mapping[PersonId, str] | None = None) -> Node:
    """A person on an item, with who identified them and the evidence (``refs``: people)."""
    node: Node = {
        f"{M}person": {"@id": person_ref},
        f"{M}region": region_node(tag.region),
        f"{M}identifiedBy": tag.identified_by,
        f"{M}identifiedAt": tag.identified_at,
        f"{M}certainty": str(certainty_of(tag)),
        f"{M}private": tag.private,
    }
    if tag.face_id:
        node[f"{M}face"] = tag.face_id
    if tag.assertions:
        node[f"{M}assertions"] = [assertion_node(a, refs or {}) for a in tag.assertions]
    return node


def assertion_node(assertion: Assertion, refs: Mapping[PersonId, str]) -> Node:
    """One identification: who, how, from what source, how sure, where it stands."""
    src = assertion.source
    node: Node = {
        f"{M}byName": assertion.by_name,
        f"{M}method": str(assertion.method),
        f"{M}confidence": assertion.confidence,
        f"{M}date": assertion.date,
        f"{M}status": str(assertion.status),
        f"{M}note": assertion.note,
    }
    if assertion.by_person is not None and assertion.by_person in refs:
        node[f"{M}byPerson"] = {"@id": refs[assertion.by_person]}
    source: Node = {
        key: value
        for key, value in (
            (f"{M}item", src.item_id),
            (f"{M}text", src.text),
            (f"{M}recording", src.recording_id),
            (f"{M}atMs", src.at_ms),
            (f"{M}file", src.file_name),
        )
        if value not in (None, "")
    }
    if source:
        node[f"{M}source"] = source
    return node


def source_node(source: Source) -> Node:
    """Where the original is."""
    return _exported(source)


def rights_node(rights: Rights) -> Node:
    """The rights statement."""
    return _exported(rights)


def _exported(record: Source | Rights) -> Node:
    """The fields of a nested value under their JSON-LD names, from the field registry."""
    return text_exports(record)


def _prop(name: str) -> str:
    """A registry JSON-LD name as a property: prefixed names as they are, others in ours."""
    return name if ":" in name else f"{M}{name}"


def text_exports(record: object) -> Node:
    """The text fields of a record that the registry maps to JSON-LD, by property."""
    return {
        _prop(spec.exports["jsonld"]): getattr(record, spec.name)
        for spec in fields_of(type(record))
        if "jsonld" in spec.exports and spec.type is str
    }


def read_text_exports(record: type[Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """The text fields of a record read back from their JSON-LD properties."""
    return {
        spec.name: text(node, _prop(spec.exports["jsonld"]))
        for spec in fields_of(record)
        if "jsonld" in spec.exports and spec.type is str
    }


def person_node(
    person: Person,
    urn: str,
    place_ref: Mapping[str, str],
    person_ref: Mapping[str, str],
    *,
    redacted: bool,
) -> Node:
    """A person: the primary name for everyone, every field for memoryapp."""
    node: Node = {
        "@id": urn,
        "@type": f"{M}Person",
        f"{M}id": person.id,
        "foaf:name": person.name,
        f"{M}names": [name_node(n) for n in person.names],
        f"{M}gender": person.gender,
        f"{M}living": str(person.living),
        f"{M}private": person.private,
        f"{M}redacted": redacted,
        f"{M}notes": person.notes,
        f"{M}relations": [
            {f"{M}kind": str(r.kind), f"{M}person": {"@id": person_ref[r.person_id]}}
            for r in person.relations
            if r.person_id in person_ref
        ],
    }
    for key, date, place in (("birth", person.birth, person.birth_place),
                             ("death", person.death, person.death_place)):  # fmt: skip
        if date is not None:
            node[f"{M}{key}"] = date_node(date)
        if place is not None and place in place_ref:
            node[f"{M}{key}Place"] = {"@id": place_ref[place]}
    return node


def place_node(place: Place, urn: str, place_ref: Mapping[str, str]) -> Node:
    """A place with every spelling, its kind, parent and coordinates."""
    node: Node = {
        "@id": urn,
        "@type": "dcterms:Location",
        f"{M}id": place.id,
        "dcterms:title": place.name,
        f"{M}names": [name_node(n) for n in place.names],
        f"{M}kind": place.kind,
        f"{M}doNotPinpoint": place.do_not_pinpoint,
        f"{M}notes": place.notes,
    }
    if place.parent_id is not None and place.parent_id in place_ref:
        node[f"{M}parent"] = {"@id": place_ref[place.parent_id]}
    if place.lat is not None and place.lon is not None:
        node["geo:lat"] = place.lat
        node["geo:long"] = place.lon
    return node


# -- reading (untrusted input) ---------------------------------------------------------------


def text(node: Mapping[str, Any], key: str, default: str = "") -> str:
    """A text value; raises ValueError when it is not text."""
    value = node.get(key, default)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def flag(node: Mapping[str, Any], key: str) -> bool:
    """A boolean value (absent is False)."""
    value = node.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be true or false")
    return value


def number(node: Mapping[str, Any], key: str) -> float | None:
    """A finite number, or None when absent."""
    value = node.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{key} must be a number")
    return float(value)


def objects(node: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    """A list of JSON objects (absent is empty)."""
    value = node.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise ValueError(f"{key} must be a list of objects")
    return value


def ref(node: Mapping[str, Any], key: str) -> str | None:
    """The ``@id`` of a reference, or None."""
    value = node.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping) or not isinstance(value.get("@id"), str):
        raise ValueError(f"{key} must be a reference {{'@id': ...}}")
    return str(value["@id"])


def read_name(node: Mapping[str, Any]) -> Name:
    """A name spelling."""
    return Name(value=text(node, f"{M}value"), script=text(node, f"{M}script"),
                lang=text(node, f"{M}lang"), kind=text(node, f"{M}kind"),
                note=text(node, f"{M}note"))  # fmt: skip


def read_date(node: Mapping[str, Any]) -> FuzzyDate:
    """A date; raises ValueError (InvalidDateError) for a bad one."""
    edtf = node.get(f"{M}edtf")
    if edtf is not None and not isinstance(edtf, str):
        raise ValueError("edtf must be text")
    cal_node = node.get(f"{M}calendarOriginal")
    cal = None
    if isinstance(cal_node, Mapping):
        ymd = cal_node.get(f"{M}ymd")
        if (
            not isinstance(ymd, list)
            or not all(type(v) is int for v in ymd)
            or not 1 <= len(ymd) <= 3
        ):
            raise ValueError("calendar ymd must be 1 to 3 integers")
        method = cal_node.get(f"{M}method")
        cal = CalendarOriginal(
            calendar=text(cal_node, f"{M}calendar"),
            text=text(cal_node, f"{M}text"),
            ymd=tuple(ymd),
            method=method if isinstance(method, str) else None,
        )
    return FuzzyDate(
        edtf=edtf,
        input=text(node, f"{M}input"),
        modifier=DateModifier(text(node, f"{M}modifier", "none")),
        quality=DateQuality(text(node, f"{M}quality", "regular")),
        calendar_original=cal,
        source=text(node, f"{M}source", "user"),
        basis=text(node, f"{M}basis"),
    )


def read_region(node: Any) -> Region | None:
    """A face rectangle, or None."""
    if node is None:
        return None
    if not isinstance(node, Mapping):
        raise ValueError("region must be an object")
    values = [number(node, f"{M}{k}") for k in "xywh"]
    if any(v is None for v in values):
        raise ValueError("region needs x, y, w and h")
    x, y, w, h = (float(v or 0.0) for v in values)
    return Region(x=x, y=y, w=w, h=h)


def read_tag(
    node: Mapping[str, Any], person_id: str, person_ids: Mapping[str, PersonId] | None = None
) -> PersonTag:
    """A person on an item, with its assertions (``person_ids``: reference -> person)."""
    return PersonTag(
        person_id=PersonId(person_id),
        region=read_region(node.get(f"{M}region")),
        identified_by=text(node, f"{M}identifiedBy"),
        identified_at=text(node, f"{M}identifiedAt"),
        certainty=Certainty(text(node, f"{M}certainty", "certain")),
        private=flag(node, f"{M}private"),
        face_id=text(node, f"{M}face"),
        assertions=tuple(
            read_assertion(a, person_ids or {}) for a in objects(node, f"{M}assertions")
        ),
    )


def read_assertion(node: Mapping[str, Any], person_ids: Mapping[str, PersonId]) -> Assertion:
    """One identification; a ``byPerson`` the file does not hold is left out."""
    confidence = node.get(f"{M}confidence", 2)
    if type(confidence) is not int:
        raise ValueError("confidence must be a whole number 0-4")
    raw = node.get(f"{M}source") or {}
    if not isinstance(raw, Mapping):
        raise ValueError("an assertion's source must be an object")
    at_ms = number(raw, f"{M}atMs")
    item, recording = text(raw, f"{M}item"), text(raw, f"{M}recording")
    return Assertion(
        by_person=person_ids.get(ref(node, f"{M}byPerson") or ""),
        by_name=text(node, f"{M}byName"),
        method=Method(text(node, f"{M}method", "eyewitness")),
        source=EvidenceSource(
            item_id=ItemId(item) if item else None,
            text=text(raw, f"{M}text"),
            recording_id=ItemId(recording) if recording else None,
            at_ms=None if at_ms is None else int(at_ms),
            file_name=text(raw, f"{M}file"),
        ),
        confidence=confidence,
        date=text(node, f"{M}date"),
        status=Status(text(node, f"{M}status", "proposed")),
        note=text(node, f"{M}note"),
    )


def read_source(node: Any) -> Source:
    """Where the original is (absent is empty)."""
    if not isinstance(node, Mapping):
        return Source()
    return Source(**read_text_exports(Source, node))


def read_rights(node: Any) -> Rights:
    """The rights statement (absent is empty)."""
    if not isinstance(node, Mapping):
        return Rights()
    return Rights(**read_text_exports(Rights, node))


def read_living(node: Mapping[str, Any]) -> Living:
    """The living flag."""
    return Living(text(node, f"{M}living", "unknown"))


def read_relation_kind(node: Mapping[str, Any]) -> RelationKind:
    """A relation kind."""
    return RelationKind(text(node, f"{M}kind"))
