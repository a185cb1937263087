"""The segment rules the CLI and the window share: fits the recording, living speakers, labels."""

import pytest
from tests.records import MemoryStore

from memoryapp.core.ids import ItemId, PersonId, SegmentId
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.segment_edits import (
    check_fits,
    segment_command,
    span_text,
    speaks_living,
    transcribed,
)
from memoryapp.core.segments import Segment


def _segment(start: int = 12_000, end: int = 40_500, **more: object) -> Segment:
    return Segment(id=SegmentId("s1"), recording_id=ItemId("r1"), start_ms=start, end_ms=end,
                   **more)  # type: ignore[arg-type]  # fmt: skip


def test_a_segment_may_not_end_after_its_recording() -> None:
    check_fits(_segment(), 40_000)  # within the half-second the rounded duration allows
    check_fits(_segment(), None)  # a length not known: anything goes
    with pytest.raises(ValueError, match=r"after the end of the recording \(00:00:30.000\)"):
        check_fits(_segment(), 30_000)


def test_a_living_speaker_makes_testimony_private() -> None:
    alive = Person(id=PersonId("p1"), names=(Name(value="Miriam"),), living=Living.LIVING)
    gone = Person(id=PersonId("p2"), names=(Name(value="Yakut"),), living=Living.DECEASED)
    assert speaks_living([alive, gone], _segment(speakers=(alive.id,)))
    assert not speaks_living([alive, gone], _segment(speakers=(gone.id,)))
    assert not speaks_living([alive, gone], _segment())


def test_labels_transcripts_and_one_command_per_change() -> None:
    assert span_text(_segment()) == "0:12\u20130:40"
    assert span_text(_segment(3_723_000, 3_724_000)) == "1:02:03\u20131:02:04"
    typed = transcribed(" he ", "  שלום\u05b8  ", "Dana")
    assert (typed.lang, typed.by, typed.text) == ("he", "Dana", "שלום\u05b8")
    assert typed.at.endswith("Z")
    store = MemoryStore([])
    segment_command("Add", None, _segment()).apply(store)
    assert store.get(Segment, "s1") == _segment()
    edited = _segment(end=20_000)
    segment_command("Edit", _segment(), edited).apply(store)
    assert store.get(Segment, "s1") == edited
    segment_command("Delete", edited, None).apply(store)
    assert store.get(Segment, "s1") is None
    assert store.commits == 3
