"""The commands on the collection itself: init, import, items, show, check, relink.

The import and relink machinery (importers, Pillow, worker processes) is imported by the
handlers that use it, so that ``items`` and ``show`` start quickly.
"""

import argparse
from pathlib import Path

from memoryapp.cli.commands import ExitCode, Handler, help_of
from memoryapp.cli.output import ProgressBar, counted, emit_json, say, warn
from memoryapp.core.import_results import FailureReason, FileStatus
from memoryapp.library import Library, items_json, report_json
from memoryapp.library.evidence_json import finding_json


def _collection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")


def _json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, Handler]:
    """Add ``init``, ``import``, ``items``, ``show``, ``check`` and ``relink``; return their handlers."""
    p = sub.add_parser("init", help=help_of("init"))
    _collection(p)
    p.add_argument("--title", default="", help="the collection's title")
    _json(p)

    p = sub.add_parser("import", help=help_of("import"))
    _collection(p)
    p.add_argument("--link", action="store_true", help="reference files where they are")
    p.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    p.add_argument("--time-limit", type=float, default=60.0, help="seconds per file (default 60)")
    _json(p)
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    p = sub.add_parser("items", help=help_of("items"))
    _collection(p)
    _json(p)

    p = sub.add_parser("show", help=help_of("show"))
    _collection(p)
    _json(p)
    p.add_argument("id", metavar="ID")

    p = sub.add_parser("check", help=help_of("check"))
    _collection(p)
    _json(p)

    p = sub.add_parser("relink", help=help_of("relink"))
    _collection(p)
    _json(p)
    p.add_argument("search_dir", type=Path, metavar="SEARCH_DIR")
    return {
        "init": _init,
        "import": _import,
        "items": _items,
        "show": _show,
        "check": _check,
        "relink": _relink,
    }


def _init(args: argparse.Namespace) -> int:
    with Library.create(args.collection, title=args.title) as lib:
        if args.json:
            emit_json({"collection": str(lib.path), "id": lib.collection_id, "title": lib.title})
        else:
            say(f"Created collection {lib.path}")
    return ExitCode.OK


def _import(args: argparse.Namespace) -> int:
    from memoryapp.library import ImportOptions

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
    from memoryapp.library.relink import relink

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
                "warnings": [finding_json(f) for f in report.findings],
            }
        )
    else:
        for p in report.problems:
            say(f"{p.kind}: {p.path} {p.detail}".rstrip())
        for f in report.findings:
            say(f"{f.severity}: {f.kind}: {f.message}")
        state = "healthy" if report.healthy else "NOT healthy"
        say(f"{report.items} items, {report.files} files: {state}")
    return ExitCode.OK if report.healthy else ExitCode.FILES_FAILED
