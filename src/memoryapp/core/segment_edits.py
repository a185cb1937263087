"""Building and changing testimony segments: the rules the CLI and the window share.

A segment must end after it starts (the :class:`~memoryapp.core.segments.Segment` itself
refuses otherwise) and not after the end of its recording (:func:`check_fits`); a new
segment whose speaker is living is private (:func:`speaks_living`); a transcript is stored
trimmed, in NFC, with who typed it and when (:func:`transcribed`). Each change is one
command (:func:`segment_command`).
"""

import datetime as dt
from collections.abc import Sequence

from memoryapp.core.commands import Command, replace_records
from memoryapp.core.people import Person
from memoryapp.core.privacy import probably_alive
from memoryapp.core.segments import Segment, Transcript, format_time
from memoryapp.core.text import normalize

TOLERANCE_MS = 500
"""How far past a recording's known length a segment may end (durations are rounded)."""


def check_fits(segment: Segment, duration_ms: int | None) -> None:
    """Refuse a segment that ends after its recording (whose length is ``duration_ms``).

    Raises:
        ValueError: it ends too late (the message gives both times).
    """
    if duration_ms and segment.end_ms > duration_ms + TOLERANCE_MS:
        raise ValueError(
            f"the end {format_time(segment.end_ms)} is after the end of the recording "
            f"({format_time(duration_ms)})"
        )


def speaks_living(people: Sequence[Person], segment: Segment, today: dt.date | None = None) -> bool:
    """Whether a speaker of ``segment`` is probably living (their testimony stays private)."""
    by_id = {p.id: p for p in people}
    day = today or dt.datetime.now(dt.UTC).date()
    return any(
        probably_alive(by_id[pid], day, relatives=by_id) for pid in segment.speakers if pid in by_id
    )


def transcribed(lang: str, text: str, by: str, *, corrected: bool = False) -> Transcript:
    """A transcript typed now by ``by``: its text trimmed and in NFC."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Transcript(
        lang=lang.strip(), text=normalize(text.strip()), by=by, at=now, corrected=corrected
    )


def segment_command(label: str, before: Segment | None, after: Segment | None) -> Command:
    """One command that adds (no ``before``), changes, or deletes (no ``after``) a segment."""
    return replace_records(
        label, [before] if before is not None else [], [after] if after is not None else []
    )


def span_text(segment: Segment) -> str:
    """``0:12`` to ``0:40`` joined by an en dash: a segment's time range for a label."""
    return f"{clock(segment.start_ms)}\u2013{clock(segment.end_ms)}"


def clock(ms: int) -> str:
    """``m:ss`` (or ``h:mm:ss``), whole seconds."""
    total = max(ms, 0) // 1000
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
