"""Assertions on person tags: derived certainty and status, disputes, and the checks."""

from dataclasses import replace

import pytest

from memoryapp.core.assertion_edits import identify
from memoryapp.core.assertions import Assertion, EvidenceSource, Method, Status
from memoryapp.core.dates import FuzzyDate
from memoryapp.core.evidence import (
    FindingKind,
    Severity,
    TagStatus,
    assertions_of,
    certainty_of,
    check_item,
    check_relations,
    describe_source,
    is_disputed,
    lowest_best_confidence,
    parse_moment,
    parse_source,
    status_of,
)
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Certainty, DateRole, Item, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation, RelationKind

FACE = Region(x=0.2, y=0.2, w=0.1, h=0.1)
RACHEL, ESTHER = PersonId("rachel"), PersonId("esther")


def _person(pid: str, name: str, birth: str | None = None, death: str | None = None) -> Person:
    return Person(
        id=PersonId(pid),
        names=(Name(value=name),),
        birth=FuzzyDate(edtf=birth) if birth else None,
        death=FuzzyDate(edtf=death) if death else None,
    )


def _photo(edtf: str | None = None, *tags: str, people: tuple[PersonTag, ...] = ()) -> Item:
    dates = {DateRole.TAKEN: FuzzyDate(edtf=edtf)} if edtf else {}
    return Item(id=ItemId("photo"), dates=dates, tags=tags, people=people)


def _after(item: Item, command: object) -> Item:
    return command.after[0].record  # type: ignore[attr-defined, no-any-return]


def _says(confidence: int, status: Status = Status.PROPOSED) -> Assertion:
    return Assertion(
        by_name="Simha",
        method=Method.TESTIMONY,
        source=EvidenceSource(recording_id=ItemId("rec"), at_ms=192_000),
        confidence=confidence,
        date="2026-12-06",
        status=status,
    )


def test_an_old_tag_reads_as_one_implicit_assertion() -> None:
    tag = PersonTag(person_id=RACHEL, identified_by="Esther", certainty=Certainty.PROBABLE)
    (implicit,) = assertions_of(tag)
    assert (implicit.by_name, implicit.confidence, implicit.status) == (
        "Esther",
        2,
        Status.ACCEPTED,
    )
    assert certainty_of(tag) is Certainty.PROBABLE


def test_certainty_derives_from_the_best_assertion_not_rejected() -> None:
    tag = PersonTag(person_id=RACHEL, assertions=(_says(4, Status.REJECTED), _says(1)))
    assert certainty_of(tag) is Certainty.POSSIBLE
    tag = replace(tag, assertions=(*tag.assertions, _says(3)))
    assert certainty_of(tag) is Certainty.CERTAIN
    everything_rejected = PersonTag(person_id=RACHEL, assertions=(_says(4, Status.REJECTED),))
    assert certainty_of(everything_rejected) is Certainty.POSSIBLE


def test_identify_adds_the_tag_then_a_rival_makes_the_face_disputed() -> None:
    item = _after(_photo(), identify(_photo(), RACHEL, _says(3), region=FACE, by="Simha"))
    assert [t.person_id for t in item.people] == [RACHEL]
    assert item.people[0].certainty is Certainty.CERTAIN
    assert status_of(item, 0) is TagStatus.PROPOSED
    nudged = Region(x=0.21, y=0.2, w=0.1, h=0.1)  # the same face, drawn again
    item = _after(item, identify(item, ESTHER, _says(2), region=nudged, by="Yossef"))
    assert [t.person_id for t in item.people] == [RACHEL, ESTHER]
    assert is_disputed(item)
    assert status_of(item, 1) is TagStatus.DISPUTED
    findings = check_item(item, {})
    assert [f.kind for f in findings] == [FindingKind.DISPUTED]
    # rejecting one side ends the dispute
    rejected = replace(item.people[1], assertions=(_says(2, Status.REJECTED),))
    settled = replace(item, people=(item.people[0], rejected))
    assert not is_disputed(settled)
    assert status_of(settled, 1) is TagStatus.REJECTED


def test_identify_by_face_id_and_a_second_assertion_joins_the_same_tag() -> None:
    item = _after(_photo(), identify(_photo(), RACHEL, _says(1), face_id="f1"))
    item = _after(item, identify(item, RACHEL, _says(3, Status.ACCEPTED), face_id="f1"))
    assert len(item.people) == 1
    assert len(item.people[0].assertions) == 2
    assert status_of(item, 0) is TagStatus.ACCEPTED
    item = _after(item, identify(item, ESTHER, _says(2), face_id="f1"))
    assert is_disputed(item)
    assert lowest_best_confidence(item) == 2


def test_an_old_tag_keeps_its_word_as_the_first_assertion() -> None:
    old = PersonTag(person_id=RACHEL, identified_by="Esther", certainty=Certainty.POSSIBLE)
    item = _after(_photo(people=(old,)), identify(_photo(people=(old,)), RACHEL, _says(2)))
    assert [a.by_name for a in item.people[0].assertions] == ["Esther", "Simha"]


def test_a_person_born_in_1960_on_a_photo_of_about_1932_is_a_warning() -> None:
    people = {RACHEL: _person("rachel", "Rachel Elbaz", birth="1960")}
    item = _photo("1932~", people=(PersonTag(person_id=RACHEL),))
    (finding,) = check_item(item, people)
    assert (finding.kind, finding.severity) == (FindingKind.BEFORE_BIRTH, Severity.WARNING)
    assert "Rachel Elbaz" in finding.message
    assert "1932" in finding.message


