"""A self-contained offline gallery: ``index.html`` + ``thumbs/`` + ``previews/`` (+ ``backs/``).

Open ``index.html`` from a USB stick or a zip: no network, no external URL, a Content
Security Policy that allows only the page's own script and style (by hash) and images from
its folder. Every item is written into the page (escaped, each user string in a
``<bdi dir="auto">`` so Hebrew and Arabic keep their order), so it reads without
JavaScript; the script adds search (a person is found by any spelling of their name) and
browsing by people, places and decades. The data block is JSON with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped, so no user string can close the script element.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from memoryapp.core.ids import ItemId, PlaceId
from memoryapp.core.items import Item, ItemKind
from memoryapp.core.privacy import ExportBundle
from memoryapp.core.segments import in_order
from memoryapp.core.text import search_key
from memoryapp.core.texts import searchable_texts
from memoryapp.exporters.bundle import (
    ExportOptions,
    Written,
    date_text,
    item_label,
    place_chain,
    place_label,
    safe_id,
    write_extra_files,
)
from memoryapp.exporters.gallery_assets import SCRIPT, STYLE
from memoryapp.exporters.media_copy import MediaCopyError, copy_preview, stage_media
from memoryapp.exporters.print_export import inscription_texts
from memoryapp.exporters.webvtt import write_captions

FILE_NAME = "index.html"
THUMBS_DIR = "thumbs"
PREVIEWS_DIR = "previews"
BACKS_DIR = "backs"
AUDIO_DIR = "audio"

Sound = tuple[str, dict[str, str]]
"""A recording in the gallery: its file, and its WebVTT files by language (paths)."""


def _csp_hash(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def json_for_html(data: object) -> str:
    """JSON that is safe inside a ``<script type="application/json">`` element."""
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _bdi(text: str) -> str:
    return f'<bdi dir="auto">{escape(text)}</bdi>'


def _decade(item: Item) -> str:
    taken = item.taken
    bounds = taken.bounds() if taken is not None and taken.edtf else None
    if bounds is None or bounds.min is None or bounds.max is None:
        return ""
    lo, hi = bounds.min[:4], bounds.max[:4]
    if not (lo.isdigit() and hi.isdigit()) or int(lo) // 10 != int(hi) // 10:
        return ""
    return f"{int(lo) // 10 * 10}s"


def person_keys(bundle: ExportBundle, item: Item) -> list[str]:
    """The people an item shows, as gallery keys: one key per withheld placeholder.

    People the privacy filter reduced to a placeholder ("Living person") share one key
    (``withheld:`` and the placeholder), so the gallery lists the placeholder once, with
    every item that shows any of them, and never tells withheld people apart.
    """
    keys = []
    for pid in item.person_ids():
        person = bundle.people.get(pid)
        if person is None:
            continue
        key = f"withheld:{person.name}" if pid in bundle.redacted_people else str(pid)
        if key not in keys:
            keys.append(key)
    return keys


def _person_names(bundle: ExportBundle) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for pid, person in bundle.people.items():
        if pid in bundle.redacted_people:
            names[f"withheld:{person.name}"] = [person.name]
        else:
            names[str(pid)] = [n.value for n in person.names]
    return names


def gallery_data(bundle: ExportBundle) -> dict[str, Any]:
    """The JSON the script searches: items, people (every spelling), places."""
    items = []
    for item in bundle.items:
        chain = list(dict.fromkeys(p.id for pid in item.places for p in place_chain(bundle, pid)))
        items.append(
            {
                "id": safe_id(item.id),
                "title": item_label(item),
                "description": item.description,
                "text": "\n".join(searchable_texts(item.texts)),
                "date": date_text(item.taken),
                "edtf": (item.taken.edtf or "") if item.taken is not None else "",
                "decade": _decade(item),
                "tags": [t.replace("|", " / ") for t in item.tags],
                "people": person_keys(bundle, item),
                "places": [pid for pid in item.places if pid in bundle.places],
                "placeChain": chain,
                "inscriptions": inscription_texts(item),
            }
        )
    people = {key: {"names": names} for key, names in _person_names(bundle).items()}
    places = {pid: {"names": [n.value for n in p.names]} for pid, p in bundle.places.items()}
    return {"items": items, "people": people, "places": places}


def _facet(key: str, entries: Sequence[tuple[str, str, int]]) -> str:
    rows = "".join(
        f'<li><button type="button" data-facet="{key}" data-value="{escape(value)}" '
        f'aria-pressed="false">{_bdi(label)} <small>({count})</small></button></li>'
        for value, label, count in entries
    )
    return f'<ul id="facet-{key}">{rows}</ul>'


def _facets(bundle: ExportBundle) -> str:
    people: dict[str, int] = {}
    places: dict[PlaceId, int] = {}
    decades: dict[str, int] = {}
    for item in bundle.items:
        for key in person_keys(bundle, item):
            people[key] = people.get(key, 0) + 1
        for place in {p.id for pid in item.places for p in place_chain(bundle, pid)}:
            places[place] = places.get(place, 0) + 1
        decade = _decade(item)
        if decade:
            decades[decade] = decades.get(decade, 0) + 1
    names = _person_names(bundle)
    person_rows = sorted(
        ((key, names[key][0], n) for key, n in people.items()),
        key=lambda row: (search_key(row[1]), row[0]),
    )
    place_rows = sorted(
        ((pid, place_label(bundle, pid), n) for pid, n in places.items()),
        key=lambda row: (search_key(row[1]), row[0]),
    )
    decade_rows = [(d, d, n) for d, n in sorted(decades.items())]
    return (
        f"<h2>People</h2>{_facet('person', person_rows)}"
        f"<h2>Places</h2>{_facet('place', place_rows)}"
        f"<h2>Dates</h2>{_facet('decade', decade_rows)}"
    )


def _sound(bundle: ExportBundle, item: Item, audio: Mapping[ItemId, Sound]) -> str:
    """A recording's player with its captions, or a photo's segments, each playing its part."""
    if item.id in audio:
        path, tracks = audio[item.id]
        captions = "".join(
            f'<track kind="captions" srclang="{escape(lang)}" label="{escape(lang)}" '
            f'src="{escape(vtt)}"{" default" if n == 0 else ""}>'
            for n, (lang, vtt) in enumerate(tracks.items())
        )
        return f'<audio controls preload="none" src="{escape(path)}">{captions}</audio>'
    rows = []
    for segment in in_order(s for s in bundle.segments if item.id in s.item_ids()):
        if segment.recording_id not in audio:
            continue
        path = f"{audio[segment.recording_id][0]}#{segment.fragment}"
        said = " ".join(
            f'<span lang="{escape(t.lang)}">{_bdi(t.text)}</span>' for t in segment.transcripts
        )
        who = ", ".join(_bdi(bundle.people[p].name) for p in segment.speakers if p in bundle.people)
        rows.append(
            f'<li><audio controls preload="none" src="{escape(path)}"></audio> '
            f"{who}{': ' if who else ''}{said}</li>"
        )
    return f'<ul class="segments">{"".join(rows)}</ul>' if rows else ""


def _card(
    bundle: ExportBundle,
    names: dict[str, list[str]],
    item: Item,
    thumb: str | None,
    preview: str | None,
    back: str | None = None,
    audio: Mapping[ItemId, Sound] | None = None,
) -> str:
    label = item_label(item)
    if thumb is not None:
        image = f'<img src="{escape(thumb)}" alt="{escape(label)}" loading="lazy">'
        picture = f'<a href="{escape(preview or thumb)}">{image}</a>'
    else:
        picture = '<span class="placeholder">no picture</span>'
    people = [names[key][0] for key in person_keys(bundle, item)]
    places = [place_label(bundle, p) for p in item.places if p in bundle.places]
    meta = " \u00b7 ".join(
        part for part in (_bdi(date_text(item.taken)) if item.taken else "",
                          ", ".join(_bdi(n) for n in people),
                          ", ".join(_bdi(p) for p in places)) if part
    )  # fmt: skip
    desc = f'<p class="desc">{_bdi(item.description)}</p>' if item.description else ""
    if back is not None:  # the back of the print, beside its front
        alt = escape(f"Back of {label}")
        picture += (
            f'<figure class="back"><a href="{escape(back)}"><img src="{escape(back)}" '
            f'alt="{alt}" loading="lazy"></a><figcaption>Back</figcaption></figure>'
        )
    written = "".join(f'<p class="inscription">{_bdi(t)}</p>' for t in inscription_texts(item))
    sound = _sound(bundle, item, audio or {})
    return (
        f'<li data-id="{escape(safe_id(item.id))}">{picture}'
        f'<p class="cap">{_bdi(label)}</p><p class="meta">{meta}</p>{desc}{written}'
        f"{_text(item)}{sound}</li>"
    )


def _text(item: Item) -> str:
    """The pages' reliable text, each line its own paragraph with its own direction."""
    lines = [line for text in searchable_texts(item.texts) for line in text.splitlines()]
    if not lines:
        return ""
    paragraphs = "".join(f'<p dir="auto">{escape(line)}</p>' for line in lines if line.strip())
    return f'<details class="text"><summary>Text</summary>{paragraphs}</details>'


