"""``memoryapp text set|show|accept`` and ``ocr``: typed transcriptions, found by ``text:``."""

import json
import shutil
from pathlib import Path

import pytest

from memoryapp.cli.main import main
from memoryapp.library import Library

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"


def test_a_typed_hebrew_transcription_is_shown_searched_and_undone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        item_id = lib.items()[0].id
    typed = tmp_path / "back.txt"
    typed.write_text("שָׁלוֹם מנתיבות\n", encoding="utf-8")  # with niqqud
    args = ["--collection", str(coll), item_id]
    assert main(["text", "set", *args, "--lang", "heb", "--text-file", str(typed), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["transcription"] == "שָׁלוֹם מנתיבות"
    assert shown["script"] == "Hebr"
    assert shown["reliable"]
    assert shown["language"] == "heb"
    assert main(["text", "show", *args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == "שָׁלוֹם מנתיבות"
    for query in ("text:שלום", "שלום", "has:text"):  # typed without niqqud
        assert main(["search", "--collection", str(coll), "--json", query]) == 0
        assert item_id in capsys.readouterr().out, query
    assert main(["undo", "--collection", str(coll)]) == 0
    capsys.readouterr()
    assert main(["text", "show", *args]) == 0
    assert "No text" in capsys.readouterr().out


def test_an_empty_or_missing_text_file_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        item_id = lib.items()[0].id
    missing = tmp_path / "nope.txt"
    code = main(["text", "set", "-c", str(coll), item_id, "--text-file", str(missing)])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"memoryapp: {missing}: ")
    assert err.endswith("nothing was changed")
    assert "\n" not in err
    assert "Traceback" not in err
    assert (
        main(["text", "set", "-c", str(coll), item_id, "--page", "9", "--text-file", __file__]) == 2
    )
    assert "page" in capsys.readouterr().err


@pytest.mark.slow
def test_ocr_reads_a_named_item_and_skips_it_the_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        back = next(i for i in lib.items() if i.title.startswith("Back of"))
    args = ["ocr", "--collection", str(coll), back.id, "--lang", "fra", "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["read"] == [{"item": back.id, "file": 0, "page": 1}]
    assert first["engine"].startswith("tesseract 5")
    assert main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["read"] == []
    assert second["skipped"] == 1


def test_ocr_region_needs_one_item_and_a_region_inside_the_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coll = tmp_path / "c"
    shutil.copytree(SAMPLE, coll)
    with Library.open(coll) as lib:
        first, second = (i.id for i in lib.items()[:2])
    base = ["ocr", "-c", str(coll), "--region", "0.1,0.1,0.5,0.2"]
    assert main([*base, first, second]) == 2
    assert "name exactly one item" in capsys.readouterr().err
    assert main(["ocr", "-c", str(coll), first, "--region", "0.8,0.1,0.5,0.2"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "memoryapp: --region 0.8,0.1,0.5,0.2: give X,Y,W,H as fractions 0-1 of the image"
