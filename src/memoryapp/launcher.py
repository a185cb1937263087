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
        collection = _collection_option(args[1:])
        if collection is not False:
            # Qt is heavy: imported only when the window is wanted.
            from memoryapp.ui.app import run

            return run(collection)
    from memoryapp.cli.main import main as cli_main

    return cli_main(args)


def _collection_option(args: list[str]) -> Path | None | bool:
    """``--collection DIR`` → DIR; nothing → None; anything else → False (let the CLI complain)."""
    if not args:
        return None
    if len(args) == 2 and args[0] in ("--collection", "-c"):
        return Path(args[1])
    return False
