"""scripts/translations.py: list what a language lacks, merge a JSON of translations, check it."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts import translations

REFERENCE = ET.fromstring(
    """<TS version="2.1" language="fr_FR">
<context><name>Menu</name>
<message><source>&amp;File</source><translation>&amp;Fichier</translation></message>
<message numerus="yes"><source>%n item(s)</source><translation>
<numerusform>%n élément</numerusform><numerusform>%n éléments</numerusform></translation>
</message></context>
<context><name>Viewer</name>
<message><source>Page %1 of %2</source><translation>Page %1 sur %2</translation></message>
</context></TS>"""
)


def test_a_language_with_no_file_lacks_every_message():
    assert translations.missing("he", REFERENCE, None) == [
        ("Menu", "&File"),
        ("Menu", "%n item(s)"),
        ("Viewer", "Page %1 of %2"),
    ]
    assert translations.missing("en", REFERENCE, None) == [("Menu", "%n item(s)")]


def test_merged_translations_are_written_and_no_longer_missing(tmp_path: Path):
    new = {
        "Menu": {"&File": "&ملف", "%n item(s)": ["0", "1", "2", "%n", "%n", "%n"]},
        "Viewer": {"Page %1 of %2": "الصفحة %1 من %2"},
    }
    root, count = translations.merge("ar", REFERENCE, None, new)
    assert count == 3
    path = tmp_path / "memoryapp_ar.ts"
    translations.write(root, path)
    again = ET.parse(path).getroot()
    assert again.get("language") == "ar"
    assert translations.missing("ar", REFERENCE, again) == []
    forms = [f.text for f in again.iter("numerusform")]
    assert forms == ["0", "1", "2", "%n", "%n", "%n"]


def test_a_half_done_file_lists_only_what_it_lacks():
    root, _ = translations.merge("he", REFERENCE, None, {"Menu": {"&File": "&קובץ"}})
    assert translations.missing("he", REFERENCE, root) == [
        ("Menu", "%n item(s)"),
        ("Viewer", "Page %1 of %2"),
    ]


@pytest.mark.parametrize(
    ("new", "reason"),
    [
        ({"Menu": {"%n item(s)": ["פריט אחד"]}}, "needs 2 form"),
        ({"Viewer": {"Page %1 of %2": "עמוד %1"}}, "placeholders"),
        ({"Viewer": {"Unknown": "x"}}, "not in memoryapp_fr.ts"),
        ({"Menu": {"&File": " "}}, "empty"),
    ],
)
def test_a_translation_that_does_not_fit_is_refused(new, reason):
    with pytest.raises(translations.TranslationError, match=reason):
        translations.merge("he", REFERENCE, None, new)


def test_the_shipped_languages_lack_nothing(capsys):
    assert translations.main(["missing", "en", "fr", "he", "ar"]) == 0
    assert "0 message(s) missing" in capsys.readouterr().out


def test_the_template_lists_what_to_fill(tmp_path: Path, capsys, monkeypatch):
    monkeypatch.setattr(translations, "SOURCES", tmp_path)
    (tmp_path / "memoryapp_fr.ts").write_text(ET.tostring(REFERENCE, "unicode"), "utf-8")
    assert translations.main(["missing", "ar", "--json"]) == 1
    template = json.loads(capsys.readouterr().out)
    assert template["Menu"]["%n item(s)"] == [""] * 6
    filled = tmp_path / "ar.json"
    filled.write_text(json.dumps({"Menu": {"&File": "&ملف"}}), "utf-8")
    assert translations.main(["merge", "ar", str(filled)]) == 0
    assert "&amp;ملف" in (tmp_path / "memoryapp_ar.ts").read_text("utf-8")
    filled.write_text("{not json", "utf-8")
    assert translations.main(["merge", "ar", str(filled)]) == 2
    assert "ar.json" in capsys.readouterr().err
