import json
import subprocess
import sys
from pathlib import Path

from memoryapp.cli.main import ExitCode, main


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_end_to_end(tmp_path: Path, make_jpeg, capsys) -> None:
    coll = str(tmp_path / "family")
    code, out, _ = run(capsys, "init", "--collection", coll, "--title", "Elbaz", "--json")
    assert code == ExitCode.OK
    assert json.loads(out)["title"] == "Elbaz"

    good = make_jpeg("a.jpg")
    bad = good.parent / "broken.jpg"
    bad.write_bytes(b"\xff\xd8\xff garbage")
    code, out, _ = run(
        capsys, "import", "--collection", coll, "--jobs", "1", "--json", str(good), str(bad)
    )
    assert code == ExitCode.FILES_FAILED
    report = json.loads(out)
    statuses = {Path(r["path"]).name: r for r in report["results"]}
    assert statuses["a.jpg"]["status"] == "imported"
    assert statuses["broken.jpg"]["status"] == "failed"
    assert statuses["broken.jpg"]["reason"] in ("corrupt", "truncated")
    item_id = statuses["a.jpg"]["item_id"]

    code, out, _ = run(capsys, "items", "--collection", coll, "--json")
    items = json.loads(out)
    code2, out2, _ = run(capsys, "show", "--collection", coll, "--json", item_id)
    assert code == code2 == ExitCode.OK
    assert items == [json.loads(out2)]
    shown = items[0]
    assert shown["files"][0]["width"] == 320
    assert set(shown["embedded"]) >= {
        "format",
        "width",
        "height",
        "taken",
        "people",
        "regions",
        "sidecar",
    }

    code, out, _ = run(capsys, "check", "--collection", coll, "--json")
    assert code == ExitCode.OK
    assert json.loads(out)["healthy"] is True

    code, out, _ = run(capsys, "import", "--collection", coll, "--jobs", "1", "--json", str(good))
    assert code == ExitCode.OK
    assert json.loads(out)["results"][0]["status"] == "duplicate"


def test_cli_usage_error_exits_2(capsys) -> None:
    assert main(["show"]) == ExitCode.USAGE


def test_cli_missing_collection_exits_3(tmp_path: Path, capsys) -> None:
    code, _, err = run(capsys, "items", "--collection", str(tmp_path / "none"))
    assert code == ExitCode.LOCKED
    assert "none" in err


def test_cli_check_fails_on_damaged_media(tmp_path: Path, make_jpeg, capsys) -> None:
    coll = tmp_path / "c"
    run(capsys, "init", "--collection", str(coll))
    run(capsys, "import", "--collection", str(coll), "--jobs", "1", str(make_jpeg()))
    (media,) = list((coll / "media").rglob("*.jpg"))
    media.chmod(0o644)
    media.write_bytes(b"damaged")
    code, out, _ = run(capsys, "check", "--collection", str(coll), "--json")
    assert code == ExitCode.FILES_FAILED
    assert json.loads(out)["problems"][0]["kind"] == "hash-mismatch"


def test_cli_runs_as_a_program(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "memoryapp", "init", "--collection", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "memoryapp", "init", "--collection", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == ExitCode.LOCKED
    assert "not empty" in proc.stderr


def test_relink_finds_moved_files_and_never_writes_them(tmp_path: Path, make_jpeg, capsys) -> None:
    coll = str(tmp_path / "c")
    run(capsys, "init", "--collection", coll)
    sources = [make_jpeg("one.jpg"), make_jpeg("two.jpg")]
    run(capsys, "import", "--collection", coll, "--jobs", "1", "--link", *map(str, sources))
    moved = tmp_path / "elsewhere" / "renamed"
    moved.mkdir(parents=True)
    targets = [moved / "A.JPG", moved / "b copy.jpg"]
    for src, dst in zip(sources, targets, strict=True):
        src.rename(dst)
    stamps = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in targets}
    code, _, _ = run(capsys, "check", "--collection", coll)
    assert code == ExitCode.FILES_FAILED
    code, out, _ = run(
        capsys, "relink", "--collection", coll, "--json", str(tmp_path / "elsewhere")
    )
    assert code == ExitCode.OK
    found = json.loads(out)["found"]
    assert sorted(Path(f["new"]).name for f in found) == ["A.JPG", "b copy.jpg"]
    code, _, _ = run(capsys, "check", "--collection", coll)
    assert code == ExitCode.OK
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in targets} == stamps
