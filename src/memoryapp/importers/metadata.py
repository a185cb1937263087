"""Read all embedded metadata of one file, and XMP sidecars: the importer's entry point.

``read_embedded`` sniffs the file type from its first bytes, finds the EXIF, XMP, IPTC and PNG
text blocks, reads each with its own reader and merges the fields in the order of the corpus
oracle (``SOURCES.md``). It reads the file once, never writes, and never raises for bad
metadata: a broken block becomes a ``warnings`` entry and reading goes on. Only ``OSError``
(an unreadable file) propagates.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import EllipsisType
from typing import Final, TypeVar

from memoryapp.core.embedded import EmbeddedMetadata
from memoryapp.core.file_names import escape_name
from memoryapp.importers.containers import Found
from memoryapp.importers.exif import read_exif
from memoryapp.importers.fieldtext import sorted_unique
from memoryapp.importers.iptc import read_iptc
from memoryapp.importers.png_text import png_fields
from memoryapp.importers.sniff import HEAD_SIZE, sniff
from memoryapp.importers.xmp import XmpResult, read_xmp
from memoryapp.importers.xmp_tree import find_packets

log = logging.getLogger(__name__)

_T = TypeVar("_T")
_SIDECAR_SUFFIXES: Final = (".xmp", ".XMP")


def _first(*values: _T | None) -> _T | None:
    return next((v for v in values if v is not None), None)


def _merge_exif(parts: Iterable[EmbeddedMetadata]) -> EmbeddedMetadata:
    """Merge EXIF read from several blocks: the first block that has a field wins."""
    merged: dict[str, object] = {}
    raw: dict[str, str] = {}
    for part in parts:
        for name in ("orientation", "make", "model", "software", "description", "creator",
                     "rights", "taken", "taken_source", "digitized", "lat", "lon"):  # fmt: skip
            if merged.get(name) is None and getattr(part, name) is not None:
                merged[name] = getattr(part, name)
        for key, value in part.raw.items():
            raw.setdefault(key, value)
    return EmbeddedMetadata(raw=raw, **merged)  # type: ignore[arg-type]  # names from the class


def _guarded(what: str, warnings: list[str], read: Callable[[], _T], default: _T) -> _T:
    try:
        return read()
    except Exception as exc:  # a bad block must not stop the file
        log.debug("reading %s failed", what, exc_info=True)
        warnings.append(f"broken {what}: {type(exc).__name__}: {exc}")
        return default


def _combine(
    found: Found,
    exif: EmbeddedMetadata,
    xmp: XmpResult,
    iptc: EmbeddedMetadata,
    png: EmbeddedMetadata,
    warnings: list[str],
) -> EmbeddedMetadata:
    x = xmp.meta
    taken_from = next((m for m in (exif, x, iptc) if m.taken is not None), EmbeddedMetadata())
    raw: dict[str, str] = {}
    for part in (exif, x, iptc, png):
        for key, value in part.raw.items():
            raw.setdefault(key, value)
    return EmbeddedMetadata(
        format=found.format,
        width=found.width,
        height=found.height,
        page_count=found.page_count,
        orientation=exif.orientation,
        make=exif.make,
        model=exif.model,
        software=exif.software,
        digitized=exif.digitized,
        taken=taken_from.taken,
        taken_source=taken_from.taken_source,
        taken_edtf=x.taken_edtf,
        taken_text=x.taken_text,
        places=x.places,
        own_tags=x.own_tags,
        identifications=x.identifications,
        inscriptions=x.inscriptions,
        rating=x.rating,
        label=x.label,
        lat=_first(exif.lat, x.lat),
        lon=_first(exif.lon, x.lon),
        title=_first(x.title, iptc.title, png.title),
        description=_first(x.description, iptc.description, exif.description, png.description),
        creator=_first(x.creator, exif.creator, iptc.creator, png.creator),
        rights=_first(x.rights, exif.rights, iptc.rights, png.rights),
        keywords=sorted_unique((*x.keywords, *iptc.keywords)),
        hierarchical=x.hierarchical,
        people=x.people,
        regions=x.regions,
        city=_first(x.city, iptc.city, xmp.location_city),
        country=_first(x.country, iptc.country, xmp.location_country),
        raw=raw,
        warnings=tuple(dict.fromkeys((*found.warnings, *warnings))),
    )


def embedded_from_bytes(data: bytes, name: str = "<bytes>") -> EmbeddedMetadata:
    """Read embedded metadata from a file's bytes (see ``read_embedded``); never raises."""
    warnings: list[str] = []
    sniffed = sniff(data[:HEAD_SIZE])
    if sniffed is None:
        found = Found(xmp=tuple(find_packets(data, 2)))
    else:
        kind, scanner = sniffed
        found = _guarded(kind, warnings, partial(scanner, data), Found(format=kind))
    exif_parts = [
        _guarded("EXIF", warnings, partial(read_exif, b.data, layout=b.layout), EmbeddedMetadata())
        for b in found.exif
    ]
    warnings += [warning for part in exif_parts for warning in part.warnings]
    exif = _merge_exif(exif_parts)
    size = (found.width, found.height) if found.width and found.height else None
    no_xmp: tuple[XmpResult, list[str]] = (XmpResult(), [])
    xmp_result, xmp_warnings = _guarded("XMP", warnings, partial(read_xmp, found.xmp, size), no_xmp)
    warnings += xmp_warnings
    iptc = _guarded("IPTC", warnings, partial(read_iptc, found.iptc), EmbeddedMetadata())
    png = _guarded("PNG text", warnings, partial(png_fields, found.png_texts), EmbeddedMetadata())
    if warnings:
        log.debug("%s: %s", name, "; ".join(warnings))
    return _combine(found, exif, xmp_result, iptc, png, warnings)


