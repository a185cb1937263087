"""The exports tests' family collection with everything exports must carry or withhold.

* Rachel Elbaz (born 1934, died 2001) and Yossef Ohana (died 1990): deceased, exported.
* Miriam Ohana (born 1990, aliases "Mimi" and a Hebrew spelling): living, withheld.
* Simha Cohen (private, Hebrew alias): withheld.
* A private item; a place that must not be pinpointed; exact GPS on an item.
"""

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image
from tests.records import put

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ItemId, new_person_id, new_place_id
from memoryapp.core.items import DateRole, PersonTag, Region, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.library import Library

RACHEL = ("Rachel Elbaz", "רחל אלבז", "Rochel")
YOSSEF = ("Yossef Ohana", "יוסף אוחנה")
MIRIAM = ("Miriam Ohana", "Mimi", "מרים אוחנה")
SIMHA = ("Simha Cohen", "שמחה כהן")
PRIVATE_TITLE = "Divorce papers, do not share"


@dataclass
class Family:
    library: Library
    wedding: ItemId
    birthday: ItemId
    private: ItemId
    rotated: ItemId
    rachel: Person
    yossef: Person
    miriam: Person
    simha: Person
    morocco: Place
    tinghir: Place
    cemetery: Place
    hostile_file: ItemId | None = None  # set by the hostile-strings tests

    @property
    def exported_ids(self) -> list[ItemId]:
        return [self.wedding, self.birthday, self.private, self.rotated]


def _names(values: tuple[str, ...], langs: tuple[str, ...]) -> tuple[Name, ...]:
    return tuple(
        Name(value=v, lang=lang, kind="alias" if i else "birth")
        for i, (v, lang) in enumerate(zip(values, langs, strict=True))
    )


def _rotated_jpeg(path: Path) -> Path:
    im = Image.new("RGB", (120, 80), "navy")
    exif = im.getexif()
    exif[0x0112] = 6
    exif[0x010F] = "Scanner Corp"
    path.parent.mkdir(parents=True, exist_ok=True)
    im.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.fixture
