"""Issue 16: the interface in Hebrew and in Arabic, mirrored right to left."""

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from memoryapp.ui.dialogs.preferences import PreferencesDialog
from memoryapp.ui.i18n import UI_LANGUAGES, install_translators
from memoryapp.ui.main_window import MainWindow

# Words that stay in Latin letters in every language: the app's name and key names.
LATIN_KEPT = re.compile(r"memoryapp|Enter|Ctrl|Shift|Esc|F\d+|EDTF|GPS|CSV|JSON|XMP|IIIF|OCR")
EXPECTED = {
    "he": {
        "file": "&קובץ",
        "search": "חיפוש שמות, מקומות, תגיות, מילים או שנים (Ctrl+F)",
        "labels": {"&כותרת", "&תאריך", "&תיאור", "&אנשים"},
    },
    "ar": {
        "file": "&ملف",
        "search": "ابحث عن أسماء أو أماكن أو وسوم أو كلمات أو سنوات (Ctrl+F)",
        "labels": {"ال&عنوان", "ال&تاريخ", "ال&وصف", "الأ&شخاص"},
    },
}


@pytest.fixture(params=["he", "ar"])
def rtl_ui(request, qapp, english_ui) -> Iterator[str]:
    """The UI in Hebrew or Arabic for one test (English again afterwards)."""
    for translator in english_ui:
        qapp.removeTranslator(translator)
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    for translator in english_ui:
        qapp.installTranslator(translator)
    QLocale.setDefault(QLocale("en"))
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def window(rtl_ui, library, add_items, ui_settings, qtbot) -> Iterator[MainWindow]:
    add_items(["Henna in Tinghir", "Wedding of Miriam"])
    window = MainWindow(library, ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=10_000)
    yield window
    window.close()
    window.bridge.wait()


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        if action.menu() is not None and isinstance(action.menu(), QMenu):
            yield from _menu_texts(action.menu())


def test_the_language_mirrors_the_whole_application(rtl_ui, qapp):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().textDirection() == Qt.LayoutDirection.RightToLeft


def test_the_window_is_mirrored_and_speaks_the_language(window, rtl_ui, qtbot):
    expected = EXPECTED[rtl_ui]
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.grid.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.details.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Mirrored: the sidebar, first in the splitter, sits at the right edge.
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.width() / 2
    assert window.menuBar().actions()[0].text() == expected["file"]
    assert window.search_field.placeholderText() == expected["search"]
    labels = {label.text() for label in window.details.findChildren(QLabel)}
    assert expected["labels"] <= labels
    assert window.count_label.text() == {"he": "2 פריטים", "ar": "عنصران"}[rtl_ui]


def test_no_string_of_the_menus_falls_back_to_english(window, rtl_ui):
    texts = []
    for action in window.menuBar().actions():
        texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            menu.aboutToShow.emit()  # fill menus built on demand (recent collections)
            texts.extend(_menu_texts(menu))
    toolbar = [a.text() for a in window.toolbar.actions() if isinstance(a, QAction) and a.text()]
    # "Undo <step>": the step's name is the collection's history, recorded as it was written.
    step = window.history.undo_action.text()
    assert step.startswith({"he": "&ביטול ", "ar": "ترا&جع عن "}[rtl_ui])
    texts = [t.replace("Add records", "") for t in texts]
    english = [t for t in texts + toolbar if re.search("[A-Za-z]", LATIN_KEPT.sub("", t))]
    assert len(texts) > 30
    assert english == []


def test_hebrew_and_arabic_are_offered_in_preferences(ui_settings, qtbot):
    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    offered = {dialog.language.itemData(i): dialog.language.itemText(i) for i in range(5)}
    assert offered["he"] == "עברית"
    assert offered["ar"] == "العربية"
    assert ("he", "עברית") in UI_LANGUAGES


def test_choosing_a_language_says_it_applies_after_a_restart(ui_settings, qtbot):
    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.accept()
    assert ui_settings.language == "ar"
    prompt = dialog.restart_prompt
    assert prompt is not None
    assert prompt.text() == "Restart memoryapp to use the new language."
    prompt.close()


def test_keeping_the_language_asks_for_no_restart(ui_settings, qtbot):
    ui_settings.language = "he"
    dialog = PreferencesDialog(ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "he"
    dialog.user_name.setText("Yakout")
    dialog.accept()
    assert dialog.restart_prompt is None
    assert ui_settings.user_name == "Yakout"
