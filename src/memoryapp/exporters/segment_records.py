"""Testimony segments as JSON-LD nodes (``segments.csv`` is written by ``csv_dc``).

A segment points at its recording with a W3C media fragment (``<recording>#t=192.5,241``),
on the item's URN and, when the audio was exported, on the exported file's path. The bundle is
already filtered: segments whose consent was revoked, private ones and those of withheld
speakers are not in it.
"""

from __future__ import annotations

from typing import Any

from memoryapp.core.privacy import ExportBundle
from memoryapp.core.segments import Segment, format_time, in_order
from memoryapp.exporters.bundle import (
    EDTF_DATATYPE,
    date_text,
    item_urn,
    person_urn,
    place_urn,
    safe_id,
)
from memoryapp.exporters.media_copy import StagedMedia

M = "memoryapp:"


def segment_urn(collection_id: str, segment_id: str) -> str:
    """The stable identifier of a segment: ``urn:memoryapp:<collection>:segment:<id>``."""
    return f"urn:memoryapp:{safe_id(collection_id)}:segment:{safe_id(segment_id)}"


def media_fragment(bundle: ExportBundle, staged: StagedMedia, segment: Segment) -> str:
    """The exported audio's path with the segment's time fragment ("" without the audio)."""
    paths = staged.paths(segment.recording_id)
    return f"{paths[0]}#{segment.fragment}" if paths else ""


def segment_node(bundle: ExportBundle, staged: StagedMedia, segment: Segment) -> dict[str, Any]:
    """One segment as a JSON-LD node."""
    cid = bundle.collection_id
    node: dict[str, Any] = {
        "@id": segment_urn(cid, segment.id),
        "@type": f"{M}Segment",
        "dcterms:identifier": segment.id,
        f"{M}recording": {"@id": item_urn(cid, segment.recording_id)},
        f"{M}target": f"{item_urn(cid, segment.recording_id)}#{segment.fragment}",
        f"{M}start": format_time(segment.start_ms),
        f"{M}end": format_time(segment.end_ms),
        f"{M}startMs": segment.start_ms,
        f"{M}endMs": segment.end_ms,
        f"{M}speakers": [
            {"@id": person_urn(cid, p)} for p in segment.speakers if p in bundle.people
        ],
        "dcterms:language": list(segment.languages),
        f"{M}transcripts": [
            {
                "@value": t.text,
                "@language": t.lang,
            }
            | {f"{M}transcribedBy": t.by, f"{M}transcribedAt": t.at, f"{M}corrected": t.corrected}
            for t in segment.transcripts
        ],
        f"{M}about": [
            {"@id": item_urn(cid, a.item_id)}
            | ({f"{M}region": [a.region.x, a.region.y, a.region.w, a.region.h]} if a.region else {})
            | ({f"{M}face": a.face} if a.face else {})
            for a in segment.items
        ],
        f"{M}people": [{"@id": person_urn(cid, p)} for p in segment.people if p in bundle.people],
        "dcterms:spatial": [
            {"@id": place_urn(cid, p)} for p in segment.places if p in bundle.places
        ],
        "dcterms:temporal": [
            {"@value": d.edtf, "@type": EDTF_DATATYPE} if d.edtf else date_text(d)
            for d in segment.dates
        ],
        f"{M}tags": list(segment.tags),
        f"{M}consents": [
            {
                f"{M}consentBy": {"@id": person_urn(cid, c.person_id)},
                f"{M}givenOn": c.given_on,
                f"{M}uses": [str(u) for u in c.uses],
            }
            for c in segment.consents
            if c.person_id in bundle.people
        ],
    }
    fragment = media_fragment(bundle, staged, segment)
    if fragment:
        node[f"{M}media"] = fragment
    return node


def segment_nodes(bundle: ExportBundle, staged: StagedMedia) -> list[dict[str, Any]]:
    """Every exported segment's node, in recording and time order."""
    return [segment_node(bundle, staged, s) for s in in_order(bundle.segments)]
