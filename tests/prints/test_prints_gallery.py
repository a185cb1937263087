"""The gallery shows the back beside the front, and finds a print by its inscription."""

import re
from pathlib import Path

import pytest
from PIL import Image
from tests.exports.export_fixtures import CHROMIUM, browse
from tests.prints.conftest import PENCIL, PrintCollection

from memoryapp.core.privacy import ExportPolicy
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection


def _gallery(print_collection: PrintCollection, out: Path, other: Path) -> str:
    with Library.open(print_collection.path) as lib:
        other_id = lib.import_paths([other], options=ImportOptions(jobs=1)).results[0].item_id
        assert other_id is not None
        export_selection(lib, [print_collection.item_id, other_id], "html", out, ExportPolicy())
    return (out / "index.html").read_text(encoding="utf-8")


def test_gallery_shows_both_sides_and_the_inscription(
    print_collection: PrintCollection, tmp_path: Path, make_jpeg
) -> None:
    out = tmp_path / "gallery"
    page = _gallery(print_collection, out, make_jpeg("other/another.jpg"))
    card = page[page.index(f'data-id="{print_collection.item_id}"') :]
    card = card[: card.index("</li>")]
    pictures = re.findall(r'<img src="([^"]+)" alt="([^"]+)"', card)
    assert [alt for _, alt in pictures] == [
        "The family in front of the kasbah",
        "Back of The family in front of the kasbah",
    ]
    front, back = (out / src for src, _ in pictures)
    with Image.open(front) as a, Image.open(back) as b:
        assert a.tobytes() != b.tobytes()  # two different sides
    assert PENCIL in card
    assert "<figcaption>Back</figcaption>" in card


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (apt-get install chromium)")
def test_gallery_search_finds_the_inscription(
    print_collection: PrintCollection, tmp_path: Path, make_jpeg
) -> None:
    out = tmp_path / "gallery"
    _gallery(print_collection, out, make_jpeg("other/another.jpg"))
    found, log = browse(out / "index.html", "q=Chimon", tmp_path / "profile")
    assert {i for i, hidden in found.items.items() if not hidden} == {print_collection.item_id}
    assert [line for line in log.splitlines() if "CONSOLE" in line] == []
