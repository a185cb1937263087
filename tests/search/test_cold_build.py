"""Building the index from the records as stored gives the index the decoded items give.

``describe_record`` reads most items without decoding them; it must describe every item
exactly as ``describe_item`` does, whatever fields it holds, and the index built from the
records (``SearchIndex.build_described`` over ``describe_records``, what ``Finder`` does) must equal the one built from
decoded items (``SearchIndex.build``), part by part.
"""

import itertools
import multiprocessing
import os
import pickle
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from bench.search_bench import build

from memoryapp.core.assertions import Assertion, Status
from memoryapp.core.dates import CalendarOriginal, FuzzyDate
from memoryapp.core.faces import FaceCount, count_faces
from memoryapp.core.ids import ContainerId, ItemId, PersonId, PlaceId
from memoryapp.core.items import (
    Certainty,
    ColorLabel,
    DateRole,
    FileRole,
    Item,
    ItemKind,
    MediaFile,
    PersonTag,
    Region,
    Rights,
    Source,
)
from memoryapp.core.prints import (
    CustodyEvent,
    CustodyKind,
    Inscription,
    Location,
    Physical,
    PrintProcess,
)
from memoryapp.core.texts import PageText, TextSource
from memoryapp.library import Library, describing
from memoryapp.search import entries, snapshot
from memoryapp.search.described import describe_records
from memoryapp.search.entries import describe_item, describe_record
from memoryapp.search.index import SearchIndex
from memoryapp.storage.serialize import from_dict, to_dict

SAMPLE = Path(__file__).resolve().parents[2] / "sample_collection"
FRAME = Region(x=0.1, y=0.1, w=0.3, h=0.3)


def decode(item_id: str, raw: Any) -> Item:
    return from_dict(Item, item_id, raw)


def _jpeg(n: int, **more: Any) -> MediaFile:
    more.setdefault("format", "JPEG")
    return MediaFile(sha256=f"{n:064x}", path=f"media/{n}.jpg", size=10, **more)


BASE = Item(id=ItemId("base"), files=(_jpeg(0, original_name="IMG_0001.JPG"),), title="Base")

# One value, or several, for every field of an item and of what it holds.
VARIANTS: dict[str, list[Any]] = {
    "files": [
        (),
        (_jpeg(1, original_name="scan—recto.tif", damaged="truncated", pages=3),),
        (_jpeg(1), _jpeg(2, role=FileRole.BACK, original_name="verso")),
        (_jpeg(3, known_sha256=("a" * 64,), also_imported_from=("/x/y.jpg",), format=""),),
    ],
    "kind": list(ItemKind),
    "title": ["", "Mariage à Tinghir", "חֲתֻנָּה בְּתִינְגִ'יר", "عرس في تنغير", "ⵜⵉⵏⵖⵉⵔ — ✶ —", "a_b"],
    "description": ["", "Yakout, Chimon et les enfants (vers 1955).\nLine two", "— …"],
    "dates": [
        {},
        {DateRole.TAKEN: FuzzyDate(edtf="1955~", input="vers 1955")},
        {DateRole.TAKEN: FuzzyDate(edtf=None, input="the summer grandpa left")},
        {
            DateRole.DIGITIZED: FuzzyDate(edtf="2019-05-02", input="scanned 2019"),
            DateRole.TAKEN: FuzzyDate(
                edtf="1955-09-12",
                input="25 Elul 5715",
                calendar_original=CalendarOriginal(
                    calendar="hebrew", text="כ״ה אלול תשט״ו", ymd=(5715, 6, 25)
                ),
                basis="written on the back",
            ),
        },
        {DateRole.TAKEN: FuzzyDate(edtf="[..1959]")},
    ],
    "people": [
        (),
        (PersonTag(person_id=PersonId("yakut")),),
        (
            PersonTag(person_id=PersonId("yakut"), region=FRAME),
            PersonTag(person_id=PersonId("miriam"), region=FRAME),
        ),
        (
            PersonTag(person_id=PersonId("yakut"), region=FRAME),
            PersonTag(person_id=PersonId("miriam"), region=Region(x=0.6, y=0.6, w=0.2, h=0.2)),
            PersonTag(person_id=PersonId("yakut"), certainty=Certainty.POSSIBLE),
        ),
        (
            PersonTag(person_id=PersonId("a"), face_id="f1"),
            PersonTag(person_id=PersonId("b"), face_id="f1", identified_by="GEDCOM import"),
        ),
        (
            PersonTag(
                person_id=PersonId("yakut"),
                assertions=(
                    Assertion(by_name="Esther", confidence=4, status=Status.REJECTED),
                    Assertion(by_name="Meir", confidence=1, status=Status.DISPUTED),
                ),
            ),
        ),
        (PersonTag(person_id=PersonId("x"), certainty=Certainty.PROBABLE, private=True),),
    ],
    "places": [
        (),
        (PlaceId("tinghir"),),
        (PlaceId("tinghir"), PlaceId("paris"), PlaceId("tinghir")),
    ],
    "tags": [
        (),
        ("Events|Wedding|Henna",),
        ("Famille", " Events | Wedding ", "events|wedding", "|"),
    ],
    "source": [
        Source(),
        Source(holder="Esther"),
        Source(
            holder="p-esther",
            archive_ref="AN 12/3",
            album="Album 1",
            box="Box 2",
            page="p. 4",
            provenance="scanned by Esther in Paris, 2019",
            imported_from="/home/esther/Scans/מרים.jpg",
        ),
    ],
    "rights": [Rights(), Rights(text="All rights", credit="Studio Tinghir")],
    "notes": ["", "Notes with ﷲ and ﬁ ligatures"],
    "private": [False, True],
    "orientation": [1, 6],
    "added_at": ["", "2026-01-01T00:00:00Z"],
    "lat": [None, 31.5],
    "possible_copies": [(), (ItemId("other"),)],
    "trashed_at": ["", "2026-01-02T00:00:00Z"],
    "rating": [0, 5],
    "label": list(ColorLabel),
    "inscriptions": [(), (Inscription(text="Yakout, Chimon", writer="Simha", region=FRAME),)],
    "physical": [Physical(), Physical(process=PrintProcess.GELATIN_SILVER, mount="album corners")],
    "location": [None, Location(container_id=ContainerId("c-page"), position="slot 2")],
    "normal_location": [None, Location(container_id=ContainerId("c-box"))],
    "custody": [
        (),
        (
            CustodyEvent(kind=CustodyKind.GIFT, from_person=PersonId("p-yakout"), to_name="Simha"),
            CustodyEvent(kind=CustodyKind.LOAN, date=FuzzyDate(edtf="2019"), to_name="Esther"),
        ),
    ],
    "texts": [
        (),
        (
            PageText(machine_text="שלום מנתיבות", confidence=90.0, accepted=True),
            PageText(page=2, machine_text="unreadable", confidence=10.0),
            PageText(corrected="Typed: Chère Esther", source=TextSource.TYPED),
        ),
    ],
}


