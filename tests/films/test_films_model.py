import json

import pytest
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import (
    Alteration,
    AlterationKind,
    Clearance,
    Consent,
    FeeBasis,
    Film,
    Licence,
    LinkRole,
    Media,
    PlannedUse,
    Scene,
    SceneLink,
    SceneStatus,
    Usage,
    hold_of,
    text_in,
)
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import Region
from memoryapp.library import Library
from memoryapp.storage.serialize import from_dict, to_dict

FULL_FILM = Film(
    id=FilmId("f1"),
    title="Leaving Tinghir / לעזוב את תינג'יר",
    fps="29.97",
    drop_frame=True,
    start_frame=107_892,
    languages=("fr", "he", "ar", "en"),
    director="Esther",
    production="Atlas Docs",
    frame_width=3840,
    planned_use=PlannedUse(
        media=(Media.TV, Media.SVOD),
        territories=("FR", "IL", "MA"),
        start="2026-09-01",
        until="2036-09-01",
    ),
    notes="note",
)
FULL_SCENE = Scene(
    id=SceneId("s1"),
    film_id=FilmId("f1"),
    number="12A",
    title="Departure",
    synopsis="Bus station at dawn",
    places=(PlaceId("pl1"), PlaceId("pl2")),
    people=(PersonId("p1"),),
    period=FuzzyDate(edtf="1961/1962", input="early sixties"),
    duration_frames=1800,
    tc_in=107_892,
    tc_out=109_692,
    status=SceneStatus.IN_EDIT,
    wishlist="departure, Ouarzazate bus station, 1962",
    notes="n",
)
FULL_LINK = SceneLink(
    id=LinkId("l1"),
    item_id=ItemId("i1"),
    scene_id=SceneId("s1"),
    role=LinkRole.ON_SCREEN,
    rank=2,
    crop=Region(x=0.1, y=0.1, w=0.5, h=0.5),
    crop_person=PersonId("p1"),
    pan_from=Region(x=0, y=0, w=1, h=1),
    pan_to=Region(x=0.3, y=0.55, w=0.4, h=0.2),
    hold_frames=180,
    clearance=Clearance.CLEARED,
    rights_holder="Benhamou family",
    rights_contact="+33 6 00 00 00 00",
    licence=Licence(
        media=(Media.ALL_MEDIA,),
        territories=("WORLD",),
        term_start="2026-01-01",
        perpetual=True,
        exclusive=True,
        max_seconds=30,
        alterations_allowed=False,
        restrictions=("no colourisation", "credit required"),
        fee="1500.00",
        currency="EUR",
        fee_basis=FeeBasis.PER_SECOND,
        invoice="INV-7",
        paid=True,
        document="agreements/benhamou.pdf",
        waiver=True,
    ),
    credit={"fr": "Collection Benhamou", "he": "אוסף בן חמו", "": "Benhamou collection"},
    captions={"ar": "جواز سفر يوسف بنحمو", "fr": "Passeport, 1962"},
    consents=(
        Consent(
            given_by="Yossef Benhamou",
            relation="himself",
            given_on="2025-04-02",
            scope="this film and trailer",
            language="fr",
            revoked=True,
            revoked_on="2025-05-01",
            note="by phone",
        ),
    ),
    alterations=(
        Alteration(
            kind=AlterationKind.AI_ENHANCED,
            tool="Topaz",
            by="Lab",
            on="2025-06-01",
            changes_meaning=True,
        ),
    ),
    note="Push in on the exit stamp",
    uses=(
        Usage(event="002", rec_in=107_900, rec_out=108_000),
        Usage(event="007", rec_in=109_000, rec_out=109_050),
    ),
    used_frames=150,
    used_in_cut="LOCKED V7",
)


@pytest.mark.parametrize(
    "record", [FULL_FILM, FULL_SCENE, FULL_LINK], ids=["film", "scene", "link"]
)
def test_every_film_record_round_trips_through_json(record: object) -> None:
    data = to_dict(record)
    text = json.dumps(data, ensure_ascii=False)
    back = from_dict(type(record), record.id, json.loads(text))  # type: ignore[attr-defined]
    assert back == record


@pytest.mark.parametrize(
    "record",
    [
        Film(id=FilmId("f"), title="t"),
        Scene(id=SceneId("s"), film_id=FilmId("f"), number="1"),
        SceneLink(id=LinkId("l"), item_id=ItemId("i"), scene_id=SceneId("s")),
    ],
)
def test_defaults_are_not_written(record: object) -> None:
    data = to_dict(record)
    assert set(data) <= {"title", "film_id", "number", "item_id", "scene_id"}
    assert from_dict(type(record), record.id, data) == record  # type: ignore[attr-defined]


def test_records_survive_closing_and_reopening_the_collection(tmp_path) -> None:
    lib = Library.create(tmp_path / "c")
    put(lib, FULL_FILM, FULL_SCENE, FULL_LINK)
    lib.close()
    with Library.open(tmp_path / "c") as lib:
        assert lib.film("f1") == FULL_FILM
        assert lib.scene("s1") == FULL_SCENE
        assert lib.links() == [FULL_LINK]


def test_rules_of_the_model() -> None:
    with pytest.raises(ValueError, match="drop-frame"):
        Film(id=FilmId("f"), title="t", fps="25", drop_frame=True)
    with pytest.raises(ValueError, match="frame rate"):
        Film(id=FilmId("f"), title="t", fps="12")
    with pytest.raises(ValueError, match="TC out"):
        Scene(id=SceneId("s"), film_id=FilmId("f"), number="1", tc_in=10, tc_out=5)
    with pytest.raises(ValueError, match="number"):
        Scene(id=SceneId("s"), film_id=FilmId("f"), number=" ")
    with pytest.raises(ValueError, match="Ken Burns"):
        SceneLink(
            id=LinkId("l"),
            item_id=ItemId("i"),
            scene_id=SceneId("s"),
            pan_from=Region(x=0, y=0, w=1, h=1),
        )
    with pytest.raises(ValueError, match="negative"):
        SceneLink(id=LinkId("l"), item_id=ItemId("i"), scene_id=SceneId("s"), hold_frames=-1)
    with pytest.raises(ValueError, match="order"):
        Usage(event="1", rec_in=10, rec_out=5)


def test_default_hold_and_language_fallback() -> None:
    link = SceneLink(id=LinkId("l"), item_id=ItemId("i"), scene_id=SceneId("s"))
    assert hold_of(link, Film(id=FilmId("f"), title="t", fps="25")) == 125
    assert hold_of(link, Film(id=FilmId("f"), title="t", fps="23.976")) == 120
    assert FULL_FILM.rate.numerator == 30000
    assert text_in(FULL_LINK.credit, "he") == "אוסף בן חמו"
    assert text_in(FULL_LINK.credit, "ar", ("en",)) == "Benhamou collection"
    assert text_in(FULL_LINK.captions, "en", ("fr",)) == "Passeport, 1962"
    assert FULL_LINK.is_cleared
    assert FULL_LINK.is_on_screen
    assert FULL_LINK.consent_revoked
