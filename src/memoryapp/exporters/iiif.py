"""A IIIF Presentation 3 manifest with the images beside it (exports.md section 6).

``manifest.json`` is one Manifest with a Canvas per item file; the images go to ``images/``.
Every ``id`` is an HTTP(S) URI under the export's base URL (``http://localhost:8000/`` by
default: serve the folder there, or pass the address it will be published at). Canvases
carry their item's date (``navDate``, the earliest day, UTC), people, places and rights;
face regions become ``commenting`` annotations targeting ``#xywh=`` in canvas pixels of the
upright image. Images that are not upright JPEG or PNG files are replaced by the item's
upright preview.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from memoryapp.core.fields import fields_of
from memoryapp.core.items import FileRole, Item
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.privacy import ExportBundle
from memoryapp.core.segments import in_order
from memoryapp.core.texts import text_of
from memoryapp.exporters.bundle import (
    AUDIO_MIME,
    ExportOptions,
    Written,
    date_text,
    earliest_day,
    item_label,
    people_shown,
    place_label,
    safe_id,
    suffix_of,
    write_extra_files,
)
from memoryapp.exporters.media_copy import CopiedMedia, MediaCopyError, copy_media, copy_preview

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
FILE_NAME = "manifest.json"
IMAGES_DIR = "images"
AUDIO_DIR = "audio"
_RIGHTS = re.compile(
    r"https?://(creativecommons\.org/(licenses|publicdomain)/|rightsstatements\.org/vocab/)[\w./-]+"
)
_WEB_FORMATS = {"jpeg": "image/jpeg", "png": "image/png"}


def base_url(value: str) -> str:
    """Check a base URL (HTTP or HTTPS, a host, no spaces or quotes); end it with ``/``.

    Raises:
        ValueError: When it is not such a URL.
    """
    parts = urlsplit(value)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or re.search(r"[\s\"'<>\\]", value)
    ):
        raise ValueError(f"the IIIF base URL must be an http(s) address, not {value!r}")
    return value if value.endswith("/") else value + "/"


def rights_uri(uri: str) -> str | None:
    """The ``http://`` form of a Creative Commons or RightsStatements.org URI, else None."""
    if not _RIGHTS.fullmatch(uri):
        return None
    return "http://" + uri.split("://", 1)[1]


def _value(text: str) -> str:
    """A plain-text metadata value; one that looks like HTML gets a trailing space (§6.2)."""
    return text + " " if text.startswith("<") and text.endswith(">") else text


def _pair(label: str, values: list[str]) -> dict[str, Any]:
    return {"label": {"en": [label]}, "value": {"none": [_value(v) for v in values]}}


def _image(bundle: ExportBundle, item: Item, index: int, folder: Path) -> CopiedMedia | None:
    """Copy one file's image for the web (upright); None when there is no web image."""
    media = item.files[index]
    sources = bundle.media.get(item.id, ())
    stem = f"{safe_id(item.id)}-{index + 1}"
    web = media.format.lower() in _WEB_FORMATS
    if web and index < len(sources) and (index > 0 or item.orientation == 1):
        copy = copy_media(
            sources[index],
            folder,
            stem,
            media,
            clean=item.id in bundle.clean_items,
            suffix=suffix_of(media),
        )
        return copy
    preview = bundle.previews.get(item.id)
    if index == 0 and preview is not None:
        return copy_preview(preview, folder, stem)
    return None


