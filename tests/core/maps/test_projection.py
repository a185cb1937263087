import math

import pytest

from memoryapp.core.maps.projection import MAX_LATITUDE, on_map, project, unproject


def test_the_equator_and_greenwich_meet_at_the_origin():
    assert project(0.0, 0.0) == (0.0, 0.0)


def test_north_is_up_and_east_is_right():
    x, y = project(31.5147, -5.5328)  # Tinghir
    assert x == pytest.approx(-5.5328)
    assert y < 0  # north of the equator: above the origin on screen
    assert project(48.8566, 2.3522)[1] < y  # Paris is further north


def test_mercator_stretches_the_north():
    _, y30 = project(30.0, 0.0)
    _, y60 = project(60.0, 0.0)
    assert -y60 > 2 * -y30  # 60° lies more than twice as far from the equator as 30°
    assert -y30 == pytest.approx(math.degrees(math.log(math.tan(math.radians(60)))))


@pytest.mark.parametrize(("lat", "lon"), [(31.5147, -5.5328), (-33.9, 18.4), (45.5, -73.56)])
def test_unproject_inverts_project(lat, lon):
    assert unproject(*project(lat, lon)) == pytest.approx((lat, lon))


def test_the_poles_are_clamped_to_the_square_world():
    assert project(90.0, 0.0)[1] == pytest.approx(-180.0, abs=1e-6)
    assert unproject(0.0, -500.0)[0] == pytest.approx(MAX_LATITUDE)
    assert on_map(*project(89.0, 179.0))
    assert not on_map(200.0, 0.0)
