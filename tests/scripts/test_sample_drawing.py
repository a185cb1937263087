"""The sample collection's source files: drawn deterministically, one per story item, and
carrying the metadata the story says they carry."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PIL import Image, ImageOps

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.sample_collection import draw  # noqa: E402
from scripts.sample_collection.story import FILM, ITEMS, PEOPLE, PLACES  # noqa: E402

PEOPLE_KEYS = {p["key"] for p in PEOPLE}
PLACE_KEYS = {p["key"] for p in PLACES}
ITEM_KEYS = {i["key"] for i in ITEMS}
X = "{adobe:ns:meta/}"
RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
MWG = "{http://www.metadataworkinggroup.com/schemas/regions/}"
AREA = "{http://ns.adobe.com/xmp/sType/Area#}"


@pytest.fixture(scope="module")
def rendered() -> dict[str, draw.Rendered]:
    return {item["key"]: draw.render(item) for item in ITEMS}


@pytest.fixture(scope="module")
def built(
    tmp_path_factory: pytest.TempPathFactory, rendered: dict[str, draw.Rendered]
) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("sources")
    paths: list[Path] = []
    for item in ITEMS:
        paths += draw.save(item, rendered[item["key"]], out)
    return out, paths


def _digests(paths: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def _item(key: str) -> dict:
    return next(i for i in ITEMS if i["key"] == key)


# --- the story itself -------------------------------------------------------------------------


def test_story_has_the_promised_size() -> None:
    assert len(PEOPLE) >= 9
    assert len(PLACES) >= 12
    assert len(ITEMS) >= 32
    assert len(FILM["scenes"]) >= 6


def test_story_keys_are_unique_and_references_resolve() -> None:
    assert len(PEOPLE_KEYS) == len(PEOPLE)
    assert len(PLACE_KEYS) == len(PLACES)
    assert len(ITEM_KEYS) == len(ITEMS)
    for person in PEOPLE:
        assert {r["key"] for r in person["relations"]} <= PEOPLE_KEYS
        assert {person["birth_place"], person["death_place"]} - {None} <= PLACE_KEYS
    for place in PLACES:
        assert place["parent"] is None or place["parent"] in PLACE_KEYS
    for item in ITEMS:
        assert {p["key"] for p in item["people"]} <= PEOPLE_KEYS
        assert set(item["places"]) <= PLACE_KEYS
        assert item["creator"] is None or item["creator"] in PEOPLE_KEYS
    for scene in FILM["scenes"]:
        assert set(scene["people"]) <= PEOPLE_KEYS
        assert set(scene["places"]) <= PLACE_KEYS
        assert set(scene["items"]) <= ITEM_KEYS


def test_place_hierarchy_runs_from_mellah_to_country() -> None:
    by_key = {p["key"]: p for p in PLACES}
    chain, key = [], "tinghir_mellah"
    while key is not None:
        chain.append(by_key[key]["kind"])
        key = by_key[key]["parent"]
    assert chain == ["mellah", "town", "region", "country"]
    assert by_key["tinghir_cemetery"]["do_not_pinpoint"] is True


def test_names_carry_real_scripts() -> None:
    yakut = next(p for p in PEOPLE if p["key"] == "yakut")
    values = {n["value"] for n in yakut["names"]}
    assert {"Yakut Elbaz", "Yakout", "יקוט אלבז", "ياقوت البز"} <= values
    tinghir = next(p for p in PLACES if p["key"] == "tinghir")
    assert {"Tinghir", "Tinerhir", "Tineghir", "ⵜⵉⵏⵖⵉⵔ", "تنغير"} <= {
        n["value"] for n in tinghir["names"]
    }
    scripts = {n["script"] for p in PEOPLE for n in p["names"]}
    assert scripts == {"Latn", "Hebr", "Arab", "Tfng"}


def test_one_living_person_is_private() -> None:
    private = [p["key"] for p in PEOPLE if p["private"]]
    assert private == ["simone"]
    assert next(p for p in PEOPLE if p["key"] == "simone")["living"] is True


def test_face_rectangles_are_inside_the_image() -> None:
    for item in ITEMS:
        rects = [p["face"] for p in item["people"] if p["face"]] + item["unnamed_faces"]
        for x, y, w, h in rects:
            assert min(x, y) >= 0, item["key"]
            assert min(w, h) > 0, item["key"]
            assert max(x + w, y + h) <= 1, item["key"]


# --- the drawing ------------------------------------------------------------------------------


def test_every_item_has_its_file(built: tuple[Path, list[Path]]) -> None:
    out, paths = built
    for item in ITEMS:
        path = out / item["file"]
        assert path.is_file(), item["file"]
        with Image.open(path) as im:
            assert list(im.size) == item["pixels"], item["key"]
            assert getattr(im, "n_frames", 1) == item["pages"], item["key"]
    names = {p.name for p in paths}
    assert {i["file"] for i in ITEMS} <= names
    assert "Moha Aït Ali et Itto.jpg.xmp" in names


def test_drawing_twice_gives_identical_bytes(
    built: tuple[Path, list[Path]], tmp_path: Path
) -> None:
    _, first = built
    second = draw.build_sources(tmp_path)
    assert [p.name for p in second] == [p.name for p in first]
    assert _digests(first) == _digests(second)


def test_drawn_faces_are_where_the_story_says(rendered: dict[str, draw.Rendered]) -> None:
    for item in ITEMS:
        expected = sorted(
            [(p["key"], tuple(p["face"])) for p in item["people"] if p["face"]]
            + [(None, tuple(r)) for r in item["unnamed_faces"]],
            key=repr,
        )
        if not expected:
            continue
        drawn = sorted(rendered[item["key"]].faces, key=repr)
        assert [k for k, _ in drawn] == [k for k, _ in expected], item["key"]
        for (_, got), (_, want) in zip(drawn, expected, strict=True):
            assert got == pytest.approx(want, abs=2e-3), item["key"]


def test_formats_and_size_budget(built: tuple[Path, list[Path]]) -> None:
    _, paths = built
    suffixes = [p.suffix.lower() for p in paths]
    assert 2 <= suffixes.count(".png") <= 3
    assert 1 <= suffixes.count(".tif") <= 2
    assert sum(p.stat().st_size for p in paths) < 12 * 1024 * 1024


def test_exactly_one_epson_scan_with_the_scanners_date(built: tuple[Path, list[Path]]) -> None:
    out, _ = built
    epson = []
    for item in ITEMS:
        with Image.open(out / item["file"]) as im:
            exif = im.getexif()
        if exif.get(0x010F) == "EPSON":
            epson.append(item["key"])
            assert exif.get(0x0110) == "Perfection V600"
            assert exif.get(0x0131) == "EPSON Scan"
            assert exif.get_ifd(0x8769)[0x9003].startswith("2019:")
    assert epson == ["kasbah_family"]


def test_rotated_photo_is_stored_on_its_side(built: tuple[Path, list[Path]]) -> None:
    out, _ = built
    item = _item("david_paris")
    with Image.open(out / item["file"]) as im:
        assert im.getexif().get(0x0112) == 6
        assert im.size == (1400, 1000)
        upright = ImageOps.exif_transpose(im)
        assert upright.size == (1000, 1400)


def test_xmp_packets_parse_and_hold_face_regions(built: tuple[Path, list[Path]]) -> None:
    out, _ = built
    with_xmp = [i for i in ITEMS if i["metadata"]["xmp"]]
    assert len(with_xmp) >= 5
    for item in with_xmp:
        with Image.open(out / item["file"]) as im:
            packet = im.info["xmp"]
        root = ElementTree.fromstring(packet)
        assert root.tag == f"{X}xmpmeta"
        areas = root.findall(f".//{MWG}Area")
        faces = [p["face"] for p in item["people"] if p["face"]]
        assert len(areas) == len(faces), item["key"]
        for area, (x, y, w, h) in zip(areas, faces, strict=True):
            assert float(area.get(f"{AREA}x")) == pytest.approx(x + w / 2, abs=1e-3)
            assert float(area.get(f"{AREA}y")) == pytest.approx(y + h / 2, abs=1e-3)


def test_sidecar_sits_next_to_its_image(built: tuple[Path, list[Path]]) -> None:
    out, _ = built
    sidecar = out / "Moha Aït Ali et Itto.jpg.xmp"
    root = ElementTree.fromstring(sidecar.read_bytes())
    names = [el.text for el in root.iter(f"{MWG}Name")]
    assert names == ["Moha Aït Ali", "Itto Aït Ali", "Lahcen Aït Ali"]
    with Image.open(out / "Moha Aït Ali et Itto.jpg") as im:
        assert "xmp" not in im.info
