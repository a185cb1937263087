"""How :func:`redact` applies an export policy, record by record.

Kept apart from ``privacy.py`` (the policy, the bundle, the report and the probably-alive
rule) so each module stays small. Nothing here reads files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.fields import Privacy, field_of, map_records, map_text
from memoryapp.core.ids import ContainerId, ItemId, PersonId, PlaceId
from memoryapp.core.items import Item, PersonTag
from memoryapp.core.names import Name, name_values
from memoryapp.core.people import Living, Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container, container_path
from memoryapp.core.privacy.policy import (
    TECHNICAL_KEYS,
    WITHHELD_LABEL,
    ExportBundle,
    ExportPolicy,
    LivingMode,
    NameReplacement,
    Withheld,
    WithheldReason,
    WithheldReport,
    judge_alive,
)
from memoryapp.core.privacy.text import TextRedactor
from memoryapp.core.segments import Segment

_T = TypeVar("_T")

RULES: frozenset[tuple[str, str]] = frozenset(
    {
        ("Item", "people"),  # tags of withheld people go; living people's regions go
        ("Item", "lat"),  # GPS: do-not-pinpoint places, rounding, withholding
        ("Item", "lon"),
        ("PersonTag", "region"),  # dropped for a living person kept by name
        ("PersonTag", "assertions"),  # those made by withheld people go; the rest is scrubbed
        ("Assertion", "by_person"),  # the assertion goes with a withheld person who made it
        ("Person", "relations"),  # only to people the export holds
        ("Place", "lat"),  # do not pinpoint
        ("Place", "lon"),
        ("Scene", "people"),  # withheld people go
        ("SceneLink", "crop_person"),  # a withheld person's face is not named
        ("MediaFile", "path"),  # a linked file's folders are redacted like text
        ("Inscription", "writer_id"),  # a withheld writer becomes "[withheld]"
        ("CustodyEvent", "from_person"),  # a withheld holder becomes "[withheld]"
        ("CustodyEvent", "to_person"),
        ("Segment", "speakers"),  # a withheld speaker withholds the whole segment
        ("Segment", "people"),  # withheld people go
    }
)
"""The fields this module treats by a rule of its own (``Privacy.RULE`` in the registry)."""


@dataclass(slots=True)
class _Run:
    """The state of one redaction: the policy, the verdicts and what was withheld."""

    bundle: ExportBundle
    policy: ExportPolicy
    removed: dict[PersonId, WithheldReason]
    trimmed: dict[PersonId, Person]  # living people kept in a reduced form
    verdicts: dict[PersonId, str]
    entries: list[Withheld]
    redactor: TextRedactor
    shown: set[PersonId]  # people on the exported items, before their tags were filtered
    living: set[PersonId]  # withheld because living (trimmed or excluded)
    where: tuple[str, str] = ("item", "")  # the record whose text is being redacted
    replaced: list[NameReplacement] = field(default_factory=list)

    def at(self, kind: str, record_id: str) -> _Run:
        """Say which record the next texts belong to (for the list of replacements)."""
        self.where = (kind, record_id)
        return self

    def note(self, reason: WithheldReason, kind: str, record_id: str, detail: str = "") -> None:
        self.entries.append(Withheld(reason=reason, kind=kind, record_id=record_id, detail=detail))

    def text(self, value: str, counter: list[int]) -> str:
        redacted, done = self.redactor.redact(value)
        counter[0] += len(done)
        kind, record_id = self.where
        self.replaced += (
            NameReplacement(
                kind=kind, record_id=record_id, original=r.original, placeholder=r.placeholder
            )
            for r in done
        )
        return redacted


def redact(bundle: ExportBundle, policy: ExportPolicy) -> tuple[ExportBundle, WithheldReport]:
    """Apply ``policy`` to ``bundle``; return the filtered bundle and what was withheld."""
    run = _judge_people(bundle, policy)
    items = [kept for item in bundle.items if (kept := _item(run, item)) is not None]
    item_ids = {item.id for item in items}
    scenes = tuple(
        _scrub(
            run.at("scene", s.id),
            replace(s, people=tuple(p for p in s.people if p not in run.removed)),
            [0],
        )
        for s in bundle.scenes
    )
    links = tuple(
        _scrub(
            run.at("link", link.id),
            replace(
                link, crop_person=None if link.crop_person in run.removed else link.crop_person
            ),
            [0],
        )
        for link in bundle.links
        if link.item_id in item_ids
    )
    segments = tuple(
        segment for s in bundle.segments if (segment := _segment(run, s, item_ids)) is not None
    )
    wanted = {t.person_id for item in items for t in item.people}
    wanted |= {  # who made an identification is cited (withheld people's ones are gone)
        a.by_person
        for item in items
        for t in item.people
        for a in t.assertions
        if a.by_person is not None
    }
    wanted |= {p for item in items for p in _print_people(item)}
    wanted |= {p for s in scenes for p in s.people}
    wanted |= {p for s in segments for p in s.person_ids()}
    people = {pid: _person(run, pid, wanted) for pid in sorted(wanted) if pid in bundle.people}
    places = _places(run, items, people.values(), (*scenes, *segments))
    _note_people(run, wanted)
    embedded = {i: _embedded(run, i, bundle.embedded[i]) for i in item_ids if i in bundle.embedded}
    out = ExportBundle(
        collection_id=bundle.collection_id,
        title=bundle.title,
        items=tuple(items),
        people=people,
        places=places,
        films=tuple(_scrub(run.at("film", film.id), film, [0]) for film in bundle.films),
        scenes=scenes,
        links=links,
        segments=segments,
        embedded=embedded,
        media={i: p for i, p in bundle.media.items() if i in item_ids},
        thumbnails={i: p for i, p in bundle.thumbnails.items() if i in item_ids},
        backs={i: p for i, p in bundle.backs.items() if i in item_ids},
        previews=_Only(bundle.previews, item_ids),  # withheld items' previews unreachable
        redacted_people=frozenset(pid for pid in run.trimmed if pid in people),
        clean_items=_clean_items(run, item_ids),
        containers=_containers(run, items),
        unnamed_faces={i: r for i, r in bundle.unnamed_faces.items() if i in item_ids},
    )
    _note_texts(run)
    report = WithheldReport(
        entries=tuple(run.entries), policy=policy.describe(), replacements=tuple(run.replaced)
    )
    return out, report


def _segment(run: _Run, segment: Segment, item_ids: set[ItemId]) -> Segment | None:
    """A testimony segment as it may leave, or None when it must stay.

    It stays when its recording is withheld, its consent revoked, it is private, or a
    speaker is withheld (private, or living and not included).
    """
    if segment.recording_id not in item_ids:
        return None
    if segment.revoked:  # whatever the policy: the speaker said no
        run.note(WithheldReason.CONSENT_REVOKED, "segment", segment.id)
        return None
    if segment.private and not run.policy.include_private:
        run.note(WithheldReason.PRIVATE_SEGMENT, "segment", segment.id)
        return None
    withheld = set(run.removed) | set(run.trimmed)
    unknown = any(p not in run.bundle.people for p in segment.speakers)  # fails closed
    if unknown or withheld.intersection(segment.speakers):
        run.note(WithheldReason.WITHHELD_SPEAKER, "segment", segment.id)
        return None
    kept = replace(
        segment,
        people=tuple(p for p in segment.people if p not in run.removed),
        items=tuple(a for a in segment.items if a.item_id in item_ids),
    )
    return _scrub(run.at("segment", segment.id), kept, [0])


def _note_texts(run: _Run) -> None:
    """Report names replaced in the texts of records other than items (noted as they go)."""
    counts: dict[tuple[str, str], int] = {}
    for r in run.replaced:
        if r.kind != "item":
            counts[r.kind, r.record_id] = counts.get((r.kind, r.record_id), 0) + 1
    for (kind, record_id), n in counts.items():
        run.note(WithheldReason.NAME_IN_TEXT, kind, record_id, f"{n} mention(s) replaced")


class _Only(Mapping[ItemId, Path]):
    """A mapping by item that answers for the exported items only (it may render lazily)."""

    def __init__(self, source: Mapping[ItemId, Path], keys: set[ItemId]) -> None:
        self._source, self._keys = source, keys

    def __getitem__(self, key: ItemId) -> Path:
        if key not in self._keys:
            raise KeyError(key)
        return self._source[key]

    def __iter__(self) -> Iterator[ItemId]:
        return (key for key in self._source if key in self._keys)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _clean_items(run: _Run, item_ids: set[ItemId]) -> frozenset[ItemId]:
    """Items whose files' own metadata must go.

    All of them when anything is filtered; otherwise those with something withheld (a
    do-not-pinpoint place, whose GPS the file itself may hold).
    """
    if run.policy.filters_anything:
        return frozenset(item_ids)
    return frozenset(ItemId(e.record_id) for e in run.entries if e.record_id in item_ids)


def _judge_people(bundle: ExportBundle, policy: ExportPolicy) -> _Run:
    today = policy.today or dt.datetime.now(dt.UTC).date()
    seen: dict[PersonId, list[FuzzyDate]] = {}
    for item in bundle.items:
        if item.taken is not None:
            for pid in item.person_ids():
                seen.setdefault(pid, []).append(item.taken)
    removed: dict[PersonId, WithheldReason] = {}
    trimmed: dict[PersonId, Person] = {}
    verdicts: dict[PersonId, str] = {}
    withheld: list[tuple[tuple[str, ...], str]] = []  # spellings and placeholder
    for person in bundle.people.values():
        if person.private and not policy.include_private:
            removed[person.id] = WithheldReason.PRIVATE_PERSON
            withheld.append((name_values(person.names), WITHHELD_LABEL))
            continue
        if policy.include_living_details:
            continue
        verdict = judge_alive(
            person,
            today,
            relatives=bundle.people,
            appearances=seen.get(person.id, ()),
            years_after_death=policy.years_after_death,
        )
        if not verdict.alive:
            continue
        verdicts[person.id] = verdict.reason
        if policy.living_mode is LivingMode.EXCLUDE:
            removed[person.id] = WithheldReason.LIVING_EXCLUDED
            withheld.append((name_values(person.names), WITHHELD_LABEL))
        elif policy.living_mode is LivingMode.FULL_NAME_ONLY:
            trimmed[person.id] = Person(id=person.id, names=person.names[:1], living=Living.LIVING)
        else:
            label = Name(value=policy.living_label)
            trimmed[person.id] = Person(id=person.id, names=(label,), living=Living.LIVING)
            withheld.append((name_values(person.names), label.value))
    excluded = {p for p, r in removed.items() if r is WithheldReason.LIVING_EXCLUDED}
    living = set(trimmed) | excluded
    hidden = set(removed) | (
        set(trimmed) if policy.living_mode is LivingMode.REPLACE_NAME else set()
    )
    kept = [name_values(p.names) for p in bundle.people.values() if p.id not in hidden]
    withheld.sort(key=lambda entry: entry[1] != WITHHELD_LABEL)  # "[withheld]" wins a share
    redactor = TextRedactor.for_people(withheld, kept)
    return _Run(bundle, policy, removed, trimmed, verdicts, [], redactor, set(), living)


def _note_people(run: _Run, wanted: set[PersonId]) -> None:
    """Report each withheld person the export would have shown, once."""
    for pid in sorted(wanted | run.shown):
        if pid in run.removed:
            run.note(run.removed[pid], "person", pid, run.verdicts.get(pid, ""))
        elif pid in run.trimmed:
            reason = (
                WithheldReason.LIVING_DETAILS
                if run.policy.living_mode is LivingMode.FULL_NAME_ONLY
                else WithheldReason.LIVING_NAME_REPLACED
            )
            run.note(reason, "person", pid, run.verdicts.get(pid, ""))


def _item(run: _Run, item: Item) -> Item | None:
    policy = run.at("item", item.id).policy
    if item.private and not policy.include_private:
        run.note(WithheldReason.PRIVATE_ITEM, "item", item.id)
        return None
    if policy.drop_items_showing_living and run.living.intersection(item.person_ids()):
        run.note(WithheldReason.LIVING_PHOTO, "item", item.id)
        return None
    run.shown.update(item.person_ids())
    tags: list[PersonTag] = []
    for tag in item.people:
        where = f"{item.id}/{tag.person_id}"
        if tag.private and not policy.include_private:
            run.note(WithheldReason.PRIVATE_PERSON_TAG, "person-tag", where)
        elif tag.person_id in run.removed:
            continue
        elif tag.person_id in run.trimmed:
            if tag.region is not None or tag.identified_by or tag.assertions:
                run.note(WithheldReason.LIVING_REGION, "person-tag", where)
            if all(t.person_id != tag.person_id for t in tags):  # one tag, no face
                tags.append(
                    replace(
                        tag,
                        region=None,
                        identified_by="",
                        identified_at="",
                        face_id="",
                        assertions=(),
                    )
                )
        else:
            tags.append(_scrub(run, _tag_evidence(run, tag, where), [0]))
    n = [0]
    dropped: list[str] = []
    item = _scrub(run, replace(item, people=tuple(tags)), n, dropped)
    if any(f.linked for f in item.files):  # a linked file's folders are text like any other
        item = replace(
            item,
            files=tuple(
                replace(f, path=run.text(f.path, n)) if f.linked else f for f in item.files
            ),
        )
    item = _print_people_withheld(run, item)
    if n[0]:
        run.note(WithheldReason.NAME_IN_TEXT, "item", item.id, f"{n[0]} mention(s) replaced")
    if "source.imported_from" in dropped:
        run.note(WithheldReason.IMPORT_PATH, "item", item.id)
    if others := sorted(set(dropped) - {"source.imported_from"}):
        run.note(WithheldReason.FIELD_WITHHELD, "item", item.id, ", ".join(others))
    return _item_gps(run, item)


def _tag_evidence(run: _Run, tag: PersonTag, where: str) -> PersonTag:
    """The tag without the assertions withheld people made, the others' text scrubbed."""
    if not tag.assertions:
        return tag
    withheld = run.removed.keys() | run.trimmed.keys()
    kept = tuple(a for a in tag.assertions if a.by_person not in withheld)
    if len(kept) < len(tag.assertions):
        gone = len(tag.assertions) - len(kept)
        run.note(
            WithheldReason.FIELD_WITHHELD,
            "person-tag",
            where,
            f"{gone} identification(s) made by a withheld person",
        )
    return replace(tag, assertions=tuple(_scrub(run, a, [0]) for a in kept))


