"""Screenshots of the real app for docs/screenshots/, taken under Xvfb on a copy of the sample.

Usage (from the repository root)::

    .venv/bin/python scripts/screenshots.py            # every view, English, French, RTL
    .venv/bin/python scripts/screenshots.py --lang fr  # one language only

It starts Xvfb itself when no display is set, copies ``sample_collection/`` (or builds a
small demo collection when the sample is absent) into a temporary folder, starts the main
window with settings in that folder, drives it step by step and saves window grabs.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1500, 920)

Step = tuple[str, Callable[[], bool], Callable[[], None]]


def _demo_collection(target: Path) -> None:
    """A few generated pictures with names in Latin, Hebrew, Arabic and Tifinagh letters."""
    import random
    from dataclasses import replace

    from PIL import Image, ImageDraw

    from memoryapp.core.dates.phrases import parse_date
    from memoryapp.core.ids import new_person_id, new_place_id
    from memoryapp.core.items import DateRole, PersonTag
    from memoryapp.core.names import Name
    from memoryapp.core.people import Person
    from memoryapp.core.places import Place
    from memoryapp.library import Library

    source = target.with_name("demo_src")
    source.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    for i in range(36):
        w, h = rng.choice([(640, 480), (480, 640), (600, 600)])
        im = Image.new("RGB", (w, h), tuple(rng.randrange(90, 200) for _ in range(3)))
        draw = ImageDraw.Draw(im)
        for _ in range(10):
            x, y = rng.randrange(w), rng.randrange(h)
            box = (x, y, x + rng.randrange(40, 200), y + rng.randrange(40, 200))
            draw.ellipse(box, fill=tuple(rng.randrange(256) for _ in range(3)))
        (im.convert("L").convert("RGB") if i % 3 == 0 else im).save(source / f"scan_{i:03d}.jpg")
    with Library.create(target, title="Famille Ohana") as lib:
        lib.import_paths([source])
        names = ["Miriam Ohana", "Yakout Elbaz", "David Abitbol", "יעקב אוחנה", "فاطمة الزهراء"]
        people = [Person(id=new_person_id(), names=(Name(value=n),)) for n in names]
        morocco = Place(id=new_place_id(), names=(Name(value="Maroc"),), kind="country")
        tinghir = Place(
            id=new_place_id(),
            names=(Name(value="Tinghir"), Name(value="تنغير"), Name(value="ⵜⵉⵏⵖⵉⵔ")),
            kind="town",
            parent_id=morocco.id,
        )
        paris = Place(id=new_place_id(), names=(Name(value="Paris"),), kind="city")
        lib.apply(lib.command("People and places", [*people, morocco, tinghir, paris]))
        titles = ["Mariage de Miriam", "Henna à Tinghir", "חתונה בתינגיר", "عرس في تنغير", ""]
        dates = ["vers 1955", "1962", "années 50", "été 1962", None, "avant 1960"]
        tags = ["Événements|Mariage", "Portraits", "École"]
        edited = []
        for i, item in enumerate(lib.items()):
            date = dates[i % len(dates)]
            edited.append(
                replace(
                    item,
                    title=titles[i % len(titles)],
                    dates={DateRole.TAKEN: parse_date(date)} if date else {},
                    people=tuple(PersonTag(person_id=p.id) for p in rng.sample(people, i % 3)),
                    places=((tinghir.id,) if i % 2 else (paris.id,)) if i % 5 else (),
                    tags=(tags[i % len(tags)],) if i % 2 == 0 else (),
                    private=i % 11 == 5,
                )
            )
        lib.apply(lib.command("Describe the items", edited))


def _collection(work: Path) -> Path:
    from memoryapp.library.sample import ensure_sample_copy

    target = work / "collection"
    try:
        return ensure_sample_copy(target)
    except FileNotFoundError:
        _demo_collection(target)
        return target


def _broken_files(work: Path) -> list[Path]:
    folder = work / "to_import"
    folder.mkdir()
    from PIL import Image, ImageDraw

    photo = folder / "grandmother.jpg"
    picture = Image.new("RGB", (480, 360), (196, 170, 130))
    ImageDraw.Draw(picture).ellipse((170, 60, 310, 260), fill=(120, 90, 60))
    picture.save(photo)
    (folder / "cut_short.jpg").write_bytes(photo.read_bytes()[:400])
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.txt").write_text("Liste des photos de la boite bleue\n", "utf-8")
    return [folder]


def shoot(lang: str, rtl: bool) -> None:
    """Take the screenshots for one language in this process."""
    from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer

    from memoryapp.library import Library
    from memoryapp.ui.app import create_application
    from memoryapp.ui.i18n import install_translators
    from memoryapp.ui.main_window import MainWindow
    from memoryapp.ui.settings import UiSettings

    work = Path(tempfile.mkdtemp(prefix="memoryapp-shots-"))
    app = create_application()
    translators = install_translators(app, lang)
    if rtl:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    suffix = "" if lang == "en" and not rtl else f"-{lang}{'-rtl' if rtl else ''}"
    settings = UiSettings(QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(Library.open(_collection(work)), settings)
    window.resize(*SIZE)
    window.show()
    state: dict[str, object] = {}
    OUT.mkdir(parents=True, exist_ok=True)

    def save(widget: object, name: str) -> None:
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))  # type: ignore[attr-defined]

    def select(rows: list[int]) -> None:
        selection = window.grid.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(window.model.index(rows[0], 0), flags.NoUpdate)
        selection.clearSelection()
        for row in rows:
            selection.select(window.model.index(row, 0), flags.Select)

    def ready() -> bool:
        return window.model.rowCount() > 0 and window.sidebar.sidebar_model.rowCount() > 0

    def start_import() -> None:
        dialog = window.import_paths(_broken_files(work))
        state["import"] = dialog
        dialog.start()

    def import_done() -> bool:
        dialog = state.get("import")
        return dialog is not None and getattr(dialog, "report", None) is not None

    def type_rtl_text() -> None:
        """Hebrew and Arabic in the fields, as a family would type them (not saved)."""
        form = window.details.form
        form.title.setText("חתונה בתינגיר")
        form.description.setPlainText("العرس في بيت العائلة في تنغير، صيف ١٩٥٥.")
        form.source["holder"].setText("יעקב אלבז")
        form.tags.entry.setText("ⵜⵉⵏⵖⵉⵔ")

    def wedding_row() -> int:
        """The row of the sample's wedding photo ("c. 1932"), or the first row."""
        rows = range(window.model.rowCount())
        return next((r for r in rows if str(window.model.id_at(r)).startswith("356894f6")), 0)

    def doubt_the_wedding() -> None:
        """A rival name (David) for Shimon's face on the wedding photo, then select it."""
        from memoryapp.core.assertion_edits import identify
        from memoryapp.core.assertions import Assertion

        lib = window.library
        item = lib.item(str(window.model.id_at(wedding_row())))
        people = {p.name: p for p in lib.people()}
        if item.people and "David Elbaz" in people:
            said = Assertion(by_name="Yossef", confidence=1, note="his uncle, he thinks")
            region = item.people[0].region
            lib.apply(identify(item, people["David Elbaz"].id, said, region=region))
        window.details.form.tags.entry.clear()
        select([wedding_row()])

    def wedding_shown() -> bool:
        items = window.details.state.items
        return len(items) == 1 and len(items[0].people) >= 3

    def tag_yossi() -> None:
        """Yossi (born 1960) tagged on the photo of c. 1932, as a user would in the panel."""
        yossi = next((p for p in window.library.people() if p.name == "Yossi Elbaz"), None)
        if yossi is not None:
            window.details.form.people.token_added.emit(yossi.id, yossi.name)

    def open_viewer() -> None:
        state["viewer"] = window.open_viewer(str(window.model.id_at(0)))

    steps: list[Step] = [
        ("main", ready, lambda: save(window, "main")),
        ("select", lambda: True, lambda: select([1])),
        ("details", lambda: bool(window.details.state.items), lambda: save(window, "details")),
        ("rtl", lambda: True, type_rtl_text),
        ("rtl", lambda: True, lambda: save(window.details, "details-hebrew-arabic")),
        ("multi", lambda: True, lambda: select([0, 1, 2, 3])),
        (
            "multi",
            lambda: len(window.details.state.items) == 4,
            lambda: save(window, "multi-select"),
        ),
        ("search", lambda: True, lambda: window.search_field.set_query("place:Tinghir")),
        ("search", lambda: window.model.rowCount() > 0, lambda: save(window, "search")),
        ("import", lambda: True, start_import),
        ("import", import_done, lambda: save(state["import"], "import-report")),
        ("evidence", lambda: True, doubt_the_wedding),
        ("evidence", wedding_shown, tag_yossi),
        (
            "evidence",
            lambda: window.details.form.evidence_warnings.isVisible(),
            lambda: save(window.details, "details-evidence"),
        ),
        ("viewer", lambda: True, open_viewer),
        ("viewer", lambda: True, lambda: save(state["viewer"], "viewer")),
    ]
    if suffix:
        steps = steps[:3]  # other languages: the main views only

    def tick() -> None:
        if not steps:
            app.quit()
            return
        _name, condition, action = steps[0]
        if condition():
            steps.pop(0)
            action()
            QTimer.singleShot(1200, tick)  # let thumbnails and the panel settle
        else:
            QTimer.singleShot(200, tick)

    QTimer.singleShot(1500, tick)
    QTimer.singleShot(120_000, app.quit)  # never hang
    app.exec()
    window.close()
    del translators
    shutil.rmtree(work, ignore_errors=True)


def _with_display() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    display = ":97"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    os.environ["DISPLAY"] = display
    return xvfb


def main() -> int:
    """Take every screenshot (each language in its own process)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", help="only this UI language (en, fr)")
    parser.add_argument("--rtl", action="store_true", help="lay the UI out right to left")
    args = parser.parse_args()
    xvfb = _with_display()
    try:
        if args.lang:
            shoot(args.lang, args.rtl)
            return 0
        for extra in ([], ["--lang", "fr"], ["--lang", "en", "--rtl"]):
            cmd = [sys.executable, __file__, *(extra or ["--lang", "en"])]
            subprocess.run(cmd, check=True, env=os.environ.copy())
        print(f"Screenshots in {OUT}")
        return 0
    finally:
        if xvfb is not None:
            xvfb.terminate()


if __name__ == "__main__":
    sys.exit(main())
