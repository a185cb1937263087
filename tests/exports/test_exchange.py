"""The library side: atomic exports, refusals, previews, and the command line."""

import argparse
import json
from pathlib import Path

import pytest
from export_fixtures import Family

from memoryapp.cli import exchange as cli
from memoryapp.core.errors import NotFoundError, OperationCancelledError
from memoryapp.core.privacy import ExportPolicy
from memoryapp.core.progress import CancelToken
from memoryapp.exporters import formats
from memoryapp.library.exchange import ExchangeError, export_selection, preview_privacy


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_failed_export_leaves_nothing_behind(
    family: Family, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(bundle: object, folder: Path, options: object) -> formats.Written:
        (folder / "half.csv").write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats, "writers", lambda: {"csv": broken})
    out = tmp_path / "export"
    with pytest.raises(ExchangeError, match="the disk is full"):
        export_selection(family.library, family.exported_ids, "csv", out, ExportPolicy())
    assert not out.exists()
    assert _leftovers(tmp_path) == []


def test_a_cancelled_export_leaves_nothing_behind(family: Family, tmp_path: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        export_selection(
            family.library,
            family.exported_ids,
            "html",
            tmp_path / "x",
            ExportPolicy(),
            cancel=token,
        )
    assert not (tmp_path / "x").exists()
    assert _leftovers(tmp_path) == []


def test_export_refuses_to_overwrite_or_write_inside_the_collection(
    family: Family, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    out.mkdir()
    (out / "mine.txt").write_text("keep", encoding="utf-8")
    with pytest.raises(ExchangeError, match="already exists"):
        export_selection(family.library, [family.wedding], "csv", out, ExportPolicy())
    assert (out / "mine.txt").exists()
    with pytest.raises(ExchangeError, match="inside the collection"):
        export_selection(
            family.library, [family.wedding], "csv", family.library.path / "exports", ExportPolicy()
        )
    with pytest.raises(ExchangeError, match="unknown export format"):
        export_selection(family.library, [family.wedding], "pdf", tmp_path / "y", ExportPolicy())
    with pytest.raises(NotFoundError):
        export_selection(family.library, ["0" * 32], "csv", tmp_path / "z", ExportPolicy())
    result = export_selection(
        family.library, [family.wedding], "csv", out, ExportPolicy(), overwrite=True
    )
    assert not (out / "mine.txt").exists()
    assert (out / "dc.csv").is_file()
    assert result.files[0] == "dc.csv"
    assert _leftovers(tmp_path) == []


def test_preview_privacy_writes_nothing(family: Family) -> None:
    report = preview_privacy(family.library, family.exported_ids, ExportPolicy())
    assert report.counts()["private-item"] == 1


def _parser() -> tuple[argparse.ArgumentParser, dict[str, cli.Handler]]:
    parser = argparse.ArgumentParser(prog="memoryapp")
    sub = parser.add_subparsers(dest="command")
    export = sub.add_parser("export")
    cli.add_export_arguments(export, with_core=True)
    handlers = cli.add_commands(sub)
    return parser, handlers


def test_cli_export_and_merge(
    family: Family, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert set(cli.EXPORT_FORMATS) == {"csv", "jsonld", "xmp", "bagit", "iiif", "html"}
    parser, handlers = _parser()
    root = family.library.path
    family.library.close()  # the command opens the collection itself
    out = tmp_path / "bag"
    args = parser.parse_args(
        ["export", "--collection", str(root), "--format", "bagit", "--out", str(out), "--json"]
    )
    assert cli.EXPORT_FORMATS[args.format](args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["items"] == 3
    assert data["privacy"]["counts"]["private-item"] == 1
    args = parser.parse_args(
        ["export", "--collection", str(root), "--format", "csv", "--out", str(tmp_path / "csv"),
         "--ids", family.private, "--include-private", "--no-media"]
    )  # fmt: skip
    assert cli.EXPORT_FORMATS["csv"](args) == 0
    assert "Exported 1 item as csv" in capsys.readouterr().out
    assert not (tmp_path / "csv" / "media").exists()
    target = tmp_path / "target"
    from memoryapp.library import Library

    Library.create(target).close()
    args = parser.parse_args(["merge", "--collection", str(target), str(out), "--json"])
    assert handlers["merge"](args) == 0
    merged = json.loads(capsys.readouterr().out)
    assert len(merged["added_items"]) == 3
    assert merged["failures"] == []


def test_cli_query_selects_items(
    family: Family, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parser, _ = _parser()
    root = family.library.path
    family.library.close()
    out = tmp_path / "csv"
    args = parser.parse_args(
        [
            "export",
            "-c",
            str(root),
            "--format",
            "csv",
            "--out",
            str(out),
            "--query",
            "Wedding",
            "--json",
        ]
    )
    assert cli.EXPORT_FORMATS["csv"](args) == 0
    assert json.loads(capsys.readouterr().out)["items"] == 1
