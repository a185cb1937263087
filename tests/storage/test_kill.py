"""A writer killed (SIGKILL) while it commits and compacts loses no acknowledged commit."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from memoryapp.library import Library
from memoryapp.storage.layout import CollectionPaths

REPO = Path(__file__).resolve().parents[2]

_WRITER = textwrap.dedent(
    """
    import sys
    from memoryapp.core.ids import ItemId, PersonId
    from memoryapp.core.items import Item
    from memoryapp.core.names import Name
    from memoryapp.core.people import Person
    from memoryapp.library import Library
    from memoryapp.storage import catalogue

    catalogue.COMPACT_BYTES = 40_000  # compactions between commits, so kills land in them too
    lib = Library.open(sys.argv[1])
    n = 0
    while True:
        n += 1
        items = [Item(id=ItemId(f"{s:x}{n:031x}"), title=f"round {n}") for s in range(16)]
        person = Person(id=PersonId(f"p{n}"), names=(Name(value=f"Person {n}"),))
        lib.apply(lib.command(f"Round {n}", [person, *items]))
        print(n, flush=True)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("rounds", [7, 18, 31])
def test_sigkill_while_committing_and_compacting_keeps_every_commit(
    tmp_path: Path, rounds: int
) -> None:
    root = tmp_path / "collection"
    Library.create(root).close()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(root)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    committed = 0
    for line in proc.stdout:
        committed = int(line)
        if committed >= rounds:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (CollectionPaths(root).revisions).exists()  # it compacted at least once
    with Library.open(root) as lib:
        people = {p.id for p in lib.people()}
        items = {i.id for i in lib.items()}
        last = max(int(p[1:]) for p in people)
        assert last >= committed
        for n in range(1, last + 1):  # every acknowledged round, and the one in flight whole
            assert f"p{n}" in people
            assert all(f"{s:x}{n:031x}" in items for s in range(16))
        assert [op.label for op in lib.history()] == [f"Round {n}" for n in range(last, 0, -1)]
        assert lib.check().healthy
        assert lib.undo().target == last
    assert not CollectionPaths(root).changes.exists()  # folded when the library closed
