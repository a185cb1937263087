"""Identifications and their evidence as ``memoryapp evidence --json`` and ``check --json``."""

from collections.abc import Mapping
from typing import Any

from memoryapp.core.assertions import CONFIDENCE_WORDS, Assertion
from memoryapp.core.evidence import Finding, TagEvidence, check_item, describe_source, evidence_of
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Item
from memoryapp.core.people import Person


def assertion_json(assertion: Assertion, people: Mapping[PersonId, Person]) -> dict[str, Any]:
    """One assertion: who, how, source (as written and in parts), confidence, status."""
    by = people.get(assertion.by_person) if assertion.by_person else None
    source = assertion.source
    return {
        "by": by.name if by is not None else assertion.by_name,
        "by_person": assertion.by_person,
        "method": str(assertion.method),
        "source": describe_source(source),
        "source_item": source.item_id,
        "source_text": source.text,
        "recording": source.recording_id,
        "at_ms": source.at_ms,
        "source_file": source.file_name,
        "confidence": assertion.confidence,
        "confidence_words": CONFIDENCE_WORDS[assertion.confidence],
        "date": assertion.date,
        "status": str(assertion.status),
        "note": assertion.note,
    }


def tag_evidence_json(evidence: TagEvidence, people: Mapping[PersonId, Person]) -> dict[str, Any]:
    """One person tag with its assertions and what they add up to."""
    tag = evidence.tag
    person = people.get(tag.person_id)
    region = tag.region
    return {
        "person": tag.person_id,
        "name": person.name if person is not None else "",
        "region": None if region is None else [region.x, region.y, region.w, region.h],
        "face": tag.face_id or None,
        "status": str(evidence.status),
        "certainty": str(evidence.certainty),
        "best_confidence": evidence.best_confidence,
        "implicit": evidence.implicit,
        "disputed_with": [
            {"person": p, "name": people[p].name if p in people else ""} for p in evidence.rivals
        ],
        "assertions": [assertion_json(a, people) for a in evidence.assertions],
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    """One check finding: kind, severity, item, person and one sentence."""
    return {
        "kind": str(finding.kind),
        "severity": str(finding.severity),
        "item_id": finding.item_id,
        "person_id": finding.person_id,
        "message": finding.message,
    }


def item_evidence_json(item: Item, people: Mapping[PersonId, Person]) -> dict[str, Any]:
    """An item's identifications with their evidence, and the checks' findings on it."""
    return {
        "item": item.id,
        "title": item.title,
        "tags": [tag_evidence_json(e, people) for e in evidence_of(item)],
        "warnings": [finding_json(f) for f in check_item(item, people)],
    }
