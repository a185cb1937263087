"""Face regions land on the drawn face under all 8 EXIF orientations (MWG 2.0 §5.9).

Every fixture is generated: a stored picture with a face-like mark drawn at a known place on
the stored pixel grid, an EXIF orientation (or one given only by an XMP sidecar's
``tiff:Orientation``) and regions written as MWG, Microsoft Photo or IPTC, embedded or in a
sidecar. Where the mark is comes from the pixels, never from the code under test. Regions
must land on it within 2% of the image size, in the stored frame and on the upright preview.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageOps
from tests.conftest import CORPUS

from memoryapp.core.items import Item, Region
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.privacy import ExportPolicy
from memoryapp.exporters.bundle import ExportOptions
from memoryapp.library import ImportOptions, Library
from memoryapp.library.exchange import export_selection
from memoryapp.library.previews import preview_path

STORED = (400, 300)  # stored W x H: not square, so 5-8 swap the axes
FACE = Region(x=0.15, y=0.2, w=0.2, h=0.3)  # where the face is drawn, stored frame
SECOND = Region(x=0.6, y=0.55, w=0.15, h=0.25)  # the same person, a second time
TOLERANCE = 0.02
NAME = "Esther Elmaleh"

_NS = (
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:tiff="http://ns.adobe.com/tiff/1.0/" '
    'xmlns:mwg-rs="http://www.metadataworkinggroup.com/schemas/regions/" '
    'xmlns:stDim="http://ns.adobe.com/xap/1.0/sType/Dimensions#" '
    'xmlns:stArea="http://ns.adobe.com/xmp/sType/Area#" '
    'xmlns:MP="http://ns.microsoft.com/photo/1.2/" '
    'xmlns:MPRI="http://ns.microsoft.com/photo/1.2/t/RegionInfo#" '
    'xmlns:MPReg="http://ns.microsoft.com/photo/1.2/t/Region#" '
    'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"'
)


def _picture(path: Path, orientation: int | None, faces: list[Region], marker: int) -> None:
    """A stored picture with face-like marks; ``marker`` makes each file's bytes unique."""
    w, h = STORED
    im = Image.new("RGB", STORED, (30, 60, 200))
    draw = ImageDraw.Draw(im)
    for face in faces:
        box = (face.x * w, face.y * h, (face.x + face.w) * w - 1, (face.y + face.h) * h - 1)
        draw.ellipse(box, fill=(230, 20, 20))
        eye_y = box[1] + (box[3] - box[1]) * 0.35
        for eye_x in (box[0] + (box[2] - box[0]) * 0.3, box[0] + (box[2] - box[0]) * 0.7):
            draw.ellipse((eye_x - 3, eye_y - 3, eye_x + 3, eye_y + 3), fill=(240, 200, 190))
    draw.rectangle((2 + 4 * marker, h - 8, 5 + 4 * marker, h - 3), fill=(0, 200, 0))
    exif = Image.Exif()
    if orientation is not None:
        exif[0x0112] = orientation
    im.save(path, "JPEG", quality=95, exif=exif.tobytes())


def _red_box(im: Image.Image) -> tuple[float, float, float, float]:
    """Normalized bounding box of the red face pixels of a picture (as it is, not turned)."""
    rgb = im.convert("RGB")
    r, g, b = rgb.split()
    red = Image.eval(r, lambda v: 255 if v > 150 else 0)
    not_green = Image.eval(g, lambda v: 255 if v < 110 else 0)
    not_blue = Image.eval(b, lambda v: 255 if v < 110 else 0)
    mask = Image.composite(red, Image.new("L", rgb.size), Image.eval(not_green, lambda v: v))
    mask = Image.composite(mask, Image.new("L", rgb.size), not_blue)
    left, top, right, bottom = mask.getbbox() or (0, 0, 0, 0)
    w, h = rgb.size
    return left / w, top / h, (right - left) / w, (bottom - top) / h


