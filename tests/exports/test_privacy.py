import datetime as dt

import pytest

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import DateRole, Item, PersonTag, Region, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.core.privacy import (
    ExportBundle,
    ExportPolicy,
    LivingMode,
    WithheldReason,
    judge_alive,
    probably_alive,
    redact,
)
from memoryapp.core.privacy.text import TextRedactor

TODAY = dt.date(2026, 1, 1)


def person(pid: str, *names: str, **fields: object) -> Person:
    return Person(id=PersonId(pid), names=tuple(Name(value=n) for n in names), **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "alive"),
    [
        ({"living": Living.LIVING}, True),
        ({"living": Living.DECEASED}, False),
        ({"death": FuzzyDate(edtf="1990")}, False),
        ({"birth": FuzzyDate(edtf="1990")}, True),
        ({"birth": FuzzyDate(edtf="1900")}, False),
        (
            {"birth": FuzzyDate(edtf="191X")},
            True,
        ),  # the latest possible birth, 1919, is < 110 years
        ({"birth": FuzzyDate(edtf="[..1910]")}, False),
        ({}, True),  # no evidence at all: treated as living
    ],
)
def test_probably_alive_follows_the_gramps_evidence_order(
    fields: dict[str, object], alive: bool
) -> None:
    assert probably_alive(person("a", "A"), TODAY) is True
    assert probably_alive(person("a", "A", **fields), TODAY) is alive


def test_judge_alive_uses_relatives_and_photos_and_years_after_death() -> None:
    sibling = person("s", "Sib", birth=FuzzyDate(edtf="1890"))
    child = person("c", "Child", birth=FuzzyDate(edtf="1980"))
    a = person("a", "A", relations=(Relation(kind=RelationKind.SIBLING, person_id=sibling.id),))
    verdict = judge_alive(a, TODAY, relatives={sibling.id: sibling})
    assert verdict.alive is False
    assert "sibling" in verdict.reason
    parent = person("p", "P", relations=(Relation(kind=RelationKind.CHILD, person_id=child.id),))
    assert judge_alive(parent, TODAY, relatives={child.id: child}).alive is True
    old_photo = judge_alive(person("x", "X"), TODAY, appearances=[FuzzyDate(edtf="1905")])
    assert (old_photo.alive, old_photo.reason) == (False, "shown in a photo of 1905 or earlier")
    recent = person("r", "R", death=FuzzyDate(edtf="2020"))
    assert probably_alive(recent, TODAY, years_after_death=10) is True
    assert probably_alive(recent, TODAY, years_after_death=0) is False


def test_text_redactor_folds_case_accents_marks_and_separators() -> None:
    redact_text = TextRedactor({"Éliane Cohen": "X", "שָׁלוֹם": "Y", "Ali": "Z"})
    assert redact_text("ELIANE  cohen was there") == ("X was there", 1)
    assert redact_text("eliane_cohen_1990.jpg") == ("X_1990.jpg", 1)
    assert redact_text("Alice and Ali") == ("Alice and Z", 1)  # whole words in Latin script
    assert redact_text("ושלום בא")[0] == "וY בא"  # a Hebrew prefix stays attached
    assert redact_text("nothing here") == ("nothing here", 0)


def _bundle() -> ExportBundle:
    tinghir = Place(
        id=PlaceId("t"), names=(Name(value="Tinghir"),), kind="town", lat=31.5, lon=-5.5
    )
    grave = Place(
        id=PlaceId("g"),
        names=(Name(value="Grave"),),
        kind="cemetery",
        parent_id=tinghir.id,
        lat=31.52,
        lon=-5.54,
        do_not_pinpoint=True,
    )
    rachel = person("rachel", "Rachel Elbaz", living=Living.DECEASED)
    mimi = person("mimi", "Miriam Ohana", "Mimi", birth=FuzzyDate(edtf="1990"), notes="Ashdod")
    simha = person("simha", "Simha Cohen", private=True)
    unrelated = person("u", "Unrelated Person", living=Living.DECEASED)
    items = (
        Item(
            id=ItemId("1" * 32),
            title="Mimi and Rachel Elbaz",
            dates={DateRole.TAKEN: FuzzyDate(edtf="1995")},
            people=(
                PersonTag(person_id=rachel.id, region=Region(x=0.1, y=0.1, w=0.2, h=0.2)),
                PersonTag(
                    person_id=mimi.id,
                    region=Region(x=0.5, y=0.1, w=0.2, h=0.2),
                    identified_by="Mimi",
                ),
                PersonTag(person_id=simha.id),
                PersonTag(person_id=rachel.id, private=True),
            ),
            places=(tinghir.id,),
            source=Source(imported_from="/home/mimi/Photos/a.jpg"),
            lat=31.123456,
            lon=-5.654321,
        ),
        Item(id=ItemId("2" * 32), title="At the grave", places=(grave.id,), lat=31.52, lon=-5.54),
        Item(
            id=ItemId("3" * 32),
            title="Private",
            private=True,
            people=(PersonTag(person_id=unrelated.id),),
        ),
    )
    return ExportBundle(
        collection_id="c",
        title="T",
        items=items,
        people={p.id: p for p in (rachel, mimi, simha, unrelated)},
        places={p.id: p for p in (tinghir, grave)},
        embedded={items[0].id: {"width": 10, "people": ["Mimi"], "lat": 31.1, "raw": {"x": "y"}}},
    )