def test_born_about_1931_on_a_photo_of_about_1932_is_a_tight_fit_note() -> None:
    people = {RACHEL: _person("rachel", "Rachel Elbaz", birth="1931~")}
    item = _photo("1932~", people=(PersonTag(person_id=RACHEL),))
    (finding,) = check_item(item, people)
    assert (finding.kind, finding.severity) == (FindingKind.TIGHT_FIT, Severity.NOTE)
    later = _photo("1950", people=(PersonTag(person_id=RACHEL),))
    assert check_item(later, people) == ()


def test_after_death_and_open_ends() -> None:
    people = {RACHEL: _person("rachel", "Rachel", birth="1900", death="1940")}
    item = _photo("1955", people=(PersonTag(person_id=RACHEL),))
    assert [f.kind for f in check_item(item, people)] == [FindingKind.AFTER_DEATH]
    open_birth = {RACHEL: _person("rachel", "Rachel", birth="[..1959]")}
    assert check_item(_photo("1920", people=(PersonTag(person_id=RACHEL),)), open_birth) == ()


@pytest.mark.parametrize(
    ("tags", "shown", "warned"),
    [
        (("groom",), 5, True),
        (("Events|Wedding",), 2, True),
        (("Events|Wedding",), 6, False),  # a child among the guests
        (("Family",), 1, False),
    ],
)
def test_a_child_as_a_groom(tags: tuple[str, ...], shown: int, warned: bool) -> None:
    people = {PersonId(f"p{n}"): _person(f"p{n}", f"P{n}", birth="1900") for n in range(shown)}
    people[RACHEL] = _person("rachel", "Little Rachel", birth="1948")
    tagged = (PersonTag(person_id=RACHEL), *(PersonTag(person_id=p) for p in people if p != RACHEL))
    item = _photo("1952", *tags, people=tagged[:shown] if shown < len(tagged) else tagged)
    kinds = [f.kind for f in check_item(item, people) if f.person_id == RACHEL]
    assert (FindingKind.AGE_FOR_ROLE in kinds) is warned


def test_a_child_who_would_be_over_70() -> None:
    people = {RACHEL: _person("rachel", "Rachel", birth="1870")}
    item = _photo("1950", "enfants", people=(PersonTag(person_id=RACHEL),))
    assert [f.kind for f in check_item(item, people)] == [FindingKind.AGE_FOR_ROLE]


def test_the_same_person_twice_unless_a_collage() -> None:
    two = (PersonTag(person_id=RACHEL, region=FACE), PersonTag(person_id=RACHEL))
    people = {RACHEL: _person("rachel", "Rachel")}
    assert [f.kind for f in check_item(_photo(people=two), people)] == [
        FindingKind.SAME_PERSON_TWICE
    ]
    assert check_item(_photo(None, "Collage", people=two), people) == ()


def test_a_parent_younger_than_the_child_is_reported_once() -> None:
    parent = _person("esther", "Esther", birth="1950")
    child = replace(
        _person("rachel", "Rachel", birth="1930~"),
        relations=(Relation(kind=RelationKind.PARENT, person_id=ESTHER),),
    )
    parent = replace(parent, relations=(Relation(kind=RelationKind.CHILD, person_id=RACHEL),))
    (finding,) = check_relations({ESTHER: parent, RACHEL: child})
    assert finding.kind is FindingKind.PARENT_YOUNGER
    assert finding.person_id == ESTHER
    fine = replace(child, birth=FuzzyDate(edtf="1975"))
    assert check_relations({ESTHER: parent, RACHEL: fine}) == ()


def test_sources_as_text() -> None:
    src = parse_source("rec1@00:03:12", lambda _: False)
    assert (src.recording_id, src.at_ms) == ("rec1", 192_000)
    assert describe_source(src) == "rec1@00:03:12"
    assert parse_moment("03:12.5") == 192_500
    assert parse_source("/home/x/family.GED", lambda _: False).file_name == "family.GED"
    assert parse_source("abc", lambda t: t == "abc").item_id == "abc"
    assert parse_source("Au dos: Rachel 1955", lambda _: False).text == "Au dos: Rachel 1955"
    with pytest.raises(ValueError, match="seconds run 0-59"):
        parse_moment("3:99")
    with pytest.raises(ValueError, match="confidence is 0-4"):
        Assertion(confidence=5)


def test_is_disputed_agrees_with_the_status_of_every_tag() -> None:
    """``is_disputed`` reads each tag's assertions once; it must say what ``status_of`` says."""
    elsewhere = Region(x=0.7, y=0.7, w=0.1, h=0.1)
    variants = [
        PersonTag(person_id=RACHEL, region=FACE, assertions=(_says(3),)),
        PersonTag(person_id=ESTHER, region=FACE, assertions=(_says(2),)),
        PersonTag(person_id=ESTHER, region=FACE, assertions=(_says(2, Status.REJECTED),)),
        PersonTag(person_id=ESTHER, region=elsewhere, assertions=(_says(2),)),
        PersonTag(person_id=RACHEL, region=FACE, assertions=(_says(1, Status.DISPUTED),)),
        PersonTag(person_id=ESTHER, face_id="f1", assertions=(_says(2),)),
        PersonTag(person_id=RACHEL, face_id="f1", identified_by="Esther"),
        PersonTag(person_id=RACHEL, identified_by="a suggestion"),
    ]
    seen = set()
    for first in variants:
        for second in [None, *variants]:
            for third in [None, *variants]:
                people = tuple(t for t in (first, second, third) if t is not None)
                item = _photo(people=people)
                expected = any(status_of(item, n) is TagStatus.DISPUTED for n in range(len(people)))
                assert is_disputed(item) is expected, people
                seen.add(expected)
    assert seen == {True, False}
    assert not is_disputed(_photo())
