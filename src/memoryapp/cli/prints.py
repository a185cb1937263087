"""The print as an object: ``item attach|detach``, ``inscription``, ``container``, ``custody``.

Each change is one command, one commit, one undo step; ``--json`` shapes are in docs/cli.md.
"""

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.output import counted, emit_json, say
from memoryapp.core.commands import Command
from memoryapp.core.dates import FuzzyDate, InvalidDateError
from memoryapp.core.errors import InvalidRecordError, NotFoundError
from memoryapp.core.ids import ContainerId, ItemId, PersonId, new_container_id, new_item_id
from memoryapp.core.items import FileRole, Item
from memoryapp.core.people import Person
from memoryapp.core.print_edits import add_custody, add_inscription, move_items, save_container
from memoryapp.core.prints import (
    Container,
    ContainerKind,
    CustodyEvent,
    CustodyKind,
    Inscription,
    InscriptionMedium,
    InscriptionSource,
    Location,
    find_container,
)
from memoryapp.core.views import attach_command, detach_command
from memoryapp.library import Library, items_json
from memoryapp.library.lookup import AmbiguousNameError, resolve
from memoryapp.library.prints_json import container_json, custody_json, inscription_json

Handler = Callable[[argparse.Namespace], int]


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def add_commands(sub: Any) -> dict[str, Handler]:
    """Register item, inscription, container and custody."""
    item = sub.add_parser("item", help=help_of("item"))
    isub = item.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = isub.add_parser("attach", help="make one item's file a view (the back) of another")
    _common(p)
    p.add_argument("front", metavar="FRONT_ID")
    p.add_argument("back", metavar="BACK_ID")
    p.add_argument("--as", dest="role", choices=["back"], default="back", help="the view's role")
    p = isub.add_parser("detach", help="give one file of an item (its back...) an item of its own")
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("--file", type=int, default=None, metavar="N", help="file index (the back)")

    ins = sub.add_parser("inscription", help=help_of("inscription"))
    nsub = ins.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = nsub.add_parser("add", help="record text written on a view")
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("text")
    p.add_argument("--file", type=int, default=None, metavar="N", help="view (default: the back)")
    p.add_argument("--lang", default="", help="BCP 47 language (fr, he, ar)")
    p.add_argument("--script", default="", help="ISO 15924 script (Latn, Hebr, Arab)")
    p.add_argument("--medium", choices=[m.value for m in InscriptionMedium])
    p.add_argument("--writer", default="", metavar="NAME_OR_ID", help="who wrote it")
    p.add_argument("--transcribed-by", default="", metavar="NAME")
    p.add_argument("--source", choices=[s.value for s in InscriptionSource], default="typed")
    p = nsub.add_parser("list", help="list an item's inscriptions")
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")

    con = sub.add_parser("container", help=help_of("container"))
    csub = con.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = csub.add_parser("add", help="add a box, album, page or slot")
    _common(p)
    p.add_argument("name")
    p.add_argument("--kind", choices=[k.value for k in ContainerKind], default="box")
    p.add_argument("--parent", default=None, metavar="PATH_OR_ID", help='e.g. "Box 1"')
    p.add_argument("--note", default="")
    p = csub.add_parser("move", help="put items in a container")
    _common(p)
    p.add_argument("items", nargs="+", metavar="ITEM_ID")
    p.add_argument("--to", required=True, metavar="PATH_OR_ID", help='e.g. "Album 1/Page 3"')
    p.add_argument("--position", default="", help='where in it ("slot 2", "top left")')
    p.add_argument("--normal", action="store_true", help="set the normal location as well")
    p = csub.add_parser("list", help="list the containers as a tree")
    _common(p)

    cus = sub.add_parser("custody", help=help_of("custody"))
    usub = cus.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="record who passed the original to whom")
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("--from", dest="giver", default="", metavar="NAME_OR_ID")
    p.add_argument("--to", dest="receiver", default="", metavar="NAME_OR_ID")
    p.add_argument("--date", default="", help='as said ("vers 1962")')
    p.add_argument("--kind", choices=[k.value for k in CustodyKind], required=True)
    p.add_argument("--note", default="")
    p.add_argument("--evidence", default="", metavar="ITEM_ID_OR_TEXT")
    p = usub.add_parser("list", help="list an item's custody chain")
    _common(p)
    p.add_argument("item", metavar="ITEM_ID")
    return {
        "item": _item,
        "inscription": _inscription,
        "container": _container,
        "custody": _custody,
    }


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _apply(lib: Library, build: Callable[[], Command]) -> None:
    try:
        command = build()
    except (ValueError, LookupError) as exc:
        raise InvalidRecordError(str(exc)) from exc
    lib.apply(command)


