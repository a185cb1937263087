"""Country outlines for the map: rings of (longitude, latitude) thinned and projected."""

from collections.abc import Iterable, Sequence

from memoryapp.core.maps.projection import project

Ring = tuple[tuple[float, float], ...]
"""A closed outline in plane coordinates (see ``projection``)."""


def thin(points: Sequence[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Drop the points closer than ``tolerance`` to the last kept one (keeps the last point).

    A radial-distance simplification: Natural Earth's 1:10m countries thinned to 0.1° keep
    the shape seen at country zoom with a fifth of their points.
    """
    if len(points) <= 2:
        return list(points)
    limit = tolerance * tolerance
    kept = [points[0]]
    last_x, last_y = points[0]
    for x, y in points[1:-1]:
        if (x - last_x) ** 2 + (y - last_y) ** 2 >= limit:
            kept.append((x, y))
            last_x, last_y = x, y
    kept.append(points[-1])
    return kept


def projected_rings(
    rings: Iterable[Sequence[tuple[float, float]]], tolerance: float = 0.1
) -> list[Ring]:
    """Rings of (longitude, latitude) points, thinned and projected.

    Islets smaller than twice ``tolerance`` across are dropped, and so are rings that thin
    to fewer than four points.
    """
    out: list[Ring] = []
    for ring in rings:
        xs = [x for x, _ in ring]
        ys = [y for _, y in ring]
        if not xs or (max(xs) - min(xs) < 2 * tolerance and max(ys) - min(ys) < 2 * tolerance):
            continue
        points = thin(ring, tolerance)
        if len(points) >= 4:  # a closed triangle at least
            out.append(tuple(project(lat, lon) for lon, lat in points))
    return out
