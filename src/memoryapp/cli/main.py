"""The ``memoryapp`` command: no arguments opens the desktop window; subcommands script it."""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from enum import IntEnum
from pathlib import Path

from memoryapp import __version__
from memoryapp.cli import describe, exchange, films, history, trash
from memoryapp.cli.output import ProgressBar, counted, emit_json, say, warn
from memoryapp.core.errors import (
    CollectionError,
    CollectionLockedError,
    CollectionWriteError,
    InvalidRecordError,
    MemoryAppError,
    NotFoundError,
    os_error_reason,
)
from memoryapp.core.import_results import FailureReason, FileStatus
from memoryapp.library import ImportOptions, Library, items_json, report_json
from memoryapp.library.relink import relink

log = logging.getLogger(__name__)


class ExitCode(IntEnum):
    """Exit codes (docs/cli.md)."""

    OK = 0
    FILES_FAILED = 1  # some files failed, or the collection is not healthy
    USAGE = 2
    LOCKED = 3  # collection locked or unreadable
    INTERRUPTED = 130


def _collection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print stable JSON")


Handler = Callable[[argparse.Namespace], int]


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The argument parser and the handler of each subcommand."""
    parser = argparse.ArgumentParser(
        prog="memoryapp",
        description="A desktop archivist for family photo and document memory. "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"memoryapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create an empty collection")
    _collection(p)
    p.add_argument("--title", default="", help="the collection's title")
    _json(p)

    p = sub.add_parser("import", help="import files and folders")
    _collection(p)
    p.add_argument("--link", action="store_true", help="reference files where they are")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per file (default 60)")
    _json(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("items", help="list every item")
    _collection(p)
    _json(p)

    p = sub.add_parser("show", help="show one item")
    _collection(p)
    _json(p)
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("check", help="verify the collection's integrity")
    _collection(p)
    _json(p)

    p = sub.add_parser("relink", help="find moved or renamed linked files by their content")
    _collection(p)
    _json(p)
    p.add_argument("search_dir", type=Path, metavar="SEARCH_DIR")

    p = sub.add_parser("gui", help="open the desktop window")
    p.add_argument("--collection", "-c", type=Path, default=None)
    handlers: dict[str, Handler] = {
        "init": _init,
        "import": _import,
        "items": _items,
        "show": _show,
        "check": _check,
        "relink": _relink,
    }
    handlers.update(describe.add_commands(sub))
    handlers.update(films.add_commands(sub))
    handlers.update(exchange.add_commands(sub))
    handlers.update(trash.add_commands(sub, handlers))
    handlers.update(history.add_commands(sub))
    p = sub.add_parser("export", help="export for researchers, archives, editors and clearance")
    _collection(p)
    formats = {**exchange.EXPORT_FORMATS, **films.FILM_EXPORT_FORMATS}
    p.add_argument("--format", required=True, choices=sorted(formats), help="export format")
    p.add_argument("--out", type=Path, required=True, help="file or folder to create")
    p.add_argument("--query", default=None, help="export the items this search finds")
    p.add_argument("--film", default=None, help="film id or title (film formats)")
    _json(p)
    exchange.add_export_arguments(p)
    handlers["export"] = lambda args: formats[args.format](args)
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser, handlers = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0) and ExitCode.USAGE
    if args.command in (None, "gui"):  # the launcher opens the window before we get here
        parser.print_help()
        return ExitCode.USAGE
    handler = handlers[args.command]
    try:
        return handler(args)
    except CollectionLockedError as exc:
        warn(f"memoryapp: {exc}")
        return ExitCode.LOCKED
    except CollectionWriteError as exc:  # a full disk…: nothing was half-written
        warn(f"memoryapp: {exc}")
        return ExitCode.FILES_FAILED
    except CollectionError as exc:
        warn(f"memoryapp: {exc}")
        return ExitCode.LOCKED
    except (NotFoundError, InvalidRecordError) as exc:
        warn(f"memoryapp: {exc}")
        return ExitCode.USAGE
    except MemoryAppError as exc:
        warn(f"memoryapp: {exc}")
        return ExitCode.FILES_FAILED
    except KeyboardInterrupt:
        warn("memoryapp: interrupted")
        return ExitCode.INTERRUPTED
    except OSError as exc:  # a write the library does not wrap (an export's files…)
        where = getattr(args, "out", None) or getattr(args, "collection", None) or exc.filename
        warn(f"memoryapp: {where}: {os_error_reason(exc)}; nothing was written")
        return ExitCode.FILES_FAILED


def _init(args: argparse.Namespace) -> int:
    with Library.create(args.collection, title=args.title) as lib:
        if args.json:
            emit_json({"collection": str(lib.path), "id": lib.collection_id, "title": lib.title})
        else:
            say(f"Created collection {lib.path}")
    return ExitCode.OK


def _import(args: argparse.Namespace) -> int:
    bar = ProgressBar()
    options = ImportOptions(link=args.link, jobs=args.jobs, time_limit_s=args.time_limit)
    with Library.open(args.collection) as lib:
        report = lib.import_paths(args.paths, options=options, progress=bar)
    bar.finish()
    data = report_json(report)
    if args.json:
        emit_json(data)
    else:
        for r in report.results:
            tail = (
                f"  {r.reason}: {r.detail}" if r.reason else (f"  {r.detail}" if r.detail else "")
            )
            say(f"{r.status:<13} {r.item_id or '-':<32} {r.path}{tail}")
        summary = ", ".join(f"{n} {status}" for status, n in sorted(data["summary"].items()))
        say(
            f"{len(report.results)} files: {summary or 'nothing found'} in {report.elapsed_s:.1f} s"
        )
    if any(r.reason is FailureReason.DISK_FULL for r in report.results):
        warn(f"memoryapp: {args.collection}: the disk is full; the import stopped")
    return ExitCode.FILES_FAILED if report.of(FileStatus.FAILED) else ExitCode.OK


def _items(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        items = lib.items()
        if args.json:
            emit_json(items_json(lib, items))
        else:
            for item in items:
                taken = item.taken
                when = (taken.input or taken.edtf or "") if taken else ""
                say(
                    f"{item.id}  {when:<14} {item.title or (item.primary.original_name if item.primary else '')}"
                )
            say(counted(len(items), "item"))
    return ExitCode.OK


def _show(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        item = lib.item(args.id)
        data = items_json(lib, [item])[0]
    if args.json:
        emit_json(data)
    else:
        for key in ("id", "kind", "title", "description", "tags", "private"):
            say(f"{key:>12}: {data[key]}")
        for role, date in data["dates"].items():
            say(f"{role:>12}: {date['input'] or date['edtf']} ({date['edtf']})")
        for person in data["people"]:
            say(f"{'person':>12}: {person['name']}")
        for place in data["places"]:
            say(f"{'place':>12}: {place['name']}")
        for f in data["files"]:
            say(
                f"{'file':>12}: {f['path']} ({f['format']}, {f['width']}x{f['height']}, {f['size']} bytes)"
            )
        if data["damaged"]:
            say(f"{'damaged':>12}: {data['damaged']}")
    return ExitCode.OK


def _relink(args: argparse.Namespace) -> int:
    bar = ProgressBar()
    with Library.open(args.collection) as lib:
        report = relink(lib, args.search_dir, progress=bar)
    bar.finish()
    if args.json:
        emit_json(
            {
                "missing": list(report.missing),
                "found": [{"old": old, "new": new} for old, new in report.found],
                "still_missing": list(report.still_missing),
            }
        )
    else:
        for old, new in report.found:
            say(f"found {old} -> {new}")
        for path in report.still_missing:
            say(f"still missing {path}")
        say(f"{len(report.found)} of {len(report.missing)} missing files found again")
    return ExitCode.FILES_FAILED if report.still_missing else ExitCode.OK


def _check(args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        report = lib.check(progress=ProgressBar())
    if args.json:
        emit_json(
            {
                "healthy": report.healthy,
                "items": report.items,
                "files": report.files,
                "problems": [
                    {
                        "kind": str(p.kind),
                        "path": p.path,
                        "detail": p.detail,
                        "item_id": p.item_id or None,
                    }
                    for p in report.problems
                ],
            }
        )
    else:
        for p in report.problems:
            say(f"{p.kind}: {p.path} {p.detail}".rstrip())
        state = "healthy" if report.healthy else "NOT healthy"
        say(f"{report.items} items, {report.files} files: {state}")
    return ExitCode.OK if report.healthy else ExitCode.FILES_FAILED