def _canvas(
    bundle: ExportBundle, item: Item, index: int, copy: CopiedMedia, base: str, image_path: str
) -> dict[str, Any]:
    key = f"{safe_id(item.id)}-{index + 1}"
    canvas_id = f"{base}canvas/{key}"
    width, height = copy.width or 1, copy.height or 1
    fmt = _WEB_FORMATS.get(copy.format, "image/jpeg")
    body = {
        "id": base + image_path,
        "type": "Image",
        "format": fmt,
        "width": width,
        "height": height,
    }
    painting = {
        "id": f"{base}annotation/{key}-image",
        "type": "Annotation",
        "motivation": "painting",
        "body": body,
        "target": canvas_id,
    }
    label = item_label(item) if len(item.files) == 1 else f"{item_label(item)} ({index + 1})"
    role = item.role_of(index)
    if role in (FileRole.BACK, FileRole.FRONT) and item.has_back:
        label = f"{item_label(item)} ({role})"  # the two sides of a print
    canvas: dict[str, Any] = {
        "id": canvas_id,
        "type": "Canvas",
        "label": {"none": [label]},
        "width": width,
        "height": height,
        "items": [{"id": f"{base}page/{key}", "type": "AnnotationPage", "items": [painting]}],
    }
    metadata = []
    if item.description:
        canvas["summary"] = {"none": [_value(item.description)]}
    taken = item.taken
    if taken is not None:
        metadata.append(_pair("Date", [date_text(taken)]))
        if taken.edtf:
            metadata.append(_pair("EDTF", [taken.edtf]))
    day = earliest_day(taken)
    if day is not None and 1 <= int(day[:4]) <= 9999:
        canvas["navDate"] = f"{day}T00:00:00Z"
    names = people_shown(bundle, item)
    if names:
        metadata.append(_pair("People", names))
    places = [place_label(bundle, p) for p in item.places]
    if places:
        metadata.append(_pair("Places", places))
    if item.tags:
        metadata.append(_pair("Tags", [t.replace("|", " / ") for t in item.tags]))
    for holder in (item, item.source, item.rights):  # the texts the registry labels for IIIF
        for spec in fields_of(type(holder)):
            value = getattr(holder, spec.name)
            if "iiif" in spec.exports and isinstance(value, str) and value:
                metadata.append(_pair(spec.exports["iiif"], [value]))
    if metadata:
        canvas["metadata"] = metadata
    uri = rights_uri(item.rights.uri)
    if uri is not None:
        canvas["rights"] = uri
    if item.rights.credit:
        canvas["requiredStatement"] = _pair("Credit", [item.rights.credit])
    pages = []
    if index == 0:
        notes = _regions(bundle, item, canvas_id, width, height, key, base)
        if notes:
            pages.append(
                {"id": f"{base}page/{key}-people", "type": "AnnotationPage", "items": notes}
            )
    written = _inscriptions(item, index, canvas_id, width, height, key, base)
    if written:
        pages.append(
            {"id": f"{base}page/{key}-inscriptions", "type": "AnnotationPage", "items": written}
        )
    lines = _text_lines(item, index, canvas_id, width, height, key, base)
    if lines:
        pages.append({"id": f"{base}page/{key}-text", "type": "AnnotationPage", "items": lines})
    if pages:
        canvas["annotations"] = pages
    return canvas


def _inscriptions(
    item: Item, index: int, canvas_id: str, width: int, height: int, key: str, base: str
) -> list[dict[str, Any]]:
    """The inscriptions on this view, as ``supplementing`` text over the canvas (or region)."""
    notes = []
    for n, inscription in enumerate(item.inscriptions, start=1):
        if inscription.file_index != index:
            continue
        target = canvas_id
        r = inscription.region
        if r is not None:
            orientation = item.orientation if index == 0 else 1
            x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, orientation)
            xywh = ",".join(str(round(v)) for v in (x * width, y * height, w * width, h * height))
            target = f"{canvas_id}#xywh={xywh}"
        body: dict[str, Any] = {
            "type": "TextualBody",
            "value": inscription.text,
            "format": "text/plain",
        }
        if inscription.lang:
            body["language"] = inscription.lang
        notes.append(
            {
                "id": f"{base}annotation/{key}-inscription-{n}",
                "type": "Annotation",
                "motivation": "supplementing",
                "body": body,
                "target": target,
            }
        )
    return notes


def _text_lines(
    item: Item, index: int, canvas_id: str, width: int, height: int, key: str, base: str
) -> list[dict[str, Any]]:
    """``supplementing`` annotations: the first page's reliable text, line by line.

    Each line targets its box in the canvas's pixels; a person's transcription (which has no
    boxes of its own) targets the whole canvas.
    """
    text = text_of(item.texts, index, 1)
    if text is None or not text.reliable or not text.text:
        return []
    orientation = item.orientation if index == 0 else 1
    if text.corrected or not text.lines:
        parts = [(text.text, text.language.split("+")[0], "")]
    else:
        parts = []
        for line in text.lines:
            b = line.box
            x, y, w, h = rect_to_display(b.x, b.y, b.w, b.h, orientation)
            xywh = ",".join(str(round(v)) for v in (x * width, y * height, w * width, h * height))
            parts.append((line.text, line.language, f"#xywh={xywh}"))
    notes = []
    for n, (value, lang, fragment) in enumerate(parts, start=1):
        body: dict[str, Any] = {"type": "TextualBody", "value": value, "format": "text/plain"}
        if lang in _ISO639_1:
            body["language"] = _ISO639_1[lang]
        notes.append(
            {
                "id": f"{base}annotation/{key}-text-{n}",
                "type": "Annotation",
                "motivation": "supplementing",
                "body": body,
                "target": canvas_id + fragment,
            }
        )
    return notes


_ISO639_1 = {"fra": "fr", "heb": "he", "ara": "ar", "eng": "en"}