def _item(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        if args.action == "attach":
            front, back = lib.item(args.front), lib.item(args.back)
            _apply(lib, lambda: attach_command(front, back, _now()))
            shown = lib.item(front.id)
        else:
            item = lib.item(args.item)
            index = args.file
            if index is None:
                backs = [i for i in range(len(item.files)) if i > 0]
                index = backs[-1] if backs else 0
            new_id = new_item_id()
            _apply(lib, lambda: detach_command(item, index, new_id, _now()))
            shown = lib.item(item.id)
            if not args.json:
                say(f"{new_id}  the detached view")
        row = items_json(lib, [shown])[0]
    if args.json:
        emit_json(row)
    else:
        views = ", ".join(f"{v['file']}: {v['role']}" for v in row["views"])
        say(f"{row['id']}  {row['title']}  ({views})")
    return 0


def _person_or_name(people: list[Person], text: str) -> tuple[PersonId | None, str]:
    """A person of the collection named ``text``, else ``text`` as a name."""
    if not text:
        return None, ""
    try:
        return resolve(people, text, "person").id, ""
    except NotFoundError:
        return None, text
    except AmbiguousNameError as exc:
        raise InvalidRecordError(str(exc)) from exc


def _inscription(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=args.action == "list") as lib:
        item = lib.item(args.item)
        people = lib.people()
        if args.action == "add":
            index = args.file
            if index is None:  # the back, else the first view
                index = next(iter(item.indexes_of(FileRole.BACK)), 0)
            writer_id, writer = _person_or_name(people, args.writer)

            def build() -> Command:
                inscription = Inscription(
                    text=args.text,
                    file_index=index,
                    lang=args.lang,
                    script=args.script,
                    writer_id=writer_id,
                    writer=writer,
                    medium=None if args.medium is None else InscriptionMedium(args.medium),
                    transcribed_by=args.transcribed_by,
                    transcribed_at=_now(),
                    source=InscriptionSource(args.source),
                )
                return add_inscription(item, inscription)

            _apply(lib, build)
            item = lib.item(item.id)
        names: dict[str, str] = {p.id: p.name for p in people}
        rows = [inscription_json(i, names) for i in item.inscriptions]
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            say(f"[{row['file']}] {row['text']}")
        say(counted(len(rows), "inscription"))
    return 0


def _tree_lines(containers: dict[ContainerId, Container]) -> list[str]:
    children: dict[ContainerId | None, list[Container]] = {}
    for c in containers.values():  # already in name order
        parent = c.parent_id if c.parent_id in containers else None
        children.setdefault(parent, []).append(c)
    lines: list[str] = []

    def walk(parent: ContainerId | None, depth: int) -> None:
        for c in children.get(parent, []):
            lines.append(f"{'  ' * depth}{c.name}  ({c.kind})  {c.id}")
            walk(c.id, depth + 1)

    walk(None, 0)
    return lines


def _container(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=args.action == "list") as lib:
        containers = {c.id: c for c in lib.containers()}
        if args.action == "add":
            parent = _find(args.parent, containers) if args.parent else None
            new = Container(
                id=new_container_id(),
                name=args.name,
                kind=ContainerKind(args.kind),
                parent_id=parent.id if parent else None,
                note=args.note,
            )
            _apply(lib, lambda: save_container(None, new, containers))
            containers = {c.id: c for c in lib.containers()}
            row: Any = container_json(containers[new.id], containers)
        elif args.action == "move":
            target = _find(args.to, containers)
            items = [lib.item(i) for i in args.items]
            location = Location(container_id=target.id, position=args.position)
            lib.apply(move_items(items, location, normal=args.normal))
            row = items_json(lib, [lib.item(i.id) for i in items])
        else:
            row = [container_json(c, containers) for c in containers.values()]
    if args.json:
        emit_json(row)
    elif args.action == "add":
        say(f"{row['id']}  {row['path']}")
    elif args.action == "move":
        say(f"{counted(len(row), 'item')} in {args.to}")
    else:
        for line in _tree_lines(containers):
            say(line)
        say(counted(len(containers), "container"))
    return 0


def _find(text: str, containers: dict[ContainerId, Container]) -> Container:
    try:
        return find_container(text, containers)
    except LookupError as exc:
        raise InvalidRecordError(str(exc)) from exc


def _date(text: str) -> FuzzyDate:
    from memoryapp.core.dates.phrases import parse_date, text_only  # the date lexicons

    try:
        return parse_date(text)
    except InvalidDateError:
        return text_only(text)


def _custody(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=args.action == "list") as lib:
        item = lib.item(args.item)
        people = lib.people()
        if args.action == "add":
            giver, giver_name = _person_or_name(people, args.giver)
            receiver, receiver_name = _person_or_name(people, args.receiver)
            evidence_item: ItemId | None = None
            evidence = args.evidence
            if evidence and lib.record(Item, evidence) is not None:
                evidence_item, evidence = ItemId(evidence), ""

            def build() -> Command:
                event = CustodyEvent(
                    kind=CustodyKind(args.kind),
                    date=_date(args.date) if args.date else None,
                    from_person=giver,
                    from_name=giver_name,
                    to_person=receiver,
                    to_name=receiver_name,
                    note=args.note,
                    evidence_item=evidence_item,
                    evidence=evidence,
                )
                return add_custody(item, event)

            _apply(lib, build)
            item = lib.item(item.id)
        names: dict[str, str] = {p.id: p.name for p in people}
        rows = [custody_json(e, names) for e in item.custody]
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            when = f"{row['date']['text']}  " if row["date"] else ""
            say(f"{when}{row['kind']}: {row['from']['name'] or '?'} -> {row['to']['name'] or '?'}")
        say(counted(len(rows), "custody event"))
    return 0
