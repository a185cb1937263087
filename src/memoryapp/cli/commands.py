"""The subcommands: their one-line help, in ``--help`` order, and the group that defines them.

``memoryapp --help`` lists the commands from here alone; a group's module (which pulls in the
library, its importers and exporters) is imported, and its parsers built, only when one of its
commands is run (``cli/main.py``).
"""

import argparse
from collections.abc import Callable
from enum import IntEnum
from typing import NamedTuple

Handler = Callable[[argparse.Namespace], int]


class ExitCode(IntEnum):
    """Exit codes (docs/cli.md)."""

    OK = 0
    FILES_FAILED = 1  # some files failed, or the collection is not healthy
    USAGE = 2
    LOCKED = 3  # collection locked or unreadable
    INTERRUPTED = 130


class Subcommand(NamedTuple):
    """A command's group (the module that registers it) and its line in ``--help``."""

    group: str
    help: str


SUBCOMMANDS: dict[str, Subcommand] = {
    "init": Subcommand("collection", "create an empty collection"),
    "import": Subcommand("collection", "import files and folders"),
    "items": Subcommand("collection", "list every item"),
    "show": Subcommand("collection", "show one item"),
    "check": Subcommand("collection", "verify the collection's integrity"),
    "relink": Subcommand("collection", "find moved or renamed linked files by their content"),
    "gui": Subcommand("gui", "open the desktop window"),
    "person": Subcommand("describe", "add, edit, merge or list people"),
    "place": Subcommand("describe", "add, edit or list places"),
    "tag": Subcommand("describe", "add or remove people, places, tags and dates on items"),
    "edit": Subcommand("describe", "set any editable field of items (see docs/cli.md)"),
    "search": Subcommand("describe", "find items (query language: docs/search.md)"),
    "gedcom": Subcommand("describe", "import people from a family-tree file"),
    "identify": Subcommand(
        "evidence", "name a person on an item, with who said so, how and from what"
    ),
    "evidence": Subcommand(
        "evidence", "show who identified each person on an item, and the doubts"
    ),
    "film": Subcommand("films", "documentary films"),
    "scene": Subcommand("films", "scenes of a film"),
    "link": Subcommand("films", "items linked to scenes"),
    "item": Subcommand("prints", "attach the back of a print to its front, or detach a view"),
    "inscription": Subcommand("prints", "add or list text written on a print"),
    "container": Subcommand("prints", "add, list or move items into boxes, albums and pages"),
    "custody": Subcommand("prints", "add or list who held the original, and when"),
    "segment": Subcommand("segments", "testimony segments of recordings"),
    "merge": Subcommand(
        "exchange", "merge another collection folder, a JSON-LD export or a BagIt bag"
    ),
    "delete": Subcommand("trash", "move items to the trash"),
    "trash": Subcommand("trash", "list, restore or empty the trash"),
    "history": Subcommand("history", "list the operations made on the collection, newest first"),
    "undo": Subcommand("history", "revert the newest operation not yet undone"),
    "redo": Subcommand("history", "apply again the operation undone last"),
    "export": Subcommand("export", "export for researchers, archives, editors and clearance"),
    "faces": Subcommand("faces", "find faces on pictures, name them, list suggestions"),
    "ocr": Subcommand("texts", "read the text of documents and backs of prints (OCR)"),
    "text": Subcommand("texts", "show, type or accept the text of a page"),
}


def help_of(command: str) -> str:
    """The line ``memoryapp --help`` shows for ``command``."""
    return SUBCOMMANDS[command].help