def _print_people(item: Item) -> Iterator[PersonId]:
    """The people an item's inscriptions and custody chain name by ID."""
    for inscription in item.inscriptions:
        if inscription.writer_id is not None:
            yield inscription.writer_id
    for event in item.custody:
        yield from (p for p in (event.from_person, event.to_person) if p is not None)


def _print_people_withheld(run: _Run, item: Item) -> Item:
    """Writers and holders who are withheld become "[withheld]" (the chain keeps its shape)."""
    gone = run.removed
    if not any(p in gone for p in _print_people(item)):
        return item
    run.note(WithheldReason.NAME_IN_TEXT, "item", item.id, "holders or writers withheld")
    inscriptions = tuple(
        replace(i, writer_id=None, writer=WITHHELD_LABEL) if i.writer_id in gone else i
        for i in item.inscriptions
    )
    custody = []
    for event in item.custody:
        if event.from_person in gone:
            event = replace(event, from_person=None, from_name=WITHHELD_LABEL)
        if event.to_person in gone:
            event = replace(event, to_person=None, to_name=WITHHELD_LABEL)
        custody.append(event)
    return replace(item, inscriptions=inscriptions, custody=tuple(custody))


def _scrub(run: _Run, record: _T, counter: list[int], dropped: list[str] | None = None) -> _T:
    """``record`` filtered field by field as the registry classifies its fields.

    Free text is redacted, nested values are filtered in turn, fields to drop are reset to
    their default when the policy filters anything; a field the registry does not classify is
    withheld whatever the policy (privacy fails closed). ``RULE`` fields are left to the
    caller's rules. Dropped field paths are added to ``dropped``.
    """
    changes: dict[str, Any] = {}
    cls: type[Any] = type(record)
    for name, privacy, default in _plan(cls):
        value = getattr(record, name)
        if privacy is Privacy.KEEP or privacy is Privacy.RULE:
            continue
        if privacy is Privacy.REDACT:
            new = map_text(value, lambda t: run.text(t, counter))
        elif privacy is Privacy.NESTED:
            inner: list[str] = []
            new = map_records(value, partial(_scrub, run, counter=counter, dropped=inner))
            if dropped is not None:
                dropped += [f"{name}.{d}" for d in inner]
        elif privacy is Privacy.DROP and not run.policy.filters_anything:
            continue
        elif default is not dataclasses.MISSING:  # dropped, or not classified: withheld
            new = default
            if new != value and dropped is not None:
                dropped.append(name)
        else:  # a required field nobody classified: its text at least is redacted
            new = map_text(value, lambda t: run.text(t, counter))
        if new is not value and new != value:
            changes[name] = new
    return replace(record, **changes) if changes else record  # type: ignore[type-var]


