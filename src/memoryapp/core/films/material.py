"""Find material for a scene: items ranked by the scene's people, places and period.

A pure function over the records. Each candidate carries the reasons it matched, as English
sentences and as structured fields, so the GUI can show "why" and a script can filter.

* **People:** items tagged with a scene person; weaker, items whose text names one of the
  person's spellings.
* **Places:** items tagged with a scene place or with a place inside it (``Place.parent_id``);
  weaker, items whose text names one of the spellings of the place or of a place inside it
  (every alias, in every script, through ``search_key``).
* **Period:** the overlap of the item's taken-date bounds with the scene's period; weaker, an
  overlap of the padded search windows only ("near the period"). An item dated outside the
  period, even padded, is penalised: a 1998 letter naming the scene's people is not material
  for a scene set around 1955. The penalty grows with the distance and is shown as a reason.

Items already linked to the scene (with any role, rejected included) are left out.
"""

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from memoryapp.core.dates import FuzzyDate, describe
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.films.model import Scene, SceneLink
from memoryapp.core.ids import ItemId, PersonId, PlaceId, SceneId
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place, ancestors
from memoryapp.core.text import search_key

PERSON_WEIGHT = 3.0
PERSON_NAMED_WEIGHT = 1.5
PLACE_WEIGHT = 3.0
PLACE_INSIDE_WEIGHT = 2.5
PLACE_NAMED_WEIGHT = 1.5
PERIOD_WEIGHT = 2.0
PERIOD_NEAR_WEIGHT = 0.5
PERIOD_OUTSIDE_WEIGHT = -4.0  # full penalty, reached 10 years away from the period
_PERIOD_OUTSIDE_FLOOR = 0.5  # share of the penalty just outside the padded period
_PERIOD_OUTSIDE_FULL_DAYS = 3652  # ten years
BREADTH_BONUS = 1.0  # per extra kind of match (people, places, period)
_MIN_NAME = 3  # shorter spellings are not searched in free text

T = TypeVar("T")
_Span = tuple[int | None, int | None]  # proleptic ordinals; None is an open end


class MatchKind(StrEnum):
    """Why an item matched a scene."""

    PERSON = "person"  # tagged with a scene person
    PERSON_NAMED = "person-named"  # its text names a scene person
    PLACE = "place"  # tagged with a scene place, or a place inside it
    PLACE_NAMED = "place-named"  # its text names a scene place
    PERIOD = "period"  # its date overlaps the scene's period
    PERIOD_NEAR = "period-near"  # only the padded search windows overlap
    PERIOD_OUTSIDE = "period-outside"  # dated outside the scene's period: a penalty


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchReason:
    """One reason an item matched.

    Attributes:
        text: an English sentence ("shows Rachel Ohana").
        person_id: the scene person (people reasons).
        place_id: the scene place (place reasons).
        item_place_id: the item's place that matched (the scene place or one inside it).
        name: the spelling found in the item's text (``*-named`` reasons).
        overlap: share of the item's date span inside the scene period (0..1).
        years_away: for ``period-outside``, how far the item's date lies from the period.
    """

    kind: MatchKind
    text: str
    weight: float
    person_id: PersonId | None = None
    place_id: PlaceId | None = None
    item_place_id: PlaceId | None = None
    name: str = ""
    overlap: float | None = None
    years_away: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """An item proposed for a scene, with its score and reasons (best first)."""

    item_id: ItemId
    score: float
    reasons: tuple[MatchReason, ...]
    linked_elsewhere: tuple[SceneId, ...] = ()  # other scenes that already link it

    @property
    def summary(self) -> str:
        """The reasons as one English line."""
        return "; ".join(reason.text for reason in self.reasons)


