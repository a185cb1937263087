"""The details panel's view of identification evidence: chip badges, tooltips, warnings.

For one item: each person chip says "disputed" when another person is named for the same
face, its tooltip lists who identified the person, how, from what and how sure; under the
chips, the checks' warnings about the item (tagged before their birth...), translated.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from memoryapp.core.assertions import Method, Status
from memoryapp.core.evidence import (
    Finding,
    FindingKind,
    TagEvidence,
    TagStatus,
    describe_source,
    evidence_of,
)
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Certainty, Item
from memoryapp.core.people import Person
from memoryapp.core.text import isolate
from memoryapp.ui.token_list import Token

_C = "DetailsEvidence"

METHODS = {
    Method.EYEWITNESS: str(QT_TRANSLATE_NOOP("DetailsEvidence", "eyewitness")),
    Method.INSCRIPTION: str(QT_TRANSLATE_NOOP("DetailsEvidence", "inscription")),
    Method.TESTIMONY: str(QT_TRANSLATE_NOOP("DetailsEvidence", "testimony")),
    Method.DOCUMENT: str(QT_TRANSLATE_NOOP("DetailsEvidence", "document")),
    Method.GENEALOGY: str(QT_TRANSLATE_NOOP("DetailsEvidence", "family tree")),
    Method.SUGGESTION: str(QT_TRANSLATE_NOOP("DetailsEvidence", "accepted suggestion")),
    Method.METADATA: str(QT_TRANSLATE_NOOP("DetailsEvidence", "file metadata")),
}
STATUSES = {
    Status.PROPOSED: str(QT_TRANSLATE_NOOP("DetailsEvidence", "proposed")),
    Status.ACCEPTED: str(QT_TRANSLATE_NOOP("DetailsEvidence", "accepted")),
    Status.DISPUTED: str(QT_TRANSLATE_NOOP("DetailsEvidence", "disputed")),
    Status.REJECTED: str(QT_TRANSLATE_NOOP("DetailsEvidence", "rejected")),
}
CERTAINTIES = {
    Certainty.CERTAIN: str(QT_TRANSLATE_NOOP("DetailsEvidence", "certain")),
    Certainty.PROBABLE: str(QT_TRANSLATE_NOOP("DetailsEvidence", "probable")),
    Certainty.POSSIBLE: str(QT_TRANSLATE_NOOP("DetailsEvidence", "possible")),
}
CONFIDENCES = (
    str(QT_TRANSLATE_NOOP("DetailsEvidence", "very low")),
    str(QT_TRANSLATE_NOOP("DetailsEvidence", "low")),
    str(QT_TRANSLATE_NOOP("DetailsEvidence", "normal")),
    str(QT_TRANSLATE_NOOP("DetailsEvidence", "high")),
    str(QT_TRANSLATE_NOOP("DetailsEvidence", "very high")),
)
_WARNINGS = {
    FindingKind.BEFORE_BIRTH: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1: the photo is dated before their birth (%2).")
    ),
    FindingKind.AFTER_DEATH: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1: the photo is dated after their death (%2).")
    ),
    FindingKind.TIGHT_FIT: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1: the photo's date fits their life only just.")
    ),
    FindingKind.AGE_FOR_ROLE: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1: an unlikely age for what the photo is tagged as.")
    ),
    FindingKind.SAME_PERSON_TWICE: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1 is tagged twice on a photo that is not a collage.")
    ),
    FindingKind.DISPUTED: str(
        QT_TRANSLATE_NOOP("DetailsEvidence", "%1: who is shown on this face is disputed.")
    ),
}


def translated(text: str) -> str:
    """``text`` translated in the ``DetailsEvidence`` context."""
    return QCoreApplication.translate(_C, text)


def _lines(evidence: TagEvidence, people: Mapping[PersonId, Person]) -> str:
    head = QCoreApplication.translate("DetailsEvidence", "Certainty: %1 (%2)").replace(
        "%1", translated(CERTAINTIES[evidence.certainty])
    )
    lines = [head.replace("%2", translated(STATUSES[Status(evidence.status.value)]))]
    for a in evidence.assertions:
        by_person = people.get(a.by_person) if a.by_person is not None else None
        who = (
            by_person.name
            if by_person is not None
            else a.by_name or QCoreApplication.translate("DetailsEvidence", "someone")
        )
        line = QCoreApplication.translate("DetailsEvidence", "%1 (%2): confidence %3, %4").replace(
            "%1", isolate(who)
        )
        line = line.replace("%2", translated(METHODS[a.method]))
        line = line.replace("%3", f"{a.confidence} - {translated(CONFIDENCES[a.confidence])}")
        line = line.replace("%4", translated(STATUSES[a.status]))
        if a.date:
            line += f", {a.date[:10]}"
        lines.append(f"\N{BULLET} {line}")
        source = describe_source(a.source)
        if source:
            lines.append(
                "   "
                + QCoreApplication.translate("DetailsEvidence", "Source: %1").replace(
                    "%1", isolate(source)
                )
            )
        if a.note:
            lines.append(f"   {isolate(a.note)}")
    return "\n".join(lines)


def people_tokens(
    tokens: Sequence[Token], item: Item, people: Mapping[PersonId, Person]
) -> tuple[Token, ...]:
    """The person chips of one item with a "disputed" badge and their evidence as tooltip."""
    by_person: dict[str, list[TagEvidence]] = {}
    for evidence in evidence_of(item):
        by_person.setdefault(evidence.tag.person_id, []).append(evidence)
    out = []
    for token in tokens:
        found = by_person.get(token.key, [])
        disputed = any(e.status is TagStatus.DISPUTED for e in found)
        detail = "\n\n".join(_lines(e, people) for e in found)
        out.append(
            Token(
                key=token.key,
                label=token.label,
                on=token.on,
                of=token.of,
                badge=translated(STATUSES[Status.DISPUTED]) if disputed else "",
                detail=detail,
            )
        )
    return tuple(out)


def warning_text(findings: Sequence[Finding], people: Mapping[PersonId, Person]) -> str:
    """The checks' findings on the item, one translated line each ("" when none)."""
    lines = []
    for finding in findings:
        person = people.get(finding.person_id) if finding.person_id else None
        name = isolate(person.name) if person is not None else ""
        date = ""
        if person is not None and finding.kind is FindingKind.BEFORE_BIRTH and person.birth:
            date = person.birth.input or person.birth.edtf or ""
        if person is not None and finding.kind is FindingKind.AFTER_DEATH and person.death:
            date = person.death.input or person.death.edtf or ""
        text = translated(_WARNINGS[finding.kind]).replace("%1", name).replace("%2", isolate(date))
        lines.append(f"\N{WARNING SIGN} {text}")
    return "\n".join(lines)
