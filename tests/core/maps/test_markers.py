import math

import pytest

from memoryapp.core.commands import Command
from memoryapp.core.ids import PlaceId
from memoryapp.core.maps.markers import (
    MAX_RADIUS,
    MIN_RADIUS,
    layout_markers,
    locate,
    radius_for,
    shown_at,
    unplaced,
    visible_labels,
)
from memoryapp.core.names import Name
from memoryapp.core.places import Place


def _place(pid: str, name: str, lat=None, lon=None, parent=None, hidden=False) -> Place:
    return Place(
        id=PlaceId(pid),
        names=(Name(value=name),),
        lat=lat,
        lon=lon,
        parent_id=PlaceId(parent) if parent else None,
        do_not_pinpoint=hidden,
    )


PLACES = {
    p.id: p
    for p in (
        _place("ma", "Morocco", 31.79, -7.09),
        _place("ti", "Tinghir", 31.51, -5.53, parent="ma"),
        _place("ce", "Jewish cemetery of Tinghir", 31.512, -5.536, parent="ti", hidden=True),
        _place("gr", "Grave row B", 31.5121, -5.5361, parent="ce"),
        _place("ks", "Ksar Afanour", None, None, parent="ti"),
        _place("pa", "Paris", 48.85, 2.35),
    )
}


def test_a_place_shows_at_its_own_coordinates():
    assert shown_at(PLACES[PlaceId("ti")], PLACES) is PLACES[PlaceId("ti")]


def test_a_do_not_pinpoint_place_shows_at_its_parent():
    assert shown_at(PLACES[PlaceId("ce")], PLACES) is PLACES[PlaceId("ti")]


def test_a_place_inside_a_do_not_pinpoint_place_is_not_pinpointed_either():
    assert shown_at(PLACES[PlaceId("gr")], PLACES) is PLACES[PlaceId("ti")]


def test_a_place_without_coordinates_waits_to_be_placed():
    assert shown_at(PLACES[PlaceId("ks")], PLACES) is None
    assert [p.name for p in unplaced(PLACES)] == ["Ksar Afanour"]


def test_a_hidden_place_with_no_pinpointable_ancestor_is_not_shown():
    lone = {PlaceId("x"): _place("x", "Secret spot", 30.0, -5.0, hidden=True)}
    assert shown_at(lone[PlaceId("x")], lone) is None
    assert layout_markers(lone, [["x"], ["x"]]) == []


def test_markers_fold_hidden_places_into_their_parent_and_come_largest_first():
    items = [["ti"], ["ti", "ce"], ["ce"], ["ce", "gr"], ["gr"], ["pa"], ["ks"], ["gone"], []]
    markers = layout_markers(PLACES, items)
    assert [(m.name, m.count) for m in markers] == [("Tinghir", 5), ("Paris", 1)]
    tinghir, paris = markers
    assert (tinghir.lat, tinghir.lon) == (31.51, -5.53)  # never the cemetery's own position
    assert tinghir.folded == ("Grave row B", "Jewish cemetery of Tinghir")
    assert tinghir.radius == MAX_RADIUS
    assert MIN_RADIUS < paris.radius < tinghir.radius


def test_a_marker_area_grows_with_its_count():
    small, large = radius_for(1, 16) - MIN_RADIUS, radius_for(16, 16) - MIN_RADIUS
    assert large / small == pytest.approx(math.sqrt(16))
    assert radius_for(0, 16) == MIN_RADIUS


def test_locating_a_place_is_one_command_that_sets_its_coordinates():
    command = locate(PLACES[PlaceId("ks")], 31.523456789, -5.5431234)
    assert isinstance(command, Command)
    assert len(command.after) == 1
    after = command.after[0].record
    assert (after.lat, after.lon) == (31.52346, -5.54312)
    assert command.before[0].record == PLACES[PlaceId("ks")]


def test_a_position_off_the_world_is_refused():
    with pytest.raises(ValueError, match="out of range"):
        locate(PLACES[PlaceId("ks")], 95.0, 0.0)


def test_names_that_would_cover_another_name_or_marker_are_hidden():
    discs = [(100.0, 100.0, 20.0), (110.0, 100.0, 8.0), (400.0, 100.0, 8.0)]
    labels = [(123.0, 92.0, 80.0, 16.0), (121.0, 92.0, 60.0, 16.0), (411.0, 92.0, 50.0, 16.0)]
    assert visible_labels(labels, discs) == [True, False, True]
    # a name running over another marker's disc gives way too
    assert visible_labels([(0.0, 0.0, 100.0, 10.0)], [(0.0, 5.0, 1.0)]) == [True]
    assert visible_labels(
        [(0.0, 0.0, 100.0, 10.0), (0.0, 30.0, 5.0, 5.0)], [(0.0, 5.0, 1.0), (50.0, 5.0, 4.0)]
    ) == [False, True]
