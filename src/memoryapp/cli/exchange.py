"""Exports for researchers and archives, and merging another collection or export in.

``EXPORT_FORMATS`` maps each research format of the format registry
(``library.exchange.FORMAT_NAMES``) to a handler for the shared ``memoryapp export``
subcommand, whose arguments are::

    memoryapp export --collection DIR --format F --out PATH [--query Q | --ids ID...]
                     [--include-private] [--include-living] [--exact-gps]
                     [--living-mode replace-name|full-name-only|exclude]
                     [--base-url URL] [--embed-xmp] [--no-media] [--overwrite] [--json]

(``add_export_arguments`` adds the ones after ``--out``). ``add_commands`` adds
``memoryapp merge --collection DIR SOURCE``.
"""

import argparse
import contextlib
from collections.abc import Callable
from pathlib import Path

from memoryapp.cli.commands import help_of
from memoryapp.cli.output import ProgressBar, counted, emit_json, say, warn
from memoryapp.core.privacy import ExportPolicy, LivingMode
from memoryapp.library import Library
from memoryapp.library.exchange import (
    FORMAT_NAMES,
    ExportOptions,
    ExportResult,
    MergeReport,
    OutputExistsError,
    export_selection,
    item_ids_of,
    merge_into,
)

Handler = Callable[[argparse.Namespace], int]

_OK, _FAILED, _USAGE = 0, 1, 2


def add_export_arguments(parser: argparse.ArgumentParser, *, with_core: bool = False) -> None:
    """Add the research-export options to an ``export`` parser.

    Args:
        parser: The ``export`` subcommand's parser.
        with_core: Also add ``--collection``, ``--format``, ``--out`` and ``--query`` (for a
            parser that does not have them yet).
    """
    if with_core:
        parser.add_argument(
            "--collection", "-c", type=Path, required=True, help="collection folder"
        )
        parser.add_argument("--format", required=True, choices=FORMAT_NAMES, help="export format")
        parser.add_argument("--out", type=Path, required=True, help="the export folder to create")
        parser.add_argument("--query", default=None, help="export the items this search finds")
    parser.add_argument("--ids", nargs="+", default=None, metavar="ID", help="export these items")
    parser.add_argument("--include-private", action="store_true", help="keep private records")
    parser.add_argument(
        "--include-living", action="store_true", help="keep living people's names and details"
    )
    parser.add_argument("--exact-gps", action="store_true", help="keep exact coordinates")
    parser.add_argument(
        "--living-mode",
        choices=[str(m) for m in LivingMode],
        default=str(LivingMode.REPLACE_NAME),
        help="what to do with living people (default: replace their names)",
    )
    parser.add_argument("--base-url", default=None, help="IIIF: the address it will be served at")
    parser.add_argument("--embed-xmp", action="store_true", help="XMP: also embed into JPEG copies")
    parser.add_argument("--no-media", action="store_true", help="metadata only, no media copies")
    parser.add_argument(
        "--unnamed-faces",
        action="store_true",
        help="XMP: also write detected faces not named yet, as face regions without a name",
    )
    parser.add_argument("--overwrite", action="store_true", help="replace an existing export")
    with contextlib.suppress(argparse.ArgumentError):  # the parser may have --json already
        parser.add_argument("--json", action="store_true", help="print stable JSON")


def _selection(lib: Library, args: argparse.Namespace) -> list[str] | None:
    ids = getattr(args, "ids", None)
    query = getattr(args, "query", None)
    if ids and query:
        warn("memoryapp: give --query or --ids, not both")
        return None
    if ids:
        return list(ids)
    if query:
        # Only when a query is given: the index is loaded from its snapshot, or built.
        from memoryapp.library.finder import Finder

        try:
            finder = Finder(lib)
            found: list[str] = list(finder.search(query).ids)
            finder.save()  # the next search loads the index
            return found
        except ValueError as exc:  # QueryError: the query cannot be parsed
            warn(f"memoryapp: bad query: {exc}")
            return None
    return list(item_ids_of(lib))


def policy_of(args: argparse.Namespace) -> ExportPolicy:
    """The privacy policy the ``export`` options ask for (withholding by default)."""
    return ExportPolicy(
        include_private=bool(getattr(args, "include_private", False)),
        include_living_details=bool(getattr(args, "include_living", False)),
        exact_gps=bool(getattr(args, "exact_gps", False)),
        living_mode=LivingMode(getattr(args, "living_mode", None) or LivingMode.REPLACE_NAME),
    )


