"""Identification as evidence: assertions read, disputes found, mistakes caught.

``identification`` derives a tag's status and certainty from its assertions; ``checks``
finds life-span, age, duplicate and family contradictions; ``sources`` reads and writes
sources as text. The command that adds an assertion is ``core.assertion_edits.identify``.
"""

from memoryapp.core.evidence.checks import (
    Finding,
    FindingKind,
    Severity,
    check_evidence,
    check_item,
    check_relations,
)
from memoryapp.core.evidence.identification import (
    TagEvidence,
    TagStatus,
    assertions_of,
    best_confidence,
    certainty_of,
    certainty_of_confidence,
    evidence_of,
    is_disputed,
    lowest_best_confidence,
    same_face,
    status_of,
)
from memoryapp.core.evidence.sources import (
    describe_source,
    format_moment,
    parse_moment,
    parse_source,
)

__all__ = [
    "Finding",
    "FindingKind",
    "Severity",
    "TagEvidence",
    "TagStatus",
    "assertions_of",
    "best_confidence",
    "certainty_of",
    "certainty_of_confidence",
    "check_evidence",
    "check_item",
    "check_relations",
    "describe_source",
    "evidence_of",
    "format_moment",
    "is_disputed",
    "lowest_best_confidence",
    "parse_moment",
    "parse_source",
    "same_face",
    "status_of",
]
