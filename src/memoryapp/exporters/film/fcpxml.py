"""FCPXML 1.10 of a film's archive pull: stills, keywords, markers, chapters, Ken Burns.

Follows the conventions of files Final Cut Pro exports (film.md section 6.8): a still is an
asset of a ``FFVideoFormatRateUndefined`` format with ``duration="0s"``, placed as
``<video>`` in the spine; times are rational seconds (``3003/500s`` is 6 s at 23.976); the
sequence starts at the film's start timecode. Each still has a note (its caption), a
chapter marker at the start of each scene, a rights marker, a marker with the item ID and
its credit line, and keywords (scene, family, people, places). A Ken Burns move becomes
``<adjust-crop mode="pan">`` with two ``<pan-rect>``; a still framing becomes
``<adjust-crop mode="trim">`` with a ``<trim-rect>``. Rectangles are edge insets in percent
of the image height, taken on the upright image.

Built with ElementTree, so every value is escaped; characters XML 1.0 forbids are dropped.
"""

import re
import xml.etree.ElementTree as ET
from fractions import Fraction

from memoryapp.core.films import text_in
from memoryapp.core.items import Item, Region
from memoryapp.core.orientation import display_size, rect_to_display
from memoryapp.exporters.film.bundle import FilmExport, placements
from memoryapp.exporters.film.otio_timeline import file_uri

_FORMAT_RATE = {"23.976": "2398", "29.97": "2997", "59.94": "5994"}
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (NUL, most control characters)."""
    return _NOT_XML.sub("", text)


def _time(frames: int, rate: Fraction) -> str:
    seconds = Fraction(frames) / rate
    if seconds.denominator == 1:
        return f"{seconds.numerator}s"
    return f"{seconds.numerator}/{seconds.denominator}s"


def _insets(region: Region, item: Item) -> dict[str, str] | None:
    """A region as FCPXML edge insets in percent of the upright image's height."""
    primary = item.primary
    if primary is None or not primary.width or not primary.height:
        return None
    width, height = display_size(primary.width, primary.height, item.orientation)
    x, y, w, h = rect_to_display(region.x, region.y, region.w, region.h, item.orientation)
    k = 100.0 / height
    return {
        "left": f"{x * width * k:.3f}",
        "top": f"{y * height * k:.3f}",
        "right": f"{max(0.0, 1 - x - w) * width * k:.3f}",
        "bottom": f"{max(0.0, 1 - y - h) * height * k:.3f}",
    }


