from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st
from opentimelineio import opentime

from memoryapp.core.films.timecode import (
    RATES,
    frames_per_day,
    frames_to_seconds,
    frames_to_tc,
    nominal_fps,
    parse_duration,
    rate_of,
    seconds_to_frames,
    tc_to_frames,
)


def test_reference_values_from_film_md() -> None:
    assert frames_to_tc(107_892, "29.97", True) == "01:00:00;00"
    assert frames_to_tc(1800, "29.97", True) == "00:01:00;02"
    assert frames_to_tc(90_000, "25") == "01:00:00:00"
    assert frames_to_tc(86_400, "23.976") == "01:00:00:00"
    assert frames_to_seconds(86_400, "23.976") == Fraction(18018, 5)  # 3603.6 s
    assert tc_to_frames("01:00:00:00", "29.97", True) == 107_892
    assert tc_to_frames("01:00:00;00", "29.97") == 107_892  # separator read when no flag


def test_start_timecode_is_parsed_with_the_films_flag() -> None:
    # the film.md bug: "01:00:00:00" read as non-drop for a DF film is 3 s 18 f late
    assert tc_to_frames("01:00:00:00", "29.97", drop_frame=True) == 107_892
    assert frames_to_tc(tc_to_frames("01:00:00:00", "29.97", False), "29.97", True) == "01:00:03;18"


@pytest.mark.parametrize(("fps", "drop"), [("29.97", 2), ("59.94", 4)])
def test_drop_frame_every_minute_boundary_of_a_day(fps: str, drop: int) -> None:
    base = nominal_fps(fps)
    for minute in range(24 * 60):
        hh, mm = divmod(minute, 60)
        first = f"{hh:02d}:{mm:02d}:00;00"
        if mm % 10 == 0:
            frame = tc_to_frames(first, fps, True)
            assert frames_to_tc(frame, fps, True) == first
            if frame:  # the frame before a tenth minute is its predecessor's last, ;29 (;59)
                assert frames_to_tc(frame - 1, fps, True).endswith(f":59;{base - 1:02d}")
            continue
        with pytest.raises(ValueError, match="does not exist"):
            tc_to_frames(first, fps, True)
        label = f"{hh:02d}:{mm:02d}:00;{drop:02d}"
        frame = tc_to_frames(label, fps, True)
        assert frames_to_tc(frame, fps, True) == label
        prev = f"{hh:02d}:{mm - 1:02d}:59;{base - 1:02d}"
        assert frames_to_tc(frame - 1, fps, True) == prev
        assert tc_to_frames(prev, fps, True) == frame - 1


def test_drop_frame_round_trips_every_frame_of_the_first_twenty_minutes() -> None:
    seen = set()
    for frame in range(20 * 1798 + 2 * 2 + 100):
        label = frames_to_tc(frame, "29.97", True)
        assert tc_to_frames(label, "29.97", True) == frame
        seen.add(label)
    assert len(seen) == 20 * 1798 + 2 * 2 + 100  # no label twice


@pytest.mark.parametrize("fps", list(RATES))
def test_non_drop_round_trips_across_the_day(fps: str) -> None:
    day = frames_per_day(fps)
    for frame in [*range(0, 5000), *range(0, day, 997), day - 1]:
        assert tc_to_frames(frames_to_tc(frame, fps), fps, False) == frame


@pytest.mark.parametrize(
    ("fps", "drop"),
    [
        ("23.976", False),
        ("24", False),
        ("25", False),
        ("29.97", False),
        ("29.97", True),
        ("50", False),
        ("59.94", True),
    ],
)
def test_agrees_with_opentimelineio(fps: str, drop: bool) -> None:
    rate = float(rate_of(fps))
    for frame in range(0, 3 * 3600 * nominal_fps(fps), 1231):
        expected = opentime.to_timecode(opentime.RationalTime(frame, rate), rate, drop)
        assert frames_to_tc(frame, fps, drop) == expected


def test_counter_wraps_at_24_hours_not_real_time() -> None:
    day = frames_per_day("29.97", True)
    assert day == 2_589_408
    assert frames_to_tc(day - 1, "29.97", True) == "23:59:59;29"
    assert frames_to_tc(day, "29.97", True) == "00:00:00;00"
    assert frames_to_tc(24 * 3600 * 30, "29.97") == "00:00:00:00"


@pytest.mark.parametrize(
    ("text", "fps", "drop"),
    [
        ("25:00:00:00", "25", False),
        ("00:60:00:00", "25", False),
        ("00:00:00:25", "25", False),
        ("00:00:00:24", "23.976", False),
        ("1:2:3", "25", False),
        ("", "25", False),
        ("00:00:00:00", "25", True),
        ("00:00:00:00", "26", False),
    ],
)
def test_bad_timecodes_are_refused(text: str, fps: str, drop: bool) -> None:
    with pytest.raises(ValueError):  # noqa: PT011
        tc_to_frames(text, fps, drop)


def test_drop_frame_only_at_2997_and_5994() -> None:
    with pytest.raises(ValueError, match="drop-frame"):
        frames_to_tc(10, "23.976", True)
    with pytest.raises(ValueError, match="negative"):
        frames_to_tc(-1, "25")


def test_durations_and_seconds() -> None:
    assert seconds_to_frames(6, "25") == 150
    assert seconds_to_frames(6, "23.976") == 144
    assert seconds_to_frames(Fraction(1001, 1000), "29.97") == 30
    assert parse_duration("6", "25") == 150
    assert parse_duration("4.5", "25") == 112  # 112.5 rounds to even
    assert parse_duration("00:00:06:00", "25") == 150
    with pytest.raises(ValueError, match="not a duration"):
        parse_duration("six", "25")
    with pytest.raises(ValueError, match="negative"):
        parse_duration("-1", "25")


@given(
    st.integers(min_value=0, max_value=2_589_407),
    st.sampled_from([("29.97", True), ("59.94", True), ("23.976", False), ("25", False)]),
)
def test_any_frame_round_trips(frame: int, rate: tuple[str, bool]) -> None:
    fps, drop = rate
    frame %= frames_per_day(fps, drop)
    assert tc_to_frames(frames_to_tc(frame, fps, drop), fps, drop) == frame