def varied_items() -> Iterator[Item]:
    """The base item with each value of each field, then mixes of several fields."""
    for name, values in VARIANTS.items():
        for n, value in enumerate(values):
            more = {"lon": -5.5} if name == "lat" and value is not None else {}
            yield replace(BASE, id=ItemId(f"{name}-{n}"), **{name: value}, **more)
    names = list(VARIANTS)
    for n, combo in enumerate(itertools.product(*(VARIANTS[k][-2:] for k in names[:8]))):
        yield replace(BASE, id=ItemId(f"mix-{n}"), **dict(zip(names[:8], combo, strict=True)))


def test_every_field_is_in_the_variants():
    assert set(VARIANTS) | {"id", "lon"} == set(Item.__dataclass_fields__)


@pytest.mark.parametrize("faces", [FaceCount(), FaceCount(open=2, ignored=1)])
def test_a_stored_item_is_described_as_the_decoded_item(faces, monkeypatch):
    decoded: list[str] = []  # items decoded whole
    raw: dict[str, Any] = {}

    def counting(item_id: str, data: Any) -> Item:
        if data is raw:
            decoded.append(item_id)
        return decode(item_id, data)

    count = 0
    for item in varied_items():
        raw = to_dict(item)
        assert describe_record(item.id, raw, counting, faces) == describe_item(item, faces)
        count += 1
    assert count > 300
    # the fast path reads most of them as stored; only what it cannot read is decoded
    singles = {i for i in decoded if not i.startswith("mix-")}
    assert singles == {
        "files-2",  # a back among its views
        "people-5",  # assertions
        "location-1",
        "normal_location-1",
        "custody-1",
        "texts-1",
    }


def test_stored_items_of_the_sample_collection_are_described_as_decoded(tmp_path: Path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE, folder)
    with Library.open(folder) as library:
        faces = count_faces(library.faces())
        records = list(library.item_records())
        assert len(records) == library.item_count() > 20
        for item_id, raw in records:
            found = faces.get(ItemId(item_id), FaceCount())
            item = library.decode_item(item_id, raw)
            assert describe_record(item_id, raw, decode, found) == describe_item(item, found)


