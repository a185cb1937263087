import pytest

from memoryapp.importers.gazetteer import Gazetteer, distance_km


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
