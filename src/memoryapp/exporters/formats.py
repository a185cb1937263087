"""Every export format, research and film, declared once.

:data:`EXPORT_FORMATS` gives, for each format: its name (``memoryapp export --format``), its
label (menus), a one-line description, the file suffix it writes (``/`` for a folder), the
options it takes beyond the shared ones, its writer, and whether it goes through the privacy
filter (all do). The CLI's choices, the GUI's export menus and the tables of docs/exports.md
are made from it. Writers are imported only when asked for, so reading the registry loads
no format.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, cast

from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import ExportOptions, Written

if TYPE_CHECKING:
    from memoryapp.exporters.film.bundle import FilmExport

Writer = Callable[[ExportBundle, Path, ExportOptions], Written]
"""A research format's writer: the filtered bundle into a folder."""
FilmWriter = Callable[["FilmExport"], bytes]
"""A film format's writer: the filtered film into the bytes of one file."""

FOLDER = "/"
"""The suffix of a format that writes a folder."""

SELECTION_OPTIONS = ("--query", "--ids", "--overwrite")
"""Options every research format takes (which items; replacing an old export)."""
FILM_OPTIONS = ("--film", "--overwrite")
"""Options every film format takes."""
PRIVACY_OPTIONS = ("--include-private", "--include-living", "--living-mode", "--exact-gps")
"""Options every format takes: what the privacy filter may let through."""


class Family(StrEnum):
    """Who a format is for: a selection of items, or one film."""

    RESEARCH = "research"
    FILM = "film"


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportFormat:
    """One export format.

    Attributes:
        name: what ``--format`` takes.
        label: the name shown in menus.
        description: what it holds, in one line.
        suffix: the file suffix it writes, or :data:`FOLDER`.
        family: research (a selection of items) or film (one film).
        options: options it takes beyond the shared ones of its family and the privacy
            options.
        writer: ``module:function`` of its writer, imported on demand.
        privacy_filtered: whether it goes through the privacy filter (every format does).
    """

    name: str
    label: str
    description: str
    suffix: str
    family: Family
    options: tuple[str, ...] = ()
    writer: str
    privacy_filtered: bool = True

    @property
    def all_options(self) -> tuple[str, ...]:
        """Every option the format takes: its family's, the privacy ones and its own."""
        shared = SELECTION_OPTIONS if self.family is Family.RESEARCH else FILM_OPTIONS
        return (*shared, *PRIVACY_OPTIONS, *self.options)

    def _load(self) -> object:
        module, function = self.writer.split(":")
        return getattr(importlib.import_module(module), function)

    def research_writer(self) -> Writer:
        """The writer of a research format."""
        if self.family is not Family.RESEARCH:
            raise TypeError(f"{self.name} is a film format")
        return cast(Writer, self._load())

    def film_writer(self) -> FilmWriter:
        """The writer of a film format."""
        if self.family is not Family.FILM:
            raise TypeError(f"{self.name} is a research format")
        return cast(FilmWriter, self._load())


def _research(name: str, label: str, description: str, module: str, *options: str) -> ExportFormat:
    return ExportFormat(
        name=name,
        label=label,
        description=description,
        suffix=FOLDER,
        family=Family.RESEARCH,
        options=options,
        writer=f"memoryapp.exporters.{module}:write",
    )


def _film(name: str, label: str, description: str, suffix: str, function: str) -> ExportFormat:
    return ExportFormat(
        name=name,
        label=label,
        description=description,
        suffix=suffix,
        family=Family.FILM,
        writer=f"memoryapp.exporters.film:{function}",
    )


EXPORT_FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        _research(
            "csv",
            "CSV (Dublin Core, for Omeka S)",
            "`dc.csv` + `media/`: Omeka S (CSV Import), spreadsheets, any archive",
            "csv_dc",
            "--no-media",
        ),
        _research(
            "jsonld",
            "JSON-LD (every detail)",
            "`collection.jsonld` + `media/`: researchers; the lossless format `merge` reads",
            "jsonld",
            "--no-media",
        ),
        _research(
            "xmp",
            "XMP sidecars (photo programs)",
            "`<id>-1.jpg` + `<id>-1.jpg.xmp` per file: digiKam, Lightroom, exiftool, Immich",
            "xmp_sidecar",
            "--no-media",
            "--embed-xmp",
        ),
        _research(
            "bagit",
            "BagIt bag (archives)",
            "a BagIt 1.0 bag: media, `dc.csv`, `collection.jsonld`, `README.html`, privacy report",
            "bagit",
            "--no-media",
        ),
        _research(
            "iiif",
            "IIIF manifest (image viewers)",
            "`manifest.json` + `images/`: IIIF viewers (Mirador, Universal Viewer)",
            "iiif",
            "--base-url",
        ),
        _research(
            "html",
            "Offline HTML gallery",
            "`index.html` + `thumbs/` + `previews/`: an offline gallery for a USB stick",
            "html_gallery",
        ),
        _film(
            "archive-log",
            "Archive log (CSV)",
            "archive / clearance log, one row per use (CSV, UTF-8 with BOM; XLSX to a .xlsx path)",
            ".csv",
            "write_archive_log_csv",
        ),
        _film(
            "archive-log-xlsx",
            "Archive log (Excel)",
            "the archive / clearance log as an Excel workbook",
            ".xlsx",
            "write_archive_log_xlsx",
        ),
        _film(
            "cue-sheet",
            "Cue sheet (CSV)",
            "cue sheet in record order (CSV, UTF-8 with BOM)",
            ".csv",
            "write_cue_sheet",
        ),
        _film(
            "otio",
            "OpenTimelineIO timeline",
            "OpenTimelineIO timeline (Resolve, and OTIO's adapters)",
            ".otio",
            "write_otio",
        ),
        _film(
            "edl",
            "EDL (CMX 3600)",
            "CMX3600 EDL with locators and comments (ASCII)",
            ".edl",
            "write_edl",
        ),
        _film("fcpxml", "Final Cut Pro XML", "Final Cut Pro XML 1.10", ".fcpxml", "write_fcpxml"),
        _film(
            "binder",
            "Scene binder (HTML)",
            "printable scene binder, one HTML file",
            ".html",
            "write_binder",
        ),
    )
}
"""Every export format by name: research formats first, then film formats."""

FORMAT_NAMES: tuple[str, ...] = tuple(
    f.name for f in EXPORT_FORMATS.values() if f.family is Family.RESEARCH
)
"""The research formats' names."""
FILM_FORMAT_NAMES: tuple[str, ...] = tuple(
    f.name for f in EXPORT_FORMATS.values() if f.family is Family.FILM
)
"""The film formats' names."""


def writers() -> dict[str, Writer]:
    """Every research format's writer by name."""
    return {name: EXPORT_FORMATS[name].research_writer() for name in FORMAT_NAMES}


def markdown_table() -> str:
    """The formats as the Markdown table of docs/exports.md (a test keeps them equal)."""
    rows = [
        "| `--format` | Family | Writes | Options of its own | Contents |",
        "|---|---|---|---|---|",
    ]
    for f in EXPORT_FORMATS.values():
        writes = "a folder" if f.suffix == FOLDER else f"`{f.suffix}` file"
        own = ", ".join(f"`{o}`" for o in f.options) or "none"
        rows.append(f"| `{f.name}` | {f.family} | {writes} | {own} | {f.description} |")
    return "\n".join(rows) + "\n"
