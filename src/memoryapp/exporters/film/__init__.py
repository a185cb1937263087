"""Film exports: clearance logs, cue sheets, editing-tool timelines, the scene binder.

Every writer takes a :class:`FilmExport` and returns the file's bytes; the library writes
them atomically. :data:`FILM_FORMATS` maps each format name to its writer and extension.
"""

from collections.abc import Callable
from dataclasses import dataclass

from memoryapp.exporters.film.archive_log import (
    ARCHIVE_LOG_COLUMNS,
    CUE_SHEET_COLUMNS,
    write_archive_log_csv,
    write_archive_log_xlsx,
    write_cue_sheet,
)
from memoryapp.exporters.film.binder import write_binder
from memoryapp.exporters.film.bundle import Basis, FilmExport, Placement, placements
from memoryapp.exporters.film.edl import write_edl
from memoryapp.exporters.film.edl_reader import EdlUsage, ItemMatcher, ItemUse, read_edl_usage
from memoryapp.exporters.film.fcpxml import write_fcpxml
from memoryapp.exporters.film.otio_timeline import build_timeline, write_otio


@dataclass(frozen=True, slots=True)
class FilmFormat:
    """One export format: its writer and the file extension it gets by default."""

    write: Callable[[FilmExport], bytes]
    extension: str
    description: str


FILM_FORMATS: dict[str, FilmFormat] = {
    "archive-log": FilmFormat(
        write_archive_log_csv, ".csv", "archive / clearance log (CSV, UTF-8 with BOM)"
    ),
    "archive-log-xlsx": FilmFormat(
        write_archive_log_xlsx, ".xlsx", "archive / clearance log (Excel)"
    ),
    "cue-sheet": FilmFormat(write_cue_sheet, ".csv", "cue sheet in record order (CSV)"),
    "otio": FilmFormat(write_otio, ".otio", "OpenTimelineIO timeline"),
    "edl": FilmFormat(write_edl, ".edl", "CMX3600 EDL with locators and comments"),
    "fcpxml": FilmFormat(write_fcpxml, ".fcpxml", "Final Cut Pro XML 1.10"),
    "binder": FilmFormat(write_binder, ".html", "printable scene binder (HTML)"),
}

__all__ = [
    "ARCHIVE_LOG_COLUMNS",
    "CUE_SHEET_COLUMNS",
    "FILM_FORMATS",
    "Basis",
    "EdlUsage",
    "FilmExport",
    "FilmFormat",
    "ItemMatcher",
    "ItemUse",
    "Placement",
    "build_timeline",
    "placements",
    "read_edl_usage",
]
