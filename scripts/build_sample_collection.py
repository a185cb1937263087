"""Build ``sample_collection/`` from the story in ``scripts/sample_collection/`` (deterministic).

    .venv/bin/python scripts/build_sample_collection.py [--out sample_collection]

Draws the family's shoebox with Pillow, imports it through the real Library (so the files'
own EXIF/XMP are read as for any user), then describes it as the family would: people with
every spelling of their names, places with their hierarchy, dates as they were said, tags,
sources, rights, and the documentary film project. IDs and timestamps are derived from the
story, so running it twice gives the same catalogue.
"""

import argparse
import shutil
import sys
import tempfile
import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

from scripts.sample_collection.draw import build_sources  # noqa: E402
from scripts.sample_collection.story import COLLECTION, FILM, ITEMS, PEOPLE, PLACES  # noqa: E402

from memoryapp.core.commands import replace_records  # noqa: E402
from memoryapp.core.dates import FuzzyDate, InvalidDateError  # noqa: E402
from memoryapp.core.dates.phrases import parse_date, text_only  # noqa: E402
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink, SceneStatus  # noqa: E402
from memoryapp.core.ids import (  # noqa: E402
    ContainerId,
    FilmId,
    ItemId,
    LinkId,
    PersonId,
    PlaceId,
    SceneId,
)
from memoryapp.core.items import (  # noqa: E402
    DateRole,
    Item,
    ItemKind,
    PersonTag,
    Region,
    Rights,
    Source,
)
from memoryapp.core.names import Name  # noqa: E402
from memoryapp.core.people import Living, Person, Relation, RelationKind  # noqa: E402
from memoryapp.core.places import Place  # noqa: E402
from memoryapp.core.prints import (  # noqa: E402
    Container,
    ContainerKind,
    CustodyEvent,
    CustodyKind,
    Inscription,
    InscriptionMedium,
    Location,
    Physical,
    PrintProcess,
)
from memoryapp.core.views import attach_back  # noqa: E402
from memoryapp.library import ImportOptions, Library  # noqa: E402
from memoryapp.storage.layout import CollectionPaths  # noqa: E402
from memoryapp.storage.schema import read_marker, write_marker  # noqa: E402

_NS = uuid.UUID("6f2b8c1e-3d4a-4b5c-9e7f-112233445566")
_KINDS = {
    "photo": ItemKind.PHOTO,
    "photo-back": ItemKind.PHOTO,
    "school-photo": ItemKind.PHOTO,
    "letter": ItemKind.LETTER,
    "postcard": ItemKind.POSTCARD,
    "passport": ItemKind.PASSPORT,
    "identity-card": ItemKind.DOCUMENT,
    "certificate": ItemKind.CERTIFICATE,
    "ketubah": ItemKind.CERTIFICATE,
    "telegram": ItemKind.LETTER,
    "envelope": ItemKind.LETTER,
    "document": ItemKind.DOCUMENT,
}
_ROLES = {"taken": DateRole.TAKEN, "written": DateRole.TAKEN, "postmarked": DateRole.POSTMARKED}
_STATUS = {
    "planned": SceneStatus.PLANNED,
    "research": SceneStatus.RESEARCHING,
    "scripted": SceneStatus.RESEARCHING,
    "rough cut": SceneStatus.IN_EDIT,
    "edited": SceneStatus.IN_EDIT,
    "locked": SceneStatus.LOCKED,
}
_ADDED = "2026-01-01T00:{:02d}:{:02d}Z"


def stable_id(kind: str, key: str) -> str:
    """A fixed 32-hex id for a story record."""
    return uuid.uuid5(_NS, f"{kind}:{key}").hex


def fuzzy(text: str | None) -> FuzzyDate | None:
    """The family's words as a date (kept as text when they are not a date)."""
    if not text:
        return None
    try:
        return parse_date(text)
    except InvalidDateError:
        return text_only(text)


def _names(entries: list[dict[str, str]]) -> tuple[Name, ...]:
    return tuple(
        Name(
            value=n["value"],
            script=n.get("script", ""),
            lang=n.get("lang", ""),
            kind=n.get("kind", ""),
        )
        for n in entries
    )


def _people() -> list[Person]:
    kinds = {
        "parent": RelationKind.PARENT,
        "spouse": RelationKind.SPOUSE,
        "sibling": RelationKind.SIBLING,
    }
    living = {True: Living.LIVING, False: Living.DECEASED, None: Living.UNKNOWN}
    return [
        Person(
            id=PersonId(stable_id("person", p["key"])),
            names=_names(p["names"]),
            birth=fuzzy(p.get("birth")),
            birth_place=PlaceId(stable_id("place", p["birth_place"]))
            if p.get("birth_place")
            else None,
            death=fuzzy(p.get("death")),
            death_place=PlaceId(stable_id("place", p["death_place"]))
            if p.get("death_place")
            else None,
            living=living[p.get("living")],
            relations=tuple(
                Relation(kind=kinds[r["kind"]], person_id=PersonId(stable_id("person", r["key"])))
                for r in p.get("relations", ())
            ),
            notes=p.get("note", ""),
            private=bool(p.get("private")),
        )
        for p in PEOPLE
    ]