def _options(args: argparse.Namespace) -> ExportOptions:
    defaults = ExportOptions()
    return ExportOptions(
        include_media=not getattr(args, "no_media", False),
        embed_xmp=bool(getattr(args, "embed_xmp", False)),
        base_url=getattr(args, "base_url", None) or defaults.base_url,
        unnamed_faces=bool(getattr(args, "unnamed_faces", False)),
    )


def export_json(result: ExportResult) -> dict[str, object]:
    """The stable JSON of ``export --json``."""
    return {
        "path": str(result.path),
        "format": result.format,
        "items": result.items,
        "files": list(result.files),
        "warnings": list(result.warnings),
        "privacy": result.report.to_json(),
        "included": included_notes(result),
    }


def say_privacy(result: ExportResult) -> None:
    """Print what the privacy filter withheld, and what it was told to let through."""
    counts = result.report.counts()
    withheld = ", ".join(f"{n} {reason}" for reason, n in counts.items()) or "nothing"
    say(f"Privacy filter: {withheld}")
    for line in included_notes(result):
        warn(line)


def included_notes(result: ExportResult) -> list[str]:
    """Sentences saying which withheld records an export was asked to include."""
    policy = result.report.policy
    notes = []
    if policy.get("include_private"):
        notes.append("note: this export includes private items and people (--include-private)")
    if policy.get("include_living_details"):
        notes.append(
            "note: this export includes living people's names and details (--include-living)"
        )
    return notes


def export_exists(exc: OutputExistsError) -> int:
    """Report an export destination that exists: a usage error (exit 2)."""
    warn(f"memoryapp: {exc}")
    return _USAGE


def _export_handler(fmt: str) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        try:
            return _run_export(fmt, args)
        except OutputExistsError as exc:
            return export_exists(exc)

    return handler


def _run_export(fmt: str, args: argparse.Namespace) -> int:
    with Library.open(args.collection, read_only=True) as lib:
        ids = _selection(lib, args)
        if ids is None:
            return _USAGE
        bar = ProgressBar()
        result = export_selection(
            lib,
            ids,
            fmt,
            args.out,
            policy_of(args),
            options=_options(args),
            overwrite=bool(getattr(args, "overwrite", False)),
            progress=bar,
        )
        bar.finish()
    if getattr(args, "json", False):
        emit_json(export_json(result))
        return _OK
    for warning in result.warnings:
        warn(f"warning: {warning}")
    say(f"Exported {counted(result.items, 'item')} as {fmt} to {result.path}")
    say_privacy(result)
    say("See privacy-report.txt in the export.")
    return _OK


EXPORT_FORMATS: dict[str, Handler] = {fmt: _export_handler(fmt) for fmt in FORMAT_NAMES}
"""The handler of ``memoryapp export --format F`` for each research format."""


def merge_json(report: MergeReport) -> dict[str, object]:
    """The stable JSON of ``merge --json``."""
    return {
        "source": report.source,
        "kind": report.kind,
        "added_items": list(report.added_items),
        "duplicates": [{"source": s, "existing": e} for s, e in report.duplicates],
        "possible_copies": [{"item": i, "looks_like": c} for i, c in report.possible_copies],
        "added_people": list(report.added_people),
        "matched_people": [{"source": s, "existing": e} for s, e in report.matched_people],
        "added_places": list(report.added_places),
        "matched_places": [{"source": s, "existing": e} for s, e in report.matched_places],
        "conflicts": [
            {"kind": c.kind, "id": c.record_id, "detail": c.detail} for c in report.conflicts
        ],
        "failures": list(report.failures),
        "cancelled": report.cancelled,
    }


def _merge(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        bar = ProgressBar()
        report = merge_into(lib, args.source, progress=bar)
        bar.finish()
    if args.json:
        emit_json(merge_json(report))
    else:
        for conflict in report.conflicts:
            say(f"conflict {conflict.kind} {conflict.record_id}: {conflict.detail}")
        for failure in report.failures:
            warn(f"failed: {failure}")
        say(
            f"Merged {report.source}: {counted(len(report.added_items), 'item')} added, "
            f"{len(report.duplicates)} duplicates, "
            f"{len({i for i, _ in report.possible_copies})} possible copies, "
            f"{len(report.added_people)} people added, "
            f"{len(report.matched_people)} matched, {len(report.added_places)} places added, "
            f"{len(report.matched_places)} matched, {len(report.conflicts)} conflicts"
        )
    return _FAILED if report.failures else _OK


def add_commands(
    subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]",
) -> dict[str, Handler]:
    """Add ``merge``; return its handler by command name."""
    p = subparsers.add_parser("merge", help=help_of("merge"))
    p.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    p.add_argument("--json", action="store_true", help="print stable JSON")
    p.add_argument("source", type=Path, metavar="SOURCE")
    return {"merge": _merge}
