import pytest

from memoryapp.core.maps.outlines import projected_rings, thin
from memoryapp.core.maps.projection import project


def test_thin_drops_points_closer_than_the_tolerance_and_keeps_the_ends():
    points = [(0.0, 0.0), (0.01, 0.0), (0.02, 0.0), (0.2, 0.0), (0.21, 0.0), (1.0, 0.0)]
    assert thin(points, 0.1) == [(0.0, 0.0), (0.2, 0.0), (1.0, 0.0)]


def test_short_rings_are_kept_whole():
    assert thin([(0.0, 0.0), (0.0, 0.0)], 1.0) == [(0.0, 0.0), (0.0, 0.0)]


def test_rings_are_projected_and_specks_dropped():
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0), (0.0, 0.0)]
    speck = [(5.0, 5.0), (5.01, 5.0), (5.01, 5.01), (5.0, 5.0)]
    rings = projected_rings([square, speck], tolerance=0.1)
    assert len(rings) == 1
    assert rings[0][2] == pytest.approx(project(1.0, 1.0))  # (lon, lat) in, plane out
