"""The command line beside an open window, on read-only media and on a full disk."""

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from memoryapp.cli.main import ExitCode, main
from memoryapp.library import Library
from memoryapp.library.sample import ensure_sample_copy
from memoryapp.storage import catalogue as catalogue_module

READ_COMMANDS = [
    ["items", "--json"],
    ["show", "--json", "{item}"],
    ["search", "--json", "Tinghir"],
    ["check", "--json"],
    ["export", "--format", "csv", "--out", "{out}", "--json"],
]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _fill(args: list[str], item: str, out: Path) -> list[str]:
    return [a.format(item=item, out=out) for a in args]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.relative_to(root).as_posix().startswith(("cache/", ".lock"))
    }


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return ensure_sample_copy(tmp_path / "sample")


def test_read_commands_share_a_collection_the_window_has_open(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Library.open(sample) as window:
        item = window.items()[0].id
        for n, args in enumerate(READ_COMMANDS):
            out = tmp_path / f"export-{n}"
            code, stdout, err = run(capsys, *_fill(args, item, out), "--collection", str(sample))
            assert code == ExitCode.OK, (args, err)
            assert err == ""
            json.loads(stdout)
        code, _, err = run(capsys, "edit", "--collection", str(sample), item, "--title", "New")
        assert code == ExitCode.LOCKED
        assert "open in another window" in err
        assert window.item(item).title != "New"


def _read_only_media(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: FileLock, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(self.lock_file))

    monkeypatch.setattr(FileLock, "acquire", refuse)
    monkeypatch.setattr(
        "memoryapp.library.library.os.access", lambda path, mode, **kw: not mode & os.W_OK
    )


def test_read_only_media_read_and_export_elsewhere_edits_refused_in_one_line(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    item = json.loads(run(capsys, "items", "--json", "--collection", str(sample))[1])[0]["id"]
    before = _tree(sample)
    _read_only_media(monkeypatch)
    for n, args in enumerate(READ_COMMANDS):
        out = tmp_path / f"export-{n}"
        code, _stdout, err = run(capsys, *_fill(args, item, out), "--collection", str(sample))
        assert code == ExitCode.OK, (args, err)
        assert err == ""
    c = str(sample)
    edits = [
        ["edit", "--collection", c, item, "--title", "New"],
        ["person", "add", "--collection", c, "Rachel Elbaz"],
        ["tag", "--collection", c, item, "--tag", "Events|Wedding"],
        ["import", "--collection", c, str(tmp_path / "export-4")],
    ]
    for args in edits:
        code, _, err = run(capsys, *args)
        assert code == ExitCode.LOCKED, args
        lines = err.strip().splitlines()
        assert len(lines) == 1, err
        assert "read-only media" in lines[0]
        assert str(sample) in lines[0]
    assert _tree(sample) == before


def _disk_full(path: Path, data: bytes, *args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


@pytest.mark.parametrize(
    "args",
    [
        ["person", "add", "--collection", "{c}", "Rachel Elbaz"],
        ["place", "add", "--collection", "{c}", "Goulmima"],
        ["edit", "--collection", "{c}", "{item}", "--title", "New"],
        ["tag", "--collection", "{c}", "{item}", "--tag", "Disk|Full"],
        ["film", "add", "--collection", "{c}", "--title", "Tinghir remembered"],
    ],
    ids=["person-add", "place-add", "edit", "tag", "film-add"],
)
def test_a_full_disk_gives_one_line_and_saves_nothing(
    sample: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    item = json.loads(run(capsys, "items", "--json", "--collection", str(sample))[1])[0]["id"]
    before = _tree(sample)
    monkeypatch.setattr(catalogue_module, "append_durable", _disk_full)  # the commit point
    code, _out, err = run(capsys, *[a.format(c=sample, item=item) for a in args])
    assert code == ExitCode.FILES_FAILED
    assert err.strip() == f"memoryapp: {sample}: the disk is full; the change was not saved"
    assert _tree(sample) == before


def test_a_full_disk_during_an_import_commit_keeps_the_collection_whole(
    sample: Path,
    make_jpeg,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = make_jpeg("new.jpg")
    monkeypatch.setattr(catalogue_module, "append_durable", _disk_full)  # the commit point
    code, _, err = run(capsys, "import", "--collection", str(sample), "--jobs", "1", str(photo))
    assert code == ExitCode.FILES_FAILED
    assert err.strip() == f"memoryapp: {sample}: the disk is full; the change was not saved"
    monkeypatch.undo()
    code, _out, _ = run(capsys, "check", "--collection", str(sample), "--json")
    assert code == ExitCode.OK  # the media written before the commit are harmless orphans
    with Library.open(sample) as lib:
        assert not any(i.files[0].original_name == "new.jpg" for i in lib.items())


@pytest.mark.parametrize("fmt", ["csv", "archive-log"])
def test_a_full_disk_during_an_export_gives_one_line_and_leaves_nothing(
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    import memoryapp.library.film_desk as film_desk

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(film_desk, "atomic_write_bytes", full)
    out = tmp_path / "out" / ("export" if fmt == "csv" else "log.csv")
    out.parent.mkdir()
    monkeypatch.setattr("memoryapp.exporters.formats.writers", lambda: {"csv": full})
    code, _, err = run(
        capsys, "export", "--collection", str(sample), "--format", fmt, "--out", str(out)
    )
    assert code == ExitCode.FILES_FAILED
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "the disk is full" in lines[0]
    assert str(out) in lines[0]
    assert list(out.parent.iterdir()) == []


def test_an_export_cut_short_leaves_folders_the_next_export_removes(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export"
    stale = tmp_path / ".export.k3j2x.partial"
    (stale / "media").mkdir(parents=True)
    (stale / "items.csv").write_text("half", encoding="utf-8")
    old = tmp_path / ".export.q8.old"
    old.mkdir()
    other = tmp_path / ".other.k3j2x.partial"  # another export's: not ours to remove
    other.mkdir()
    code, _, err = run(
        capsys, "export", "--collection", str(sample), "--format", "csv", "--out", str(out)
    )
    assert code == ExitCode.OK, err
    assert not stale.exists()
    assert not old.exists()
    assert other.exists()


def _unshare_works() -> bool:
    if shutil.which("unshare") is None or sys.platform != "linux":
        return False
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (user and mount namespaces)")
def test_a_real_read_only_mount(sample: Path, tmp_path: Path) -> None:
    """A read-only bind mount in a private mount namespace: the kernel answers EROFS."""
    mount = tmp_path / "stick"
    mount.mkdir()
    out = tmp_path / "exported"
    cli = f"{sys.executable} -m memoryapp"
    script = f"""
set -u
mount --bind {sample} {mount} && mount -o remount,bind,ro {mount} || exit 97
touch {mount}/probe 2>/dev/null && exit 98
{cli} items --collection {mount} --json > {tmp_path}/items.json; echo "items $?"
{cli} search --collection {mount} --json Tinghir > /dev/null; echo "search $?"
{cli} check --collection {mount} --json > /dev/null; echo "check $?"
{cli} export --collection {mount} --format csv --out {out} > /dev/null; echo "export $?"
{cli} person add --collection {mount} "Rachel Elbaz" 2> {tmp_path}/err.txt; echo "person $?"
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if done.returncode in (97, 98):
        pytest.skip("a read-only bind mount is not available here")
    codes = dict(line.split() for line in done.stdout.splitlines())
    assert codes == {"items": "0", "search": "0", "check": "0", "export": "0", "person": "3"}
    assert json.loads((tmp_path / "items.json").read_text("utf-8"))
    assert (out / "items.csv").is_file() or any(out.iterdir())
    err = (tmp_path / "err.txt").read_text("utf-8").strip().splitlines()
    assert err == [f"memoryapp: {mount}: read-only: {_media_reason()}"]


def _media_reason() -> str:
    return "the collection is on read-only media or its folder cannot be written"


@pytest.mark.skipif(not _unshare_works(), reason="needs unshare (user and mount namespaces)")
def test_a_really_full_disk(tmp_path: Path, make_jpeg) -> None:
    """A 3 MB tmpfs in a private mount namespace: the kernel answers ENOSPC."""
    from PIL import Image

    disk = tmp_path / "disk"
    disk.mkdir()
    src = tmp_path / "src"
    src.mkdir()
    for n in range(5):  # noise does not compress: each about 1.4 MB
        Image.frombytes("RGB", (700, 700), os.urandom(700 * 700 * 3)).save(src / f"p{n}.png")
    coll = disk / "coll"
    cli = f"{sys.executable} -m memoryapp"
    script = f"""
mount -t tmpfs -o size=3m tmpfs {disk} || exit 97
{cli} init --collection {coll} > /dev/null || exit 96
{cli} import --collection {coll} --jobs 1 {src} > /dev/null 2> {tmp_path}/import.err
echo "import $?"
head -c 4000000 /dev/zero > {disk}/filler 2>/dev/null
{cli} person add --collection {coll} "Rachel Elbaz" 2> {tmp_path}/person.err > /dev/null
echo "person $?"
rm {disk}/filler
{cli} check --collection {coll} > /dev/null; echo "check $?"
{cli} person list --collection {coll} --json > {tmp_path}/people.json; echo "list $?"
"""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if done.returncode in (96, 97):
        pytest.skip("a small tmpfs cannot be mounted here")
    codes = dict(line.split() for line in done.stdout.splitlines())
    assert codes == {"import": "1", "person": "1", "check": "0", "list": "0"}, done.stderr
    assert (tmp_path / "import.err").read_text("utf-8").strip().splitlines()[-1] == (
        f"memoryapp: {coll}: the disk is full; the import stopped"
    )
    assert (tmp_path / "person.err").read_text("utf-8").strip().splitlines() == [
        f"memoryapp: {coll}: the disk is full; the change was not saved"
    ]
    assert json.loads((tmp_path / "people.json").read_text("utf-8")) == []