def _parts(index: SearchIndex) -> dict[str, Any]:
    index.prepare()
    return dict(snapshot._parts(index))


def _both_ways(library: Library) -> tuple[dict[str, Any], dict[str, Any]]:
    indexes = []
    for way in ("items", "records"):
        index = SearchIndex()
        index.face_counts = count_faces(library.faces())
        names = (library.people(), library.places(), library.films())
        more = (library.scenes(), library.links())
        if way == "items":
            index.build(library.each_item(), *names, *more)
        else:
            run = describe_records(library.item_records(), library.decode_item, index.face_counts)
            index.build_described([run], *names, *more)
        indexes.append(_parts(index))
    return indexes[0], indexes[1]


def test_the_index_built_from_records_is_the_index_built_from_items(tmp_path: Path):
    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE, folder)
    synthetic = tmp_path / "synthetic"
    build(synthetic, 600)
    for path in (folder, synthetic):
        with Library.open(path) as library:
            old, new = _both_ways(library)
            assert old.keys() == new.keys()
            for name in old:
                assert old[name] == new[name], name


# Forked children are not started in a process that has imported Qt (pytest-qt has), so the
# parallel description runs in a fresh interpreter, forced onto 3 processes (21 parts) at 600 items,
# then with children that fail.
PARALLEL = """
import multiprocessing, os, sys, time
from memoryapp.core.faces import count_faces
from memoryapp.library import Library, describing
from memoryapp.search import snapshot
from memoryapp.search.described import describe_records
from memoryapp.search.index import SearchIndex

assert describing._fork_is_safe()
found = []
with Library.open(sys.argv[1]) as library:
    faces = count_faces(library.faces())
    records = library.item_records()
    called = []  # the other work of the build: done once, in this process
    for runs in (
        [describe_records(records, library.decode_item, faces)],
        describing.describe_in_parts(
            records, library.decode_item, faces, processes=3, least=1,
            meanwhile=lambda: called.append(os.getpid()),
        ),
    ):
        index = SearchIndex()
        index.face_counts = faces
        names = (library.people(), library.places(), library.films())
        index.build_described(runs, *names, library.scenes(), library.links())
        index.prepare()
        found.append((len(runs), dict(snapshot._parts(index))))
    # children that die before sending their part: it is described here instead
    describing._child = lambda *args: os._exit(3)
    runs = describing.describe_in_parts(records, library.decode_item, faces, processes=3, least=1)
    index = SearchIndex()
    index.face_counts = faces
    index.build_described(runs, *names, library.scenes(), library.links())
    index.prepare()
    found.append((len(runs), dict(snapshot._parts(index))))
    # an error in this process (a record that cannot be read) leaves no child behind
    def unreadable(*args):
        raise RuntimeError("unreadable")

    describing._child = lambda *args: time.sleep(60)
    describing.describe_records = unreadable
    try:
        describing.describe_in_parts(records, library.decode_item, faces, processes=3, least=1)
    except RuntimeError:
        pass
    assert not multiprocessing.active_children()
assert called == [os.getpid()], called
(one, serial), (three, parallel), (_, failed) = found
assert (one, three) == (1, len(describing.part_bounds(600, 3)) - 1), (one, three)
assert serial.keys() == parallel.keys() == failed.keys()
for name in serial:
    assert serial[name] == parallel[name] == failed[name], name
print("same index from", three, "parts")
"""


