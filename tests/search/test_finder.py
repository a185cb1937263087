from dataclasses import replace

import pytest
from tests.records import put, remove
from tinghir_collection import FILM, MELLAH, MIRIAM, MOROCCO, OUARZAZATE, SCENE, TINGHIR, YAKUT

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import LinkRole, SceneLink
from memoryapp.core.ids import ItemId, LinkId, PersonId
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.search.query import QueryError

IN_TINGHIR = {"i-mellah", "i-tinghir"}


def ids(tinghir, query):
    return set(tinghir.finder.search(query).ids)


@pytest.mark.parametrize(
    "spelling", ["Tinerhir", "tinghir", "تنغير", "ⵜⵉⵏⵖⵉⵔ", "TINGHIR", "טינגיר"]
)
def test_place_filter_finds_the_town_and_places_inside_it_in_every_script(tinghir, spelling):
    assert ids(tinghir, f"place:{spelling}") == IN_TINGHIR


@pytest.mark.parametrize("spelling", ["Tinerhir", "tinghir", "تنغير", "ⵜⵉⵏⵖⵉⵔ"])
def test_free_text_finds_the_town_the_mellah_and_the_word_in_a_description(tinghir, spelling):
    assert ids(tinghir, spelling) == {*IN_TINGHIR, "i-paris"}


def test_place_filter_by_id_and_by_country(tinghir):
    assert ids(tinghir, f"place:{TINGHIR}") == IN_TINGHIR
    assert ids(tinghir, "place:Maroc") == {*IN_TINGHIR, "i-letter"}
    assert ids(tinghir, "place:المغرب") == {*IN_TINGHIR, "i-letter"}


def test_yakout_finds_person_yakut(tinghir):
    assert ids(tinghir, "Yakout") == {"i-tinghir", "i-span"}
    assert ids(tinghir, "person:Yakout") == {"i-tinghir", "i-span"}


def test_person_filter_every_alias_and_full_name(tinghir):
    for value in ("Myriam", "מרים", '"Miriam El Baz"', '"Miriam Elbaz"', "Elbaz", "אלבז", MIRIAM):
        assert ids(tinghir, f"person:{value}") == {"i-mellah", "i-span"}, value


def test_date_range_finds_about_and_decade_and_straddling_dates_but_not_1962(tinghir):
    assert ids(tinghir, "date:1950..1959") == {"i-mellah", "i-tinghir", "i-span"}


def test_date_filters_forms(tinghir):
    assert ids(tinghir, "date:1962") == {"i-letter"}
    # 195X searches 1948..1961; 1955~ searches 1953..1957
    assert ids(tinghir, "date:1961") == {"i-tinghir"}
    assert ids(tinghir, "date:195X") == {"i-mellah", "i-tinghir", "i-span"}
    assert ids(tinghir, "date:..1949") == {"i-tinghir", "i-span"}
    assert ids(tinghir, "date:1960..") == {"i-tinghir", "i-letter"}
    assert ids(tinghir, "date:1962-06-01..1962-06-30") == {"i-letter"}
    assert ids(tinghir, "date:1957-12-31..1958-01-01") == {"i-mellah", "i-tinghir"}


def test_undated_items_never_match_a_date_filter(tinghir):
    everything = ids(tinghir, "date:..2100") | ids(tinghir, "date:2100..")
    assert "i-paris" not in everything
    assert "i-text-date" not in everything
    assert ids(tinghir, "is:undated") == {"i-paris", "i-text-date"}
    assert ids(tinghir, "has:date") == {"i-mellah", "i-tinghir", "i-letter", "i-span"}


def test_text_only_date_is_found_by_its_words(tinghir):
    assert ids(tinghir, "grandpa") == {"i-text-date"}
    assert ids(tinghir, '"c. 1955"') == {"i-mellah"}


def test_tag_filter_is_a_hierarchical_prefix(tinghir):
    assert ids(tinghir, "tag:Events") == {"i-mellah", "i-tinghir"}
    assert ids(tinghir, "tag:events|wedding") == {"i-mellah"}
    assert ids(tinghir, "tag:Wedding") == {"i-mellah"}
    assert ids(tinghir, "tag:Even") == set()


