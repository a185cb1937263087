"""Withheld people found in free text by every name part, in every script."""

import datetime as dt
from pathlib import Path

from memoryapp.core.films import Consent, Film, Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, SceneId
from memoryapp.core.items import Item, MediaFile, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.privacy import LIVING_LABEL, WITHHELD_LABEL, ExportBundle, ExportPolicy, redact
from memoryapp.core.privacy.text import TextRedactor, name_parts

SULTANA = ["Sultana Elbaz", "Simone", "סולטנה אלבז", "سلطانة البز"]
YOSSI = ["Yossi Elbaz", "יוסי אלבז", "Joseph Elbaz"]
DAVID = ["David Elbaz", "דוד אלבז", "داود البز", "Dédé"]
LAHCEN = ["Lahcen Aït Ali", "ⵍⵃⵙⵏ ⴰⵢⵜ ⵄⵍⵉ", "لحسن آيت علي", "Lahsen"]


def _redactor() -> TextRedactor:
    return TextRedactor.for_people(
        [(SULTANA, WITHHELD_LABEL), (YOSSI, LIVING_LABEL), (LAHCEN, LIVING_LABEL)],
        kept=[DAVID, ["Moha Aït Ali", "ⵎⵓⵃⴰ ⴰⵢⵜ ⵄⵍⵉ"]],
    )


def test_name_parts_leave_out_particles_and_initials() -> None:
    assert name_parts("Lahcen Aït Ali") == ("Lahcen", "Ali")
    assert name_parts("لحسن آيت علي") == ("لحسن", "علي")
    assert name_parts("ⵍⵃⵙⵏ ⴰⵢⵜ ⵄⵍⵉ") == ("ⵍⵃⵙⵏ", "ⵄⵍⵉ")
    assert name_parts("M. Azoulay") == ("Azoulay",)
    assert name_parts("Meir ben David") == ("Meir", "David")


def test_given_names_and_short_forms_are_found_in_every_script() -> None:
    redact_text = _redactor()
    assert redact_text("David et Lahcen")[0] == f"David et {LIVING_LABEL}"
    assert redact_text("Yossi's bar mitzvah")[0] == f"{LIVING_LABEL}'s bar mitzvah"
    assert redact_text("בר המצווה של יוסי")[0] == f"בר המצווה של {LIVING_LABEL}"
    assert redact_text("ליוסי")[0] == f"ל{LIVING_LABEL}"  # a Hebrew prefix stays
    assert redact_text("ⵍⵃⵙⵏ d Moha")[0] == f"{LIVING_LABEL} d Moha"
    assert redact_text("رسالة من لحسن")[0] == f"رسالة من {LIVING_LABEL}"
    assert redact_text("Lettre à SIMONE")[0] == f"Lettre à {WITHHELD_LABEL}"


def test_variant_spellings_meet_through_the_loose_skeleton() -> None:
    redact_text = _redactor()
    assert redact_text("Soultana à Paris")[0] == f"{WITHHELD_LABEL} à Paris"
    assert redact_text("the soultana's palace")[1] == 0  # not capitalised: not a name here


def test_a_shared_part_stays_only_inside_a_fuller_name_of_someone_not_withheld() -> None:
    redact_text = _redactor()
    assert redact_text("David Elbaz et Yossi") == (f"David Elbaz et {LIVING_LABEL}", 1)
    assert redact_text("ולדוד אלבז")[1] == 0
    assert redact_text("la famille Elbaz")[0] == f"la famille {WITHHELD_LABEL}"
    assert redact_text("Moha Aït Ali et Ali")[0] == f"Moha Aït Ali et {LIVING_LABEL}"
    # A withheld person's own full name wins over a shorter kept one.
    assert redact_text("Yossi Elbaz")[0] == LIVING_LABEL


