"""One registry of export formats: the CLI, the docs and the writers all come from it."""

import re
from pathlib import Path

import pytest

from memoryapp.cli.main import build_parser
from memoryapp.exporters.formats import EXPORT_FORMATS, FOLDER, Family, markdown_table

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _between(text: str, start: str, end: str) -> str:
    match = re.search(re.escape(start) + r"\n(.*?)" + re.escape(end), text, re.S)
    assert match is not None, start
    return match.group(1)


def test_docs_tables_are_the_registry() -> None:
    exports = (DOCS / "exports.md").read_text("utf-8")
    table = _between(exports, "<!-- formats table: generated from the registry -->", "<!--")
    assert table == markdown_table()
    cli = (DOCS / "cli.md").read_text("utf-8")
    names = _between(cli, "<!-- format names: generated from the registry -->", "<!--")
    assert names.strip() == ", ".join(f"`{n}`" for n in EXPORT_FORMATS)


def test_the_cli_offers_exactly_the_registry() -> None:
    parser, _ = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    export = sub.choices["export"]  # type: ignore[attr-defined]
    fmt = next(a for a in export._actions if a.dest == "format")
    assert sorted(fmt.choices) == sorted(EXPORT_FORMATS)
    flags = {flag for action in export._actions for flag in action.option_strings}
    for f in EXPORT_FORMATS.values():
        assert set(f.all_options) <= flags, f.name


@pytest.mark.parametrize("name", list(EXPORT_FORMATS))
def test_every_format_is_filtered_and_has_a_writer(name: str) -> None:
    fmt = EXPORT_FORMATS[name]
    assert fmt.privacy_filtered
    assert (fmt.suffix == FOLDER) == (fmt.family is Family.RESEARCH)
    writer = fmt.research_writer() if fmt.family is Family.RESEARCH else fmt.film_writer()
    assert callable(writer)