def find_sidecar(path: Path) -> Path | None:
    """Return the XMP sidecar beside ``path``, if there is one.

    Looks for ``name.ext.xmp``, ``name.ext.XMP``, ``name.xmp`` and ``name.XMP``, in that order
    (four ``stat`` calls, no folder listing). On a case-insensitive disk the first spelling that
    matches is returned, whatever the case of the file on disk.
    """
    if path.suffix in _SIDECAR_SUFFIXES:
        return None
    candidates = [path.with_name(path.name + suffix) for suffix in _SIDECAR_SUFFIXES]
    if path.suffix:
        candidates += [path.with_name(path.stem + suffix) for suffix in _SIDECAR_SUFFIXES]
    for candidate in candidates:
        try:
            if candidate.is_file():
                return candidate
        except OSError:
            continue
    return None


def read_embedded(
    path: Path, data: bytes | None = None, *, sidecar: Path | EllipsisType | None = ...
) -> EmbeddedMetadata:
    """Read the metadata embedded in one file, without ever writing to it.

    Args:
        path: The file. Its extension is not trusted: the type is sniffed from the content.
        data: The file's bytes when the caller already has them (then the file is not read).
        sidecar: The file's sidecar (or None) when the caller has looked for it already.

    Returns:
        The fields found, with ``sidecar`` naming an XMP sidecar beside the file if any (its
        values are not merged: read it with ``read_sidecar``) and ``warnings`` for every
        broken block.

    Raises:
        OSError: When the file cannot be read.
    """
    if data is None:
        with path.open("rb") as handle:
            data = handle.read()
    found = embedded_from_bytes(data, str(path))
    if sidecar is ...:
        sidecar = find_sidecar(path)
    return found if sidecar is None else replace(found, sidecar=escape_name(sidecar.name))


def read_sidecar(path: Path) -> EmbeddedMetadata:
    """Read an ``.xmp`` sidecar file (``format`` is ``"xmp"``).

    Raises:
        OSError: When the file cannot be read.
    """
    with path.open("rb") as handle:
        data = handle.read()
    warnings: list[str] = []
    no_xmp: tuple[XmpResult, list[str]] = (XmpResult(), [])
    result, xmp_warnings = _guarded("XMP", warnings, partial(read_xmp, (data,)), no_xmp)
    warnings += xmp_warnings
    meta = result.meta
    return replace(
        meta,
        format="xmp",
        city=_first(meta.city, result.location_city),
        country=_first(meta.country, result.location_country),
        warnings=tuple(warnings),
    )
