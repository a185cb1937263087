"""``memoryapp ocr`` and ``memoryapp text``: reading, showing and typing the text of pages.

::

    memoryapp ocr --collection DIR [ITEM_ID...] [--lang fra+heb] [--force] [--json]
    memoryapp ocr --collection DIR ITEM_ID --region X,Y,W,H [--file N] [--page N] [--lang L]
    memoryapp text show --collection DIR ITEM_ID [--file N] [--page N] [--json]
    memoryapp text set --collection DIR ITEM_ID [--file N] [--page N] [--lang L] --text-file F
    memoryapp text accept --collection DIR ITEM_ID [--file N] [--page N]
"""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import ExitCode, help_of
from memoryapp.cli.output import ProgressBar, counted, emit_json, say, warn
from memoryapp.core.texts import PageText
from memoryapp.library import Library

Handler = Callable[[argparse.Namespace], int]


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, Handler]:
    """Add ``ocr`` and ``text``; return their handlers."""
    p = sub.add_parser("ocr", help=help_of("ocr"))
    _collection(p)
    p.add_argument("items", nargs="*", metavar="ITEM_ID", help="items to read (default: all)")
    p.add_argument(
        "--lang", default="", help="Tesseract languages, e.g. fra+heb (default: guessed)"
    )
    p.add_argument("--force", action="store_true", help="read again pages that have a text")
    p.add_argument(
        "--region",
        default="",
        metavar="X,Y,W,H",
        help="read only this part of one item's page (fractions of the stored image)",
    )
    p.add_argument("--file", type=int, default=0, metavar="N", help="with --region: file index")
    p.add_argument("--page", type=int, default=1, metavar="N", help="with --region: page")
    p.add_argument("--json", action="store_true", help="print stable JSON")
    p = sub.add_parser("text", help=help_of("text"))
    actions = p.add_subparsers(dest="text_action", required=True, metavar="ACTION")
    for name, what in (
        ("show", "show the text of a page"),
        ("set", "type a transcription or correction of a page (one undo step)"),
        ("accept", "let search use an unreliable machine reading (one undo step)"),
    ):
        a = actions.add_parser(name, help=what)
        _collection(a)
        a.add_argument("item", metavar="ITEM_ID")
        a.add_argument("--file", type=int, default=0, metavar="N", help="file index (0: front)")
        a.add_argument("--page", type=int, default=1, metavar="N", help="page, from 1")
        if name == "set":
            a.add_argument("--lang", default="", help="language of the text (fra, heb, ara...)")
            a.add_argument("--text-file", type=Path, required=True, metavar="F", help="UTF-8 text")
        a.add_argument("--json", action="store_true", help="print stable JSON")
    return {"ocr": _ocr, "text": _text}


def _collection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")


def text_json(text: PageText | None) -> dict[str, Any] | None:
    """The stable JSON form of a page's text (docs/cli.md)."""
    if text is None:
        return None
    region = text.region
    return {
        "file": text.file,
        "page": text.page,
        "region": None if region is None else [region.x, region.y, region.w, region.h],
        "text": text.text,
        "machineText": text.machine_text,
        "transcription": text.corrected,
        "language": text.language,
        "script": text.script,
        "source": text.source.value,
        "engine": text.engine,
        "confidence": text.confidence,
        "reliable": text.reliable,
        "transcribedBy": text.transcribed_by,
        "transcribedAt": text.transcribed_at,
        "lines": [
            {
                "text": line.text,
                "box": [line.box.x, line.box.y, line.box.w, line.box.h],
                "confidence": line.confidence,
                "language": line.language,
            }
            for line in text.lines
        ],
    }


def _ocr(args: argparse.Namespace) -> int:
    from memoryapp.library.ocr_job import read_text

    languages = [lang for lang in args.lang.split("+") if lang]
    if args.region:
        return _ocr_region(args, languages)
    bar = ProgressBar(enabled=None if not args.json else False)
    with Library.open(args.collection) as lib:
        try:
            report = read_text(lib, args.items, languages=languages, force=args.force, progress=bar)
        finally:
            bar.finish()
    for failure in report.failures:
        warn(f"memoryapp: {failure}")
    if args.json:
        emit_json(
            {
                "engine": report.engine,
                "read": [{"item": r.item_id, "file": r.file, "page": r.page} for r in report.read],
                "skipped": report.skipped,
                "failures": report.failures,
            }
        )
    else:
        say(
            f"Read {counted(len(report.read), 'page')}; skipped {report.skipped} with a text"
            + (f"; {counted(len(report.failures), 'failure')}" if report.failures else "")
            + "."
        )
    return ExitCode.FILES_FAILED if report.failures else ExitCode.OK


def _ocr_region(args: argparse.Namespace, languages: list[str]) -> int:
    from memoryapp.core.regions import Region
    from memoryapp.library.ocr_job import read_region

    if len(args.items) != 1:
        warn("memoryapp: --region reads a part of one item's page; name exactly one item")
        return ExitCode.USAGE
    try:
        x, y, w, h = (float(v) for v in args.region.split(","))
        region = Region(x=x, y=y, w=w, h=h)
    except ValueError:
        warn(f"memoryapp: --region {args.region}: give X,Y,W,H as fractions 0-1 of the image")
        return ExitCode.USAGE
    with Library.open(args.collection) as lib:
        text = read_region(
            lib, args.items[0], region, file=args.file, page=args.page, languages=languages
        )
    if args.json:
        emit_json(text_json(text))
    else:
        say(text.text)
    return ExitCode.OK


def _text(args: argparse.Namespace) -> int:
    from memoryapp.core.texts import text_of
    from memoryapp.library.ocr_job import set_text

    if args.text_action == "show":
        with Library.open(args.collection, read_only=True) as lib:
            text = text_of(lib.item(args.item).texts, args.file, args.page)
    elif args.text_action == "set":
        try:
            typed = args.text_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or "not UTF-8 text"
            warn(f"memoryapp: {args.text_file}: {reason}; nothing was changed")
            return ExitCode.USAGE
        if not typed.strip():
            warn(f"memoryapp: {args.text_file}: the file is empty; nothing was changed")
            return ExitCode.USAGE
        with Library.open(args.collection) as lib:
            text = set_text(
                lib, args.item, typed, file=args.file, page=args.page, language=args.lang
            )
    else:
        with Library.open(args.collection) as lib:
            text = set_text(lib, args.item, "", file=args.file, page=args.page, accept=True)
    if args.json:
        emit_json(text_json(text))
    elif text is None:
        say("No text on this page yet.")
    else:
        if not text.reliable:
            say("(unreliable: machine reading of handwriting; type a transcription instead)")
        say(text.text)
    return ExitCode.OK
