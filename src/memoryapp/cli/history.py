"""``memoryapp history``, ``undo`` and ``redo``: the collection's operation log from the shell.

::

    memoryapp history --collection DIR [--item ID] [--limit N] [--json]
    memoryapp undo --collection DIR [--json]
    memoryapp redo --collection DIR [--json]
"""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.output import counted, emit_json, say
from memoryapp.core.history import KIND_NAMES, Operation
from memoryapp.library import Library

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, Handler]:
    """Add ``history``, ``undo`` and ``redo``; return their handlers."""
    p = sub.add_parser("history", help=help_of("history"))
    _common(p)
    p.add_argument("--item", default=None, metavar="ID", help="only operations on this item")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="the newest N only")
    _common_json(p)
    p = sub.add_parser("undo", help=help_of("undo"))
    _common(p)
    _common_json(p)
    p = sub.add_parser("redo", help=help_of("redo"))
    _common(p)
    _common_json(p)
    return {"history": _history, "undo": _undo, "redo": _redo}


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")


def _common_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def operation_json(op: Operation) -> dict[str, Any]:
    """The stable JSON form of one operation (docs/cli.md)."""
    return {
        "id": op.id,
        "label": op.label,
        "at": op.at,
        "by": op.by,
        "kind": op.kind,
        "target": op.target,
        "undone": op.undone,
        "records": [{"type": KIND_NAMES[kind], "id": rid} for kind, rid in op.touched],
    }


def _line(op: Operation) -> str:
    count = len(op.touched)
    records = counted(count, "record")
    undone = "  [undone]" if op.undone else ""
    return f"{op.id:>6}  {op.at}  {op.by}  {op.label}  ({records}){undone}"


def _history(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        ops = lib.history(args.item)
    if args.limit is not None:
        ops = ops[: max(args.limit, 0)]
    if args.json:
        emit_json([operation_json(op) for op in ops])
    elif not ops:
        say("No operations yet.")
    else:
        for op in ops:
            say(_line(op))
    return 0


def _undo(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        op = lib.undo()
    _report(op, args.json)
    return 0


def _redo(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        op = lib.redo()
    _report(op, args.json)
    return 0


def _report(op: Operation, as_json: bool) -> None:
    if as_json:
        emit_json(operation_json(op))
    else:
        say(f"{op.label} (operation {op.target}; logged as {op.id})")