_Plan = tuple[tuple[str, Privacy | None, Any], ...]
_PLANS: dict[type[Any], _Plan] = {}


def _plan(cls: type[Any]) -> _Plan:
    """Each field of ``cls``: its name, its privacy (None: unclassified) and its default."""
    if cls in _PLANS:
        return _PLANS[cls]
    plan = []
    for f in dataclasses.fields(cls):
        spec = field_of(cls, f.name)
        if f.default_factory is not dataclasses.MISSING:
            default: Any = f.default_factory()
        else:
            default = f.default
        plan.append((f.name, None if spec is None else spec.privacy, default))
    _PLANS[cls] = tuple(plan)
    return _PLANS[cls]


def _item_gps(run: _Run, item: Item) -> Item:
    if item.lat is None or item.lon is None:
        return item
    places = run.bundle.places
    if any(_pinpoint_blocked(pid, places) for pid in item.places):
        run.note(WithheldReason.DO_NOT_PINPOINT, "item", item.id)
        return replace(item, lat=None, lon=None)
    if run.policy.exact_gps:
        return item
    digits = run.policy.gps_decimals
    if digits is None:
        run.note(WithheldReason.GPS_WITHHELD, "item", item.id)
        return replace(item, lat=None, lon=None)
    run.note(WithheldReason.GPS_ROUNDED, "item", item.id, f"{digits} decimals")
    return replace(item, lat=round(item.lat, digits), lon=round(item.lon, digits))