def find_material(
    scene: Scene,
    items: Iterable[Item],
    people: Mapping[PersonId, Person],
    places: Mapping[PlaceId, Place],
    links: Iterable[SceneLink],
    *,
    limit: int | None = None,
) -> tuple[Candidate, ...]:
    """Rank the items that fit a scene, best first.

    Args:
        scene: the scene; its people, places and period drive the search.
        items: the items to consider (usually the whole collection).
        people: people by ID (for names).
        places: places by ID (for names and the hierarchy).
        links: existing links; items linked to this scene are left out.
        limit: return at most this many.

    Returns:
        Candidates sorted by score (high first), then by item ID.
    """
    linked: dict[ItemId, set[SceneId]] = {}
    for link in links:
        linked.setdefault(link.item_id, set()).add(link.scene_id)
    matcher = _Matcher(scene, people, places)
    out = []
    for item in items:
        scenes_of_item = linked.get(item.id, set())
        if scene.id in scenes_of_item:
            continue
        reasons = matcher.reasons(item)
        if not any(r.weight > 0 for r in reasons):
            continue
        kinds = {r.kind.value.split("-")[0] for r in reasons if r.weight > 0}
        score = sum(r.weight for r in reasons) + BREADTH_BONUS * (len(kinds) - 1)
        out.append(
            Candidate(
                item_id=item.id,
                score=round(score, 3),
                reasons=tuple(sorted(reasons, key=lambda r: -r.weight)),
                linked_elsewhere=tuple(sorted(scenes_of_item)),
            )
        )
    out.sort(key=lambda c: (-c.score, c.item_id))
    return tuple(out if limit is None else out[:limit])


