"""The CLI starts at once: ``--help`` imports no command module, a command only its own.

Each check runs the real ``memoryapp`` entry point in a fresh interpreter with
``-X importtime`` and reads the modules it imported from stderr.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import memoryapp
from memoryapp.cli.commands import SUBCOMMANDS
from memoryapp.cli.main import build_parser

SRC = Path(memoryapp.__file__).resolve().parents[1]
SAMPLE = SRC.parent / "sample_collection"

HEAVY = ("memoryapp.library", "PySide6", "PIL", "numpy", "tinydb", "rapidfuzz", "orjson")
"""Never imported to print the help or the version."""

MAX_HELP_MODULES = 12
"""memoryapp modules ``memoryapp --help`` may import (9 today: the launcher, the parser, the
command list, output, errors and progress, with their packages)."""


def _imported(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``memoryapp ARGS``; its result and the modules it imported, in order."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "memoryapp", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    modules = [
        line.rsplit("|", 1)[1].strip()
        for line in run.stderr.splitlines()
        if line.startswith("import time:") and not line.endswith("| imported package")
    ]
    return run, modules


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize("option", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(option: str) -> None:
    run, modules = _imported(option)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "memoryapp" in run.stdout
    assert "memoryapp.cli.main" in modules  # the parser was really built here
    assert _heavy(modules) == []
    ours = [m for m in modules if m.split(".")[0] == "memoryapp"]
    assert len(ours) <= MAX_HELP_MODULES, ours


def test_help_lists_every_command_with_its_line() -> None:
    run, _ = _imported("--help")
    for name, spec in SUBCOMMANDS.items():
        assert f"    {name}" in run.stdout
        assert spec.help in " ".join(run.stdout.split())


def test_items_imports_neither_importers_nor_search(tmp_path: Path) -> None:
    collection = tmp_path / "sample"
    shutil.copytree(SAMPLE, collection)
    run, modules = _imported("items", "--json", "--collection", str(collection))
    assert run.returncode == 0, run.stderr[-2000:]
    assert '"id"' in run.stdout
    assert "memoryapp.library" in modules
    unused = ("memoryapp.importers.prepare", "memoryapp.search", "memoryapp.cli.describe", "PIL")
    assert [m for m in modules if m.startswith(unused)] == []


def test_each_command_parses_as_in_the_full_parser() -> None:
    """The parser built for one command has the same commands, lines and options as the full one."""
    full, full_handlers = build_parser()
    assert full_handlers
    assert set(full_handlers) <= set(SUBCOMMANDS)
    full_sub = full._subparsers._group_actions[0]  # type: ignore[union-attr]
    assert list(full_sub.choices) == list(SUBCOMMANDS)  # the order --help shows
    for name in SUBCOMMANDS:
        parser, handlers = build_parser(name)
        assert parser.format_help() == full.format_help()
        sub = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
        assert sub.choices[name].format_help() == full_sub.choices[name].format_help()
        assert (name in handlers) == (name in full_handlers)