def test_film_and_scene_filters_ignore_rejected_links(tinghir):
    assert ids(tinghir, 'film:"Return to Tinghir"') == {"i-mellah"}
    assert ids(tinghir, f"film:{FILM}") == {"i-mellah"}
    assert ids(tinghir, "scene:12") == {"i-mellah"}
    assert ids(tinghir, f"scene:{SCENE}") == {"i-mellah"}
    assert ids(tinghir, 'scene:"the wedding"') == {"i-mellah"}


def test_type_filter_kind_and_file_format(tinghir):
    assert ids(tinghir, "type:letter") == {"i-letter"}
    assert ids(tinghir, "type:pdf") == {"i-letter"}
    assert ids(tinghir, "type:jpg") == {"i-mellah"}
    assert ids(tinghir, "type:letter|photo") == {
        "i-mellah", "i-tinghir", "i-letter", "i-paris", "i-span", "i-text-date",
    }  # fmt: skip


def test_has_and_is_flags(tinghir):
    assert ids(tinghir, "has:gps") == {"i-span"}
    assert ids(tinghir, "has:people") == {"i-mellah", "i-tinghir", "i-letter", "i-span"}
    assert ids(tinghir, "has:faces") == {"i-mellah"}
    assert ids(tinghir, "is:untagged") == {"i-paris", "i-text-date"}
    assert ids(tinghir, "is:private") == {"i-paris"}
    assert ids(tinghir, "is:possible-copy") == {"i-span"}


def test_boolean_operators(tinghir):
    assert ids(tinghir, "tag:Events -has:faces") == {"i-tinghir"}
    assert ids(tinghir, "NOT place:Morocco") == {"i-paris", "i-span", "i-text-date"}
    assert ids(tinghir, "type:letter OR is:private") == {"i-letter", "i-paris"}
    assert ids(tinghir, "(person:Yakut OR person:David) date:1950..1959") == {"i-tinghir", "i-span"}
    assert ids(tinghir, "person:Yakut AND has:gps") == {"i-span"}


def test_free_text_fields_source_file_names_and_accents(tinghir):
    assert ids(tinghir, "esther") == {"i-letter"}
    assert ids(tinghir, "rouge") == {"i-letter"}
    assert ids(tinghir, "img_0042") == {"i-mellah"}
    assert ids(tinghir, "ecrite") == {"i-letter"}
    assert ids(tinghir, "arrivee") == {"i-paris"}


def test_unknown_field_is_searched_as_text(tinghir):
    assert ids(tinghir, "market:day") == {"i-tinghir"}


def test_words_are_anded_and_phrases_keep_order(tinghir):
    assert ids(tinghir, "wedding mellah") == {"i-mellah"}
    assert ids(tinghir, '"wedding in the"') == {"i-mellah"}
    assert ids(tinghir, '"the wedding in"') == set()
    assert ids(tinghir, '"edding in"') == set()  # a phrase starts at a word
    assert ids(tinghir, '"in the mel"') == {"i-mellah"}  # and may end inside one


def test_results_ordered_by_rank_then_date_then_id(tinghir):
    result = tinghir.finder.search("tinghir")
    # exact: the town's name (items in Tinghir and its mellah); skeleton: "Tinerhir" text.
    assert result.ids == ("i-tinghir", "i-mellah", "i-paris")
    assert result.runs == ((0, 2), (3, 1))
    assert result.reason_at(0) == "exact"
    assert result.reason_at(2) == "skeleton"


def test_filter_results_in_date_order_undated_last(tinghir):
    result = tinghir.finder.search("")
    assert result.ids == ("i-span", "i-tinghir", "i-mellah", "i-letter", "i-paris", "i-text-date")


def test_prefix_ranks_after_exact(tinghir):
    result = tinghir.finder.search("wed")
    assert result.ids == ("i-mellah",)
    assert result.reason_at(0) == "prefix"


