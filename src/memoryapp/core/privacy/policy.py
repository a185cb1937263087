"""The privacy filter every export runs first: private records, living people, exact places.

``redact(bundle, policy)`` returns a new, filtered :class:`ExportBundle` and a
:class:`WithheldReport` that says what was withheld and why (by ID and reason only, so the
report can be shipped inside the export without naming anyone it protects). It follows
Gramps' ``PrivateProxyDb`` and ``LivingProxyDb`` (people-and-places.md section 3):

* private items, people and person tags are dropped unless ``include_private``;
* a person judged living by :func:`probably_alive` keeps no dates, places, notes, relations
  or face regions, and their name is replaced by ``living_label``, kept alone
  (``FULL_NAME_ONLY``), or the person is removed (``EXCLUDE``), unless
  ``include_living_details``;
* every spelling of a withheld name is also replaced in the free text of exported records;
* exact item coordinates are rounded (or withheld) unless ``exact_gps``; coordinates at or of
  places marked do-not-pinpoint are always withheld;
* metadata read from the files is cut down to technical fields whenever anything is filtered.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.ids import ContainerId, ItemId, PersonId, PlaceId
from memoryapp.core.items import Item, Region
from memoryapp.core.people import Living, Person, RelationKind
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment

LIVING_LABEL = "Living person"
WITHHELD_LABEL = "[withheld]"
MAX_AGE = 110  # Gramps behavior.max-age-prob-alive
GENERATION_GAP = 20  # Gramps behavior.avg-generation-gap and max-sib-age-diff
TECHNICAL_KEYS = frozenset({"format", "width", "height", "orientation", "make", "model"})


class LivingMode(StrEnum):
    """What happens to a person judged living (Gramps ``LivingProxyDb`` modes)."""

    REPLACE_NAME = "replace-name"  # every name becomes the living label
    FULL_NAME_ONLY = "full-name-only"  # the primary name stays; nothing else
    EXCLUDE = "exclude"  # the person and their tags are removed


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportPolicy:
    """What an export may contain. The defaults withhold everything sensitive.

    Attributes:
        include_private: Keep private items, people and person tags.
        include_living_details: Export living people like everyone else.
        exact_gps: Keep item coordinates exact (do-not-pinpoint places still withheld).
        living_mode: How to treat a living person when details are not included.
        gps_decimals: Decimal places kept when not exact (2 is about 1 km); None withholds.
        years_after_death: Treat people who died less than this many years ago as living.
        drop_items_showing_living: Also drop items that show a withheld living person.
        today: The day "living" is judged on (defaults to today, UTC).
        living_label: The name shown instead of a living person's.
    """

    include_private: bool = False
    include_living_details: bool = False
    exact_gps: bool = False
    living_mode: LivingMode = LivingMode.REPLACE_NAME
    gps_decimals: int | None = 2
    years_after_death: int = 0
    drop_items_showing_living: bool = False
    today: dt.date | None = None
    living_label: str = LIVING_LABEL

    @property
    def filters_anything(self) -> bool:
        """Whether this policy may withhold anything at all."""
        return not (self.include_private and self.include_living_details and self.exact_gps)

    def describe(self) -> dict[str, object]:
        """The policy as plain JSON-ready values (written into the privacy report)."""
        return {
            "include_private": self.include_private,
            "include_living_details": self.include_living_details,
            "exact_gps": self.exact_gps,
            "living_mode": str(self.living_mode),
            "gps_decimals": self.gps_decimals,
            "years_after_death": self.years_after_death,
            "drop_items_showing_living": self.drop_items_showing_living,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportBundle:
    """The plain data an export needs, read from the library before any exporter runs.

    ``people`` may hold more people than the items show (relatives are evidence for the
    probably-alive rule); :func:`redact` keeps only the people the exported records use.
    Paths are absolute paths of files inside (or linked from) the collection.
    ``previews`` may render on first access (look them up by item, never iterate them);
    ``clean_items`` are the items whose media copies must lose their embedded metadata.
    """

    collection_id: str
    title: str
    items: tuple[Item, ...]
    people: Mapping[PersonId, Person] = field(default_factory=dict)
    places: Mapping[PlaceId, Place] = field(default_factory=dict)
    films: tuple[Film, ...] = ()
    scenes: tuple[Scene, ...] = ()
    links: tuple[SceneLink, ...] = ()
    segments: tuple[Segment, ...] = ()
    embedded: Mapping[ItemId, Mapping[str, object]] = field(default_factory=dict)
    media: Mapping[ItemId, tuple[Path, ...]] = field(default_factory=dict)
    thumbnails: Mapping[ItemId, Path] = field(default_factory=dict)
    previews: Mapping[ItemId, Path] = field(default_factory=dict)
    redacted_people: frozenset[PersonId] = frozenset()
    clean_items: frozenset[ItemId] = frozenset()
    containers: Mapping[ContainerId, Container] = field(default_factory=dict)
    backs: Mapping[ItemId, Path] = field(default_factory=dict)  # the back's upright thumbnail
    unnamed_faces: Mapping[ItemId, tuple[Region, ...]] = field(default_factory=dict)
    """Regions of detected faces not named yet (only when the export asks for them): no
    suggestion, score or embedding, just where a face is."""


class WithheldReason(StrEnum):
    """Why something was left out of (or changed in) an export."""

    PRIVATE_ITEM = "private-item"
    PRIVATE_PERSON = "private-person"
    PRIVATE_PERSON_TAG = "private-person-tag"
    LIVING_EXCLUDED = "living-excluded"
    LIVING_NAME_REPLACED = "living-name-replaced"
    LIVING_DETAILS = "living-details"
    LIVING_REGION = "living-region"
    LIVING_PHOTO = "living-photo"
    NAME_IN_TEXT = "name-in-text"
    GPS_ROUNDED = "gps-rounded"
    GPS_WITHHELD = "gps-withheld"
    DO_NOT_PINPOINT = "do-not-pinpoint"
    EMBEDDED_METADATA = "embedded-metadata"
    IMPORT_PATH = "import-path"
    FIELD_WITHHELD = "field-withheld"  # a field the registry says to drop, or does not classify
    CONSENT_REVOKED = "consent-revoked"  # a testimony segment whose speaker withdrew consent
    PRIVATE_SEGMENT = "private-segment"
    WITHHELD_SPEAKER = "withheld-speaker"  # a segment's speaker is private or living


@dataclass(frozen=True, slots=True, kw_only=True)
class Withheld:
    """One thing withheld: which record, why, and a detail that never names anyone."""

    reason: WithheldReason
    kind: str  # "item", "person", "person-tag", "place", "text"
    record_id: str
    detail: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class NameReplacement:
    """A phrase of free text replaced by a placeholder, for the user to check before writing.

    It quotes the original phrase, so it is shown in the export preview only and never
    written into an export (``to_json`` and ``to_text`` leave it out).
    """

    kind: str  # "item", "person", "place", "scene", "link", "film"
    record_id: str
    original: str
    placeholder: str


@dataclass(frozen=True, slots=True, kw_only=True)
class WithheldReport:
    """Everything an export withheld, with the policy that decided it.

    ``replacements`` lists each name replaced in free text (original phrase, placeholder,
    record): for previews only, never shipped.
    """

    entries: tuple[Withheld, ...] = ()
    policy: Mapping[str, object] = field(default_factory=dict)
    replacements: tuple[NameReplacement, ...] = field(default=(), repr=False)

    def counts(self) -> dict[str, int]:
        """How many entries there are for each reason (reasons with none are left out)."""
        out: dict[str, int] = {}
        for entry in self.entries:
            out[str(entry.reason)] = out.get(str(entry.reason), 0) + 1
        return out

    def of(self, reason: WithheldReason) -> tuple[Withheld, ...]:
        """The entries for one reason."""
        return tuple(e for e in self.entries if e.reason is reason)

    def to_json(self) -> dict[str, object]:
        """The report as JSON-ready values (``privacy-report.json``)."""
        return {
            "policy": dict(self.policy),
            "counts": self.counts(),
            "withheld": [
                {"reason": str(e.reason), "kind": e.kind, "id": e.record_id, "detail": e.detail}
                for e in self.entries
            ],
        }

    def to_text(self) -> str:
        """The report for people (``privacy-report.txt``)."""
        lines = ["memoryapp privacy report", "", "Policy:"]
        lines += [f"  {line}" for line in policy_lines(self.policy)]
        lines += ["", "Withheld or changed (count by reason):"]
        counts = self.counts()
        lines += [f"  {reason}: {n}" for reason, n in counts.items()] or ["  nothing"]
        if self.entries:
            lines += ["", "Details:"]
            for e in self.entries:
                tail = f" ({e.detail})" if e.detail else ""
                lines.append(f"  {e.reason} {e.kind} {e.record_id}{tail}")
        return "\n".join(lines) + "\n"


_POLICY_WORDS: dict[str, tuple[str, str, str]] = {
    # key: (what, when true, when false)
    "include_private": ("Private items and people", "included", "left out"),
    "include_living_details": ("Living people's details", "included", "withheld"),
    "exact_gps": ("Exact positions", "kept", "rounded or withheld"),
    "drop_items_showing_living": ("Items showing a withheld living person", "left out", "kept"),
}
_LIVING_WORDS = {
    "replace-name": f"shown as \u201c{LIVING_LABEL}\u201d",
    "full-name-only": "shown by name only, nothing else",
    "exclude": "left out entirely",
}


def policy_lines(policy: Mapping[str, object]) -> list[str]:
    """The policy of a report as sentences for people ("Private items and people: left out")."""
    lines = []
    for key, value in policy.items():
        if key in _POLICY_WORDS and isinstance(value, bool):
            what, yes, no = _POLICY_WORDS[key]
            lines.append(f"{what}: {yes if value else no}")
        elif key == "living_mode":
            lines.append(f"Living people: {_LIVING_WORDS.get(str(value), str(value))}")
        elif key == "gps_decimals":
            kept = "withheld" if value is None else f"rounded to {value} decimal places"
            lines.append(f"Positions when not exact: {kept}")
        elif key == "years_after_death":
            lines.append(f"Treated as living for {value} years after death")
        else:
            lines.append(f"{key.replace('_', ' ').capitalize()}: {value}")
    return lines


@dataclass(frozen=True, slots=True)
class AliveVerdict:
    """Whether someone is treated as living, and the evidence that decided it."""

    alive: bool
    reason: str


_YEAR = re.compile(r"^[+-]?\d{1,6}")


def _year(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.year
    match = _YEAR.match(str(value))
    return int(match.group()) if match else None


def _years(date: FuzzyDate | None) -> tuple[int | None, int | None]:
    """Earliest and latest year a date can mean (None for unknown or open)."""
    if date is None or not date.edtf:
        return None, None
    try:
        bounds = date.bounds()
    except ValueError:
        return None, None
    if bounds is None:
        return None, None
    return _year(bounds.min), _year(bounds.max)


def judge_alive(
    person: Person,
    today: dt.date,
    *,
    relatives: Mapping[PersonId, Person] | None = None,
    appearances: Iterable[FuzzyDate] = (),
    years_after_death: int = 0,
    max_age: int = MAX_AGE,
) -> AliveVerdict:
    """Decide whether ``person`` is probably alive on ``today`` (Gramps' rule).

    Evidence, in order: the stored ``living`` flag; a death date (alive only within
    ``years_after_death``); a birth date (dead once ``max_age`` years have passed since the
    latest possible birth); relatives' dates (siblings and spouses shifted by 20 years,
    children's births, parents' births plus 20 years); the dates of photos showing the
    person (alive then, so born by then). No evidence at all means alive.
    """
    if person.living is Living.LIVING:
        return AliveVerdict(True, "marked living")
    year = today.year
    _, death_max = _years(person.death)
    if person.death is not None or person.living is Living.DECEASED:
        if death_max is not None and year - death_max < years_after_death:
            return AliveVerdict(True, f"died less than {years_after_death} years ago")
        return AliveVerdict(False, "marked deceased" if person.death is None else "death date")
    _, birth_max = _years(person.birth)
    if birth_max is not None:
        alive = year - birth_max <= max_age
        return AliveVerdict(alive, f"born by {birth_max}")
    latest_birth = _latest_birth_from_relatives(person, relatives or {})
    if latest_birth is not None:
        return AliveVerdict(year - latest_birth[0] <= max_age, latest_birth[1])
    photo_years = [hi for hi in (_years(d)[1] for d in appearances) if hi is not None]
    if photo_years:
        latest = min(photo_years)  # born by the earliest photo that shows them
        return AliveVerdict(year - latest <= max_age, f"shown in a photo of {latest} or earlier")
    return AliveVerdict(True, "no evidence")


def _latest_birth_from_relatives(
    person: Person, relatives: Mapping[PersonId, Person]
) -> tuple[int, str] | None:
    """The latest plausible birth year relatives give, with the evidence named."""
    estimates: list[tuple[int, str]] = []
    for relation in person.relations:
        other = relatives.get(relation.person_id)
        if other is None:
            continue
        _, born = _years(other.birth)
        _, died = _years(other.death)
        if relation.kind in (RelationKind.SIBLING, RelationKind.SPOUSE):
            if born is not None:
                estimates.append((born + GENERATION_GAP, f"{relation.kind} born by {born}"))
            elif died is not None:
                estimates.append((died + GENERATION_GAP, f"{relation.kind} died by {died}"))
        elif relation.kind is RelationKind.CHILD and born is not None:
            estimates.append((born, f"child born by {born}"))
        elif relation.kind is RelationKind.PARENT and born is not None:
            estimates.append((born + 2 * GENERATION_GAP, f"parent born by {born}"))
    return max(estimates) if estimates else None


def probably_alive(
    person: Person,
    today: dt.date,
    *,
    relatives: Mapping[PersonId, Person] | None = None,
    appearances: Iterable[FuzzyDate] = (),
    years_after_death: int = 0,
) -> bool:
    """Whether ``person`` is probably alive on ``today``; see :func:`judge_alive`."""
    return judge_alive(
        person,
        today,
        relatives=relatives,
        appearances=appearances,
        years_after_death=years_after_death,
    ).alive
