"""The offline gallery: escaped, self-contained, and working in a real headless browser."""

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from export_fixtures import CHROMIUM, Family, browse

from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item, PersonTag
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.privacy import ExportBundle, ExportPolicy, redact
from memoryapp.exporters.html_gallery import build_page, gallery_data, json_for_html
from memoryapp.library.exchange import export_selection


def test_json_for_html_cannot_close_the_script_element() -> None:
    text = json_for_html({"t": "</script><script>alert(1)</script>\u2028&"})
    assert "</" not in text
    assert "<" not in text
    assert "\u2028" not in text
    assert "&" not in text
    assert json.loads(text) == {"t": "</script><script>alert(1)</script>\u2028&"}


def test_gallery_is_self_contained(family: Family, tmp_path: Path) -> None:
    out = tmp_path / "gallery"
    export_selection(family.library, family.exported_ids, "html", out, ExportPolicy())
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page
    assert "default-src &#x27;none&#x27;" in page
    assert not re.search(r"(src|href)=\"(https?:|//)", page)
    assert "http://" not in page.replace("http://memoryapp", "")
    assert "https://" not in page
    for match in re.finditer(r'(?:src|href)="([^"]+)"', page):
        assert (out / match.group(1)).is_file()


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium (apt-get install chromium)")
def test_gallery_runs_in_headless_chromium_and_finds_a_person_by_alias(
    family: Family, tmp_path: Path
) -> None:
    out = tmp_path / "gallery"
    export_selection(family.library, family.exported_ids, "html", out, ExportPolicy())
    index = out / "index.html"
    everything, log = browse(index, "", tmp_path / "profile")
    assert everything.body.get("data-ready") == "1"
    assert set(everything.items) == {family.wedding, family.birthday, family.rotated}
    assert not any(everything.items.values())
    console = [line for line in log.splitlines() if "CONSOLE" in line]
    assert console == []  # no script error, no Content-Security-Policy violation
    # Rachel's alias "Rochel" and her Hebrew spelling (unpointed, searched pointed) find her items.
    for query in ("Rochel", "רָחֵל אלבז", "ROCHEL  tinghir"):
        found, log = browse(index, "q=" + quote(query), tmp_path / "profile")
        shown = {i for i, hidden in found.items.items() if not hidden}
        assert shown == {family.wedding, family.birthday}, query  # the cemetery is in Tinghir
        assert [line for line in log.splitlines() if "CONSOLE" in line] == []
    by_place, _ = browse(index, f"place={family.morocco.id}&decade=1950s", tmp_path / "profile")
    assert {i for i, hidden in by_place.items.items() if not hidden} == {family.wedding}


def test_withheld_people_are_one_facet_entry_with_the_total(tmp_path: Path) -> None:
    living = [
        Person(id=PersonId(f"p{n}"), names=(Name(value=f"Name{n} Elbaz"),), living=Living.LIVING)
        for n in range(5)
    ]
    items = tuple(
        Item(
            id=ItemId(f"i{n}"),
            people=(PersonTag(person_id=p.id), PersonTag(person_id=PersonId("p0"))),
        )
        for n, p in enumerate(living)
    )
    bundle = ExportBundle(
        collection_id="c", title="t", items=items, people={p.id: p for p in living}
    )
    filtered, _ = redact(bundle, ExportPolicy())
    page = build_page(filtered, {})
    facet = re.search(r'<ul id="facet-person">(.*?)</ul>', page)
    assert facet is not None
    assert facet.group(1).count("<li>") == 1  # once, never one per person
    assert "Living person</bdi> <small>(5)</small>" in facet.group(1)  # every item showing one
    assert list(gallery_data(filtered)["people"]) == ["withheld:Living person"]


@pytest.mark.parametrize("fmt", ["html", "iiif", "bagit", "csv", "jsonld", "xmp"])
def test_an_item_without_a_file_exports_without_a_picture(tmp_path: Path, fmt: str) -> None:
    """A memory typed in with no scan yet (seen: the gallery stopped with an IndexError)."""
    from tests.records import put

    from memoryapp.library import Library

    with Library.create(tmp_path / "c") as lib:
        put(lib, Item(id=ItemId("memory"), title="The well of the mellah"))
        out = tmp_path / fmt
        export_selection(lib, [ItemId("memory")], fmt, out, ExportPolicy())
        written = " ".join(
            p.read_text("utf-8", errors="replace") for p in out.rglob("*") if p.is_file()
        ) if out.is_dir() else out.read_text("utf-8")  # fmt: skip
    if fmt in {"html", "bagit", "csv", "jsonld"}:  # IIIF and XMP have no place for it
        assert "The well of the mellah" in written
