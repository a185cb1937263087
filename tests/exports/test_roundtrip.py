"""Export, then merge into an empty collection: the same items, people, places, dates, tags, regions."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from export_fixtures import Family
from tests.records import put

from memoryapp.core.items import Item
from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import Library
from memoryapp.library.exchange import export_selection, merge_into

EVERYTHING = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Library]:
    lib = Library.create(tmp_path / "empty", title="Empty")
    yield lib
    lib.close()


def _names(lib: Library) -> dict[str, tuple[tuple[str, str, str], ...]]:
    return {p.id: tuple((n.value, n.lang, n.kind) for n in p.names) for p in lib.people()}


def _comparable(item: Item) -> tuple[object, ...]:
    return (
        item.id,
        item.kind,
        item.title,
        item.description,
        dict(item.dates),
        item.people,
        item.places,
        item.tags,
        item.rights,
        item.notes,
        item.private,
        item.orientation,
        item.lat,
        item.lon,
        tuple((f.sha256, f.format, f.width, f.height, f.original_name) for f in item.files),
    )


def _assert_same(
    source: Library, target: Library, *, dropped_places: frozenset[str] = frozenset()
) -> None:
    def expected(item: Item) -> tuple[object, ...]:
        if set(item.places) & dropped_places:  # no coordinates at a do-not-pinpoint place
            item = replace(item, lat=None, lon=None)
        return _comparable(item)

    assert sorted(map(expected, source.items()), key=str) == sorted(
        map(_comparable, target.items()), key=str
    )
    assert _names(source) == _names(target)
    for person in source.people():
        other = target.person(person.id)
        assert (other.birth, other.death, other.living, other.private, other.birth_place) == (
            person.birth,
            person.death,
            person.living,
            person.private,
            person.birth_place,
        )
        assert set(other.relations) == set(person.relations)
    for place in source.places():
        other = target.place(place.id)
        assert (other.names, other.kind, other.parent_id, other.do_not_pinpoint) == (
            place.names,
            place.kind,
            place.parent_id,
            place.do_not_pinpoint,
        )
        if place.id not in dropped_places:
            assert (other.lat, other.lon) == (place.lat, place.lon)


@pytest.mark.parametrize("fmt", ["jsonld", "bagit"])
def test_export_then_merge_into_an_empty_collection_keeps_everything(
    family: Family, empty: Library, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"export-{fmt}"
    export_selection(family.library, family.exported_ids, fmt, out, EVERYTHING)
    report = merge_into(empty, out)
    assert report.failures == ()
    assert report.conflicts == ()
    assert sorted(report.added_items) == sorted(family.exported_ids)
    # The cemetery's coordinates never leave the collection (do not pinpoint).
    _assert_same(family.library, empty, dropped_places=frozenset({family.cemetery.id}))
    assert empty.place(family.cemetery.id).lat is None
    for item in empty.items():
        # Byte-identical: the cemetery photo's copy was cleaned, but it had no metadata to lose.
        assert (
            empty.media_path(item.id).read_bytes()
            == family.library.media_path(item.id).read_bytes()
        )
        assert empty.thumbnail_path(item.id) is not None
    # Merging the same export again finds only duplicates.
    again = merge_into(empty, out)
    assert again.added_items == ()
    assert sorted(d[1] for d in again.duplicates) == sorted(family.exported_ids)
    assert len(again.matched_people) == 4
    assert again.added_people == ()


def test_merge_a_collection_folder_directly(family: Family, empty: Library) -> None:
    report = merge_into(empty, family.library.path)
    assert report.kind == "collection"
    assert report.failures == ()
    _assert_same(family.library, empty)


def test_merge_matches_people_and_places_by_any_spelling(
    family: Family, tmp_path: Path, empty: Library
) -> None:
    from memoryapp.core.ids import new_person_id, new_place_id
    from memoryapp.core.names import Name
    from memoryapp.core.people import Person
    from memoryapp.core.places import Place

    # The receiving family knows Rachel under her Hebrew name only, and Tinghir in Arabic.
    known = Person(id=new_person_id(), names=(Name(value="רחל אלבז", lang="he"),))
    town = Place(id=new_place_id(), names=(Name(value="تنغير", lang="ar"),), kind="town")
    put(empty, known, town)
    out = tmp_path / "export"
    export_selection(family.library, [family.wedding], "jsonld", out, EVERYTHING)
    report = merge_into(empty, out)
    assert (family.rachel.id, known.id) in report.matched_people
    assert (family.tinghir.id, town.id) in report.matched_places
    merged = empty.person(known.id)
    assert [n.value for n in merged.names] == ["רחל אלבז", "Rachel Elbaz", "Rochel"]
    assert merged.birth == family.rachel.birth  # filled in: it was empty
    item = empty.item(family.wedding)
    assert known.id in item.person_ids()
    assert item.places == (town.id,)


def test_merge_reports_conflicts_and_keeps_the_collection_value(
    family: Family, tmp_path: Path, empty: Library
) -> None:
    from memoryapp.core.dates import FuzzyDate

    put(empty, replace(family.rachel, birth=FuzzyDate(edtf="1936"), birth_place=None, relations=()))
    out = tmp_path / "export"
    export_selection(family.library, [family.wedding], "jsonld", out, EVERYTHING)
    report = merge_into(empty, out)
    assert [(c.kind, c.record_id) for c in report.conflicts] == [("person", family.rachel.id)]
    assert "1934" in report.conflicts[0].detail
    assert empty.person(family.rachel.id).birth == FuzzyDate(edtf="1936")


def test_redacted_export_merges_without_naming_the_living(
    family: Family, tmp_path: Path, empty: Library
) -> None:
    out = tmp_path / "export"
    export_selection(family.library, family.exported_ids, "bagit", out, ExportPolicy())
    report = merge_into(empty, out)
    assert report.failures == ()
    names = {n.value for p in empty.people() for n in p.names}
    assert "Living person" in names
    assert not names & {"Miriam Ohana", "Mimi", "Simha Cohen"}
    assert len(empty.items()) == 3
