"""How :func:`redact` applies an export policy, record by record.

Kept apart from ``privacy.py`` (the policy, the bundle, the report and the probably-alive
rule) so each module stays small. Nothing here reads files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TypeVar

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import Item, PersonTag, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.places import Place
from memoryapp.core.privacy.policy import (
    TECHNICAL_KEYS,
    WITHHELD_LABEL,
    ExportBundle,
    ExportPolicy,
    LivingMode,
    Withheld,
    WithheldReason,
    WithheldReport,
    judge_alive,
)
from memoryapp.core.privacy.text import TextRedactor

_R = TypeVar("_R", Source, Rights)


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

    def note(self, reason: WithheldReason, kind: str, record_id: str, detail: str = "") -> None:
        self.entries.append(Withheld(reason=reason, kind=kind, record_id=record_id, detail=detail))

    def text(self, value: str, counter: list[int]) -> str:
        redacted, n = self.redactor(value)
        counter[0] += n
        return redacted


def redact(bundle: ExportBundle, policy: ExportPolicy) -> tuple[ExportBundle, WithheldReport]:
    """Apply ``policy`` to ``bundle``; return the filtered bundle and what was withheld."""
    run = _judge_people(bundle, policy)
    items = [kept for item in bundle.items if (kept := _item(run, item)) is not None]
    item_ids = {item.id for item in items}
    scenes = tuple(
        replace(
            s,
            people=tuple(p for p in s.people if p not in run.removed),
            title=run.text(s.title, [0]),
            synopsis=run.text(s.synopsis, [0]),
            notes=run.text(s.notes, [0]),
            wishlist=run.text(s.wishlist, [0]),
        )
        for s in bundle.scenes
    )
    links = tuple(
        replace(
            link,
            note=run.text(link.note, [0]),
            credit={lang: run.text(v, [0]) for lang, v in link.credit.items()},
            captions={lang: run.text(v, [0]) for lang, v in link.captions.items()},
            crop_person=None if link.crop_person in run.removed else link.crop_person,
        )
        for link in bundle.links
        if link.item_id in item_ids
    )
    wanted = {t.person_id for item in items for t in item.people}
    wanted |= {p for s in scenes for p in s.people}
    people = {pid: _person(run, pid, wanted) for pid in sorted(wanted) if pid in bundle.people}
    places = _places(run, items, people.values(), scenes)
    _note_people(run, wanted)
    embedded = {i: _embedded(run, i, bundle.embedded[i]) for i in item_ids if i in bundle.embedded}
    out = ExportBundle(
        collection_id=bundle.collection_id,
        title=bundle.title,
        items=tuple(items),
        people=people,
        places=places,
        films=bundle.films,
        scenes=scenes,
        links=links,
        embedded=embedded,
        media={i: p for i, p in bundle.media.items() if i in item_ids},
        thumbnails={i: p for i, p in bundle.thumbnails.items() if i in item_ids},
        previews=bundle.previews,  # may render on demand: looked up by exported item only
        redacted_people=frozenset(pid for pid in run.trimmed if pid in people),
        clean_items=_clean_items(run, item_ids),
    )
    return out, WithheldReport(entries=tuple(run.entries), policy=policy.describe())


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
    replacements: dict[str, str] = {}
    for person in bundle.people.values():
        if person.private and not policy.include_private:
            removed[person.id] = WithheldReason.PRIVATE_PERSON
            replacements.update(dict.fromkeys((n.value for n in person.names), WITHHELD_LABEL))
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
            replacements.update(dict.fromkeys((n.value for n in person.names), WITHHELD_LABEL))
        elif policy.living_mode is LivingMode.FULL_NAME_ONLY:
            trimmed[person.id] = Person(id=person.id, names=person.names[:1], living=Living.LIVING)
        else:
            label = Name(value=policy.living_label)
            trimmed[person.id] = Person(id=person.id, names=(label,), living=Living.LIVING)
            replacements.update(dict.fromkeys((n.value for n in person.names), label.value))
    excluded = {p for p, r in removed.items() if r is WithheldReason.LIVING_EXCLUDED}
    living = set(trimmed) | excluded
    redactor = TextRedactor(replacements)
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
    policy = run.policy
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
            if tag.region is not None or tag.identified_by:
                run.note(WithheldReason.LIVING_REGION, "person-tag", where)
            if all(t.person_id != tag.person_id for t in tags):  # one tag, no face
                tags.append(replace(tag, region=None, identified_by="", identified_at=""))
        else:
            tags.append(replace(tag, identified_by=run.text(tag.identified_by, [0])))
    n = [0]
    item = replace(
        item,
        people=tuple(tags),
        title=run.text(item.title, n),
        description=run.text(item.description, n),
        notes=run.text(item.notes, n),
        tags=tuple(run.text(t, n) for t in item.tags),
        files=tuple(replace(f, original_name=run.text(f.original_name, n)) for f in item.files),
        source=_fields(
            item.source, ("holder", "archive_ref", "album", "box", "page", "provenance"), run, n
        ),
        rights=_fields(item.rights, ("text", "credit", "consent"), run, n),
    )
    if n[0]:
        run.note(WithheldReason.NAME_IN_TEXT, "item", item.id, f"{n[0]} mention(s) replaced")
    if policy.filters_anything and item.source.imported_from:
        item = replace(item, source=replace(item.source, imported_from=""))
        run.note(WithheldReason.IMPORT_PATH, "item", item.id)
    return _item_gps(run, item)


def _fields(record: _R, names: Iterable[str], run: _Run, counter: list[int]) -> _R:
    changes = {name: run.text(getattr(record, name), counter) for name in names}
    return replace(record, **changes)


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
    return replace(
        person,
        relations=tuple(r for r in person.relations if r.person_id in exported),
        notes=run.text(person.notes, [0]),
    )


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
        place = replace(places[pid], notes=run.text(places[pid].notes, [0]))
        if place.do_not_pinpoint and place.lat is not None:
            run.note(WithheldReason.DO_NOT_PINPOINT, "place", pid)
            place = replace(place, lat=None, lon=None)
        out[pid] = place
        if place.parent_id is not None:
            queue.append(place.parent_id)
    return out


def _embedded(run: _Run, item_id: ItemId, data: Mapping[str, object]) -> Mapping[str, object]:
    kept = {k: v for k, v in data.items() if k != "raw"}
    if not run.policy.filters_anything:
        return kept
    technical = {k: v for k, v in kept.items() if k in TECHNICAL_KEYS}
    if any(v not in (None, "", [], ()) for k, v in kept.items() if k not in TECHNICAL_KEYS):
        run.note(WithheldReason.EMBEDDED_METADATA, "item", item_id)
    return technical