def write_fcpxml(bundle: FilmExport, *, planned: bool | None = None) -> bytes:
    """The film's uses as FCPXML 1.10 (UTF-8).

    Args:
        bundle: the film's records.
        planned: True for the plan, False for the locked cut; None picks the locked cut when
            one was read.
    """
    film = bundle.film
    rate = film.rate
    first_lang = film.languages[0] if film.languages else ""
    frame_h = round(film.frame_width * 9 / 16)
    label = _FORMAT_RATE.get(film.fps, film.fps)
    root = ET.Element("fcpxml", version="1.10")
    resources = ET.SubElement(root, "resources")
    ET.SubElement(
        resources,
        "format",
        id="r1",
        name=f"FFVideoFormat{frame_h}p{label}",
        frameDuration=_time(1, rate),
        width=str(film.frame_width),
        height=str(frame_h),
        colorSpace="1-1-1 (Rec. 709)",
    )
    rows = placements(bundle, planned=planned)
    ids = iter(range(2, 1 << 30))
    still_formats: dict[tuple[int, int], str] = {}
    assets: dict[str, str] = {}
    for row in rows:
        item = row.item
        if item.id in assets:
            continue
        primary = item.primary
        size = (0, 0)
        if primary is not None and primary.width and primary.height:
            size = display_size(primary.width, primary.height, item.orientation)
        if size not in still_formats:
            still_formats[size] = f"r{next(ids)}"
            attrs = {"id": still_formats[size], "name": "FFVideoFormatRateUndefined"}
            if size != (0, 0):
                attrs |= {"width": str(size[0]), "height": str(size[1])}
            ET.SubElement(resources, "format", attrs | {"colorSpace": "1-13-1"})
        assets[item.id] = f"r{next(ids)}"
        asset = ET.SubElement(
            resources,
            "asset",
            id=assets[item.id],
            name=xml_text(item.id),
            start="0s",
            duration="0s",
            hasVideo="1",
            format=still_formats[size],
            videoSources="1",
        )
        ET.SubElement(
            asset,
            "media-rep",
            kind="original-media",
            src=file_uri(bundle.media_paths.get(item.id, item.id)),
        )
        metadata = ET.SubElement(asset, "metadata")
        ET.SubElement(
            metadata,
            "md",
            key="com.apple.proapps.studio.description",
            value=xml_text(item.title or item.description),
        )
    library = ET.SubElement(root, "library")
    event = ET.SubElement(library, "event", name=xml_text(f"{film.title} archive"))
    project = ET.SubElement(event, "project", name=xml_text(f"{film.title} archive pull"))
    end = max([film.start_frame, *(r.rec_out for r in rows)])
    sequence = ET.SubElement(
        project,
        "sequence",
        format="r1",
        duration=_time(end - film.start_frame, rate),
        tcStart=_time(film.start_frame, rate),
        tcFormat="DF" if film.drop_frame else "NDF",
    )
    spine = ET.SubElement(sequence, "spine")
    cursor = film.start_frame
    scenes_seen: set[str] = set()
    frame = _time(1, rate)
    for row in rows:
        if row.rec_in < cursor:  # overlapping uses in the cut: one storyline keeps the first
            continue
        if row.rec_in > cursor:
            ET.SubElement(
                spine, "gap", name="Gap", offset=_time(cursor, rate), start="0s",
                duration=_time(row.rec_in - cursor, rate),
            )  # fmt: skip
        item, link = row.item, row.link
        video = ET.SubElement(
            spine,
            "video",
            ref=assets[item.id],
            offset=_time(row.rec_in, rate),
            name=xml_text(item.id),
            start="0s",
            duration=_time(row.frames, rate),
        )
        caption = text_in(link.captions, first_lang) or item.title or item.description
        ET.SubElement(video, "note").text = xml_text(caption)
        _add_crop(video, link.crop, link.pan_from, link.pan_to, item)
        if row.scene.id not in scenes_seen:
            scenes_seen.add(row.scene.id)
            ET.SubElement(
                video, "chapter-marker", start="0s", duration=frame,
                value=xml_text(f"SC{row.scene.number} {row.scene.title}".strip()),
            )  # fmt: skip
        ET.SubElement(
            video, "marker", start="0s", duration=frame, value=f"Rights: {link.clearance}",
            completed="1" if link.is_cleared else "0", note=xml_text(link.note),
        )  # fmt: skip
        ET.SubElement(
            video, "marker", start="0s", duration=frame, value=xml_text(f"Item {item.id}"),
            note=xml_text(text_in(link.credit, first_lang)),
        )  # fmt: skip
        words = [f"SC{row.scene.number}", item.source.holder]
        words += [bundle.place_names.get(p, "") for p in item.places]
        words += [bundle.person_names.get(p, "") for p in item.person_ids()]
        keywords = ", ".join(dict.fromkeys(w.replace(",", " ").strip() for w in words if w.strip()))
        ET.SubElement(
            video, "keyword", start="0s", duration=_time(row.frames, rate), value=xml_text(keywords)
        )
        cursor = row.rec_out
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE fcpxml>\n' + body + "\n").encode(
        "utf-8"
    )


def _add_crop(
    video: ET.Element,
    crop: Region | None,
    pan_from: Region | None,
    pan_to: Region | None,
    item: Item,
) -> None:
    if pan_from is not None and pan_to is not None and pan_from != pan_to:
        start, end = _insets(pan_from, item), _insets(pan_to, item)
        if start is not None and end is not None:
            adjust = ET.SubElement(video, "adjust-crop", mode="pan")
            ET.SubElement(adjust, "pan-rect", start)
            ET.SubElement(adjust, "pan-rect", end)
            return
    framing = crop or pan_from
    if framing is not None:
        insets = _insets(framing, item)
        if insets is not None:
            adjust = ET.SubElement(video, "adjust-crop", mode="trim")
            ET.SubElement(adjust, "trim-rect", insets)
