"""The ``memoryapp`` command: no arguments opens the desktop window; subcommands script it.

The parser is built lazily: every command is listed (``cli/commands.py``), but only the group
of the command being run is imported and given its options, so ``memoryapp --help`` imports
neither the library nor anything heavy.
"""

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeAlias

from memoryapp import __version__
from memoryapp.cli.commands import SUBCOMMANDS, ExitCode, Handler, help_of
from memoryapp.cli.output import warn
from memoryapp.core.errors import (
    CollectionError,
    CollectionLockedError,
    CollectionWriteError,
    InvalidRecordError,
    MemoryAppError,
    NotFoundError,
    os_error_reason,
)

__all__ = ["ExitCode", "build_parser", "main"]

log = logging.getLogger(__name__)

SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def _collection_group(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import collection

    handlers.update(collection.add_commands(sub))


def _gui(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    p = sub.add_parser("gui", help=help_of("gui"))
    p.add_argument("--collection", "-c", type=Path, default=None)


def _describe(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import describe

    handlers.update(describe.add_commands(sub))


def _evidence(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import evidence

    handlers.update(evidence.add_commands(sub))


def _films(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import films

    handlers.update(films.add_commands(sub))


def _prints(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import prints

    handlers.update(prints.add_commands(sub))


def _segments(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import segments

    handlers.update(segments.add_commands(sub))


def _exchange(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import exchange

    handlers.update(exchange.add_commands(sub))


def _trash(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    """``delete`` and ``trash``, and the ``delete`` action of person, place, film and scene."""
    from memoryapp.cli import trash

    handlers.update(trash.add_commands(sub, handlers))


def _history(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import history

    handlers.update(history.add_commands(sub))


def _export(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import exchange, films

    p = sub.add_parser("export", help=help_of("export"))
    p.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    formats = {**exchange.EXPORT_FORMATS, **films.FILM_EXPORT_FORMATS}
    p.add_argument("--format", required=True, choices=sorted(formats), help="export format")
    p.add_argument("--out", type=Path, required=True, help="file or folder to create")
    p.add_argument("--query", default=None, help="export the items this search finds")
    p.add_argument("--film", default=None, help="film id or title (film formats)")
    p.add_argument("--json", action="store_true", help="print stable JSON")
    exchange.add_export_arguments(p)
    handlers["export"] = lambda args: formats[args.format](args)


def _faces(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import faces

    handlers.update(faces.add_commands(sub))


def _texts(sub: SubParsers, handlers: dict[str, Handler]) -> None:
    from memoryapp.cli import texts

    handlers.update(texts.add_commands(sub))


_GROUPS: dict[str, Callable[[SubParsers, dict[str, Handler]], None]] = {
    "collection": _collection_group,
    "gui": _gui,
    "describe": _describe,
    "evidence": _evidence,
    "films": _films,
    "prints": _prints,
    "segments": _segments,
    "exchange": _exchange,
    "trash": _trash,
    "history": _history,
    "export": _export,
    "faces": _faces,
    "texts": _texts,
}
"""Each group registers its commands, in the order of ``SUBCOMMANDS``."""

_ALSO = {"describe": "trash", "films": "trash"}
"""A group built after another: trash adds a ``delete`` action to person, place, film and scene."""


def _groups_for(command: str | None) -> set[str]:
    """The groups to build for ``command``: all of them when it is None."""
    if command is None:
        return set(_GROUPS)
    if command not in SUBCOMMANDS:
        return set()
    group = SUBCOMMANDS[command].group
    return {group, _ALSO[group]} if group in _ALSO else {group}


def build_parser(
    command: str | None = None,
) -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The argument parser and the handler of each subcommand.

    Every command is listed; only those of ``command``'s group (every group when None) get
    their options and handlers, importing their modules.
    """
    parser = argparse.ArgumentParser(
        prog="memoryapp",
        description="A desktop archivist for family photo and document memory. "
        "Without a command, opens the desktop window.",
    )
    parser.add_argument("--version", action="version", version=f"memoryapp {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    wanted = _groups_for(command)
    handlers: dict[str, Handler] = {}
    built: set[str] = set()
    for name, spec in SUBCOMMANDS.items():
        if spec.group not in wanted:
            sub.add_parser(name, help=spec.help)  # listed only: never run in this process
        elif spec.group not in built:
            _GROUPS[spec.group](sub, handlers)
            built.add(spec.group)
    return parser, handlers


def _command_of(args: Sequence[str]) -> str:
    """The subcommand named in ``args`` ("" when there is none): the first non-option word."""
    return next((arg for arg in args if not arg.startswith("-")), "")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser, handlers = build_parser(_command_of(args_list))
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
