import errno
from pathlib import Path

import pytest

from memoryapp.storage import atomic
from memoryapp.storage.atomic import atomic_copy, atomic_write_bytes


def test_atomic_write_replaces_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"old")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_atomic_write_failure_leaves_old_file_and_no_temp(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "a.json"
    atomic_write_bytes(target, b"old")

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_atomic_copy_returns_hash_and_never_writes_source(tmp_path: Path) -> None:
    source = tmp_path / "src.bin"
    source.write_bytes(b"x" * 3_000_000)
    before = source.stat()
    digest = atomic_copy(source, tmp_path / "out" / "copy.bin")
    assert (tmp_path / "out" / "copy.bin").read_bytes() == source.read_bytes()
    assert digest == __import__("hashlib").sha256(source.read_bytes()).hexdigest()
    assert source.stat().st_mtime_ns == before.st_mtime_ns


def _count_fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = atomic.os.fsync

    def counted(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(atomic.os, "fsync", counted)
    return calls


def test_one_flush_makes_many_writes_durable_at_once(tmp_path: Path, monkeypatch) -> None:
    fsyncs = _count_fsyncs(monkeypatch)
    flushed: list[list[Path]] = []
    monkeypatch.setattr(atomic, "make_durable", lambda root, paths: flushed.append(list(paths)))
    with atomic.one_flush(tmp_path):
        for n in range(5):
            atomic_write_bytes(tmp_path / f"{n}.json", b"x")
        with atomic.one_flush(tmp_path):  # nested: the outer block flushes
            atomic_write_bytes(tmp_path / "inner.json", b"y")
    assert fsyncs == []
    assert flushed == [[*(tmp_path / f"{n}.json" for n in range(5)), tmp_path / "inner.json"]]
    atomic_write_bytes(tmp_path / "alone.json", b"z")  # outside a block: file and folder
    assert len(fsyncs) == 2


def test_one_flush_flushes_nothing_when_the_block_fails(tmp_path: Path, monkeypatch) -> None:
    flushed: list[object] = []
    monkeypatch.setattr(atomic, "make_durable", lambda root, paths: flushed.append(paths))

    def failing_commit() -> None:
        with atomic.one_flush(tmp_path):
            atomic_write_bytes(tmp_path / "a.json", b"x")
            raise RuntimeError("the commit stops")

    with pytest.raises(RuntimeError):
        failing_commit()
    assert flushed == []


@pytest.mark.parametrize("with_syncfs", [True, False])
def test_make_durable_syncs_the_file_system_or_each_file(
    tmp_path: Path, monkeypatch, with_syncfs: bool
) -> None:
    paths = [tmp_path / "a" / "1.bin", tmp_path / "b" / "2.bin"]
    for path in paths:
        atomic_write_bytes(path, b"data", durable=False)
    fsyncs = _count_fsyncs(monkeypatch)
    if not with_syncfs:  # not Linux, or a kernel without syncfs(2)
        monkeypatch.setattr(atomic, "_syncfs", lambda: None)
    atomic.make_durable(tmp_path, paths)
    expected = 0 if with_syncfs and atomic._syncfs() is not None else 4  # 2 files, 2 folders
    assert len(fsyncs) == expected
    atomic.make_durable(tmp_path, [])  # nothing written: nothing to do


def test_a_background_flush_covers_every_file_before_wait_returns(
    tmp_path: Path, monkeypatch
) -> None:
    flushed: list[list[Path]] = []
    real = atomic.make_durable

    def recorded(root: Path, written: list[Path]) -> None:
        flushed.append(list(written))
        real(root, written)

    monkeypatch.setattr(atomic, "make_durable", recorded)
    flush = atomic.BackgroundFlush(tmp_path, every_s=0)
    paths = [tmp_path / f"{n}.bin" for n in range(5)]
    for path in paths[:3]:
        atomic_write_bytes(path, b"data", durable=False)
    flush.add(paths[:3])
    flush.kick()  # flushes the first three in a thread
    for path in paths[3:]:
        atomic_write_bytes(path, b"data", durable=False)
    flush.add(paths[3:])
    flush.kick()
    flush.wait()
    assert sorted(p for chunk in flushed for p in chunk) == sorted(paths)
    assert flushed[0] == paths[:3]
    count = len(flushed)
    flush.wait()  # nothing new: nothing flushed
    assert len(flushed) == count


def test_a_failed_background_flush_is_raised(tmp_path: Path, monkeypatch) -> None:
    def failing(root: Path, written: list[Path]) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic, "make_durable", failing)
    flush = atomic.BackgroundFlush(tmp_path, every_s=0)
    flush.add([tmp_path / "a.bin"])
    flush.kick()
    with pytest.raises(OSError, match="Input/output error"):
        flush.wait()
    # what failed is still waiting, and fails again
    with pytest.raises(OSError, match="Input/output error"):
        flush.wait()


def test_background_flushes_start_at_most_once_per_interval(tmp_path: Path, monkeypatch) -> None:
    started: list[int] = []
    monkeypatch.setattr(atomic, "make_durable", lambda root, written: started.append(1))
    flush = atomic.BackgroundFlush(tmp_path, every_s=3600)
    flush.add([tmp_path / "a.bin"])
    flush.kick()
    flush.add([tmp_path / "b.bin"])
    flush.kick()  # within the interval: nothing started, b waits for wait()
    flush.kick()
    assert len(started) == 1
    flush.wait()
    assert len(started) == 2