def _regions_xml(kind: str, faces: list[Region], applied: tuple[int, int]) -> str:
    if kind == "mwg":
        items = "".join(
            f'<rdf:li rdf:parseType="Resource"><mwg-rs:Name>{NAME}</mwg-rs:Name>'
            "<mwg-rs:Type>Face</mwg-rs:Type>"
            f'<mwg-rs:Area rdf:parseType="Resource"><stArea:x>{f.x + f.w / 2}</stArea:x>'
            f"<stArea:y>{f.y + f.h / 2}</stArea:y><stArea:w>{f.w}</stArea:w>"
            f"<stArea:h>{f.h}</stArea:h><stArea:unit>normalized</stArea:unit></mwg-rs:Area>"
            "</rdf:li>"
            for f in faces
        )
        return (
            '<mwg-rs:Regions rdf:parseType="Resource">'
            '<mwg-rs:AppliedToDimensions rdf:parseType="Resource">'
            f"<stDim:w>{applied[0]}</stDim:w><stDim:h>{applied[1]}</stDim:h>"
            "<stDim:unit>pixel</stDim:unit></mwg-rs:AppliedToDimensions>"
            f"<mwg-rs:RegionList><rdf:Bag>{items}</rdf:Bag></mwg-rs:RegionList></mwg-rs:Regions>"
        )
    if kind == "mp":
        items = "".join(
            f'<rdf:li rdf:parseType="Resource"><MPReg:Rectangle>{f.x}, {f.y}, {f.w}, {f.h}'
            f"</MPReg:Rectangle><MPReg:PersonDisplayName>{NAME}</MPReg:PersonDisplayName></rdf:li>"
            for f in faces
        )
        return (
            '<MP:RegionInfo rdf:parseType="Resource"><MPRI:Regions><rdf:Bag>'
            f"{items}</rdf:Bag></MPRI:Regions></MP:RegionInfo>"
        )
    w, h = STORED  # IPTC in pixels of the stored grid
    items = "".join(
        '<rdf:li rdf:parseType="Resource"><Iptc4xmpExt:RegionBoundary rdf:parseType="Resource">'
        "<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
        "<Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit>"
        f"<Iptc4xmpExt:rbX>{round(f.x * w)}</Iptc4xmpExt:rbX>"
        f"<Iptc4xmpExt:rbY>{round(f.y * h)}</Iptc4xmpExt:rbY>"
        f"<Iptc4xmpExt:rbW>{round(f.w * w)}</Iptc4xmpExt:rbW>"
        f"<Iptc4xmpExt:rbH>{round(f.h * h)}</Iptc4xmpExt:rbH></Iptc4xmpExt:RegionBoundary>"
        f"<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>{NAME}</rdf:li></rdf:Bag>"
        "</Iptc4xmpExt:PersonInImage></rdf:li>"
        for f in faces
    )
    return f"<Iptc4xmpExt:ImageRegion><rdf:Bag>{items}</rdf:Bag></Iptc4xmpExt:ImageRegion>"


def _packet(body: str, orientation: int | None = None) -> bytes:
    turn = f"<tiff:Orientation>{orientation}</tiff:Orientation>" if orientation else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF {_NS}>'
        f'<rdf:Description rdf:about="">{turn}{body}</rdf:Description>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def _embed(path: Path, packet: bytes) -> None:
    with Image.open(path) as im:
        im.load()
        exif = im.getexif()
        im.save(path, "JPEG", quality=95, exif=exif.tobytes(), xmp=packet)


# (variant, where the regions are, schema, AppliedToDimensions as the upright size)
VARIANTS = [
    ("mwg-stored-dims", "embedded", "mwg", False),
    ("mwg-upright-dims", "embedded", "mwg", True),
    ("mp", "embedded", "mp", False),
    ("iptc-pixels", "embedded", "iptc", False),
    ("mwg-sidecar", "sidecar", "mwg", True),
    ("mp-sidecar", "sidecar", "mp", False),
    ("sidecar-only-orientation", "sidecar-orientation", "mwg", False),
    ("iptc-sidecar-only-orientation", "sidecar-orientation", "iptc", False),
]