def test_fuzzy_matches_a_typo_in_a_longer_word(tinghir):
    result = tinghir.finder.search("Ouarzazat")
    assert set(result.ids) == {"i-letter"}
    result = tinghir.finder.search("Weddimg")
    assert result.ids == ("i-mellah",)
    assert result.reason_at(0) == "fuzzy"


def test_bad_query_raises_query_error(tinghir):
    with pytest.raises(QueryError):
        tinghir.finder.search("(wedding")


def test_facets_count_places_along_the_hierarchy_and_spread_decades(tinghir):
    finder = tinghir.finder
    facets = finder.facets(finder.search(""))
    assert facets.total == 6
    places = {f.key: f.count for f in facets.places}
    assert places[MELLAH] == 1
    assert places[TINGHIR] == 2
    assert places[MOROCCO] == 3
    assert places[OUARZAZATE] == 1
    depth = {f.key: f.depth for f in facets.places}
    assert depth[MOROCCO] == 0
    assert depth[MELLAH] == 2
    decades = {d.decade: d.count for d in facets.decades}
    assert decades[1940] == pytest.approx(0.222, abs=0.001)
    assert decades[1950] == pytest.approx(2.778, abs=0.001)  # 1955~, 195X and 0.778
    assert decades[1960] == 1
    assert facets.undated == 2
    assert {f.key: f.count for f in facets.people} == {YAKUT: 2, MIRIAM: 2, "david": 1}
    assert {f.label: f.count for f in facets.tags} == {
        "Events": 2, "Events|Wedding": 1, "Family": 1, "Family|Abroad": 1,
    }  # fmt: skip
    assert {f.key: f.count for f in facets.films} == {FILM: 1}
    assert {f.key: f.count for f in facets.kinds} == {"photo": 5, "letter": 1}
    assert facets.people[0].label in ("Yakut", "Miriam El Baz")


def test_facets_of_a_subset_and_of_plain_ids(tinghir):
    finder = tinghir.finder
    result = finder.search("place:Tinghir")
    by_result = finder.facets(result)
    by_ids = finder.facets(list(result.ids))
    assert by_result == by_ids
    assert by_result.total == 2
    assert {d.decade: d.count for d in by_result.decades} == {1950: 2}
    assert by_result.undated == 0


def test_refresh_reindexes_changed_items_only(tinghir):
    library, finder = tinghir.library, tinghir.finder
    letter = library.item("i-letter")
    finder.refresh(put(library, replace(letter, title="Letter about the henna", dates={})))
    assert ids(tinghir, "henna") == {"i-letter"}
    assert ids(tinghir, "Ouarzazate") == {"i-letter"}  # still its place
    assert ids(tinghir, "date:1962") == set()
    assert "i-letter" in ids(tinghir, "is:undated")
    assert finder.search("").ids[-1] == "i-text-date"
    new = Item(
        id=ItemId("i-new"), title="Henna night", dates={DateRole.TAKEN: FuzzyDate(edtf="1957")}
    )
    finder.refresh(put(library, new))
    assert finder.search("henna").ids == ("i-new", "i-letter")
    finder.refresh(remove(library, Item, "i-new"))
    assert ids(tinghir, "henna") == {"i-letter"}
    assert finder.facets(finder.search("")).total == 6


def test_refresh_people_places_and_films(tinghir):
    library, finder = tinghir.library, tinghir.finder
    person = library.person(YAKUT)
    finder.refresh(put(library, replace(person, names=(*person.names, Name(value="Yaqout")))))
    assert ids(tinghir, "person:Yaqout") == {"i-tinghir", "i-span"}
    sara = Person(id=PersonId("sara"), names=(Name(value="Sara"),))
    item = library.item("i-paris")
    finder.refresh(put(library, sara, replace(item, people=(PersonTag(person_id=sara.id),))))
    assert ids(tinghir, "Sara") == {"i-paris"}
    mellah = library.place(MELLAH)
    finder.refresh(put(library, replace(mellah, parent_id=OUARZAZATE)))
    assert ids(tinghir, "place:Tinghir") == {"i-tinghir"}
    assert ids(tinghir, "place:Ouarzazate") == {"i-mellah", "i-letter"}
    link = SceneLink(
        id=LinkId("l3"), item_id=ItemId("i-paris"), scene_id=SCENE, role=LinkRole.CANDIDATE
    )
    finder.refresh(put(library, link))
    assert ids(tinghir, "film:return") == {"i-mellah", "i-paris"}