class _Matcher:
    def __init__(
        self, scene: Scene, people: Mapping[PersonId, Person], places: Mapping[PlaceId, Place]
    ) -> None:
        self.scene = scene
        self.people = people
        self.places = places
        self.person_names = {
            pid: _NameFinder([(name, pid) for name in people[pid].names])
            for pid in scene.people
            if pid in people
        }
        self.place_names: dict[PlaceId, _NameFinder[PlaceId]] = {}
        inside = _descendants(places)
        for pid in scene.places:
            if pid in places:
                members = (pid, *sorted(inside.get(pid, ())))
                self.place_names[pid] = _NameFinder(
                    [(name, member) for member in members for name in places[member].names]
                )
        self.period = _span(scene.period)
        self.period_window = _window(scene.period)
        self._chains: dict[PlaceId, list[PlaceId]] = {}
        self._words: dict[FuzzyDate, str] = {}

    def reasons(self, item: Item) -> list[MatchReason]:
        text = search_key(" ".join((item.title, item.description, item.notes, *item.tags)))
        return [*self._people(item, text), *self._places(item, text), *self._period(item)]

    def _people(self, item: Item, text: str) -> list[MatchReason]:
        out = []
        tagged = set(item.person_ids())
        for pid in self.scene.people:
            person = self.people.get(pid)
            if person is None:
                continue
            if pid in tagged:
                out.append(
                    MatchReason(
                        kind=MatchKind.PERSON,
                        text=f"shows {person.name}",
                        weight=PERSON_WEIGHT,
                        person_id=pid,
                    )
                )
                continue
            finder = self.person_names.get(pid)
            found = finder.find(text) if finder is not None else None
            if found is not None:
                name = found[0]
                said = f"its text names {name}" + (
                    "" if name == person.name else f" ({person.name})"
                )
                out.append(
                    MatchReason(
                        kind=MatchKind.PERSON_NAMED,
                        text=said,
                        weight=PERSON_NAMED_WEIGHT,
                        person_id=pid,
                        name=name,
                    )
                )
        return out

    def _places(self, item: Item, text: str) -> list[MatchReason]:
        out = []
        for pid in self.scene.places:
            place = self.places.get(pid)
            if place is None:
                continue
            hit = self._tagged_inside(item, pid)
            if hit == pid:
                out.append(
                    MatchReason(
                        kind=MatchKind.PLACE,
                        text=f"taken in {place.name}",
                        weight=PLACE_WEIGHT,
                        place_id=pid,
                        item_place_id=pid,
                    )
                )
                continue
            if hit is not None:
                said = f"taken in {self.places[hit].name}, inside {place.name}"
                out.append(
                    MatchReason(
                        kind=MatchKind.PLACE,
                        text=said,
                        weight=PLACE_INSIDE_WEIGHT,
                        place_id=pid,
                        item_place_id=hit,
                    )
                )
                continue
            finder = self.place_names.get(pid)
            found = finder.find(text) if finder is not None else None
            if found is not None:
                name, member = found
                target = self.places[member].name
                what = "" if name == target else f", a name of {target}"
                where = "" if member == pid else f", inside {place.name}"
                out.append(
                    MatchReason(
                        kind=MatchKind.PLACE_NAMED,
                        text=f"its text names {name}{what}{where}",
                        weight=PLACE_NAMED_WEIGHT,
                        place_id=pid,
                        item_place_id=member,
                        name=name,
                    )
                )
        return out

    def _tagged_inside(self, item: Item, pid: PlaceId) -> PlaceId | None:
        inside = None
        for own in item.places:
            if own == pid:
                return pid
            if inside is None and pid in self._chain(own):
                inside = own
        return inside

    def _chain(self, pid: PlaceId) -> list[PlaceId]:
        if pid not in self._chains:
            try:
                self._chains[pid] = ancestors(
                    pid, lambda p: self.places[p].parent_id if p in self.places else None
                )
            except InvalidRecordError:  # a cycle: match the place itself only
                self._chains[pid] = []
        return self._chains[pid]

    def _describe(self, date: FuzzyDate) -> str:
        if date not in self._words:
            self._words[date] = describe(date)
        return self._words[date]

    def _period(self, item: Item) -> list[MatchReason]:
        taken = item.taken
        if self.scene.period is None or taken is None:
            return []
        overlap = _overlap(_span(taken), self.period)
        near = None if overlap else _overlap(_window(taken), self.period_window)
        period_text = self._describe(self.scene.period)
        dated = self._describe(taken)
        if not overlap and not near:
            return self._outside(_span(taken), dated, period_text)
        if overlap is not None and overlap > 0:
            text = f"dated {dated}, within the scene's period {period_text}"
            if overlap < 0.999:
                text = f"dated {dated}, partly within the scene's period {period_text} ({overlap:.0%} of its span)"
            return [
                MatchReason(
                    kind=MatchKind.PERIOD,
                    text=text,
                    weight=round(PERIOD_WEIGHT * max(overlap, 0.25), 3),
                    overlap=round(overlap, 3),
                )
            ]
        if near:
            return [
                MatchReason(
                    kind=MatchKind.PERIOD_NEAR,
                    text=f"dated {dated}, near the scene's period {period_text}",
                    weight=PERIOD_NEAR_WEIGHT,
                    overlap=0.0,
                )
            ]
        return []

    def _outside(self, span: _Span | None, dated: str, period_text: str) -> list[MatchReason]:
        """The penalty for an item dated outside the period, larger the farther away it is."""
        if span is None or self.period is None:
            return []
        (lo, hi), (start, end) = span, self.period
        if hi is not None and start is not None and hi < start:
            gap, side = start - hi, "before"
        elif lo is not None and end is not None and lo > end:
            gap, side = lo - end, "after"
        else:
            return []
        years = gap / 365.25
        share = min(1.0, _PERIOD_OUTSIDE_FLOOR + gap / _PERIOD_OUTSIDE_FULL_DAYS)
        away = (
            f"{years:.0f} years" if years >= 1.5 else "about a year" if years >= 0.5 else "months"
        )
        return [
            MatchReason(
                kind=MatchKind.PERIOD_OUTSIDE,
                text=f"dated {dated}, {away} {side} the scene's period {period_text}",
                weight=round(PERIOD_OUTSIDE_WEIGHT * share, 3),
                overlap=0.0,
                years_away=round(years, 1),
            )
        ]