def _pinpoint_blocked(place_id: PlaceId, places: Mapping[PlaceId, Place]) -> bool:
    seen: set[PlaceId] = set()
    current: PlaceId | None = place_id
    while current is not None and current not in seen:
        seen.add(current)
        place = places.get(current)
        if place is None:
            return False
        if place.do_not_pinpoint:
            return True
        current = place.parent_id
    return False


def _person(run: _Run, pid: PersonId, exported: set[PersonId]) -> Person:
    if pid in run.trimmed:
        return run.trimmed[pid]
    person = run.bundle.people[pid]
    run.at("person", pid)
    relations = tuple(r for r in person.relations if r.person_id in exported)
    return _scrub(run, replace(person, relations=relations), [0])


def _places(
    run: _Run, items: Iterable[Item], people: Iterable[Person], scenes: Iterable[object]
) -> dict[PlaceId, Place]:
    wanted: list[PlaceId] = [pid for item in items for pid in item.places]
    wanted += [p for person in people for p in (person.birth_place, person.death_place) if p]
    wanted += [pid for scene in scenes for pid in getattr(scene, "places", ())]
    places = run.bundle.places
    out: dict[PlaceId, Place] = {}
    queue = list(dict.fromkeys(wanted))
    while queue:
        pid = queue.pop(0)
        if pid in out or pid not in places:
            continue
        place = _scrub(run.at("place", pid), places[pid], [0])
        if place.do_not_pinpoint and place.lat is not None:
            run.note(WithheldReason.DO_NOT_PINPOINT, "place", pid)
            place = replace(place, lat=None, lon=None)
        out[pid] = place
        if place.parent_id is not None:
            queue.append(place.parent_id)
    return out


def _containers(run: _Run, items: Iterable[Item]) -> dict[ContainerId, Container]:
    """The containers the exported items are in (with those holding them), names redacted."""
    everything = dict(run.bundle.containers)
    out: dict[ContainerId, Container] = {}
    for item in items:
        for where in (item.location, item.normal_location):
            if where is None:
                continue
            for container in container_path(where.container_id, everything):
                if container.id not in out:
                    out[container.id] = _scrub(run.at("container", container.id), container, [0])
    return out


def _embedded(run: _Run, item_id: ItemId, data: Mapping[str, object]) -> Mapping[str, object]:
    kept = {k: v for k, v in data.items() if k != "raw"}
    if not run.policy.filters_anything:
        return kept
    technical = {k: v for k, v in kept.items() if k in TECHNICAL_KEYS}
    if any(v not in (None, "", [], ()) for k, v in kept.items() if k not in TECHNICAL_KEYS):
        run.note(WithheldReason.EMBEDDED_METADATA, "item", item_id)
    return technical