def _regions(
    bundle: ExportBundle, item: Item, canvas_id: str, width: int, height: int, key: str, base: str
) -> list[dict[str, Any]]:
    notes = []
    for n, tag in enumerate(item.people, start=1):
        person = bundle.people.get(tag.person_id)
        if tag.region is None or person is None:
            continue
        r = tag.region
        x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, item.orientation)
        xywh = ",".join(str(round(v)) for v in (x * width, y * height, w * width, h * height))
        notes.append(
            {
                "id": f"{base}annotation/{key}-person-{n}",
                "type": "Annotation",
                "motivation": "commenting",
                "body": {"type": "TextualBody", "value": person.name, "format": "text/plain"},
                "target": f"{canvas_id}#xywh={xywh}",
            }
        )
    return notes


def _audio_canvas(
    bundle: ExportBundle, item: Item, folder: Path, base: str
) -> tuple[str, dict[str, Any]]:
    """A recording as an audio Canvas with its duration and its segments' transcripts.

    Each transcript is a ``supplementing`` annotation targeting ``#t=start,end``.

    Raises:
        MediaCopyError: the audio cannot be copied.
    """
    media = item.files[0]
    sources = bundle.media.get(item.id, ())
    if not sources:
        raise MediaCopyError("the recording's file is missing")
    key = f"{safe_id(item.id)}-1"
    copy = copy_media(
        sources[0],
        folder / AUDIO_DIR,
        key,
        media,
        clean=item.id in bundle.clean_items,
        suffix=suffix_of(media),
    )
    path = f"{AUDIO_DIR}/{copy.name}"
    canvas_id = f"{base}canvas/{key}"
    duration = (media.duration_ms or 0) / 1000 or 0.001
    body = {"id": base + path, "type": "Sound", "format": AUDIO_MIME[media.format]}
    painting = {
        "id": f"{base}annotation/{key}-audio",
        "type": "Annotation",
        "motivation": "painting",
        "body": body | {"duration": duration},
        "target": canvas_id,
    }
    canvas: dict[str, Any] = {
        "id": canvas_id,
        "type": "Canvas",
        "label": {"none": [item_label(item)]},
        "duration": duration,
        "items": [{"id": f"{base}page/{key}", "type": "AnnotationPage", "items": [painting]}],
    }
    notes = []
    for segment in in_order(s for s in bundle.segments if s.recording_id == item.id):
        for transcript in segment.transcripts:
            notes.append(
                {
                    "id": f"{base}annotation/{safe_id(segment.id)}-{safe_id(transcript.lang)}",
                    "type": "Annotation",
                    "motivation": "supplementing",
                    "body": {
                        "type": "TextualBody",
                        "value": transcript.text,
                        "language": transcript.lang,
                        "format": "text/plain",
                    },
                    "target": f"{canvas_id}#{segment.fragment}",
                }
            )
    if notes:
        canvas["annotations"] = [
            {"id": f"{base}page/{key}-transcripts", "type": "AnnotationPage", "items": notes}
        ]
    return path, canvas


def build_manifest(
    bundle: ExportBundle, folder: Path, base: str
) -> tuple[dict[str, Any], list[str], list[str]]:
    """Copy the images into ``folder/images`` and build the manifest.

    Returns:
        The manifest, the image paths written (relative to ``folder``) and warnings.
    """
    canvases: list[dict[str, Any]] = []
    written: list[str] = []
    warnings: list[str] = []
    images = folder / IMAGES_DIR
    for item in bundle.items:
        if item.primary is not None and item.primary.format in AUDIO_MIME:
            try:
                path, canvas = _audio_canvas(bundle, item, folder, base)
            except MediaCopyError as exc:
                warnings.append(f"item {item.id} file 1: {exc}")
                continue
            written.append(path)
            canvases.append(canvas)
            continue
        for index in range(len(item.files)):
            try:
                copy = _image(bundle, item, index, images)
            except MediaCopyError as exc:
                warnings.append(f"item {item.id} file {index + 1}: {exc}")
                continue
            if copy is None:
                warnings.append(f"item {item.id} file {index + 1}: no web image, left out")
                continue
            path = f"{IMAGES_DIR}/{copy.name}"
            written.append(path)
            canvases.append(_canvas(bundle, item, index, copy, base, path))
    manifest: dict[str, Any] = {
        "@context": CONTEXT,
        "id": base + FILE_NAME,
        "type": "Manifest",
        "label": {"none": [bundle.title or "memoryapp collection"]},
        "summary": {"en": [f"{len(bundle.items)} items exported by memoryapp"]},
        "items": canvases,
    }
    return manifest, written, warnings


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write ``manifest.json`` and ``images/`` into ``folder``."""
    base = base_url(options.base_url)
    manifest, images, warnings = build_manifest(bundle, folder, base)
    text = json.dumps(manifest, ensure_ascii=False, indent=1, allow_nan=False) + "\n"
    (folder / FILE_NAME).write_text(text, encoding="utf-8")
    extra = write_extra_files(folder, options)
    return Written(files=(FILE_NAME, *images, *extra), warnings=tuple(warnings))
