"""Film exports: clearance logs, cue sheets, editing-tool timelines, the scene binder.

Every writer takes a :class:`FilmExport` and returns the file's bytes; the library writes
them atomically. The formats themselves are declared in ``memoryapp.exporters.formats``.
"""

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

__all__ = [
    "ARCHIVE_LOG_COLUMNS",
    "CUE_SHEET_COLUMNS",
    "Basis",
    "EdlUsage",
    "FilmExport",
    "ItemMatcher",
    "ItemUse",
    "Placement",
    "build_timeline",
    "placements",
    "read_edl_usage",
    "write_archive_log_csv",
    "write_archive_log_xlsx",
    "write_binder",
    "write_cue_sheet",
    "write_edl",
    "write_fcpxml",
    "write_otio",
]