def test_redact_withholds_private_and_living_and_reports_why() -> None:
    out, report = redact(_bundle(), ExportPolicy(today=TODAY))
    assert [i.id for i in out.items] == ["1" * 32, "2" * 32]
    first = out.items[0]
    assert first.title == "Living person and Rachel Elbaz"
    assert [t.person_id for t in first.people] == ["rachel", "mimi"]
    mimi_tag = first.people[1]
    assert (mimi_tag.region, mimi_tag.identified_by) == (None, "")
    assert out.people[PersonId("mimi")].names == (Name(value="Living person"),)
    assert out.people[PersonId("mimi")].notes == ""
    assert set(out.people) == {"rachel", "mimi"}  # the private and the unshown are gone
    assert (first.lat, first.lon) == (31.12, -5.65)
    assert first.source.imported_from == ""
    assert (out.items[1].lat, out.items[1].lon) == (None, None)
    assert out.places[PlaceId("g")].lat is None
    assert out.places[PlaceId("t")].lat == 31.5  # a town's centre is not exact GPS
    assert out.embedded[first.id] == {"width": 10}
    assert out.redacted_people == frozenset({"mimi"})
    assert out.clean_items == {"1" * 32, "2" * 32}
    counts = report.counts()
    assert counts == {
        "private-person-tag": 1,
        "living-region": 1,
        "name-in-text": 1,
        "import-path": 1,
        "gps-rounded": 1,
        "do-not-pinpoint": 2,
        "embedded-metadata": 1,
        "private-item": 1,
        "private-person": 1,
        "living-name-replaced": 1,
    }
    living = report.of(WithheldReason.LIVING_NAME_REPLACED)[0]
    assert (living.record_id, living.detail) == ("mimi", "born by 1990")
    assert "Mimi" not in report.to_text()
    assert "Miriam" not in str(report.to_json())


def test_redact_includes_everything_when_asked_except_do_not_pinpoint() -> None:
    policy = ExportPolicy(
        include_private=True, include_living_details=True, exact_gps=True, today=TODAY
    )
    out, report = redact(_bundle(), policy)
    assert len(out.items) == 3
    assert out.items[0].title == "Mimi and Rachel Elbaz"
    assert out.items[0].lat == 31.123456
    assert out.embedded[out.items[0].id] == {"width": 10, "people": ["Mimi"], "lat": 31.1}
    assert set(report.counts()) == {"do-not-pinpoint"}


def test_living_modes_exclude_and_full_name() -> None:
    out, _ = redact(_bundle(), ExportPolicy(today=TODAY, living_mode=LivingMode.EXCLUDE))
    assert "mimi" not in out.people
    assert out.items[0].title == "[withheld] and Rachel Elbaz"
    out, _ = redact(_bundle(), ExportPolicy(today=TODAY, living_mode=LivingMode.FULL_NAME_ONLY))
    assert out.people[PersonId("mimi")].names == (Name(value="Miriam Ohana"),)
    assert out.people[PersonId("mimi")].birth is None
    out, report = redact(_bundle(), ExportPolicy(today=TODAY, drop_items_showing_living=True))
    assert [i.id for i in out.items] == ["2" * 32]
    assert report.counts()["living-photo"] == 1


def test_gps_can_be_withheld_instead_of_rounded() -> None:
    out, report = redact(_bundle(), ExportPolicy(today=TODAY, gps_decimals=None))
    assert out.items[0].lat is None
    assert report.counts()["gps-withheld"] == 1
