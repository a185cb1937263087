"""``identify`` and ``evidence``: identifications with their source, and the doubts about them."""

import argparse
import datetime as dt
from pathlib import Path

from memoryapp.cli.commands import Handler, help_of
from memoryapp.cli.edit_values import region_of
from memoryapp.cli.output import emit_json, say, warn
from memoryapp.core.assertion_edits import identify
from memoryapp.core.assertions import Assertion, Method, Status
from memoryapp.core.errors import InvalidRecordError, NotFoundError
from memoryapp.core.evidence import parse_source
from memoryapp.core.ids import PersonId
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.library.evidence_json import item_evidence_json
from memoryapp.library.lookup import resolve


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    p.add_argument("--json", action="store_true", help="print stable JSON")


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, Handler]:
    """Add ``identify`` and ``evidence``; return their handlers."""
    p = sub.add_parser("identify", help=help_of("identify"))
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("--person", required=True, metavar="NAME_OR_ID", help="who is shown")
    face = p.add_mutually_exclusive_group()
    face.add_argument("--region", metavar="X,Y,W,H", help="the face rectangle, fractions 0..1")
    face.add_argument("--face", metavar="FACE_ID", help="a detected face")
    p.add_argument(
        "--by",
        metavar="NAME_OR_ID",
        default=None,
        help="who says so: a person of the collection, or a name (default: the app's user)",
    )
    p.add_argument("--how", choices=[m.value for m in Method], default=Method.EYEWITNESS.value)
    p.add_argument(
        "--source",
        default="",
        metavar="SOURCE",
        help="RECORDING_ID@00:03:12, an item id, a .ged file name, or an inscription's words",
    )
    p.add_argument("--confidence", type=int, choices=range(5), default=2, metavar="0-4",
                   help="0 very low, 1 low, 2 normal (default), 3 high, 4 very high")  # fmt: skip
    p.add_argument("--status", choices=[s.value for s in Status], default=Status.PROPOSED.value)
    p.add_argument("--date", default=None, metavar="YYYY-MM-DD", help="when (default: today)")
    p.add_argument("--note", default="")

    p = sub.add_parser("evidence", help=help_of("evidence"))
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    return {"identify": _identify, "evidence": _evidence}


def _by(people: list[Person], text: str) -> tuple[PersonId | None, str]:
    """A person of the collection when the name or id is theirs, else the name as given."""
    try:
        return resolve(people, text, "person").id, ""
    except NotFoundError:
        return None, text.strip()


def _identify(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        item = lib.item(args.item)
        people = lib.people()
        person = resolve(people, args.person, "person")
        by_person, by_name = _by(people, args.by if args.by is not None else lib.user)
        known = {i.id for i in lib.items(include_trashed=True)}
        try:
            source = parse_source(args.source, known.__contains__) if args.source else None
        except ValueError as exc:
            raise InvalidRecordError(f"--source: {exc}") from exc
        if source is not None and source.recording_id not in (None, *known):
            warn(f"recording {source.recording_id} is not in the collection yet; kept as given")
        date = args.date or dt.datetime.now(dt.UTC).date().isoformat()
        try:
            dt.date.fromisoformat(date[:10])
        except ValueError as exc:
            raise InvalidRecordError(f"--date {date!r}: give an ISO day, YYYY-MM-DD") from exc
        assertion = Assertion(
            by_person=by_person,
            by_name=by_name,
            method=Method(args.how),
            confidence=args.confidence,
            date=date,
            status=Status(args.status),
            note=args.note,
            **({"source": source} if source is not None else {}),
        )
        by_label = by_name or next(p.name for p in people if p.id == by_person)
        command = identify(
            item,
            person.id,
            assertion,
            region=region_of(args.region) if args.region else None,
            face_id=args.face or "",
            by=by_label,
            label=f"Identify {person.name}",
        )
        lib.apply(command)
        return _show(args, lib, args.item)


def _evidence(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        return _show(args, lib, args.item)


def _show(args: argparse.Namespace, lib: Library, item_id: str) -> int:
    item = lib.item(item_id)
    data = item_evidence_json(item, {p.id: p for p in lib.people()})
    if args.json:
        emit_json(data)
        return 0
    say(f"{item.id}  {item.title}")
    for tag in data["tags"]:
        doubt = ", ".join(r["name"] or r["person"] for r in tag["disputed_with"])
        versus = f" (disputed with {doubt})" if doubt else ""
        say(f"  {tag['name'] or tag['person']}: {tag['status']}, {tag['certainty']}{versus}")
        for a in tag["assertions"]:
            source = f" from {a['source']}" if a["source"] else ""
            say(
                f"    {a['by'] or 'someone'} ({a['method']}{source}), "
                f"confidence {a['confidence']} ({a['confidence_words']}), {a['status']}"
                + (f", {a['date']}" if a["date"] else "")
            )
    for warning in data["warnings"]:
        say(f"  {warning['severity']}: {warning['message']}")
    return 0
