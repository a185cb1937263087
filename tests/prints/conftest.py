"""A collection with one print: front and back, a pencil inscription, a place on an album page
and a custody chain of three events (Yakout -> Simha -> Esther -> scanned and returned)."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.dates.phrases import parse_date
from memoryapp.core.ids import ContainerId, ItemId, PersonId
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.print_edits import add_custody, add_inscription, move_items, save_container
from memoryapp.core.prints import (
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
from memoryapp.library import ImportOptions, Library

YAKOUT = Person(
    id=PersonId("p-yakout"),
    names=(Name(value="Yakout Ohana"),),
    birth=FuzzyDate(edtf="1900"),
    death=FuzzyDate(edtf="1970"),
    living=Living.DECEASED,
)
ESTHER = Person(id=PersonId("p-esther"), names=(Name(value="Esther Ohana"),), living=Living.LIVING)
PENCIL = "Tinghir vers 1955 — Yakout, Chimon et les enfants"


@dataclass(frozen=True)
class PrintCollection:
    path: Path
    item_id: ItemId
    page_id: ContainerId


@pytest.fixture
def print_collection(tmp_path: Path, make_jpeg: Callable[..., Path]) -> PrintCollection:
    """The kasbah print as one item with two views, an inscription, an album page, custody."""
    make_jpeg("photo.jpg")
    folder = make_jpeg("photo_b.jpg").parent
    path = tmp_path / "family"
    with Library.create(path, title="Ohana") as lib:
        put(lib, YAKOUT, ESTHER)
        report = lib.import_paths([folder], options=ImportOptions(jobs=1))
        item_id = report.results[0].item_id
        assert item_id is not None
        item = lib.item(item_id)
        put(lib, replace(item, title="The family in front of the kasbah"))
        lib.apply(
            add_inscription(
                lib.item(item_id),
                Inscription(
                    text=PENCIL,
                    file_index=1,
                    lang="fr",
                    script="Latn",
                    medium=InscriptionMedium.PENCIL,
                    writer_id=YAKOUT.id,
                ),
            )
        )
        containers: dict[ContainerId, Container] = {}
        parent = None
        for cid, name, kind in (
            ("c-box", "Box 1", ContainerKind.BOX),
            ("c-album", "Album 1", ContainerKind.ALBUM),
            ("c-page", "Page 3", ContainerKind.PAGE),
        ):
            box = Container(id=ContainerId(cid), name=name, kind=kind, parent_id=parent)
            lib.apply(save_container(None, box, containers))
            containers[box.id] = box
            parent = box.id
        lib.apply(
            move_items(
                [lib.item(item_id)], Location(container_id=ContainerId("c-page"), position="slot 2")
            )
        )
        for event in (
            CustodyEvent(
                kind=CustodyKind.INHERITANCE,
                date=parse_date("vers 1970"),
                from_person=YAKOUT.id,
                to_name="Simha",
            ),
            CustodyEvent(
                kind=CustodyKind.GIFT,
                date=parse_date("vers 1990"),
                from_name="Simha",
                to_person=ESTHER.id,
                note="at the wedding",
            ),
            CustodyEvent(
                kind=CustodyKind.SCAN_AND_RETURN,
                date=parse_date("2019"),
                from_person=ESTHER.id,
                to_name="Cousin David",
                evidence="email of 2019",
            ),
        ):
            lib.apply(add_custody(lib.item(item_id), event))
        after = lib.item(item_id)
        put(
            lib,
            replace(
                after,
                physical=Physical(
                    process=PrintProcess.GELATIN_SILVER,
                    width_mm=90,
                    height_mm=130,
                    mount="album corners",
                ),
            ),
        )
    return PrintCollection(path=path, item_id=item_id, page_id=ContainerId("c-page"))
