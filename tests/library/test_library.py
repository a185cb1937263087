import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.records import put

from memoryapp.core.changes import Changes
from memoryapp.core.errors import CollectionError, CollectionLockedError, NotFoundError
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.library import Library
from memoryapp.library.finder import Finder

REPO = Path(__file__).resolve().parents[2]


def test_save_returns_changes_and_survives_reopen(library: Library) -> None:
    person = Person(id=PersonId("p1"), names=(Name(value="Yakout"),))
    item = Item(id=ItemId("1" * 32), title="Portrait", people=())
    assert put(library, person) == Changes(people=True)
    assert put(library, item) == Changes(items=frozenset({item.id}))
    root = library.path
    library.close()
    with Library.open(root) as again:
        assert again.person("p1") == person
        assert again.item(item.id) == item


def test_missing_record_raises_not_found(library: Library) -> None:
    with pytest.raises(NotFoundError, match="no item"):
        library.item("nope")


def test_second_open_is_refused(library: Library) -> None:
    with pytest.raises(CollectionLockedError, match="another window"):
        Library.open(library.path)


def test_second_open_from_another_process_is_refused(library: Library) -> None:
    code = f"from memoryapp.library import Library; Library.open({str(library.path)!r})"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode != 0
    assert "open in another window" in proc.stderr


def test_create_refuses_a_folder_with_files(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("keep me")
    with pytest.raises(CollectionError, match="not empty"):
        Library.create(tmp_path)
    assert (tmp_path / "x.txt").read_text() == "keep me"


def test_moved_collection_opens_and_passes_check(
    library: Library, make_jpeg, tmp_path: Path
) -> None:
    library.import_paths([make_jpeg("a.jpg"), make_jpeg("b.jpg")], options=None)
    Finder(library).save()  # the search index snapshot, in the folder
    root = library.path
    library.close()
    moved = tmp_path / "usb stick" / "family archive"
    shutil.copytree(root, moved)  # a copy: new file times, same bytes
    shutil.rmtree(root)
    with Library.open(moved) as lib:
        assert lib.item_count() == 2
        assert Finder(lib).reindexed == ()  # the snapshot travelled with it and still fits
        report = lib.check()
        assert report.healthy, report.problems
        assert report.problems == ()
        assert all(lib.media_path(i.id).is_relative_to(moved) for i in lib.items())


_WRITER = textwrap.dedent(
    """
    import sys
    from memoryapp.core.ids import ItemId, PersonId
    from memoryapp.core.items import Item
    from memoryapp.core.names import Name
    from memoryapp.core.people import Person
    from memoryapp.library import Library

    lib = Library.open(sys.argv[1])
    n = 0
    while True:
        n += 1
        # one commit touching several catalogue files (items in 16 shards + people)
        items = [Item(id=ItemId(f"{s:x}{n:031x}"), title=f"round {n}") for s in range(16)]
        person = Person(id=PersonId(f"p{n}"), names=(Name(value=f"Person {n}"),))
        lib.apply(lib.command(f"Round {n}", [person, *items]))
        print(n, flush=True)
    """
)


@pytest.mark.slow
def test_sigkill_mid_writes_keeps_every_committed_change(library: Library) -> None:
    root = library.path
    library.close()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(root)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= 25:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Library.open(root) as lib:
        people = {p.id for p in lib.people()}
        items = {i.id for i in lib.items()}
        for n in range(1, committed + 1):
            assert f"p{n}" in people
            assert all(f"{s:x}{n:031x}" in items for s in range(16))
        # whatever was in flight is there whole or not at all
        last = max(int(p[1:]) for p in people)
        assert all(f"{s:x}{last:031x}" in items for s in range(16))
        assert lib.check().healthy
        # the operation log is covered by the same commit: one entry per round, no more
        history = lib.history()
        assert [op.label for op in history] == [f"Round {n}" for n in range(last, 0, -1)]
        undone = lib.undo()  # the last round's entry is whole: it undoes
        assert undone.target == history[0].id
        assert f"p{last}" not in {p.id for p in lib.people()}