def _places() -> list[Place]:
    return [
        Place(
            id=PlaceId(stable_id("place", p["key"])),
            names=_names(p["names"]),
            kind=p["kind"],
            parent_id=PlaceId(stable_id("place", p["parent"])) if p.get("parent") else None,
            lat=p.get("lat"),
            lon=p.get("lon"),
            do_not_pinpoint=bool(p.get("do_not_pinpoint")),
            notes=p.get("note", ""),
        )
        for p in PLACES
    ]


def _item(story: dict[str, Any], imported: Item, n: int) -> Item:
    descriptions = list(story.get("description", {}).items())
    description = descriptions[0][1] if descriptions else ""
    others = "\n\n".join(f"[{lang}] {text}" for lang, text in descriptions[1:])
    dates = {role: d for role, d in imported.dates.items() if role is not DateRole.TAKEN}
    date = fuzzy(story.get("date"))
    if date is not None:
        dates[_ROLES[story.get("date_role") or "taken"]] = date
    people = tuple(
        PersonTag(
            person_id=PersonId(stable_id("person", p["key"])),
            region=Region(x=p["face"][0], y=p["face"][1], w=p["face"][2], h=p["face"][3])
            if p.get("face")
            else None,
            identified_by="family",
        )
        for p in story.get("people", ())
    )
    src = story.get("source", {})
    creator = story.get("creator")
    return replace(
        imported,
        id=ItemId(stable_id("item", story["key"])),
        kind=_KINDS.get(story["kind"], ItemKind.OTHER),
        title=story.get("title", ""),
        description=description,
        notes=others,
        dates=dates,
        people=people,
        places=tuple(PlaceId(stable_id("place", k)) for k in story.get("places", ())),
        tags=tuple(story.get("tags", ())),
        source=Source(
            holder=src.get("holder", ""),
            box=src.get("location", ""),
            provenance=src.get("branch", ""),
            imported_from=imported.files[0].original_name,
        ),
        rights=Rights(
            uri=story.get("rights", ""),
            credit=next((p["names"][0]["value"] for p in PEOPLE if p["key"] == creator), ""),
        ),
        private=bool(story.get("private")),
        added_at=_ADDED.format(n // 60, n % 60),
        possible_copies=(),
    )


def _the_kasbah_print(finals: dict[str, Item]) -> list[Item | Container]:
    """The kasbah print as an object, described in place in ``finals``.

    Its back, scanned apart, is its second view, with the pencilled inscription; it lies on
    page 7 of album 1 in box 2; three transfers of custody. Returns the front as it is now
    and the containers (the back's own item is gone).
    """
    front = finals.pop("kasbah_family")
    back = finals.pop("kasbah_family_verso")
    joined = attach_back(front, back)
    person = {key: PersonId(stable_id("person", key)) for key in ("yakut", "david", "yossi")}
    inscription = Inscription(
        text="Tinghir vers 1955 \u2014 Yakout, Chimon et les enfants devant la kasbah",
        file_index=1,
        lang="fr",
        script="Latn",
        writer_id=person["yakut"],
        medium=InscriptionMedium.PENCIL,
        transcribed_by="Esther",
        transcribed_at="2026-01-01T00:00:00Z",
    )
    box = Container(id=ContainerId(stable_id("container", "box2")), name="Box 2")
    album = Container(
        id=ContainerId(stable_id("container", "album1")),
        name="Album 1",
        kind=ContainerKind.ALBUM,
        parent_id=box.id,
    )
    page = Container(
        id=ContainerId(stable_id("container", "page7")),
        name="Page 7",
        kind=ContainerKind.PAGE,
        parent_id=album.id,
        note="traces of album glue",
    )
    here = Location(container_id=page.id, position="top left")
    custody = (
        CustodyEvent(
            kind=CustodyKind.GIFT,
            date=fuzzy("vers 1962"),
            from_person=person["yakut"],
            to_person=person["david"],
            note="taken to Paris",
        ),
        CustodyEvent(
            kind=CustodyKind.INHERITANCE,
            date=fuzzy("2015"),
            from_person=person["david"],
            to_name="David Elbaz's widow",
        ),
        CustodyEvent(
            kind=CustodyKind.SCAN_AND_RETURN,
            date=fuzzy("2019"),
            from_name="David Elbaz's widow",
            to_person=person["yossi"],
            note="scanned with an Epson FastFoto, then given back",
            evidence="the scanner's date in the file",
        ),
    )
    joined = replace(
        joined,
        inscriptions=(inscription,),
        physical=Physical(
            process=PrintProcess.GELATIN_SILVER,
            width_mm=130,
            height_mm=90,
            mount="album corners",
        ),
        location=here,
        normal_location=here,
        custody=custody,
    )
    finals["kasbah_family"] = joined
    return [joined, box, album, page]


def _film(items: dict[str, Item]) -> list[Film | Scene | SceneLink]:
    fps = int(FILM["fps"])
    h, m, s, f = (int(x) for x in FILM["start_tc"].split(":"))
    film = Film(
        id=FilmId(stable_id("film", FILM["key"])),
        title=FILM["title"],
        fps=str(fps),
        start_frame=((h * 60 + m) * 60 + s) * fps + f,
        languages=tuple(FILM["languages"]),
        notes=FILM.get("note", ""),
    )
    records: list[Film | Scene | SceneLink] = [film]
    for sc in FILM["scenes"]:
        scene = Scene(
            id=SceneId(stable_id("scene", f"{FILM['key']}:{sc['number']}")),
            film_id=film.id,
            number=str(sc["number"]),
            title=sc["title"],
            synopsis=sc["synopsis"],
            places=tuple(PlaceId(stable_id("place", k)) for k in sc["places"]),
            people=tuple(PersonId(stable_id("person", k)) for k in sc["people"]),
            period=fuzzy(sc.get("period")),
            duration_frames=int(sc["duration_s"]) * fps,
            status=_STATUS.get(sc["status"], SceneStatus.PLANNED),
        )
        records.append(scene)
        present = [key for key in sc["items"] if key in items]  # a back joined its front
        for rank, key in enumerate(present[:2]):  # the rest is left for "find material"
            records.append(
                SceneLink(
                    id=LinkId(stable_id("link", f"{scene.id}:{key}")),
                    item_id=items[key].id,
                    scene_id=scene.id,
                    role=LinkRole.ON_SCREEN,
                    rank=rank,
                )
            )
    return records


def build(out: Path) -> None:
    """Build the sample collection into ``out`` (replacing it)."""
    with tempfile.TemporaryDirectory(prefix="memoryapp-sample-") as tmp:
        sources = Path(tmp) / "shoebox"
        build_sources(sources)
        staging = Path(tmp) / "collection"
        with Library.create(staging, title=COLLECTION["title"]) as lib:
            places, people = _places(), _people()
            lib.apply(lib.command("Places of the sample", places))
            lib.apply(lib.command("People of the sample", people))
            report = lib.import_paths([sources], options=ImportOptions(jobs=2))
            failed = [r for r in report.results if r.reason is not None]
            if failed:
                raise SystemExit(f"sample files failed to import: {failed}")
            by_name = {i.files[0].original_name: i for i in lib.items()}
            finals = {s["key"]: _item(s, by_name[s["file"]], n) for n, s in enumerate(ITEMS)}
            created = [p for p in lib.people() if p.id not in {q.id for q in people}]
            made_places = [p for p in lib.places() if p.id not in {q.id for q in places}]
            if created or made_places:
                raise SystemExit(
                    "the files named people or places the story lacks: "
                    f"{[p.name for p in created]} {[p.name for p in made_places]}"
                )
            the_print = _the_kasbah_print(finals)  # the back joins its front: one item
            lib.apply(
                replace_records(
                    "Describe the sample",
                    list(by_name.values()),
                    [*finals.values(), *the_print[1:], *_film(finals)],
                )
            )
            report_check = lib.check()
            if not report_check.healthy:
                raise SystemExit(f"sample collection is not healthy: {report_check.problems}")
        paths = CollectionPaths(staging)
        marker = read_marker(paths)
        marker.update(id=stable_id("collection", "sample"), created="2026-01-01T00:00:00Z")
        write_marker(paths, marker)
        for leftover in (".lock", ".lock-owner.json"):
            (staging / leftover).unlink(missing_ok=True)
        shutil.rmtree(paths.history, ignore_errors=True)  # the sample ships without a history
        for orphan in report_check.problems:
            (staging / orphan.path).unlink(missing_ok=True)
        if out.exists():
            for path in out.rglob("*"):
                path.chmod(path.stat().st_mode | 0o200)
            shutil.rmtree(out)
        shutil.copytree(staging, out)


def main() -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "sample_collection")
    build(parser.parse_args().out)


if __name__ == "__main__":
    main()
