"""The ``segment`` command: testimony segments of recordings (``add``, ``list``, ``edit``, ``delete``).

A segment is a time range of a recording item with its speakers, transcripts (one per
language), anchors (items, a region or face on an item, people, places, dates, tags) and the
speakers' consents. Testimony of a living speaker is private unless ``--public`` is given.
Every change is one undoable operation; every action takes ``--json``.
"""

import argparse
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.edit_values import region_of
from memoryapp.cli.output import counted, emit_json, say
from memoryapp.core.dates import FuzzyDate, InvalidDateError
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.ids import new_segment_id
from memoryapp.core.items import ItemKind
from memoryapp.core.people import Person
from memoryapp.core.segment_edits import check_fits, speaks_living, transcribed
from memoryapp.core.segments import (
    Anchor,
    ConsentUse,
    Segment,
    SegmentConsent,
    Transcript,
    format_time,
    parse_time,
)
from memoryapp.core.text import normalize as nfc
from memoryapp.library import Library
from memoryapp.library.lookup import resolve
from memoryapp.library.public_json import segment_json

OK, USAGE = 0, 2


class _AnchorAction(argparse.Action):
    """``--item ID`` starts an anchor; ``--region`` and ``--face`` refine the last one."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        anchors: list[dict[str, str]] = list(getattr(namespace, "anchors", None) or [])
        if self.dest == "item":
            anchors.append({"item": str(values)})
        elif not anchors:
            parser.error(f"{option_string} refines an --item: give --item ID first")
        else:
            anchors[-1][self.dest] = str(values)
        namespace.anchors = anchors


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def _segment_options(parser: argparse.ArgumentParser, *, edit: bool) -> None:
    parser.add_argument("--start", required=not edit, help="start: HH:MM:SS.mmm or seconds")
    parser.add_argument("--end", required=not edit, help="end: HH:MM:SS.mmm or seconds")
    more = " (replaces the list)" if edit else ""
    parser.add_argument("--speaker", action="append", default=[], help=f"speaker name{more}")
    parser.add_argument("--lang", action="append", default=[], help=f"language code{more}")
    parser.add_argument(
        "--transcript-file",
        action="append",
        default=[],
        metavar="[LANG=]FILE",
        help="a UTF-8 text file with the transcript in one language",
    )
    parser.add_argument(
        "--transcript", action="append", default=[], metavar="LANG=TEXT", help="a transcript"
    )
    parser.add_argument("--by", default=None, help="who transcribed it (default: you)")
    parser.add_argument("--corrected", action="store_true", help="the transcripts are checked")
    parser.add_argument("--item", action=_AnchorAction, help="an item the segment speaks of")
    parser.add_argument("--region", action=_AnchorAction, help="X,Y,W,H on the last --item")
    parser.add_argument("--face", action=_AnchorAction, help="a face ID on the last --item")
    parser.add_argument("--person", action="append", default=[], help=f"a person named{more}")
    parser.add_argument("--place", action="append", default=[], help=f"a place named{more}")
    parser.add_argument("--date", action="append", default=[], help=f"a date spoken of{more}")
    parser.add_argument("--tag", action="append", default=[], help=f"a tag{more}")
    parser.add_argument(
        "--consent",
        action="append",
        default=[],
        metavar="NAME=USES",
        help="NAME consented for USES (family,research,film)",
    )
    parser.add_argument("--consent-date", default=None, help="when consent was given (ISO)")
    parser.add_argument("--revoke", action="append", default=[], metavar="NAME",
                        help="NAME withdrew consent")  # fmt: skip
    parser.add_argument("--note", default=None, help="a note")
    privacy = parser.add_mutually_exclusive_group()
    privacy.add_argument("--private", action="store_true", default=None, help="keep it private")
    privacy.add_argument(
        "--public", dest="private", action="store_false", help="not private (living speakers too)"
    )


def add_commands(subparsers: Any) -> dict[str, Any]:
    """Add ``segment add|list|edit|delete``; return the handler."""
    actions = subparsers.add_parser("segment", help=help_of("segment")).add_subparsers(
        dest="segment_command", metavar="ACTION", required=True
    )
    p = actions.add_parser("add", help="add a segment to a recording")
    _common(p)
    p.add_argument("recording", metavar="RECORDING_ID")
    _segment_options(p, edit=False)
    p = actions.add_parser("list", help="list segments (of a recording, or about an item)")
    _common(p)
    p.add_argument("recording", metavar="RECORDING_ID", nargs="?", default=None)
    p.add_argument("--about", default=None, metavar="ITEM_ID", help="segments anchored to it")
    p = actions.add_parser("edit", help="change a segment")
    _common(p)
    p.add_argument("segment", metavar="SEGMENT_ID")
    _segment_options(p, edit=True)
    p = actions.add_parser("delete", help="delete a segment")
    _common(p)
    p.add_argument("segment", metavar="SEGMENT_ID")
    return {"segment": _run}


def _run(args: argparse.Namespace) -> int:
    handler = {"add": _add, "list": _list, "edit": _edit, "delete": _delete}
    return handler[args.segment_command](args)


def _names(lib: Library) -> tuple[dict[str, str], dict[str, str]]:
    return {p.id: p.name for p in lib.people()}, {p.id: p.name for p in lib.places()}


def _emit(lib: Library, args: argparse.Namespace, segment: Segment, verb: str) -> None:
    people, places = _names(lib)
    if args.json:
        emit_json(segment_json(segment, people, places))
    else:
        say(f"{verb} segment {segment.id} ({_line(segment, people)})")


def _line(segment: Segment, people: dict[str, str]) -> str:
    who = ", ".join(people.get(p, p) for p in segment.speakers) or "no speaker"
    span = f"{format_time(segment.start_ms)}-{format_time(segment.end_ms)}"
    flags = " private" if segment.private else ""
    flags += " consent revoked" if segment.revoked else ""
    return f"{segment.recording_id} {span} {who}{flags}"


def _add(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        recording = lib.item(args.recording)
        if recording.kind is not ItemKind.RECORDING:
            raise InvalidRecordError(
                f"{args.recording}: not a recording (it is a {recording.kind})"
            )
        base = Segment(id=new_segment_id(), recording_id=recording.id, start_ms=0, end_ms=1)
        segment = _changed(lib, args, base, new=True)
        lib.apply(lib.command("Add testimony segment", put=[segment]))
        _emit(lib, args, segment, "added")
    return OK


def _edit(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        segment = _changed(lib, args, lib.segment(args.segment), new=False)
        lib.apply(lib.command("Edit testimony segment", put=[segment]))
        _emit(lib, args, segment, "changed")
    return OK


def _delete(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        segment = lib.segment(args.segment)
        lib.apply(lib.command("Delete testimony segment", remove=[(Segment, segment.id)]))
        if args.json:
            emit_json({"deleted": segment.id, "recording": segment.recording_id})
        else:
            say(f"deleted segment {segment.id}")
    return OK


def _list(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        if args.recording is not None:
            lib.item(args.recording)  # an unknown ID is an error, not an empty list
        segments = lib.segments(args.recording, about=args.about)
        people, places = _names(lib)
        if args.json:
            emit_json([segment_json(s, people, places) for s in segments])
        else:
            for s in segments:
                say(f"{s.id}  {_line(s, people)}")
            say(counted(len(segments), "segment"))
    return OK


def _time(text: str, option: str) -> int:
    try:
        return parse_time(text)
    except ValueError as exc:
        raise InvalidRecordError(f"{option}: {exc}") from exc


def _changed(lib: Library, args: argparse.Namespace, segment: Segment, *, new: bool) -> Segment:
    """``segment`` with the options given; the edit rules of ``add`` and ``edit``."""
    people, places = lib.people(), lib.places()
    changes: dict[str, Any] = {}
    if args.start is not None:
        changes["start_ms"] = _time(args.start, "--start")
    if args.end is not None:
        changes["end_ms"] = _time(args.end, "--end")
    if args.speaker:
        changes["speakers"] = tuple(
            dict.fromkeys(resolve(people, n, "person").id for n in args.speaker)
        )
    if args.person:
        changes["people"] = tuple(
            dict.fromkeys(resolve(people, n, "person").id for n in args.person)
        )
    if args.place:
        changes["places"] = tuple(dict.fromkeys(resolve(places, n, "place").id for n in args.place))
    if args.tag:
        changes["tags"] = tuple(dict.fromkeys(nfc(t) for t in args.tag))
    if args.date:
        changes["dates"] = tuple(_date(d) for d in args.date)
    if args.note is not None:
        changes["note"] = nfc(args.note)
    anchors = getattr(args, "anchors", None)
    if anchors:
        changes["items"] = tuple(_anchor(lib, a) for a in anchors)
    transcripts = _transcripts(lib, args, segment)
    if transcripts is not None:
        changes["transcripts"] = transcripts
    langs = args.lang or ([t.lang for t in transcripts] if transcripts and new else [])
    if langs:
        changes["languages"] = tuple(dict.fromkeys(langs))
    changes["consents"] = _consents(people, args, segment.consents)
    try:
        segment = replace(segment, **changes)
    except ValueError as exc:
        raise InvalidRecordError(str(exc)) from exc
    primary = lib.item(segment.recording_id).primary
    try:
        check_fits(segment, primary.duration_ms if primary is not None else None)
    except ValueError as exc:
        raise InvalidRecordError(f"--end: {exc}") from exc
    if args.private is not None:
        segment = replace(segment, private=args.private)
    elif new and speaks_living(people, segment):
        segment = replace(segment, private=True)  # testimony of the living stays private
    return segment


def _date(text: str) -> FuzzyDate:
    from memoryapp.core.dates.phrases import parse_date, text_only  # the date lexicons

    try:
        return parse_date(text)
    except InvalidDateError:
        return text_only(text)


def _anchor(lib: Library, given: dict[str, str]) -> Anchor:
    item = lib.item(given["item"])
    region = region_of(given["region"]) if "region" in given else None
    return Anchor(item_id=item.id, region=region, face=given.get("face", ""))


def _transcripts(
    lib: Library, args: argparse.Namespace, segment: Segment
) -> tuple[Transcript, ...] | None:
    """The segment's transcripts with those given replacing the same languages (None: none given)."""
    given: list[tuple[str, str]] = []
    for spec in args.transcript_file:
        lang, path = _lang_and(spec, args.lang, "--transcript-file")
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not UTF-8 text"
            raise InvalidRecordError(f"{path}: cannot read the transcript: {reason}") from exc
        given.append((lang, text))
    for spec in args.transcript:
        given.append(_lang_and(spec, args.lang, "--transcript"))
    if not given:
        return None
    by = nfc(args.by) if args.by is not None else lib.user
    new = {lang: transcribed(lang, text, by, corrected=args.corrected) for lang, text in given}
    kept = tuple(t for t in segment.transcripts if t.lang not in new)
    return kept + tuple(new.values())