def _make(folder: Path, variant: str, where: str, kind: str, upright_dims: bool, o: int) -> Path:
    path = folder / f"{variant}-{o}.jpg"
    marker = [v[0] for v in VARIANTS].index(variant) * 8 + o
    in_exif = None if where == "sidecar-orientation" else o
    _picture(path, in_exif, [FACE], marker)
    applied = STORED[::-1] if upright_dims and o >= 5 else STORED
    body = _regions_xml(kind, [FACE], applied)
    if where == "embedded":
        _embed(path, _packet(body))
    else:
        sidecar_turn = o if where == "sidecar-orientation" else None
        path.with_name(path.name + ".xmp").write_bytes(_packet(body, sidecar_turn))
    return path


def _import(library: Library, folder: Path) -> dict[str, Item]:
    report = library.import_paths([folder], options=ImportOptions(jobs=1))
    items: dict[str, Item] = {}
    for result in report.results:
        assert result.item_id is not None, result
        items[Path(result.path).name] = library.item(result.item_id)
    return items


def _close(found: tuple[float, float, float, float], want: tuple[float, float, float, float]):
    assert found == pytest.approx(want, abs=TOLERANCE)


def _upright_mark(library: Library, item: Item) -> tuple[float, float, float, float]:
    with Image.open(preview_path(library, item.id)) as preview:
        return _red_box(preview)


@pytest.fixture
def imported(library: Library, tmp_path: Path) -> dict[str, Item]:
    folder = tmp_path / "faces"
    folder.mkdir()
    for variant, where, kind, upright_dims in VARIANTS:
        for o in range(1, 9):
            _make(folder, variant, where, kind, upright_dims, o)
    return _import(library, folder)


@pytest.mark.parametrize("variant", [v[0] for v in VARIANTS])
def test_imported_regions_sit_on_the_drawn_face_in_all_8_orientations(
    library: Library, imported: dict[str, Item], variant: str
) -> None:
    for o in range(1, 9):
        item = imported[f"{variant}-{o}.jpg"]
        assert item.orientation == o, variant
        with Image.open(library.media_path(item.id)) as stored:
            mark = _red_box(stored)  # the stored pixels, not turned
        _close(mark, (FACE.x, FACE.y, FACE.w, FACE.h))  # the fixture drew what it says
        (tag,) = item.people
        assert tag.region is not None, (variant, o)
        r = tag.region
        _close((r.x, r.y, r.w, r.h), mark)
        # The upright preview (sidecar-only orientation too) shows the face where the
        # region is drawn on screen.
        _close(rect_to_display(r.x, r.y, r.w, r.h, item.orientation), _upright_mark(library, item))