def test_refresh_many_items_rebuilds(tinghir, monkeypatch):
    import memoryapp.library.finder as finder_module

    monkeypatch.setattr(finder_module, "_REBUILD_MIN", 1)
    library, finder = tinghir.library, tinghir.finder
    items = [replace(item, notes="boxed") for item in library.items()]
    finder.refresh(put(library, *items))
    assert len(ids(tinghir, "boxed")) == 6


def test_complete_people_places_and_tags(tinghir):
    finder = tinghir.finder
    assert finder.complete("Yak", "person") == [("Yakut", YAKUT)]
    assert finder.complete("מר", "person") == [("Miriam El Baz", MIRIAM)]
    assert finder.complete("tin", "place") == [("Tinghir", TINGHIR)]
    assert finder.complete("ⵜⵉⵏ", "place") == [("Tinghir", TINGHIR)]
    assert finder.complete("ev", "tag") == [
        ("Events", "Events"),
        ("Events|Wedding", "Events|Wedding"),
    ]
    assert finder.complete("wed", "tag") == [("Events|Wedding", "Events|Wedding")]
    with pytest.raises(ValueError, match="cannot complete"):
        finder.complete("x", "film")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "query", ["", "place:Morocco", "person:Miriam", "is:undated", "nothing-here"]
)
def test_facets_counted_item_by_item_equal_facets_counted_value_by_value(
    tinghir, monkeypatch, query
):
    import memoryapp.search.facets as facets_module  # the switch between the two ways

    finder = tinghir.finder
    result = finder.search(query)
    small = finder.facets(result)
    monkeypatch.setattr(facets_module, "_PER_ITEM", -1)
    large = finder.facets(result)
    assert small == large


@pytest.mark.parametrize("per_item", [True, False])
def test_facets_count_an_item_in_a_place_and_its_parent_once(tinghir, monkeypatch, per_item):
    import memoryapp.search.facets as facets_module

    if not per_item:
        monkeypatch.setattr(facets_module, "_PER_ITEM", -1)
    library, finder = tinghir.library, tinghir.finder
    item = library.item("i-mellah")
    finder.refresh(put(library, replace(item, places=(MELLAH, TINGHIR))))
    counts = {f.key: f.count for f in finder.facets(finder.search("")).places}
    assert counts[TINGHIR] == 2
    assert counts[MOROCCO] == 3
    assert counts[MELLAH] == 1


def test_a_phrase_meets_name_words_run_together_or_apart(tinghir):
    library, finder = tinghir.library, tinghir.finder
    david = Person(id=PersonId("p-david"), names=(Name(value="David Elbaz"),))
    finder.refresh(
        put(
            library,
            david,
            Item(id=ItemId("i-joined"), title="Lettre de la famille Elbaz"),
            Item(id=ItemId("i-apart"), title="Chez les El Baz, à Tinghir"),
            Item(id=ItemId("i-david"), title="Portrait", people=(PersonTag(person_id=david.id),)),
            Item(id=ItemId("i-elba"), title="Vacances sur l'île d'Elba"),
        )
    )
    miriam = {"i-mellah", "i-span"}  # tagged with Miriam El Baz
    expected = {"i-joined", "i-apart", "i-david", *miriam}
    assert ids(tinghir, '"El Baz"') == expected
    assert ids(tinghir, '"Elbaz"') == expected
    assert ids(tinghir, '"el-baz"') == expected
    assert ids(tinghir, '"David El Baz"') == {"i-david"}
    assert ids(tinghir, '"Miriam Elbaz"') == miriam
    assert ids(tinghir, '"famille El Baz"') == {"i-joined"}
    assert ids(tinghir, '"Elba"') == {"i-elba", "i-joined", "i-david"}  # a prefix, as before
    assert ids(tinghir, '"Lettre de la famille El Baz"') == {"i-joined"}