def test_the_index_described_by_several_processes_is_the_same(tmp_path: Path):
    synthetic = tmp_path / "synthetic"
    build(synthetic, 600)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [sys.executable, "-c", PARALLEL, str(synthetic)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "same index from 21 parts" in done.stdout


def test_a_scan_read_in_parts_is_the_whole_scan(tmp_path: Path):
    synthetic = tmp_path / "synthetic"
    build(synthetic, 300)
    with Library.open(synthetic) as library:
        records = library.item_records()
        whole = list(records)
        assert len(records) == len(whole) == 300
        for cuts in ([0, 300], [0, 1, 150, 299, 300], [0, 0, 37, 37, 300]):
            parts = [list(records.part(a, b)) for a, b in itertools.pairwise(cuts)]
            assert list(itertools.chain.from_iterable(parts)) == whole
            # cut to be sent to another process: the same records, still compact
            sent = [
                pickle.loads(pickle.dumps(records.cut(a, b))) for a, b in itertools.pairwise(cuts)
            ]
            assert [len(cut) for cut in sent] == [len(part) for part in parts]
            assert [list(cut) for cut in sent] == parts


def _index_of(library: Library, runs: list[Any]) -> dict[str, Any]:
    index = SearchIndex()
    index.face_counts = count_faces(library.faces())
    names = (library.people(), library.places(), library.films())
    index.build_described(runs, *names, library.scenes(), library.links())
    index.prepare()
    return dict(snapshot._parts(index))


@pytest.fixture(scope="module")
def synthetic_600(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("served") / "synthetic"
    build(folder, 600)
    return folder


def _in_parts(library: Library, **options: Any) -> list[Any]:
    faces = count_faces(library.faces())
    return describing.describe_in_parts(
        library.item_records(), library.decode_item, faces, processes=3, least=1, **options
    )


def test_with_qt_loaded_the_parts_are_described_by_the_fork_server(
    synthetic_600: Path, monkeypatch: pytest.MonkeyPatch
):
    # the GUI's conditions: Qt is loaded (pytest-qt), so nothing is forked from here
    assert not describing._fork_is_safe()
    fed = threading.Event()  # the thread feeding the child took a part
    claim = describing._claim

    def claimed(next_part: Any) -> int:
        if threading.current_thread().name == "describe-feed":
            fed.set()
        return claim(next_part)

    monkeypatch.setattr(describing, "_claim", claimed)
    here: list[int] = []  # parts described in this process
    describe = describing.describe_records
    monkeypatch.setattr(describing, "describe_records", lambda *a: here.append(1) or describe(*a))
    with Library.open(synthetic_600) as library:
        faces = count_faces(library.faces())
        records = library.item_records()
        serial = _index_of(library, [describe_records(records, library.decode_item, faces)])
        told: list[tuple[int, int]] = []
        runs = _in_parts(
            library, meanwhile=lambda: fed.wait(30), progress=lambda *n: told.append(n)
        )
        assert len(runs) == len(describing.part_bounds(600, 3)) - 1 == 21
        assert 0 < len(here) < 21  # the children described the others
        assert _index_of(library, runs) == serial
        assert told[-1] == (600, 600)
        assert [done for done, _ in told] == sorted(done for done, _ in told)
        # by default a child of the fork server is not worth starting for so few items
        alone = describing.describe_in_parts(records, library.decode_item, faces, processes=4)
        assert alone == [describe_records(records, library.decode_item, faces)]
    assert not multiprocessing.active_children()


def test_a_served_child_that_fails_leaves_its_parts_to_this_process(
    synthetic_600: Path, monkeypatch: pytest.MonkeyPatch
):
    fed = threading.Event()

    def one_part_then_gone(parts: Any, next_part: Any, bounds: Any, records: Any) -> None:
        part = describing._claim(next_part)  # described by the child, which then stops
        fed.set()
        with parts:
            cut = records.cut(bounds[part], bounds[part + 1])
            parts.send_bytes(pickle.dumps((part, cut)))

    def gone_at_once(parts: Any, *args: Any) -> None:
        fed.set()
        parts.close()

    with Library.open(synthetic_600) as library:
        faces = count_faces(library.faces())
        serial = _index_of(
            library, [describe_records(library.item_records(), library.decode_item, faces)]
        )
        for broken in (gone_at_once, one_part_then_gone):
            fed.clear()
            monkeypatch.setattr(describing, "_feed", broken)
            runs = _in_parts(library, meanwhile=lambda: fed.wait(30))
            assert _index_of(library, runs) == serial
        # a child that cannot be started (what it needs cannot be sent to it)
        runs = describing.describe_in_parts(
            library.item_records(),
            lambda item_id, raw: library.decode_item(item_id, raw),  # not picklable
            faces,
            processes=3,
            least=1,
        )
        assert _index_of(library, runs) == serial
    assert not multiprocessing.active_children()


def test_an_error_here_leaves_no_served_child_behind(
    synthetic_600: Path, monkeypatch: pytest.MonkeyPatch
):
    def unreadable(*args: Any) -> None:
        raise RuntimeError("unreadable")

    monkeypatch.setattr(describing, "describe_records", unreadable)  # here, not in the child
    with Library.open(synthetic_600) as library, pytest.raises(RuntimeError):
        _in_parts(library)
    assert not multiprocessing.active_children()
    assert not [t for t in threading.enumerate() if t.name == "describe-feed"]


def test_memos_stay_bounded(monkeypatch):
    monkeypatch.setattr(entries, "_MEMO_MAX", 3)
    for n in range(10):
        item = replace(BASE, id=ItemId(f"d{n}"), dates={DateRole.TAKEN: FuzzyDate(edtf=f"19{n}0")})
        assert describe_record(item.id, to_dict(item), decode) == describe_item(item)
    assert len(entries._DATES) <= 3
