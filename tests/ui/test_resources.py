import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFile, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from memoryapp.ui import icons
from memoryapp.ui.i18n import TRANSLATIONS, follow_text_direction, sort_key

UI = Path(icons.__file__).resolve().parent


def _ui_sources() -> str:
    return "\n".join(p.read_text("utf-8") for p in UI.rglob("*.py") if p.name != "resources_rc.py")


def test_every_icon_loads(qapp):
    for name in icons.ICON_NAMES:
        assert not icons.icon(name).isNull(), name


def test_every_icon_used_in_the_ui_exists(qapp):
    used = set(re.findall(r'icon\("([a-z_]+)"\)', _ui_sources()))
    used |= set(re.findall(r'ActionSpec\([^)]*?, "([a-z_]+)"(?:, True)?\)', _ui_sources()))
    assert used <= set(icons.ICON_NAMES)
    for path in re.findall(r'":(/[^"{}]+)"', _ui_sources()):
        assert QFile.exists(":" + path), path


def test_an_unknown_icon_fails_in_one_place(qapp):
    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_french_translation_ships_with_the_package(qapp):
    translator = QTranslator()
    assert translator.load(QLocale("fr"), "memoryapp", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Menu", "&File") == "&Fichier"
        assert QCoreApplication.translate("MainWindow", "%n item(s)", "", 3) == "3 éléments"
    finally:
        qapp.removeTranslator(translator)


def test_names_sort_as_a_reader_of_the_locale_expects(qapp):
    names = ["Éliane", "eliane", "Zoé", "abc", "b10", "b9"]
    assert sorted(names, key=sort_key("fr")) == ["abc", "b9", "b10", "eliane", "Éliane", "Zoé"]


def test_hebrew_and_arabic_fields_lay_out_right_to_left(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    edit = QLineEdit(parent)
    follow_text_direction(edit)
    edit.setText("חתונה בתינגיר")
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edit.setText("عرس في تنغير")
    assert edit.layoutDirection() == Qt.LayoutDirection.RightToLeft
    edit.setText("Henna")
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_wrapped_labels_and_text_boxes_align_rtl_text_to_the_right(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    box = QPlainTextEdit(parent)
    follow_text_direction(box)
    box.setPlainText("تنغير، صيف ١٩٥٥")
    option = box.document().defaultTextOption()
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    label = QLabel("חתונה בתינגיר", parent)
    label.setWordWrap(True)
    follow_text_direction(label)
    assert label.alignment() & Qt.AlignmentFlag.AlignRight
    assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_string_of_the_ui_is_translated(tmp_path, lang):
    """lupdate over the UI finds no string the shipped .ts lacks or leaves unfinished."""
    shipped = UI.parents[2] / "resources" / "translations" / f"memoryapp_{lang}.ts"
    if not shipped.exists():
        pytest.skip("the translation sources are not beside this copy of the package")
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / shipped.name
    shutil.copy(shipped, fresh)
    sources = sorted(str(p) for p in UI.rglob("*.py") if p.name != "resources_rc.py")
    extra = ["-pluralonly"] if lang == "en" else []  # English needs only its plural forms
    subprocess.run(
        [str(lupdate), *sources, *extra, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    known = _messages(shipped)
    missing = [key for key in _messages(fresh) if key not in known]
    unfinished = [
        key for key, m in known.items() if m.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], f"strings with no {lang} translation: {missing}"
    assert unfinished == []
