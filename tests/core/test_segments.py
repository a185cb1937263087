"""Testimony segments: times, references, the segment covering a moment, and the privacy filter."""

import datetime as dt

import pytest

from memoryapp.core.ids import ItemId, PersonId, SegmentId
from memoryapp.core.items import Item, ItemKind
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person
from memoryapp.core.privacy import ExportBundle, ExportPolicy, WithheldReason, redact
from memoryapp.core.segments import (
    Anchor,
    Segment,
    SegmentConsent,
    Transcript,
    format_time,
    parse_segment_ref,
    parse_time,
    segment_at,
    segment_ref,
)

REC = ItemId("rec")


def seg(sid: str, start: int, end: int, **more: object) -> Segment:
    return Segment(id=SegmentId(sid), recording_id=REC, start_ms=start, end_ms=end, **more)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "ms"),
    [("00:03:12.5", 192_500), ("3:12", 192_000), ("192.5", 192_500), ("01:02:03,250", 3_723_250),
     ("0", 0), ("00:04:01", 241_000)],
)  # fmt: skip
def test_times_read_as_milliseconds(text: str, ms: int) -> None:
    assert parse_time(text) == ms


@pytest.mark.parametrize("text", ["", "3:75", "abc", "1:2:3:4", "-5"])
def test_a_time_that_is_no_time_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(ValueError, match="cannot read the time"):
        parse_time(text)


def test_a_segment_ends_after_it_starts() -> None:
    with pytest.raises(ValueError, match="ends after it starts"):
        seg("a", 5000, 5000)


def test_fragments_and_references() -> None:
    s = seg("a", 192_500, 241_000)
    assert s.fragment == "t=192.5,241"
    assert format_time(s.start_ms) == "00:03:12.500"
    assert segment_ref(s) == "rec@00:03:12.500"
    assert parse_segment_ref("rec@00:03:12") == (REC, 192_000)
    with pytest.raises(ValueError, match="RECORDING_ID@HH:MM:SS"):
        parse_segment_ref("00:03:12")


def test_the_segment_covering_a_moment_is_the_innermost_one() -> None:
    outer, inner, other = seg("o", 0, 60_000), seg("i", 10_000, 20_000), seg("x", 50_000, 70_000)
    segments = [outer, inner, other, Segment(id=SegmentId("z"), recording_id=ItemId("b"),
                                             start_ms=0, end_ms=99_000)]  # fmt: skip
    assert segment_at(segments, REC, 15_000) == inner
    assert segment_at(segments, REC, 5_000) == outer
    assert segment_at(segments, REC, 55_000) == other  # started last
    assert segment_at(segments, REC, 20_000) == outer  # the end is not covered
    assert segment_at(segments, REC, 80_000) is None


def _bundle(*segments: Segment) -> ExportBundle:
    people = {
        PersonId("old"): Person(id=PersonId("old"), names=(Name(value="Yakut"),), living=Living.DECEASED),
        PersonId("young"): Person(id=PersonId("young"), names=(Name(value="Esther"),),
                                  living=Living.LIVING),
        PersonId("hidden"): Person(id=PersonId("hidden"), names=(Name(value="Hidden"),),
                                   living=Living.DECEASED, private=True),
    }  # fmt: skip
    items = (Item(id=REC, kind=ItemKind.RECORDING), Item(id=ItemId("photo")))
    return ExportBundle(collection_id="c", title="t", items=items, people=people, segments=segments)


def test_the_privacy_filter_keeps_only_segments_that_may_leave() -> None:
    said = (Transcript(lang="fr", text="Esther et Yakut à Tinghir"),)
    kept = seg(
        "kept",
        0,
        1000,
        speakers=(PersonId("old"),),
        transcripts=said,
        people=(PersonId("young"),),
        items=(Anchor(item_id=ItemId("photo")), Anchor(item_id=ItemId("gone"))),
    )
    revoked = seg(
        "revoked",
        0,
        1000,
        speakers=(PersonId("old"),),
        consents=(SegmentConsent(person_id=PersonId("old"), revoked=True),),
    )
    private = seg("private", 0, 1000, speakers=(PersonId("old"),), private=True)
    living = seg("living", 0, 1000, speakers=(PersonId("young"),))
    hidden = seg("hidden", 0, 1000, speakers=(PersonId("hidden"),))
    other = Segment(id=SegmentId("other"), recording_id=ItemId("elsewhere"), start_ms=0, end_ms=1)
    bundle = _bundle(kept, revoked, private, living, hidden, other)
    out, report = redact(bundle, ExportPolicy(today=dt.date(2026, 1, 1)))
    (only,) = out.segments
    assert only.id == "kept"
    assert only.item_ids() == ("photo",)  # an anchor to an item not exported goes
    assert "Esther" not in only.transcripts[0].text  # a living person's name is replaced
    reasons = {e.record_id: e.reason for e in report.entries if e.kind == "segment"}
    assert reasons == {
        "kept": WithheldReason.NAME_IN_TEXT,  # Esther's name, replaced
        "revoked": WithheldReason.CONSENT_REVOKED,
        "private": WithheldReason.PRIVATE_SEGMENT,
        "living": WithheldReason.WITHHELD_SPEAKER,
        "hidden": WithheldReason.WITHHELD_SPEAKER,
    }
    everything = ExportPolicy(include_private=True, include_living_details=True)
    out, _ = redact(bundle, everything)
    assert {s.id for s in out.segments} == {"kept", "private", "living", "hidden"}  # never revoked


def test_a_segment_whose_speaker_is_no_longer_known_stays_out() -> None:
    ghost = seg("ghost", 0, 1000, speakers=(PersonId("deleted"),))
    out, report = redact(
        _bundle(ghost), ExportPolicy(include_private=True, include_living_details=True)
    )
    assert out.segments == ()
    assert [e.reason for e in report.entries] == [WithheldReason.WITHHELD_SPEAKER]


def test_emptying_the_trash_takes_a_recordings_segments_and_anchors_to_deleted_items() -> None:
    from memoryapp.core.deletions import empty_trash

    recording = Item(id=REC, kind=ItemKind.RECORDING, trashed_at="2026-01-01T00:00:00Z")
    photo = Item(id=ItemId("photo"), trashed_at="2026-01-01T00:00:00Z")
    own = seg("own", 0, 1000)
    about = Segment(id=SegmentId("about"), recording_id=ItemId("kept"), start_ms=0, end_ms=9,
                    items=(Anchor(item_id=ItemId("photo")), Anchor(item_id=ItemId("other"))))  # fmt: skip
    command = empty_trash([recording], [recording, photo], [], segments=[own, about])
    assert [s.record for s in command.after if s.id == "own"] == [None]
    assert [s for s in command.after if s.id == "about"] == []  # the photo stays: untouched
    command = empty_trash([recording, photo], [recording, photo], [], segments=[own, about])
    (kept,) = [s.record for s in command.after if s.id == "about"]
    assert isinstance(kept, Segment)
    assert kept.item_ids() == ("other",)
