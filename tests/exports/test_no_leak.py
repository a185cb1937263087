"""No default export of any format names a withheld person, by any name part, in any script.

On a copy of the sample collection, Lahcen Aït Ali (tagged on four items; Latin, Tifinagh
and Arabic spellings and the short form "Lahsen") is made private and Yossi Elbaz (three
items; Latin and Hebrew, "Joseph Elbaz") is living; Sultana Elbaz is private in the sample.
Every format of the registry is exported with the defaults, through the CLI, and every file
written is searched (XLSX and other zips unpacked, HTML and JSON escapes and percent-encoding
undone, media searched for readable strings). A part that a person who is not withheld also
bears ("Elbaz", "Ali") may appear only inside that person's fuller name ("David Elbaz"), or
inside the name of a place ("Slat Elbaz") or of the collection ("Elbaz family archive"),
which name no person. Media are searched in their metadata (what precedes a JPEG's picture
data, a PNG's chunks other than the picture).

This checker is independent of the redactor: plain folded substring search.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from memoryapp.cli.main import main
from memoryapp.core.text import search_key
from memoryapp.library import Library
from memoryapp.library.exchange import EXPORT_FORMATS, FOLDER

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"
PRIVATE = "Lahcen Aït Ali"
LIVING = "Yossi Elbaz"
ALREADY_PRIVATE = "Sultana Elbaz"
# Every part a reader could recognise them by (particles such as "Aït" are not names).
EXPECTED_PARTS = {
    PRIVATE: {"lahcen", "lahsen", "ali", "ⵍⵃⵙⵏ", "ⵄⵍⵉ", "لحسن", "علي"},
    LIVING: {"yossi", "elbaz", "joseph", "יוסי", "אלבז"},
}
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _words(spelling: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_.,'()]+", search_key(spelling)) if len(w) >= 2]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """A copy of the sample with the two people withheld, and every default export of it."""
    root = tmp_path_factory.mktemp("noleak")
    collection = root / "collection"
    shutil.copytree(SAMPLE, collection)
    assert main(["person", "edit", "-c", str(collection), PRIVATE, "--private"]) == 0
    assert main(["person", "edit", "-c", str(collection), LIVING, "--living", "living"]) == 0
    typed = root / "back.txt"  # a page's typed text naming both, in three scripts
    typed.write_text("Lahcen et Yossi Elbaz, יוסי אלבז, لحسن", encoding="utf-8")
    with Library.open(collection) as lib:
        first = lib.items()[0].id
    assert main(["text", "set", "-c", str(collection), first, "--text-file", str(typed)]) == 0
    with Library.open(collection) as lib:
        people = list(lib.people())
        names = [n.value for p in lib.places() for n in p.names] + [lib.title]
    out = root / "out"
    for fmt in EXPORT_FORMATS.values():
        target = out / (fmt.name if fmt.suffix == FOLDER else f"{fmt.name}{fmt.suffix}")
        args = ["export", "-c", str(collection), "--format", fmt.name, "--out", str(target)]
        assert main(args) == 0, fmt.name
    return out, {"people": people, "names": names}


def _texts(path: Path) -> list[tuple[str, str]]:
    """(where, text) for a file: zips unpacked, escapes undone, media as readable strings."""
    data = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return [
                (f"{path}!{name}", _undo_escapes(archive.read(name).decode("utf-8", "replace")))
                for name in archive.namelist()
            ]
    if path.suffix.lower() in (".jpg", ".jpeg", ".png", ".tif", ".tiff"):
        meta = _metadata_bytes(data)
        return [(str(path), meta.decode("utf-8", "replace") + "\n" + meta.decode("latin-1"))]
    return [(str(path), _undo_escapes(data.decode("utf-8", "replace")))]


def _metadata_bytes(data: bytes) -> bytes:
    """The metadata of an image file: a JPEG's segments before the picture, a PNG's chunks."""
    if data.startswith(b"\xff\xd8"):
        end = data.find(b"\xff\xda")
        return data[: end if end > 0 else len(data)]
    if data.startswith(b"\x89PNG"):
        chunks, at = [], 8
        while at + 8 <= len(data):
            size = int.from_bytes(data[at : at + 4], "big")
            kind = data[at + 4 : at + 8]
            if kind not in (b"IDAT", b"IEND"):
                chunks.append(data[at + 8 : at + 8 + size])
            at += 12 + size
        return b"\n".join(chunks)
    return data  # TIFF: everything (the exports ship previews instead of TIFF originals)


def _undo_escapes(text: str) -> str:
    text = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    return unquote(html.unescape(text))


def _leaks(text: str, parts: set[str], fuller: list[str]) -> list[str]:
    """Parts found outside every span of a non-withheld person's fuller spelling."""
    folded = search_key(text)
    covered = [False] * len(folded)
    for spelling in fuller:
        for m in re.finditer(re.escape(spelling), folded):
            covered[m.start() : m.end()] = [True] * (m.end() - m.start())
    found = []
    for part in parts:
        latin = part.isascii()
        pattern = rf"(?<![^\W_]){re.escape(part)}(?![^\W_])" if latin else re.escape(part)
        for m in re.finditer(pattern, folded):
            if not all(covered[m.start() : m.end()]):
                found.append(folded[max(0, m.start() - 30) : m.end() + 30])
    return found


def test_no_default_export_names_a_withheld_person(exported) -> None:
    out, info = exported
    people = info["people"]
    withheld = [
        p for p in people if p.name in (PRIVATE, LIVING) or p.private or p.name == ALREADY_PRIVATE
    ]
    names = {p.name: p for p in withheld}
    for who, expected in EXPECTED_PARTS.items():
        parts = {w for n in names[who].names for w in _words(n.value)}
        assert expected <= parts | {"ait"}, who  # the test knows what it looks for
    parts = {w for p in withheld for n in p.names for w in _words(n.value)} - {"ait", "ⴰⵢⵜ", "ايت"}
    kept = [p for p in people if p not in withheld]
    fuller = [search_key(n.value) for p in kept for n in p.names if len(_words(n.value)) > 1]
    fuller += [search_key(name) for name in info["names"]]
    assert _leaks("Yossi's bar mitzvah, ליוסי, ⵍⵃⵙⵏ", parts, fuller)  # the checker sees them
    assert not _leaks("David Elbaz à Tinghir", parts, fuller)
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert {p.relative_to(out).parts[0].split(".")[0] for p in files} == set(EXPORT_FORMATS)
    leaks: dict[str, list[str]] = {}
    for path in files:
        for where, text in [(str(path), path.name), *_texts(path)]:
            found = _leaks(text, parts, fuller)
            if found:
                leaks[where] = found[:3]
    assert not leaks, json.dumps(leaks, ensure_ascii=False, indent=1)


def test_including_withheld_people_needs_an_option_and_is_said(tmp_path: Path, capsys) -> None:
    collection = tmp_path / "c"
    shutil.copytree(SAMPLE, collection)
    out = tmp_path / "log.csv"
    args = ["export", "-c", str(collection), "--format", "archive-log", "--out", str(out)]
    assert main([*args, "--include-living", "--include-private", "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert len(said["included"]) == 2
    assert said["privacy"]["policy"]["include_living_details"] is True
