import pytest

from memoryapp.importers.gazetteer import Gazetteer, distance_km, tidy_capitals


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer()


def test_gps_near_tinghir_names_tinghir(gazetteer: Gazetteer) -> None:
    town = gazetteer.nearest(31.52, -5.54)
    assert town is not None
    assert town.name == "Tinghir"
    assert town.country == "Morocco"


def test_middle_of_the_sea_has_no_town(gazetteer: Gazetteer) -> None:
    assert gazetteer.nearest(35.0, -30.0) is None


def test_completion_finds_other_spellings_and_scripts(gazetteer: Gazetteer) -> None:
    assert "Tinghir" in [t.name for t in gazetteer.complete("Tinerh")]
    assert "Ouarzazate" in [t.name for t in gazetteer.complete("ورزازات")]
    assert "Netivot" in [t.name for t in gazetteer.complete("נתיבות")]


def test_distance_is_haversine() -> None:
    assert distance_km(31.5147, -5.5328, 30.9189, -6.8934) == pytest.approx(143, abs=3)


@pytest.mark.parametrize(
    ("city", "country", "chain"),
    [
        ("Paris", "FRA - France", [("France", "country"), ("Paris", "town")]),
        ("", "France", [("France", "country")]),
        ("Lyon", "FR", [("France", "country"), ("Lyon", "town")]),
        (
            "London",
            "England",
            [("United Kingdom", "country"), ("England", "region"), ("London", "town")],
        ),
        ("KITZBUEHEL", "AUSTRIA", [("Austria", "country"), ("Kitzbuehel", "town")]),
        ("DUESSELDORF", "DEU", [("Germany", "country"), ("Düsseldorf", "town")]),
        ("München", "Germany", [("Germany", "country"), ("München", "town")]),
        (
            "Straits of Magellan",
            "South America",
            [("South America", "region"), ("Straits of Magellan", "town")],
        ),
        ("", "Amérique du Sud", [("South America", "region")]),
        ("TINGHIR", "MAROC", [("Maroc", "country"), ("Tinghir", "town")]),
    ],
)
def test_a_files_city_and_country_land_on_one_gazetteer_place(
    gazetteer: Gazetteer, city: str, country: str, chain: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.kind) for p in gazetteer.locate(city, country)] == chain


def test_capitals_and_codes_are_kept_as_aliases(gazetteer: Gazetteer) -> None:
    austria, town = gazetteer.locate("KITZBUEHEL", "AUSTRIA")
    assert austria.aliases == ("AUSTRIA",)
    assert town.aliases == ("KITZBUEHEL",)
    france, _ = gazetteer.locate("Paris", "FRA - France")
    assert france.aliases == ("FRA - France",)
    _, zurich = gazetteer.locate("ZUERICH", "CH")
    assert (zurich.name, zurich.aliases) == ("Zürich", ("Zuerich", "ZUERICH"))


@pytest.mark.parametrize(
    ("text", "tidy"),
    [
        ("KITZBUEHEL", "Kitzbuehel"),
        ("SAINT-ÉTIENNE", "Saint-Étienne"),
        ("KANDAHAR ARMY AIRFIELD", "Kandahar Army Airfield"),
        ("Tinghir", "Tinghir"),
        ("McDonald", "McDonald"),
        ("USA", "Usa"),
        ("טינגיר", "טינגיר"),
        ("A", "A"),
    ],
)
def test_capitals_become_title_case(text: str, tidy: str) -> None:
    assert tidy_capitals(text) == tidy
