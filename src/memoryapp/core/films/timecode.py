"""SMPTE timecode: frames <-> ``HH:MM:SS:FF`` text at every rate a documentary uses.

Timecodes are stored as whole frames plus the film's rate label (``"25"``, ``"23.976"``,
``"29.97"`` ...); text is derived for display and for export, never stored (film.md section 3).

* ``FF`` counts frames at the *nominal* rate: 23.976 counts to 24, 29.97 to 30.
* Drop-frame exists only at 29.97 and 59.94. It skips the frame *numbers* ``:00`` and ``:01``
  (``:00`` to ``:03`` at 59.94) at the start of every minute except minutes divisible by 10,
  and is written with ``;`` before the frames. One hour of 29.97 DF is 107,892 frames.
* 23.976 is always non-drop: its timecode runs 0.1 % slower than the wall clock.
* The counter wraps at 24 hours, as a timecode counter does.
"""

import re
from fractions import Fraction
from types import MappingProxyType

RATES: MappingProxyType[str, Fraction] = MappingProxyType(
    {
        "23.976": Fraction(24000, 1001),
        "24": Fraction(24),
        "25": Fraction(25),
        "29.97": Fraction(30000, 1001),
        "30": Fraction(30),
        "50": Fraction(50),
        "59.94": Fraction(60000, 1001),
        "60": Fraction(60),
    }
)
"""Every supported rate label and its exact rate in frames per second."""

DROP_FRAME_RATES: tuple[str, ...] = ("29.97", "59.94")

_TC = re.compile(r"^\s*(\d{1,2})[:;.,](\d{2})[:;.,](\d{2})([:;.,])(\d{2})\s*$")


def rate_of(fps: str) -> Fraction:
    """The exact rate of a rate label (``"29.97"`` -> ``30000/1001``).

    Raises:
        ValueError: the label is not one of :data:`RATES`.
    """
    try:
        return RATES[fps]
    except KeyError:
        raise ValueError(f"unsupported frame rate {fps!r}; use one of {tuple(RATES)}") from None


def nominal_fps(fps: str) -> int:
    """Frames per timecode second, the counter base: 23.976 -> 24, 29.97 -> 30."""
    return round(rate_of(fps))


def check_drop_frame(fps: str, drop_frame: bool) -> None:
    """Raise ValueError unless drop-frame is allowed at ``fps`` (only 29.97 and 59.94)."""
    rate_of(fps)
    if drop_frame and fps not in DROP_FRAME_RATES:
        raise ValueError(f"drop-frame timecode exists only at 29.97 and 59.94 fps, not {fps}")


def _dropped_per_minute(fps: str) -> int:
    return 2 if nominal_fps(fps) == 30 else 4


def frames_per_day(fps: str, drop_frame: bool = False) -> int:
    """How many frames the 24-hour counter holds (2,589,408 at 29.97 DF)."""
    base = nominal_fps(fps) * 86_400
    if drop_frame:
        check_drop_frame(fps, drop_frame)
        base -= _dropped_per_minute(fps) * (1440 - 144)
    return base


def frames_to_tc(frames: int, fps: str, drop_frame: bool = False) -> str:
    """Format a frame count as SMPTE timecode.

    Args:
        frames: frames from 00:00:00:00 (0 or more); wraps at 24 hours.
        fps: a rate label of :data:`RATES`.
        drop_frame: write drop-frame (``;`` before the frames; 29.97 and 59.94 only).

    Returns:
        ``"HH:MM:SS:FF"``, or ``"HH:MM:SS;FF"`` in drop-frame.

    Raises:
        ValueError: a negative frame count, an unknown rate, or drop-frame at another rate.

    Example:
        >>> frames_to_tc(1800, "29.97", True)
        '00:01:00;02'
    """
    if frames < 0:
        raise ValueError(f"a timecode cannot be negative ({frames} frames)")
    check_drop_frame(fps, drop_frame)
    fps_n = nominal_fps(fps)
    frames %= frames_per_day(fps, drop_frame)
    if drop_frame:
        drop = _dropped_per_minute(fps)
        per_min = fps_n * 60 - drop
        per_10min = fps_n * 600 - drop * 9
        tens, rem = divmod(frames, per_10min)
        frames += drop * 9 * tens
        if rem > drop:
            frames += drop * ((rem - drop) // per_min)
    ff = frames % fps_n
    ss = frames // fps_n % 60
    mm = frames // (fps_n * 60) % 60
    hh = frames // (fps_n * 3600) % 24
    sep = ";" if drop_frame else ":"
    return f"{hh:02d}:{mm:02d}:{ss:02d}{sep}{ff:02d}"


def tc_to_frames(tc: str, fps: str, drop_frame: bool | None = None) -> int:
    """Parse SMPTE timecode into frames from 00:00:00:00.

    Args:
        tc: ``HH:MM:SS:FF``; ``;``, ``.`` or ``,`` before the frames marks drop-frame.
        fps: a rate label of :data:`RATES`.
        drop_frame: the film's drop-frame flag; it wins over the separator. ``None`` reads the
            separator (only sensible for text from outside, such as an EDL without ``FCM``).

    Raises:
        ValueError: malformed text, a field out of range, or a frame number that drop-frame
            skips (``00:01:00;00`` does not exist).
    """
    match = _TC.match(tc)
    if match is None:
        raise ValueError(f"not a timecode: {tc!r} (expected HH:MM:SS:FF)")
    hh, mm, ss, sep, ff = match.groups()
    h, m, s, f = int(hh), int(mm), int(ss), int(ff)
    if drop_frame is None:
        drop_frame = sep != ":" and rate_of(fps) in (RATES["29.97"], RATES["59.94"])
    check_drop_frame(fps, drop_frame)
    fps_n = nominal_fps(fps)
    if h > 23 or m > 59 or s > 59 or f >= fps_n:
        raise ValueError(f"timecode {tc!r} is out of range at {fps} fps")
    minutes = h * 60 + m
    total = (minutes * 60 + s) * fps_n + f
    if drop_frame:
        drop = _dropped_per_minute(fps)
        if s == 0 and f < drop and m % 10 != 0:
            raise ValueError(f"timecode {tc!r} does not exist in drop-frame (frames skipped)")
        total -= drop * (minutes - minutes // 10)
    return total


def frames_to_seconds(frames: int, fps: str) -> Fraction:
    """Exact duration of ``frames`` at ``fps`` in seconds of real time."""
    return Fraction(frames) / rate_of(fps)


def seconds_to_frames(seconds: float | Fraction, fps: str) -> int:
    """The nearest whole number of frames for a duration in seconds (half rounds to even)."""
    exact = (
        seconds if isinstance(seconds, Fraction) else Fraction(seconds).limit_denominator(10_000)
    )
    return round(exact * rate_of(fps))


def parse_duration(text: str, fps: str, drop_frame: bool = False) -> int:
    """Read a duration typed by a person: seconds (``"6"``, ``"4.5"``) or a timecode.

    A duration timecode (``00:00:06:00``) counts frames; drop-frame numbering applies only when
    ``drop_frame`` is set, as for any timecode of the film.

    Raises:
        ValueError: neither a non-negative number of seconds nor a timecode.
    """
    text = text.strip()
    if _TC.match(text):
        return tc_to_frames(text, fps, drop_frame)
    try:
        seconds = Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise ValueError(f"not a duration: {text!r} (give seconds or HH:MM:SS:FF)") from None
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative: {text!r}")
    return seconds_to_frames(seconds, fps)