def build_page(
    bundle: ExportBundle,
    images: dict[str, tuple[str | None, str | None]],
    backs: dict[str, str] | None = None,
    audio: Mapping[ItemId, Sound] | None = None,
) -> str:
    """The whole ``index.html`` text.

    ``images`` maps an item ID to (thumbnail, preview), ``backs`` to its back's picture,
    ``audio`` a recording to its exported file and its WebVTT captions by language.
    """
    backs = backs or {}
    title = escape(bundle.title or "memoryapp collection")
    csp = (
        f"default-src 'none'; img-src 'self'; media-src 'self'; style-src {_csp_hash(STYLE)}; "
        f"script-src {_csp_hash(SCRIPT)}; base-uri 'none'; form-action 'none'"
    )
    names = _person_names(bundle)
    cards = "\n".join(
        _card(bundle, names, item, *images.get(item.id, (None, None)), backs.get(item.id), audio)
        for item in bundle.items
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f'<header><h1 dir="auto">{title}</h1>\n'
        '<input type="search" id="q" dir="auto" autocomplete="off" '
        'placeholder="Search people, places, captions, dates" aria-label="Search">\n'
        '<button type="button" id="clear">Show all</button> <span id="count"></span></header>\n'
        f'<div class="layout"><nav aria-label="Browse">{_facets(bundle)}</nav>\n'
        f'<main><ul id="grid">\n{cards}\n</ul></main></div>\n'
        f'<script type="application/json" id="gallery-data">{json_for_html(gallery_data(bundle))}</script>\n'
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write ``index.html`` with its thumbnails and previews into ``folder``."""
    images: dict[str, tuple[str | None, str | None]] = {}
    files: list[str] = []
    warnings: list[str] = []
    for item in bundle.items:
        stem = safe_id(item.id)
        found: list[str | None] = []
        for sources, subdir in ((bundle.thumbnails, THUMBS_DIR), (bundle.previews, PREVIEWS_DIR)):
            source = sources.get(item.id)
            if source is None:
                found.append(None)
                continue
            try:
                copy = copy_preview(source, folder / subdir, stem)
            except MediaCopyError as exc:
                warnings.append(f"item {item.id}: {exc}")
                found.append(None)
                continue
            found.append(f"{subdir}/{copy.name}")
            files.append(f"{subdir}/{copy.name}")
        images[item.id] = (found[0], found[1])
    backs: dict[str, str] = {}
    for item_id, source in bundle.backs.items():
        try:
            copy = copy_preview(source, folder / BACKS_DIR, safe_id(item_id))
        except MediaCopyError as exc:
            warnings.append(f"item {item_id}, its back: {exc}")
            continue
        backs[item_id] = f"{BACKS_DIR}/{copy.name}"
        files.append(backs[item_id])
    recordings = tuple(i for i in bundle.items if i.kind is ItemKind.RECORDING)
    staged = stage_media(replace(bundle, items=recordings), folder, AUDIO_DIR)
    warnings += staged.warnings
    vtt = write_captions(bundle, staged, folder)
    audio: dict[ItemId, Sound] = {}
    for item in recordings:
        paths = staged.paths(item.id)
        if paths:
            langs = [p.rsplit(".", 2)[-2] for p in vtt.get(item.id, ())]
            audio[item.id] = (paths[0], dict(zip(langs, vtt.get(item.id, ()), strict=True)))
            files += [paths[0], *vtt.get(item.id, ())]
    (folder / FILE_NAME).write_text(build_page(bundle, images, backs, audio), encoding="utf-8")
    extra = write_extra_files(folder, options)
    return Written(files=(FILE_NAME, *files, *extra), warnings=tuple(warnings))