def _lang_and(spec: str, langs: list[str], option: str) -> tuple[str, str]:
    lang, sep, rest = spec.partition("=")
    if sep and lang and "/" not in lang and len(lang) <= 12:
        return lang.strip(), rest
    if len(langs) == 1:
        return langs[0], spec
    raise InvalidRecordError(f"{option} {spec!r}: write LANG={option[2:].upper()} (e.g. fr=...)")


def _consents(
    people: list[Person], args: argparse.Namespace, consents: tuple[SegmentConsent, ...]
) -> tuple[SegmentConsent, ...]:
    by_person = {c.person_id: c for c in consents}
    for spec in args.consent:
        name, _, uses_text = spec.partition("=")
        pid = resolve(people, name, "person").id
        try:
            uses = tuple(ConsentUse(u.strip()) for u in uses_text.split(",") if u.strip())
        except ValueError as exc:
            choices = ", ".join(u.value for u in ConsentUse)
            raise InvalidRecordError(f"--consent {spec!r}: uses are {choices}") from exc
        given_on = args.consent_date or dt.datetime.now(dt.UTC).date().isoformat()
        by_person[pid] = SegmentConsent(person_id=pid, given_on=given_on, uses=uses)
    for name in args.revoke:
        pid = resolve(people, name, "person").id
        old = by_person.get(pid, SegmentConsent(person_id=pid))
        today = dt.datetime.now(dt.UTC).date().isoformat()
        by_person[pid] = replace(old, revoked=True, revoked_on=today)
    return tuple(by_person.values())