def test_two_faces_of_one_person_are_both_kept(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "twice"
    folder.mkdir()
    path = folder / "twice.jpg"
    _picture(path, 6, [FACE, SECOND], 0)
    body = _regions_xml("mwg", [FACE, SECOND], STORED) + _regions_xml("mp", [FACE, SECOND], STORED)
    _embed(path, _packet(body))
    (item,) = _import(library, folder).values()
    regions = [t.region for t in item.people]
    assert len(regions) == 2  # MP repeats the MWG faces: not four tags
    assert len(item.person_ids()) == 1
    for region, want in zip(regions, (FACE, SECOND), strict=True):
        assert region is not None
        _close((region.x, region.y, region.w, region.h), (want.x, want.y, want.w, want.h))


def test_exiftool_written_regions_land_on_the_face(library: Library, tmp_path: Path) -> None:
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool is not installed")
    folder = tmp_path / "exiftool"
    folder.mkdir()
    for o in range(1, 9):
        path = folder / f"et-{o}.jpg"
        _picture(path, None, [FACE], o)
        area = (
            f"X={FACE.x + FACE.w / 2},Y={FACE.y + FACE.h / 2},W={FACE.w},H={FACE.h},Unit=normalized"
        )
        struct = (
            f"{{AppliedToDimensions={{W={STORED[0]},H={STORED[1]},Unit=pixel}},"
            f"RegionList=[{{Name={NAME},Type=Face,Area={{{area}}}}}]}}"
        )
        subprocess.run(
            ["exiftool", "-q", "-overwrite_original", f"-Orientation#={o}",
             f"-XMP-mwg-rs:RegionInfo={struct}", str(path)],
            check=True,
        )  # fmt: skip
    items = _import(library, folder)
    for o in range(1, 9):
        item = items[f"et-{o}.jpg"]
        assert item.orientation == o
        (tag,) = item.people
        assert tag.region is not None
        r = tag.region
        _close((r.x, r.y, r.w, r.h), (FACE.x, FACE.y, FACE.w, FACE.h))
        _close(rect_to_display(r.x, r.y, r.w, r.h, o), _upright_mark(library, item))


def _exiftool(folder: Path) -> dict[str, dict[str, object]]:
    proc = subprocess.run(
        ["exiftool", "-j", "-struct", "-n", "-G1", "-ext", "jpg", "-ext", "xmp", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return {Path(str(r["SourceFile"])).name: r for r in json.loads(proc.stdout)}


def _mwg_boxes(tags: dict[str, object]) -> list[tuple[float, float, float, float]]:
    info = tags["XMP-mwg-rs:RegionInfo"]
    assert isinstance(info, dict)
    assert info["AppliedToDimensions"] == {"W": STORED[0], "H": STORED[1], "Unit": "pixel"}
    boxes = []
    for region in info["RegionList"]:
        a = region["Area"]
        boxes.append((a["X"] - a["W"] / 2, a["Y"] - a["H"] / 2, a["W"], a["H"]))
    return boxes


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool is not installed")
def test_exported_regions_read_back_by_exiftool_land_on_the_face(
    library: Library, imported: dict[str, Item], tmp_path: Path
) -> None:
    everything = ExportPolicy(include_private=True, include_living_details=True, exact_gps=True)
    out = tmp_path / "out"
    ids = [item.id for item in imported.values()]
    export_selection(library, ids, "xmp", out, everything, options=ExportOptions(embed_xmp=True))
    tags = _exiftool(out)
    for name, item in imported.items():
        copy = f"{item.id}-1.jpg"
        sidecar, embedded = tags[f"{copy}.xmp"], tags[copy]
        assert sidecar["XMP-tiff:Orientation"] == item.orientation, name
        assert embedded["IFD0:Orientation"] == item.orientation, name  # sidecar-only too
        with Image.open(out / copy) as pixels:
            mark = _red_box(pixels)  # the copy's stored pixels
        for tags_of in (sidecar, embedded):
            (box,) = _mwg_boxes(tags_of)
            _close(box, mark)
            (rect,) = [r["Rectangle"] for r in tags_of["XMP-MP:RegionInfoMP"]["Regions"]]
            _close(tuple(float(v) for v in str(rect).split(",")), mark)  # type: ignore[arg-type]
        with Image.open(out / copy) as pixels:  # ExifTool's orientation turns it upright
            upright = ImageOps.exif_transpose(pixels)
            assert upright is not None
            (box,) = _mwg_boxes(embedded)
            _close(rect_to_display(*box, int(str(embedded["IFD0:Orientation"]))), _red_box(upright))


CORPUS_FACES = CORPUS / "files/correctness/pigallery2/test/backend/assets/sidecar/orientation"


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS_FACES.is_dir(), reason="../shared/corpus is absent")
def test_corpus_faces_under_orientations_3_6_8_embedded_and_in_sidecars(
    library: Library, tmp_path: Path
) -> None:
    """Real files (exiftool-written MWG regions, stale MP ones): MWG wins, stored frame."""
    oracle = json.loads((CORPUS / "oracle.json").read_text(encoding="utf-8"))
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS_FACES, folder)
    items = _import(library, folder)
    assert len(items) == 6
    prefix = "correctness/pigallery2/test/backend/assets/sidecar/orientation/"
    for name, item in items.items():
        want = oracle[prefix + name]
        assert item.orientation == want["orientation"], name
        mwg = {r["name"]: r for r in want["regions"] if r["source"] == "mwg"}
        got = {library.person(t.person_id).name: t.region for t in item.people}
        assert set(got) == set(mwg) == {"Marie Curie", "Pierre Curie"}
        for person, region in got.items():
            r = mwg[person]
            assert region is not None
            assert (region.x, region.y, region.w, region.h) == pytest.approx(
                (r["x"], r["y"], r["w"], r["h"]), abs=1e-5
            ), (name, person)
