"""Dublin Core CSV following the Omeka S CSV Import conventions (exports.md sections 4, 10).

One row per item, ``dcterms:*`` headers that Omeka S maps automatically, UTF-8 without a
BOM, RFC 4180 quoting by the ``csv`` module, ``|`` between several values in one cell (a
``|`` inside a value becomes ``/``, the digiKam hierarchy separator), a
``dcterms:identifier`` column for later "revise" imports and a ``media`` column with the
files' paths relative to the CSV.

Every text cell that a spreadsheet would evaluate as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab, carriage return or NUL, also after leading spaces) is prefixed with an
apostrophe; the writer's warnings say how many cells were changed.
"""

from __future__ import annotations

import csv
from pathlib import Path

from memoryapp.core.fields import column_values
from memoryapp.core.items import DateRole, Item
from memoryapp.core.privacy import ExportBundle
from memoryapp.core.segments import in_order, seconds
from memoryapp.core.texts import searchable_texts
from memoryapp.exporters.bundle import (
    ExportOptions,
    Written,
    date_text,
    dcmi_type,
    item_urn,
    people_shown,
    place_label,
    write_extra_files,
)
from memoryapp.exporters.media_copy import StagedMedia, stage_media
from memoryapp.exporters.print_export import (
    back_index,
    custody_line,
    inscription_texts,
    location_label,
    physical_extent,
    physical_medium,
)
from memoryapp.exporters.segment_records import media_fragment

FILE_NAME = "dc.csv"
CSV_NAME = "segments.csv"
"""Testimony segments, one row each, beside ``dc.csv`` when there are any."""
MEDIA_DIR = "media"
HEADERS: tuple[str, ...] = (
    "dcterms:identifier",
    "dcterms:title",
    "dcterms:description",
    "dcterms:type",
    "dcterms:created",
    "dcterms:date",
    "dcterms:subject",
    "dcterms:spatial",
    "dcterms:creator",
    "dcterms:rights",
    "dcterms:license",
    "dcterms:rightsHolder",
    "dcterms:provenance",
    "dcterms:source",
    "dcterms:isPartOf",
    "dcterms:accessRights",
    "media",
    "dcterms:medium",
    "dcterms:extent",
    "memoryapp:back",
    "memoryapp:transcription",
    "memoryapp:location",
    "memoryapp:normalLocation",
    "memoryapp:custody",
    "transcription",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")


def spreadsheet_safe(value: str) -> str:
    """Prefix text that a spreadsheet would evaluate as a formula (CSV injection)."""
    return "'" + value if value.lstrip(" ").startswith(_FORMULA_START) else value


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write ``dc.csv`` (and the media beside it) into ``folder``."""
    staged = stage_media(bundle, folder, MEDIA_DIR) if options.include_media else StagedMedia()
    changed = write_csv(bundle, folder / FILE_NAME, options, staged)
    files = [FILE_NAME]
    if bundle.segments:
        changed += write_segments_csv(bundle, folder / CSV_NAME, staged)
        files.append(CSV_NAME)
    warnings = list(staged.warnings)
    if changed:
        warnings.append(
            f"{changed} CSV cell(s) began with a formula character and were prefixed with '"
        )
    files += [p for item in bundle.items for p in staged.paths(item.id)]
    files += write_extra_files(folder, options)
    return Written(files=tuple(files), warnings=tuple(warnings))


def write_csv(
    bundle: ExportBundle, target: Path, options: ExportOptions, staged: StagedMedia
) -> int:
    """Write the CSV file itself; return how many cells were neutralised."""
    changed = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for item in bundle.items:
            row = []
            for cell in _row(bundle, item, options, staged):
                safe = spreadsheet_safe(cell)
                changed += safe != cell
                row.append(safe)
            writer.writerow(row)
    return changed


def _join(values: list[str], separator: str) -> str:
    cleaned = (v.replace(separator, "/").strip() for v in values)
    return separator.join(dict.fromkeys(v for v in cleaned if v))


def _row(
    bundle: ExportBundle, item: Item, options: ExportOptions, staged: StagedMedia
) -> list[str]:
    sep = options.multivalue_separator
    taken = item.dates.get(DateRole.TAKEN)
    subjects = people_shown(bundle, item) + [tag.replace("|", "/") for tag in item.tags]
    source = item.source
    where = column_values(source, "csv", "dcterms:source")
    uri = item.rights.uri
    license_uri = uri if "creativecommons.org" in uri else ""
    rights = _join([uri if uri and not license_uri else "", item.rights.text], sep)
    return [
        item_urn(bundle.collection_id, item.id),
        item.title,
        item.description,
        dcmi_type(item),
        (taken.edtf or "") if taken is not None else "",
        date_text(taken),
        _join(subjects, sep),
        _join([place_label(bundle, pid) for pid in item.places], sep),
        item.rights.credit,
        rights,
        license_uri,
        source.holder,
        source.provenance,
        "; ".join(where),
        bundle.title,
        "private" if item.private else "",
        _join(list(staged.paths(item.id)), sep),
        physical_medium(item),
        physical_extent(item),
        _back(item, staged),
        _join(inscription_texts(item), sep),
        location_label(bundle, item.location),
        location_label(bundle, item.normal_location),
        _join([custody_line(bundle, e) for e in item.custody], sep),
        "\n\n".join(searchable_texts(item.texts)),  # pages' reliable text, page after page
    ]


def _back(item: Item, staged: StagedMedia) -> str:
    """The back's exported file (or its original name when the media are not exported)."""
    index = back_index(item)
    if index is None:
        return ""
    paths = list(staged.paths(item.id))
    return paths[index] if index < len(paths) else item.files[index].original_name


def write_segments_csv(bundle: ExportBundle, target: Path, staged: StagedMedia) -> int:
    """Write ``segments.csv`` (one row per segment, a transcript column per language).

    Returns how many cells were neutralised against spreadsheet formulas.
    """
    segments = in_order(bundle.segments)
    langs = list(dict.fromkeys(t.lang for s in segments for t in s.transcripts))
    headers = [
        "dcterms:identifier", "recording", "start", "end", "fragment", "media", "speakers",
        "dcterms:language", *(f"transcript [{lang}]" for lang in langs), "items", "people",
        "places", "dates", "tags",
    ]  # fmt: skip
    changed = 0
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(headers)
        for s in segments:
            transcripts = {t.lang: t.text for t in s.transcripts}
            row = [
                s.id,
                s.recording_id,
                seconds(s.start_ms),
                seconds(s.end_ms),
                s.fragment,
                media_fragment(bundle, staged, s),
                "|".join(bundle.people[p].name for p in s.speakers if p in bundle.people),
                "|".join(s.languages),
                *(transcripts.get(lang, "") for lang in langs),
                "|".join(s.item_ids()),
                "|".join(bundle.people[p].name for p in s.people if p in bundle.people),
                "|".join(place_label(bundle, p) for p in s.places if p in bundle.places),
                "|".join(date_text(d) for d in s.dates),
                "|".join(s.tags),
            ]
            safe = [spreadsheet_safe(cell) for cell in row]
            changed += sum(a != b for a, b in zip(safe, row, strict=True))
            writer.writerow(safe)
    return changed