# Prefixes written onto the next word: Hebrew "in, the, and, as, to, from, that" and Arabic
# "and, so, with, as, to, the" (bTinghir, wa-l-...), so "in Tinghir" still names Tinghir.
_HEBREW_PREFIX = (
    "[\N{HEBREW LETTER BET}\N{HEBREW LETTER HE}\N{HEBREW LETTER VAV}\N{HEBREW LETTER KAF}"
    "\N{HEBREW LETTER LAMED}\N{HEBREW LETTER MEM}\N{HEBREW LETTER SHIN}]{1,2}"
)
_ARABIC_PREFIX = (
    "[\N{ARABIC LETTER WAW}\N{ARABIC LETTER FEH}]?"
    "[\N{ARABIC LETTER BEH}\N{ARABIC LETTER KAF}\N{ARABIC LETTER LAM}]?"
    "(?:\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM})?"
)


class _NameFinder(Generic[T]):
    """Finds the first-listed spelling named in a folded text, as a whole word, in one pass."""

    def __init__(self, entries: Iterable[tuple[Name, T]]) -> None:
        self._by_key: dict[str, tuple[int, str, T]] = {}
        keys_by_prefix: dict[str, list[str]] = {}
        for n, (name, payload) in enumerate(entries):
            key = search_key(name.value)
            if len(key) < _MIN_NAME or key in self._by_key:
                continue
            self._by_key[key] = (n, name.value, payload)
            prefix = {"Hebr": _HEBREW_PREFIX, "Arab": _ARABIC_PREFIX}.get(name.script, "")
            keys_by_prefix.setdefault(prefix, []).append(key)
        self._patterns = []
        for prefix, keys in keys_by_prefix.items():
            options = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
            lead = f"(?:{prefix})?" if prefix else ""
            self._patterns.append(re.compile(rf"(?<!\w){lead}({options})(?!\w)"))

    def find(self, text: str) -> tuple[str, T] | None:
        """The spelling found (as stored) and its payload; the first listed wins."""
        best: tuple[int, str, T] | None = None
        for pattern in self._patterns:
            for match in pattern.finditer(text):
                entry = self._by_key[match.group(1)]
                if best is None or entry[0] < best[0]:
                    best = entry
        return None if best is None else (best[1], best[2])


def _descendants(places: Mapping[PlaceId, Place]) -> dict[PlaceId, set[PlaceId]]:
    """Every place inside each place (through any depth of ``parent_id``)."""
    out: dict[PlaceId, set[PlaceId]] = {}
    for place in places.values():
        seen = {place.id}
        parent = place.parent_id
        while parent is not None and parent not in seen:
            seen.add(parent)
            out.setdefault(parent, set()).add(place.id)
            parent = places[parent].parent_id if parent in places else None
    return out


# -- dates as day ranges ----------------------------------------------------------------------


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return dt.date.fromisoformat(iso).toordinal()
    except ValueError:  # EDTF years datetime cannot hold
        return None


def _span(date: FuzzyDate | None) -> _Span | None:
    """Strict bounds; an open end ("before 1960") stops at the capped search window."""
    if date is None or not date.edtf:
        return None
    bounds = date.bounds()
    if bounds is None:
        return None
    return _ordinal(bounds.min or bounds.search_min), _ordinal(bounds.max or bounds.search_max)


def _window(date: FuzzyDate | None) -> _Span | None:
    if date is None or not date.edtf:
        return None
    bounds = date.bounds()
    return None if bounds is None else (_ordinal(bounds.search_min), _ordinal(bounds.search_max))


def _overlap(item: _Span | None, period: _Span | None) -> float | None:
    """Share of the item's span inside the period (1.0 when an end is open and it overlaps)."""
    if item is None or period is None:
        return None
    lo = max((v for v in (item[0], period[0]) if v is not None), default=None)
    hi = min((v for v in (item[1], period[1]) if v is not None), default=None)
    if lo is not None and hi is not None and hi < lo:
        return 0.0
    if item[0] is None or item[1] is None or lo is None or hi is None:
        return 1.0
    return (hi - lo + 1) / (item[1] - item[0] + 1)
