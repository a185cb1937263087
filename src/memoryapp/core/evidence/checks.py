"""Checks that catch mistaken identifications (people-and-places.md section 4, dates.md 11).

Every date is read through its fuzzy bounds (the padded search window of ``FuzzyDate``;
an open end stays open), so a photo of "c. 1932" and a birth of "c. 1931" is no
contradiction but a tight fit, reported as a note. Findings are warnings: nothing here
refuses a tag.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.dates.bounds import iso_key
from memoryapp.core.evidence.identification import TagStatus, is_live, rivals, status_of
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item, ItemKind
from memoryapp.core.people import Person, RelationKind
from memoryapp.core.text import search_key

PICTURES = frozenset({ItemKind.PHOTO, ItemKind.POSTCARD})
"""Items that show people: a document or a letter may name the dead, a photo cannot show them."""

MIN_MARRYING_AGE = 12
MAX_CHILD_AGE = 70

_MARRYING_ROLES = frozenset({"groom", "bride", "marié", "mariée", "husband", "wife", "חתן", "כלה"})
_WEDDING_EVENTS = frozenset({"wedding", "mariage", "marriage", "noces", "חתונה", "عرس", "زفاف"})
_CHILD_ROLES = frozenset({"child", "children", "enfant", "enfants", "kid", "kids", "ילד", "ילדה"})
_COLLAGE = frozenset({"collage", "montage", "photomontage"})


class Severity(StrEnum):
    """A warning is likely a mistake; a note is worth a look."""

    WARNING = "warning"
    NOTE = "note"


class FindingKind(StrEnum):
    """What an evidence check found."""

    BEFORE_BIRTH = "before-birth"
    AFTER_DEATH = "after-death"
    TIGHT_FIT = "tight-fit"
    AGE_FOR_ROLE = "age-for-role"
    SAME_PERSON_TWICE = "same-person-twice"
    PARENT_YOUNGER = "parent-younger"
    DISPUTED = "disputed"


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """One thing the checks found, in one English sentence."""

    kind: FindingKind
    severity: Severity
    message: str
    item_id: ItemId | None = None
    person_id: PersonId | None = None


_Span = tuple[float | None, float | None]  # fractional years; None is an open end


def _year(iso: str) -> float:
    y, m, d = iso_key(iso)
    return y + ((m - 1) * 30.44 + (d - 1)) / 365.25


def fuzzy_span(date: FuzzyDate | None) -> _Span | None:
    """The widest the date can mean, in fractional years; None when undated."""
    if date is None:
        return None
    try:
        bounds = date.bounds()
    except ValueError:
        return None
    if bounds is None:
        return None
    lo = None if bounds.min is None else _year(bounds.search_min)
    hi = None if bounds.max is None else _year(bounds.search_max) + 1 / 365.25
    return lo, hi


def _words(item: Item) -> set[str]:
    """The item's tags as folded words (every level of "Events|Wedding")."""
    return {search_key(part.strip()) for tag in item.tags for part in tag.split("|")}


def _said(date: FuzzyDate) -> str:
    return date.input or date.edtf or ""


def _life_findings(item: Item, person: Person, photo: _Span) -> list[Finding]:
    out: list[Finding] = []
    lo, hi = photo
    taken = _said(item.taken) if item.taken else ""

    def add(kind: FindingKind, severity: Severity, message: str) -> None:
        out.append(Finding(kind=kind, severity=severity, message=message,
                           item_id=item.id, person_id=person.id))  # fmt: skip

    birth = fuzzy_span(person.birth)
    if birth is not None and person.birth is not None:
        b_lo, b_hi = birth
        born = _said(person.birth)
        if hi is not None and b_lo is not None and hi < b_lo:
            add(FindingKind.BEFORE_BIRTH, Severity.WARNING,
                f"{person.name} is tagged on a photo dated {taken}, before their birth ({born}).")  # fmt: skip
        elif lo is not None and b_lo is not None and b_hi is not None and lo < b_hi:
            add(FindingKind.TIGHT_FIT, Severity.NOTE,
                f"{person.name} was born {born}: the photo dated {taken} fits only just.")  # fmt: skip
    death = fuzzy_span(person.death)
    if death is not None and person.death is not None:
        d_lo, d_hi = death
        died = _said(person.death)
        if lo is not None and d_hi is not None and lo > d_hi:
            add(FindingKind.AFTER_DEATH, Severity.WARNING,
                f"{person.name} is tagged on a photo dated {taken}, after their death ({died}).")  # fmt: skip
        elif hi is not None and d_hi is not None and d_lo is not None and hi > d_lo:
            add(FindingKind.TIGHT_FIT, Severity.NOTE,
                f"{person.name} died {died}: the photo dated {taken} fits only just.")  # fmt: skip
    return out