def family(library: Library, make_jpeg: Callable[..., Path], tmp_path: Path) -> Family:
    files = [make_jpeg(f"photo{i}.jpg", size=(300, 200)) for i in range(3)]
    files.append(_rotated_jpeg(tmp_path / "src" / "rotated.jpg"))
    report = library.import_paths(files)
    ids = [r.item_id for r in report.results]
    assert all(ids), report
    morocco = Place(
        id=new_place_id(),
        names=(Name(value="Morocco", lang="en"), Name(value="المغرب", lang="ar")),
        kind="country",
        lat=31.8,
        lon=-7.1,
    )
    tinghir = Place(
        id=new_place_id(),
        names=(
            Name(value="Tinghir", lang="fr"),
            Name(value="تنغير", lang="ar"),
            Name(value="טינג'יר", lang="he"),
            Name(value="ⵜⵉⵏⵖⵉⵔ", lang="zgh"),
        ),
        kind="town",
        parent_id=morocco.id,
        lat=31.5147,
        lon=-5.5328,
    )
    cemetery = Place(
        id=new_place_id(),
        names=(Name(value="Old cemetery", lang="en"),),
        kind="cemetery",
        parent_id=tinghir.id,
        lat=31.5201,
        lon=-5.5412,
        do_not_pinpoint=True,
    )
    rachel = Person(
        id=new_person_id(),
        names=_names(RACHEL, ("fr", "he", "")),
        birth=FuzzyDate(edtf="1934"),
        death=FuzzyDate(edtf="2001-03"),
        living=Living.DECEASED,
        birth_place=tinghir.id,
    )
    yossef = Person(
        id=new_person_id(),
        names=_names(YOSSEF, ("fr", "he")),
        death=FuzzyDate(edtf="1990"),
        living=Living.DECEASED,
    )
    miriam = Person(
        id=new_person_id(),
        names=_names(MIRIAM, ("fr", "", "he")),
        birth=FuzzyDate(edtf="1990-05-02"),
        notes="Lives in Ashdod",
    )
    simha = Person(
        id=new_person_id(), names=_names(SIMHA, ("fr", "he")), private=True, living=Living.DECEASED
    )
    rachel = replace(
        rachel,
        relations=(
            Relation(kind=RelationKind.SPOUSE, person_id=yossef.id),
            Relation(kind=RelationKind.CHILD, person_id=miriam.id),
        ),
    )
    put(library, morocco, tinghir, cemetery, rachel, yossef, miriam, simha)
    items = {i.id: i for i in library.items()}
    wedding = replace(
        items[ids[0]],
        title="Wedding in the mellah",
        description="Rachel Elbaz and Yossef Ohana at their wedding",
        dates={DateRole.TAKEN: FuzzyDate(edtf="1955~", input="vers 1955")},
        people=(
            PersonTag(
                person_id=rachel.id,
                region=Region(x=0.25, y=0.2, w=0.15, h=0.1),
                identified_by="aunt Simha",
            ),
            PersonTag(person_id=yossef.id, region=Region(x=0.5, y=0.3, w=0.2, h=0.25)),
        ),
        places=(tinghir.id,),
        tags=("Events|Wedding", "Families|Elbaz"),
        rights=Rights(
            uri="http://rightsstatements.org/vocab/CNE/1.0/",
            text="© Famille Elbaz",
            credit="Studio Lux",
        ),
        source=Source(holder="Famille Elbaz, Paris", album="Album 3", page="12"),
        lat=31.51234567,
        lon=-5.53219876,
    )
    birthday = replace(
        items[ids[1]],
        title="Mimi's birthday at grandmother's",
        description="Miriam Ohana (Mimi) with Rachel; Simha Cohen behind",
        dates={DateRole.TAKEN: FuzzyDate(edtf="1995-06")},
        people=(
            PersonTag(
                person_id=miriam.id,
                region=Region(x=0.1, y=0.1, w=0.2, h=0.2),
                identified_by="Miriam Ohana herself",
            ),
            PersonTag(person_id=rachel.id, region=Region(x=0.4, y=0.1, w=0.2, h=0.2)),
            PersonTag(person_id=simha.id, region=Region(x=0.7, y=0.1, w=0.2, h=0.2)),
            PersonTag(person_id=yossef.id, private=True),
        ),
        places=(cemetery.id,),
        tags=("People|Miriam Ohana", "Events|Birthday"),
        notes="מרים אוחנה sent this",
        lat=31.52011,
        lon=-5.54123,
    )
    private = replace(
        items[ids[2]], title=PRIVATE_TITLE, private=True, people=(PersonTag(person_id=simha.id),)
    )
    rotated = replace(
        items[ids[3]],
        title="Rotated scan",
        dates={DateRole.TAKEN: FuzzyDate(edtf="1948/1956")},
        people=(PersonTag(person_id=yossef.id, region=Region(x=0.1, y=0.2, w=0.3, h=0.4)),),
        places=(tinghir.id,),
    )
    assert rotated.orientation == 6
    put(library, wedding, birthday, private, rotated)
    return Family(
        library,
        wedding.id,
        birthday.id,
        private.id,
        rotated.id,
        rachel,
        yossef,
        miriam,
        simha,
        morocco,
        tinghir,
        cemetery,
    )


def text_of(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` as text (binary files decoded leniently), by relative path."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[path.relative_to(folder).as_posix()] = path.read_bytes().decode("utf-8", "replace")
    return out


CHROMIUM = next(
    (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)),
    None,
)


class GalleryItems(HTMLParser):
    """Collects the gallery's items (id, hidden) and the body's attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[str, bool] = {}
        self.body: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "li" and found.get("data-id"):
            self.items[str(found["data-id"])] = "hidden" in found
        if tag == "body":
            self.body = found


def browse(index: Path, fragment: str, profile: Path) -> tuple[GalleryItems, str]:
    assert CHROMIUM is not None
    url = index.resolve().as_uri() + "#" + fragment
    proc = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", url],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    parser = GalleryItems()
    parser.feed(proc.stdout)
    return parser, proc.stderr
