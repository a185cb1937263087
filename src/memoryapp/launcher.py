"""The ``memoryapp`` program: the desktop window without arguments, the CLI with a command.

It sits above both front ends so that neither imports the other.
"""

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window (no arguments, or ``gui [--collection DIR]``), else run the CLI."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] == "gui":
        wants_window, collection = _collection_option(args[1:])
        if wants_window:
            # Qt is heavy: imported only when the window is wanted.
            from memoryapp.ui.app import run

            return run(collection)
    from memoryapp.cli.main import main as cli_main

    return cli_main(args)


def _collection_option(args: list[str]) -> tuple[bool, Path | None]:
    """Whether the window is wanted, and on which collection (``--collection DIR``).

    Anything else after ``gui`` goes to the CLI, which explains the usage.
    """
    if not args:
        return True, None
    if len(args) == 2 and args[0] in ("--collection", "-c"):
        return True, Path(args[1])
    return False, None
