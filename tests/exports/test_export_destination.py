"""Where an export goes: missing folders are made, an existing destination is a usage error,
and film exports of a collection given by a relative path carry absolute paths and URLs."""

import shutil
from pathlib import Path

import pytest

from memoryapp.cli.main import main

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"


@pytest.fixture
def collection(tmp_path: Path) -> Path:
    target = tmp_path / "coll"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.mark.parametrize(("fmt", "name"), [("csv", "csv-out"), ("edl", "pull.edl")])
def test_out_in_a_missing_folder_is_made_and_an_existing_one_exits_2(
    collection: Path, tmp_path: Path, fmt: str, name: str
) -> None:
    out = tmp_path / "new" / "deeper" / name
    args = ["export", "-c", str(collection), "--format", fmt, "--out", str(out)]
    if fmt == "csv":
        args += ["--ids", "b45460adb0735cbe87fa11acf16c48c7"]
    assert main(args) == 0
    assert out.exists()
    assert main(args) == 2  # already there: choose another name, or --overwrite
    assert main([*args, "--overwrite"]) == 0


def test_film_exports_of_a_relative_collection_use_absolute_paths(
    collection: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(collection.parent)
    for fmt in ("otio", "fcpxml", "edl"):
        out = tmp_path / f"film.{fmt}"
        assert main(["export", "-c", "coll", "--format", fmt, "--out", str(out)]) == 0
        text = out.read_text("utf-8")
        if fmt == "edl":
            sources = [line.split(":", 1)[1].strip() for line in text.splitlines()
                       if line.startswith("* SOURCE FILE:")]  # fmt: skip
            assert sources
            assert all(Path(s).is_absolute() for s in sources)
        else:
            assert "file:///" in text, fmt
            assert "file:coll" not in text
            assert '"file:c' not in text
