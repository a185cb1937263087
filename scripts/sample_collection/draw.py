"""Draw every item of the story into a folder: the source files of memoryapp's sample collection.

Entry point: ``build_sources(out_dir) -> list[Path]``. Each item is drawn from a generator
seeded by its key, so the same story gives byte-identical files on every run. Files carry no
timestamps beyond the EXIF values the story gives.

Run ``python -m scripts.sample_collection.draw OUT_DIR [--sheet SHEET.png]`` from the repository
root to write the files (and a contact sheet to look at).
"""

from __future__ import annotations

import argparse
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageOps
from scripts.sample_collection import documents, lettering, official, paper, photos, postal
from scripts.sample_collection.cast import Rect
from scripts.sample_collection.metadata import exif_bytes, xmp_packet
from scripts.sample_collection.story import ITEMS, PEOPLE, PLACES

log = logging.getLogger(__name__)

JPEG_QUALITY = 85


@dataclass(frozen=True, slots=True, kw_only=True)
class Rendered:
    """The pages of one item as stored, and the faces its drawing placed (stored frame)."""

    pages: tuple[Image.Image, ...]
    faces: tuple[tuple[str | None, Rect], ...]


Simple = Callable[[random.Random], Image.Image]
WithFaces = Callable[
    [dict[str, Any], random.Random], tuple[Image.Image, list[tuple[str | None, Rect]]]
]

SIMPLE: dict[str, Simple] = {
    "ketubah_1932": official.ketubah,
    "certificat_1953": official.certificate,
    "kasbah_family_verso": documents.photo_back,
    "hebrew_letter_1957": documents.letter_he,
    "postcard_front": postal.postcard_front,
    "postcard_back": postal.postcard_back,
    "envelope_1969": postal.envelope,
    "telegram_1971": postal.telegram,
    "arabic_letter_1998": documents.letter_ar,
    "family_tree_2003": documents.family_tree,
}
WITH_FACES: dict[str, WithFaces] = {
    "teudat_oleh": official.teudat_oleh,
    "id_card_moha": official.id_card,
    "passport_yakut": official.passport,
}


def render(item: dict[str, Any]) -> Rendered:
    """Draw one item of the story (no file is written)."""
    key = item["key"]
    rng = paper.rng_for(key)
    if key in photos.PHOTOS:
        img, faces = photos.render_photo(item, rng)
        return Rendered(pages=(img,), faces=tuple(faces))
    if key in WITH_FACES:
        img, faces = WITH_FACES[key](item, rng)
        return Rendered(pages=(img,), faces=tuple(faces))
    if key == "letter_david_1962":
        return Rendered(pages=tuple(documents.letter_fr(rng)), faces=())
    if key in SIMPLE:
        return Rendered(pages=(SIMPLE[key](rng),), faces=())
    msg = f"no drawing for item {key!r}"
    raise KeyError(msg)


def save(item: dict[str, Any], rendered: Rendered, out_dir: Path) -> list[Path]:
    """Write the item's file (and its XMP sidecar, if any) into ``out_dir``; return the paths."""
    path = out_dir / item["file"]
    meta = item["metadata"]
    people = {p["key"]: p for p in PEOPLE}
    places = {p["key"]: p for p in PLACES}
    first = rendered.pages[0]
    suffix = path.suffix.lower()
    options: dict[str, Any] = {}
    if meta["exif"]:
        options["exif"] = exif_bytes(meta["exif"])
    if suffix in (".jpg", ".jpeg"):
        if meta["xmp"]:
            options["xmp"] = xmp_packet(item, people, places)
        first.convert("RGB").save(path, "JPEG", quality=JPEG_QUALITY, optimize=True, **options)
    elif suffix == ".png":
        quantized = first.convert("RGB").quantize(
            colors=96, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
        quantized.save(path, "PNG", optimize=True, **options)
    elif suffix in (".tif", ".tiff"):
        pages = [p.convert("L") for p in rendered.pages]
        pages[0].save(
            path,
            "TIFF",
            compression="tiff_adobe_deflate",
            save_all=len(pages) > 1,
            append_images=pages[1:],
            dpi=(300, 300),
            **options,
        )
    else:
        msg = f"{item['key']}: cannot write {path.name}: unknown extension"
        raise ValueError(msg)
    written = [path]
    if meta["sidecar"]:
        sidecar = out_dir / meta["sidecar"]
        sidecar.write_bytes(xmp_packet(item, people, places))
        written.append(sidecar)
    return written


def build_sources(out_dir: Path) -> list[Path]:
    """Draw every item of the story into ``out_dir``; return the files written, in story order.

    Args:
        out_dir: The folder to write into; it is created if missing. Existing files with the
            same names are replaced.

    Returns:
        The paths written: one per item, plus XMP sidecars.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for item in ITEMS:
        written += save(item, render(item), out_dir)
        log.debug("drew %s", item["file"])
    return written


def contact_sheet(paths: list[Path], target: Path, *, columns: int = 6, cell: int = 300) -> None:
    """Save a contact sheet of ``paths`` (images shown upright, with their names) to ``target``."""
    images = [p for p in paths if p.suffix.lower() != ".xmp"]
    rows = (len(images) + columns - 1) // columns
    sheet = Image.new("RGB", (columns * cell, rows * (cell + 20)), (52, 50, 48))
    d = ImageDraw.Draw(sheet)
    for k, p in enumerate(images):
        with Image.open(p) as im:
            thumb = ImageOps.exif_transpose(im).convert("RGB")
        thumb.thumbnail((cell - 12, cell - 12))
        x, y = (k % columns) * cell, (k // columns) * (cell + 20)
        sheet.paste(thumb, (x + (cell - thumb.width) // 2, y + (cell - thumb.height) // 2))
        lettering.put(
            d, (x + 6, y + cell + 14), p.name[:44], lettering.font("ui", 13), (220, 220, 210)
        )
    sheet.save(target)


def main() -> None:
    """Command line: draw the sources into a folder, optionally with a contact sheet."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument(
        "--sheet", type=Path, default=None, help="also save a contact sheet PNG here"
    )
    args = parser.parse_args()
    paths = build_sources(args.out_dir)
    if args.sheet is not None:
        contact_sheet(paths, args.sheet)


if __name__ == "__main__":
    main()
