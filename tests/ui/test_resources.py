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
        assert QCoreApplication.translate("MainWindow", "%Ln item(s)", "", 3) == "3 éléments"
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
@pytest.mark.parametrize("lang", ["fr", "en", "he", "ar"])
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


PLURAL_FORMS = {"en": 2, "fr": 2, "he": 2, "ar": 6}  # what Qt's lrelease expects
# Forms that may spell the number out ("the one item", "פריט אחד", "عنصر واحد", "عنصران"):
# the singular, and Arabic's singular and dual; every other plural form shows it (%n).
NUMBER_IN_WORDS = {"en": {0}, "fr": {0}, "he": {0}, "ar": {1, 2}}


@pytest.mark.parametrize("lang", ["fr", "en", "he", "ar"])
def test_every_translation_is_complete_and_keeps_its_placeholders(lang):
    """No unfinished entry, every plural form filled, %1..%9 kept, %n where it is needed."""
    shipped = UI.parents[2] / "resources" / "translations" / f"memoryapp_{lang}.ts"
    if not shipped.exists():
        pytest.skip("the translation sources are not beside this copy of the package")
    reference = _messages(shipped.with_name("memoryapp_fr.ts"))
    known = _messages(shipped)
    wanted = [k for k, m in reference.items() if lang != "en" or m.get("numerus") == "yes"]
    assert [k for k in wanted if k not in known] == []
    problems = []
    for (context, source), message in known.items():
        translation = message.find("translation")
        if translation.get("type") in {"unfinished", "obsolete", "vanished"}:
            problems.append((context, source, "unfinished"))
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[lang]:
                problems.append((context, source, f"{len(forms)} plural forms"))
            for index, form in enumerate(forms):
                has_n = "%n" in form or "%Ln" in form  # %Ln: the count in the locale's digits
                if not has_n and index not in NUMBER_IN_WORDS.get(lang, set()):
                    problems.append((context, source, f"form {index} lacks %n: {form}"))
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append((context, source, "empty"))
            elif set(re.findall(r"%L?[1-9]", form)) != set(re.findall(r"%L?[1-9]", source)):
                problems.append((context, source, f"placeholders of {form!r}"))
    assert problems == []


@pytest.mark.parametrize(
    ("lang", "menu", "items"),
    [("he", "&קובץ", ("פריט אחד", "3 פריטים")), ("ar", "&ملف", ("عنصر واحد", "3 عناصر"))],
)
def test_hebrew_and_arabic_translations_ship_with_the_package(qapp, lang, menu, items):
    translator = QTranslator()
    assert translator.load(QLocale(lang), "memoryapp", "_", str(TRANSLATIONS))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Menu", "&File") == menu
        one, three = items
        assert QCoreApplication.translate("MainWindow", "%Ln item(s)", "", 1) == one
        assert QCoreApplication.translate("MainWindow", "%Ln item(s)", "", 3) == three
    finally:
        qapp.removeTranslator(translator)
