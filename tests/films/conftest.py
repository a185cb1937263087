"""A small Tinghir collection with one film, built through the library's front door."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import (
    Clearance,
    Consent,
    Film,
    Licence,
    LinkRole,
    Media,
    PlannedUse,
    Scene,
    SceneLink,
)
from memoryapp.core.ids import PersonId, PlaceId, new_item_id
from memoryapp.core.items import DateRole, Item, MediaFile, PersonTag, Region, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.places import Place
from memoryapp.library import ImportOptions, Library
from memoryapp.library.film_desk import FilmDesk

HOSTILE = (
    '<script>alert("x")</script> =HYPERLINK("http://evil","click") \u202eevil\u202c & "quotes"'
)


@dataclass
class World:
    library: Library
    desk: FilmDesk
    film: Film
    scenes: dict[str, Scene]
    links: dict[str, SceneLink]
    items: dict[str, Item]
    people: dict[str, Person]
    places: dict[str, Place]


def _place(pid: str, names: list[tuple[str, str]], kind: str, parent: str | None = None) -> Place:
    return Place(
        id=PlaceId(pid),
        names=tuple(Name(value=v, lang=lang) for v, lang in names),
        kind=kind,
        parent_id=PlaceId(parent) if parent else None,
    )


def build_places() -> dict[str, Place]:
    return {
        "morocco": _place("pl-morocco", [("Morocco", "en"), ("Maroc", "fr")], "country"),
        "tinghir": _place(
            "pl-tinghir",
            [
                ("Tinghir", "en"),
                ("Tineghir", "fr"),
                ("Tinerhir", "fr"),
                ("תינג'יר", "he"),
                ("تنغير", "ar"),
            ],
            "town",
            "pl-morocco",
        ),
        "mellah": _place("pl-mellah", [("Mellah of Tinghir", "en")], "mellah", "pl-tinghir"),
        "ouarzazate": _place("pl-ouarzazate", [("Ouarzazate", "fr")], "city", "pl-morocco"),
        "ashdod": _place("pl-ashdod", [("Ashdod", "en"), ("אשדוד", "he")], "city"),
    }


def build_people() -> dict[str, Person]:
    return {
        "rachel": Person(
            id=PersonId("p-rachel"),
            names=(Name(value="Rachel Ohana"), Name(value="רחל אוחנה", lang="he")),
            living=Living.LIVING,
        ),
        "meir": Person(
            id=PersonId("p-meir"), names=(Name(value="Meir Ohana"),), living=Living.DECEASED
        ),
        "yossef": Person(id=PersonId("p-yossef"), names=(Name(value="Yossef Benhamou"),)),
    }


def linked_items(make_jpeg: Callable[..., Path], names: list[str]) -> list[Item]:
    """Items whose files are linked where they lie (no import worker needed)."""
    items = []
    for name in names:
        path = make_jpeg(name, size=(640, 480))
        media = MediaFile(
            sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
            path=str(path),
            format="jpeg",
            size=path.stat().st_size,
            width=640,
            height=480,
            original_name=name,
            linked=True,
        )
        items.append(
            Item(id=new_item_id(), files=(media,), added_at=f"2026-01-01T00:00:0{len(items)}Z")
        )
    return items


def import_items(library: Library, make_jpeg: Callable[..., Path], names: list[str]) -> list[Item]:
    """Items imported through the library (with thumbnails)."""
    paths = [make_jpeg(name, size=(640, 480)) for name in names]
    report = library.import_paths(paths, options=ImportOptions(jobs=1))
    ids = {Path(r.path).name: r.item_id for r in report.results}
    return [library.item(ids[name]) for name in names]


@pytest.fixture
def world(library: Library, make_jpeg: Callable[..., Path]) -> World:
    places = build_places()
    people = build_people()
    put(library, *places.values(), *people.values())
    wedding, passport, letter, mellah = linked_items(
        make_jpeg, ["wedding.jpg", "passport.jpg", "letter.jpg", "mellah.jpg"]
    )
    items = {
        "wedding": replace(
            wedding,
            title="Wedding of Meir and Rachel Ohana",
            dates={DateRole.TAKEN: FuzzyDate(edtf="1958~", input="around 1958")},
            people=(
                PersonTag(person_id=people["meir"].id),
                PersonTag(
                    person_id=people["rachel"].id, region=Region(x=0.5, y=0.1, w=0.25, h=0.4)
                ),
            ),
            places=(places["tinghir"].id,),
            source=Source(holder="Ohana family (Ashdod)", archive_ref="OH-12"),
        ),
        "passport": replace(
            passport,
            title="Passport of Yossef Benhamou, issued Ouarzazate",
            dates={DateRole.TAKEN: FuzzyDate(edtf="1962-06-14")},
            people=(PersonTag(person_id=people["yossef"].id),),
            places=(places["ouarzazate"].id,),
            source=Source(holder="Benhamou family (Marseille)"),
        ),
        "letter": replace(
            letter,
            title=HOSTILE,
            description="Letter from Rachel to her sister",
            dates={DateRole.TAKEN: FuzzyDate(edtf="1963")},
            places=(places["ashdod"].id,),
        ),
        "mellah": replace(
            mellah,
            title="Street in the mellah, Tineghir",
            dates={DateRole.TAKEN: FuzzyDate(edtf="195X")},
            places=(places["mellah"].id,),
        ),
    }
    put(library, *items.values())
    desk = FilmDesk(library)
    film, _ = desk.add_film(
        "Leaving Tinghir",
        fps="25",
        languages=("fr", "he"),
        planned_use=PlannedUse(
            media=(Media.TV, Media.FESTIVAL), territories=("FR", "IL"), until="2035-01-01"
        ),
    )
    sc12, _ = desk.add_scene(
        film.id,
        "12",
        title="Leaving Tinghir, 1962",
        places=(places["tinghir"].id,),
        people=(people["rachel"].id,),
        period=FuzzyDate(edtf="1955/1962"),
    )
    sc13, _ = desk.add_scene(
        film.id, "13", title="Arrival in Ashdod", places=(places["ashdod"].id,)
    )
    wedding_link, _ = desk.link_item(
        sc12.id,
        items["wedding"].id,
        role=LinkRole.ON_SCREEN,
        rank=1,
        hold_frames=150,
        clearance=Clearance.CLEARED,
        rights_holder="Ohana family",
        pan_from=Region(x=0, y=0.1, w=0.6, h=0.6),
        pan_to=Region(x=0.4, y=0.1, w=0.6, h=0.6),
        licence=Licence(media=(Media.ALL_MEDIA,), territories=("WORLD",), perpetual=True, fee="0"),
        credit={"fr": "Collection famille Ohana", "he": "אוסף משפחת אוחנה"},
        captions={"fr": "Mariage de Meir et Rachel Ohana, Tinghir, vers 1958", "he": "חתונה, 1958"},
        consents=(Consent(given_by="Esther Ohana", relation="daughter", given_on="2025-03-01"),),
        note="Pan L>R across the guests",
    )
    passport_link, _ = desk.link_item(
        sc12.id,
        items["passport"].id,
        role=LinkRole.ON_SCREEN,
        rank=2,
        hold_frames=100,
        clearance=Clearance.REQUESTED,
        captions={"fr": "Passeport, 14 juin 1962"},
        note="Push in on the exit stamp",
    )
    letter_link, _ = desk.link_item(
        sc13.id,
        items["letter"].id,
        role=LinkRole.ON_SCREEN,
        hold_frames=200,
        clearance=Clearance.CLEARED,
        rights_holder=HOSTILE,
        credit={"fr": HOSTILE, "he": "=SUM(A1)"},
        captions={"fr": HOSTILE, "ar": "رسالة من راحيل"},
        consents=(Consent(given_by="Esther Ohana", revoked=True, revoked_on="2025-06-01"),),
        licence=Licence(media=(Media.TV,), territories=("FR",), term_end="2030-01-01"),
        note="=cmd|' /C calc'!A0\nsecond line",
    )
    research_link, _ = desk.link_item(sc13.id, items["mellah"].id, role=LinkRole.RESEARCH, rank=1)
    return World(
        library=library,
        desk=desk,
        film=film,
        scenes={"12": sc12, "13": sc13},
        links={
            "wedding": wedding_link,
            "passport": passport_link,
            "letter": letter_link,
            "mellah": research_link,
        },
        items={k: library.item(v.id) for k, v in items.items()},
        people=people,
        places=places,
    )


@pytest.fixture
def hostile() -> str:
    """A caption no export may let through as markup, formula or reordered text."""
    return HOSTILE


@pytest.fixture
def tinghir_places() -> dict[str, Place]:
    return build_places()


@pytest.fixture
def tinghir_people() -> dict[str, Person]:
    return build_people()


@pytest.fixture
def make_linked_items(make_jpeg: Callable[..., Path]) -> Callable[[list[str]], list[Item]]:
    return lambda names: linked_items(make_jpeg, names)


@pytest.fixture
def make_imported_items(
    library: Library, make_jpeg: Callable[..., Path]
) -> Callable[[list[str]], list[Item]]:
    return lambda names: import_items(library, make_jpeg, names)
