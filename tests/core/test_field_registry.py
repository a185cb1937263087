"""The field registry classifies every field of every record, and privacy reads it."""

import dataclasses
import typing
from collections.abc import Mapping
from typing import Any

import pytest

from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.fields import REGISTRY, Privacy, fields_of, nested_types, registry, unclassified
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.items import Item, Source
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.privacy import ExportBundle, ExportPolicy, WithheldReason, redact, redaction
from memoryapp.core.segments import Segment

TOP_LEVEL = (Item, Person, Place, Film, Scene, SceneLink, Container, Face, FaceScan, Segment)

# Text-typed fields the privacy filter keeps as they are: identifiers, codes, paths inside the
# collection and a kept person's or place's own names. Adding one here needs a reason.
KEPT_TEXT = {
    "Item": {"id", "places", "added_at", "possible_copies", "trashed_at"},
    "MediaFile": {"sha256", "known_sha256", "path", "format", "phash"},
    "PersonTag": {"person_id", "identified_at", "face_id"},
    "Assertion": {"date"},
    "EvidenceSource": {"item_id", "recording_id"},
    "Rights": {"uri"},
    "FuzzyDate": {"edtf", "source"},
    "CalendarOriginal": {"calendar", "text", "method"},
    "Person": {"id", "gender", "birth_place", "death_place"},
    "Name": {"value", "script", "lang", "kind"},
    "Relation": {"person_id"},
    "Place": {"id", "kind", "parent_id"},
    "Film": {"id", "fps", "languages"},
    "PlannedUse": {"territories", "start", "until"},
    "Scene": {"id", "film_id", "number", "places"},
    "SceneLink": {"id", "item_id", "scene_id", "used_in_cut", "segment_id"},
    "Licence": {"territories", "term_start", "term_end", "fee", "currency", "invoice"},
    "Consent": {"given_on", "language", "revoked_on"},
    "Alteration": {"on"},
    "Usage": {"event"},
    "Inscription": {"script", "lang", "transcribed_at"},  # codes and a timestamp
    "Location": {"container_id"},
    "CustodyEvent": {"evidence_item"},
    "Container": {"id", "parent_id"},
    "Face": {"id", "item_id", "detected_at", "engine"},
    "FaceScan": {"id", "sha256", "engine", "detected_at"},
    "PageText": {"language", "script", "source", "engine", "transcribed_at", "read_at"},
    "TextLine": {"language"},
    "Segment": {"id", "recording_id", "languages", "places"},
    "Transcript": {"lang", "at"},
    "Anchor": {"item_id", "face"},
    "SegmentConsent": {"person_id", "given_on", "revoked_on"},
}


def _reachable() -> set[type[Any]]:
    seen: set[type[Any]] = set()
    todo = list(TOP_LEVEL)
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for tp in typing.get_type_hints(cls).values():
            todo += [t for t in _dataclasses_in(tp) if t not in seen]
    return seen


def _dataclasses_in(tp: Any) -> list[type[Any]]:
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return [tp]
    return [t for arg in typing.get_args(tp) for t in _dataclasses_in(arg)]


def _holds_text(tp: Any) -> bool:
    while hasattr(tp, "__supertype__"):
        tp = tp.__supertype__
    if tp is str:
        return True
    origin = typing.get_origin(tp)
    if isinstance(origin, type) and issubclass(origin, Mapping):
        return _holds_text(typing.get_args(tp)[1])
    return any(_holds_text(a) for a in typing.get_args(tp) if a is not Ellipsis)


def test_every_field_of_every_record_is_classified() -> None:
    reachable = _reachable()
    assert reachable - set(REGISTRY) == set(), "record types the registry does not know"
    for cls in reachable:
        assert unclassified(cls) == [], f"{cls.__name__} has fields the registry misses"
        declared = [f.name for f in fields_of(cls)]
        assert declared == [f.name for f in dataclasses.fields(cls)], cls.__name__


def test_nested_fields_are_exactly_those_holding_records() -> None:
    for cls, fields in REGISTRY.items():
        for spec in fields.values():
            holds = bool(nested_types(spec.type))
            if spec.privacy is Privacy.RULE:
                continue  # a rule of the filter decides (people tags, relations)
            assert holds == (spec.privacy is Privacy.NESTED), f"{cls.__name__}.{spec.name}"


def test_text_the_filter_keeps_is_only_identifiers_codes_and_own_names() -> None:
    for cls, fields in REGISTRY.items():
        for spec in fields.values():
            if spec.privacy is Privacy.KEEP and _holds_text(spec.type):
                assert spec.name in KEPT_TEXT.get(cls.__name__, set()), (
                    f"{cls.__name__}.{spec.name} holds text but the privacy filter keeps it"
                )
            if spec.free_text:
                assert spec.privacy in (Privacy.REDACT, Privacy.DROP), spec.name


def test_labels_options_and_export_names_are_declared_once() -> None:
    for cls, fields in REGISTRY.items():
        options = [f.option for f in fields.values() if f.option]
        assert len(options) == len(set(options)), f"{cls.__name__} repeats a CLI option"
        for spec in fields.values():
            assert spec.label[:1].isupper(), f"{cls.__name__}.{spec.name}"
            assert all(spec.exports.values())


def test_a_field_the_registry_does_not_classify_is_withheld(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    without_album = {k: v for k, v in registry.REGISTRY[Source].items() if k != "album"}
    monkeypatch.setitem(registry.REGISTRY, Source, without_album)  # type: ignore[arg-type]
    monkeypatch.setattr(redaction, "_PLANS", {})
    item = Item(id="i", source=Source(album="Album of 1955", holder="Esther"))  # type: ignore[arg-type]
    for policy in (ExportPolicy(), ExportPolicy(include_private=True, include_living_details=True)):
        out, report = redact(ExportBundle(collection_id="c", title="t", items=(item,)), policy)
        assert out.items[0].source.album == ""
        assert out.items[0].source.holder == "Esther"
        assert [e.detail for e in report.of(WithheldReason.FIELD_WITHHELD)] == ["source.album"]


def test_every_field_left_to_a_privacy_rule_has_one() -> None:
    ruled = {
        (cls.__name__, spec.name)
        for cls, fields in REGISTRY.items()
        for spec in fields.values()
        if spec.privacy is Privacy.RULE
    }
    assert ruled == redaction.RULES