def _role_findings(item: Item, person: Person, photo: _Span, shown: int) -> list[Finding]:
    birth = fuzzy_span(person.birth)
    if birth is None:
        return []
    words = _words(item)
    lo, hi = photo
    b_lo, b_hi = birth
    oldest = None if hi is None or b_lo is None else hi - b_lo
    youngest = None if lo is None or b_hi is None else lo - b_hi
    marrying = bool(words & _MARRYING_ROLES) or (bool(words & _WEDDING_EVENTS) and shown <= 2)
    role = next(iter(sorted(words & (_MARRYING_ROLES | _WEDDING_EVENTS))), "")
    out = []
    if marrying and oldest is not None and oldest < MIN_MARRYING_AGE:
        out.append(
            Finding(
                kind=FindingKind.AGE_FOR_ROLE,
                severity=Severity.WARNING,
                message=f"{person.name} would be under {MIN_MARRYING_AGE} on this photo "
                f"tagged {role!r}.",
                item_id=item.id,
                person_id=person.id,
            )
        )
    if words & _CHILD_ROLES and youngest is not None and youngest > MAX_CHILD_AGE:
        out.append(
            Finding(
                kind=FindingKind.AGE_FOR_ROLE,
                severity=Severity.WARNING,
                message=f"{person.name} would be over {MAX_CHILD_AGE} on this photo tagged as "
                "showing a child.",
                item_id=item.id,
                person_id=person.id,
            )
        )
    return out


def is_collage(item: Item) -> bool:
    """Whether the item is a collage (tagged so): the same person may be on it twice."""
    return bool(_words(item) & _COLLAGE)


def check_item(item: Item, people: Mapping[PersonId, Person]) -> tuple[Finding, ...]:
    """The findings on one item: disputes, life spans, ages for roles, a person twice."""
    out: list[Finding] = []
    photo = fuzzy_span(item.taken)
    live = [n for n, tag in enumerate(item.people) if is_live(tag)]
    shown = {item.people[n].person_id for n in live}
    reported: set[frozenset[PersonId]] = set()
    for n in live:
        tag = item.people[n]
        others = rivals(item, n)
        key = frozenset({tag.person_id, *others})
        if status_of(item, n) is TagStatus.DISPUTED and key not in reported:
            reported.add(key)
            names = [_name(people, p) for p in (tag.person_id, *others)]
            where = "one face" if others else "this photo"
            out.append(
                Finding(
                    kind=FindingKind.DISPUTED,
                    severity=Severity.WARNING,
                    message=f"The identification of {where} is disputed: {', '.join(names)}.",
                    item_id=item.id,
                    person_id=tag.person_id,
                )
            )
    for pid in sorted(shown):
        person = people.get(pid)
        if person is None:
            continue
        if photo is not None and item.kind in PICTURES:
            out += _life_findings(item, person, photo)
            out += _role_findings(item, person, photo, len(shown))
        count = sum(1 for n in live if item.people[n].person_id == pid)
        if count > 1 and not is_collage(item):
            out.append(
                Finding(
                    kind=FindingKind.SAME_PERSON_TWICE,
                    severity=Severity.WARNING,
                    message=f"{person.name} is tagged {count} times on one photo that is not "
                    "a collage.",
                    item_id=item.id,
                    person_id=pid,
                )
            )
    return tuple(out)


def _name(people: Mapping[PersonId, Person], pid: PersonId) -> str:
    person = people.get(pid)
    return person.name if person is not None else pid


def check_relations(people: Mapping[PersonId, Person]) -> tuple[Finding, ...]:
    """A parent certainly born after their child (read from both sides, reported once)."""
    out: list[Finding] = []
    seen: set[tuple[PersonId, PersonId]] = set()
    for person in people.values():
        for relation in person.relations:
            parent: Person | None
            child: Person | None
            if relation.kind is RelationKind.PARENT:
                parent, child = people.get(relation.person_id), person
            elif relation.kind is RelationKind.CHILD:
                parent, child = person, people.get(relation.person_id)
            else:
                continue
            if parent is None or child is None or (parent.id, child.id) in seen:
                continue
            seen.add((parent.id, child.id))
            p_span, c_span = fuzzy_span(parent.birth), fuzzy_span(child.birth)
            if p_span is None or c_span is None or parent.birth is None or child.birth is None:
                continue
            if p_span[0] is not None and c_span[1] is not None and p_span[0] > c_span[1]:
                out.append(
                    Finding(
                        kind=FindingKind.PARENT_YOUNGER,
                        severity=Severity.WARNING,
                        message=f"{parent.name} (born {_said(parent.birth)}) is recorded as a "
                        f"parent of {child.name} (born {_said(child.birth)}), who is older.",
                        person_id=parent.id,
                    )
                )
    return tuple(out)


def check_evidence(items: Iterable[Item], people: Mapping[PersonId, Person]) -> tuple[Finding, ...]:
    """Every finding of the collection: items in the order given, then family relations."""
    out = [f for item in items for f in check_item(item, people)]
    return (*out, *check_relations(people))