def test_each_replacement_is_listed_with_its_record() -> None:
    yossi = Person(
        id=PersonId("y"), names=tuple(Name(value=n) for n in YOSSI), living=Living.LIVING
    )
    david = Person(
        id=PersonId("d"), names=tuple(Name(value=n) for n in DAVID), living=Living.DECEASED
    )
    item = Item(
        id=ItemId("i1"),
        title="Yossi's bar mitzvah with David Elbaz",
        description="יוסי",
        people=(PersonTag(person_id=yossi.id),),
    )
    bundle = ExportBundle(
        collection_id="c", title="t", items=(item,), people={yossi.id: yossi, david.id: david}
    )
    out, report = redact(bundle, ExportPolicy(today=dt.date(2026, 1, 1)))
    assert out.items[0].title == f"{LIVING_LABEL}'s bar mitzvah with David Elbaz"
    assert [(r.record_id, r.original, r.placeholder) for r in report.replacements] == [
        ("i1", "Yossi", LIVING_LABEL),
        ("i1", "יוסי", LIVING_LABEL),
    ]
    # The list quotes withheld names: it is never written into an export.
    assert "Yossi" not in str(report.to_json())
    assert "Yossi" not in report.to_text()


def test_previews_of_withheld_items_are_unreachable() -> None:
    shown = Item(id=ItemId("shown"))
    hidden = Item(id=ItemId("hidden"), private=True)
    previews = {shown.id: Path("/p/shown.jpg"), hidden.id: Path("/p/hidden.jpg")}
    bundle = ExportBundle(collection_id="c", title="t", items=(shown, hidden), previews=previews)
    out, _ = redact(bundle, ExportPolicy())
    assert out.previews.get(hidden.id) is None
    assert list(out.previews) == [shown.id]
    assert out.previews[shown.id] == Path("/p/shown.jpg")


def test_linked_file_paths_are_redacted_like_text() -> None:
    yossi = Person(id=PersonId("y"), names=(Name(value="Yossi Elbaz"),), living=Living.LIVING)
    linked = MediaFile(
        sha256="0" * 64, path="/photos/Yossi/scan.jpg", format="jpeg", size=1, linked=True
    )
    item = Item(id=ItemId("i"), files=(linked,))
    bundle = ExportBundle(collection_id="c", title="t", items=(item,), people={yossi.id: yossi})
    out, _ = redact(bundle, ExportPolicy(today=dt.date(2026, 1, 1)))
    assert out.items[0].files[0].path == f"/photos/{LIVING_LABEL}/scan.jpg"


def test_scene_and_link_texts_of_film_exports_are_redacted() -> None:
    yossi = Person(
        id=PersonId("y"),
        names=(Name(value="Yossi Elbaz"), Name(value="יוסי אלבז")),
        living=Living.LIVING,
    )
    item = Item(id=ItemId("i"))
    film = Film(id=FilmId("f"), title="Yossi's Tinghir", notes="ask Yossi")
    scene = Scene(id=SceneId("s"), film_id=film.id, number="1", synopsis="Yossi leaves")
    link = SceneLink(
        id=LinkId("l"),
        item_id=item.id,
        scene_id=scene.id,
        captions={"he": "יוסי בתנריר", "fr": "Yossi à Tinghir"},
        credit={"fr": "Collection Yossi"},
        consents=(Consent(given_by="Yossi Elbaz", relation="Yossi's son"),),
    )
    bundle = ExportBundle(
        collection_id="c",
        title="t",
        items=(item,),
        people={yossi.id: yossi},
        films=(film,),
        scenes=(scene,),
        links=(link,),
    )
    out, report = redact(bundle, ExportPolicy(today=dt.date(2026, 1, 1)))
    texts = [
        out.films[0].title,
        out.films[0].notes,
        out.scenes[0].synopsis,
        *out.links[0].captions.values(),
        *out.links[0].credit.values(),
        out.links[0].consents[0].given_by,
        out.links[0].consents[0].relation,
    ]
    assert all(LIVING_LABEL in t for t in texts), texts
    assert not any("Yossi" in t or "יוסי" in t for t in texts)
    assert {r.kind for r in report.replacements} == {"film", "scene", "link"}
