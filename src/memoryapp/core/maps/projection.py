"""Web Mercator in degrees: longitude and latitude to a flat plane and back.

The plane's x is the longitude (-180..180) and its y the Mercator ordinate in degrees, growing
southwards as screen coordinates do (north of the equator is negative). Latitudes are clamped
to ±85.0511°, where the square Web Mercator world ends.
"""

import math

MAX_LATITUDE = 85.05112878
"""The latitude where Web Mercator's square world ends (its y is then ±180)."""


def project(lat: float, lon: float) -> tuple[float, float]:
    """The plane position ``(x, y)`` of a latitude and longitude in degrees."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    y = math.degrees(math.asinh(math.tan(math.radians(lat))))
    return (max(-180.0, min(180.0, lon)), -max(-180.0, min(180.0, y)))


def unproject(x: float, y: float) -> tuple[float, float]:
    """The latitude and longitude in degrees of a plane position (the inverse of ``project``)."""
    lat = math.degrees(math.atan(math.sinh(math.radians(-y))))
    return (max(-MAX_LATITUDE, min(MAX_LATITUDE, lat)), max(-180.0, min(180.0, x)))


def on_map(x: float, y: float) -> bool:
    """True when a plane position lies on the world (not beyond its edges)."""
    return -180.0 <= x <= 180.0 and -180.0 <= y <= 180.0
