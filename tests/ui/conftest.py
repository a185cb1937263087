from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from tests.records import put

from memoryapp.core.dates.phrases import parse_date
from memoryapp.core.ids import new_item_id, new_person_id, new_place_id
from memoryapp.core.items import DateRole, Item, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.ui.bridge import LibraryBridge
from memoryapp.ui.main_window import MainWindow
from memoryapp.ui.refcount_guard import guard
from memoryapp.ui.settings import UiSettings

guard()  # PySide6 6.12.0 on Python 3.11 loses references to None and True (see the module)

UI_TESTS = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UI_TESTS in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session", autouse=True)
def english_ui(qapp):
    """The UI in English, with its plural forms ("1 item", "2 items")."""
    from memoryapp.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def french_ui(qapp, english_ui):
    """The UI in French for one test (English again afterwards)."""
    from memoryapp.ui.i18n import install_translators

    for translator in english_ui:
        qapp.removeTranslator(translator)
    translators = install_translators(qapp, "fr")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    for translator in english_ui:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("en"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Settings in a file under tmp_path: the real profile is never touched.

    OCR after an import is off here (it is on by default): tests that import documents for
    other reasons do not start a reading job; the test of that feature turns it on.
    """
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.read_text = False
    return settings


@pytest.fixture
def bridge(library: Library, qtbot) -> Iterator[LibraryBridge]:
    bridge = LibraryBridge(library)
    yield bridge
    bridge.wait()


@pytest.fixture
def undo_stack(qapp) -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def people(library: Library) -> dict[str, Person]:
    """Miriam, a Hebrew-named Yaakov and an Arabic-named Fatima."""
    made = {
        "miriam": Person(id=new_person_id(), names=(Name(value="Miriam Ohana"),)),
        "yaakov": Person(
            id=new_person_id(), names=(Name(value="יעקב אוחנה"), Name(value="Yaakov Ohana"))
        ),
        "fatima": Person(id=new_person_id(), names=(Name(value="فاطمة الزهراء"),)),
    }
    put(library, *made.values())
    return made


@pytest.fixture
def places(library: Library) -> dict[str, Place]:
    morocco = Place(id=new_place_id(), names=(Name(value="Maroc"),), kind="country")
    tinghir = Place(
        id=new_place_id(),
        names=(Name(value="Tinghir"), Name(value="تنغير")),
        kind="town",
        parent_id=morocco.id,
    )
    paris = Place(id=new_place_id(), names=(Name(value="Paris"),), kind="city")
    put(library, morocco, tinghir, paris)
    return {"morocco": morocco, "tinghir": tinghir, "paris": paris}


@pytest.fixture
def add_items(library: Library) -> Callable[..., list[Item]]:
    """Save catalogue items without files (fast): titles, and optional people/places/dates."""

    def _add(titles: Sequence[str], **fields: object) -> list[Item]:
        items = []
        for i, title in enumerate(titles):
            item = Item(id=new_item_id(), title=title, added_at=f"2024-01-01T00:00:{i:02d}Z")
            if "date" in fields:
                item = replace(item, dates={DateRole.TAKEN: parse_date(str(fields["date"]))})
            if "person" in fields:
                item = replace(item, people=(PersonTag(person_id=fields["person"]),))  # type: ignore[arg-type]
            if "place" in fields:
                item = replace(item, places=(fields["place"],))  # type: ignore[arg-type]
            items.append(item)
        put(library, *items)
        return items

    return _add


@pytest.fixture
def window_on(qtbot, ui_settings) -> Iterator[Callable[[Path], MainWindow]]:
    windows: list[MainWindow] = []

    def _open(root: Path) -> MainWindow:
        window = MainWindow(Library.open(root), ui_settings)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.browser.finder is not None, timeout=10_000)
        return window

    yield _open
    for window in windows:
        window.close()
        window.bridge.wait()
        window.library.close()
