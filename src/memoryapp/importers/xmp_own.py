"""memoryapp's own XMP namespace read back: exact EDTF dates, places, identifications.

memoryapp's XMP export writes the best standard approximation of what it knows (a truncated
``photoshop:DateCreated``, ``photoshop:City``...) and the exact values in its own namespace
(``exporters/xmp_sidecar.py``). Reading them back restores "c. 1932" rather than 1932 and
"Mellah de Tinghir" inside Tinghir rather than Tinghir.
"""

from __future__ import annotations

from memoryapp.core.assertions import MAX_CONFIDENCE, Assertion, EvidenceSource, Method, Status
from memoryapp.core.dates import is_valid_edtf
from memoryapp.core.embedded import EmbeddedIdentification, EmbeddedPlace
from memoryapp.core.ids import ItemId
from memoryapp.importers.xmp_regions import structs_of, text_of, texts_of
from memoryapp.importers.xmp_tree import XmpStruct


def own_date(top: XmpStruct) -> tuple[str | None, str | None]:
    """The exact EDTF (``memoryapp:EDTF``) when valid, and its words (``memoryapp:DateText``)."""
    edtf = text_of(top.get("memoryapp:EDTF"))
    if edtf is None or not is_valid_edtf(edtf):
        return None, None
    return edtf, text_of(top.get("memoryapp:DateText"))


def own_places(top: XmpStruct) -> tuple[EmbeddedPlace, ...]:
    """The places of ``memoryapp:Places``, outermost first; entries without a name are skipped."""
    places: list[EmbeddedPlace] = []
    for entry in structs_of(top.get("memoryapp:Places")):
        ref = text_of(entry.get("memoryapp:Ref"))
        names: list[tuple[str, str, str]] = []
        for name in structs_of(entry.get("memoryapp:Names")):
            value = text_of(name.get("memoryapp:Value"))
            if value:
                lang = text_of(name.get("memoryapp:Lang")) or ""
                names.append((value, lang, text_of(name.get("memoryapp:NameKind")) or ""))
        if ref and names:
            places.append(
                EmbeddedPlace(
                    ref=ref,
                    kind=text_of(entry.get("memoryapp:Kind")) or "",
                    parent=text_of(entry.get("memoryapp:Parent")) or "",
                    names=tuple(names),
                    tagged=text_of(entry.get("memoryapp:Tagged")) == "True",
                )
            )
    return tuple(places)


def own_tags(top: XmpStruct) -> tuple[str, ...] | None:
    """The item's own tags (``memoryapp:Tags``), None when the packet has none.

    With them, ``People|…`` and ``Places|…`` keyword paths are the family's own tags, not
    people and places (those come from ``PersonInImage`` and ``memoryapp:Places``).
    """
    if "memoryapp:Tags" not in top:
        return None
    return tuple(dict.fromkeys(texts_of(top.get("memoryapp:Tags"))))


def own_identifications(top: XmpStruct) -> tuple[EmbeddedIdentification, ...]:
    """The evidence of ``memoryapp:Identifications``; unreadable assertions are skipped."""
    found: list[EmbeddedIdentification] = []
    for entry in structs_of(top.get("memoryapp:Identifications")):
        person = text_of(entry.get("memoryapp:PersonName"))
        if not person:
            continue
        said = [a for s in structs_of(entry.get("memoryapp:Assertions")) if (a := _assertion(s))]
        found.append(EmbeddedIdentification(person=person, assertions=tuple(said)))
    return tuple(found)


def _assertion(entry: XmpStruct) -> Assertion | None:
    """One assertion, or None when a value is not one memoryapp writes."""

    def get(key: str) -> str:
        return text_of(entry.get(f"memoryapp:{key}")) or ""

    confidence, at_ms = get("Confidence"), get("AtMs")
    methods, statuses = {m.value for m in Method}, {s.value for s in Status}
    if not confidence.isdigit() or int(confidence) > MAX_CONFIDENCE:
        return None
    if get("Method") not in methods or get("Status") not in statuses:
        return None
    if at_ms and not at_ms.isdigit():
        return None
    return Assertion(
        by_name=get("ByName"),
        method=Method(get("Method")),
        source=EvidenceSource(
            item_id=ItemId(get("SourceItem")) if get("SourceItem") else None,
            text=get("SourceText"),
            recording_id=ItemId(get("Recording")) if get("Recording") else None,
            at_ms=int(at_ms) if at_ms else None,
            file_name=get("SourceFile"),
        ),
        confidence=int(confidence),
        date=get("Date"),
        status=Status(get("Status")),
        note=get("Note"),
    )
