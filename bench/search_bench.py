"""Search benchmark: a synthetic collection of N items, built through the real Library.

    PYTHONPATH=src .venv/bin/python bench/search_bench.py [--items 100000] [--profile]

Steps:
1. A child process builds the collection in a temp folder as an import does: ``Library.create``,
   then commits in chunks, each followed by ``Library.keep_search_index(compact=False)`` (what
   ``Library.import_paths`` does after each batch), then ``close`` (names in Latin, Hebrew,
   Arabic and Tifinagh, a place hierarchy, uncertain dates, tags, films). Building in a child
   keeps its memory out of the figures below.
2. A fresh child process opens it for the first time as the app left it, ``cache/`` included:
   ``Library.open`` and a ``Finder`` (``open_first_s``). Then ``cache/`` is deleted (a
   collection copied without it) and another child opens it: the index is built from every
   item (``open_cold_s``) and saved (``cache/search-index``).
3. This process opens it as every later opening does: ``Library.open`` and a ``Finder``
   that loads the snapshot and checks it against the catalogue revisions: ``open_s``
   (the collection is then searchable).
4. Filter queries and full-text queries (at least 50 each), each timed as
   ``finder.search(q)`` followed by ``finder.facets(result)`` (what the GUI does).
5. The peer: a child process writes the same records into SQLite with FTS5
   (``bench/sqlite_peer.py``, whose docstring says how each query maps) and runs the same
   queries, each as a search and its facets: ``sqlite_filter_p95_ms``,
   ``sqlite_fulltext_p95_ms`` and the ratios ``filter_p95_ratio_sqlite`` and
   ``fulltext_p95_ratio_sqlite`` (memoryapp's p95 / SQLite's: at most 1.0 means memoryapp
   is as fast or faster); the ``*_search_only_p95_ms`` figures leave the facets out, on
   both sides. Both sides must find as many items for every query: the run fails after
   printing its figures when they do not.
6. One edit: ``Library.apply(edit_items([item], ...))`` (one commit with its history
   entry); the call returning means it is on disk: ``edit_durable_s``. Then an edit of 100
   items spread over the collection (every hundredth of the ordered result: every 1000th
   at 100,000 items) as ONE ``Library.apply``: ``edit_100_durable_s`` (the call's wall
   time) and ``edit_100_bytes``, the bytes this process wrote during the call (the
   ``wchar`` delta of ``/proc/self/io``: every write(), the change log's line and the
   history entry included; 0 where /proc is missing). The collection is closed without
   ``Finder.save`` (as a CLI edit: ``Library.close`` logs the IDs written beside the
   snapshot) and a child opens it again: ``open_after_edit_s`` (the logged items are
   indexed again; the child checks the 100 edited items are found).
7. Peak RSS of this process (``resource.getrusage``).

The last line printed is one JSON object with the figures; details go before it.
``--profile`` also prints where opening the collection spends its time (cProfile).
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.edits import edit_items
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import DateRole, Item, ItemKind, MediaFile, PersonTag, Region, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.library import Library
from memoryapp.library.finder import Finder

if __package__ in (None, ""):  # run as a script: bench/ is on sys.path
    import sqlite_peer
else:
    from bench import sqlite_peer

CHUNK = 10_000

PLACES = [
    # id, parent, kind, names
    ("ma", None, "country", ["Morocco", "Maroc", "المغرب", "מרוקו", "ⵍⵎⵖⵔⵉⴱ"]),
    ("fr", None, "country", ["France", "فرنسا", "צרפת"]),
    ("il", None, "country", ["Israel", "Israël", "ישראל", "إسرائيل"]),
    ("ca", None, "country", ["Canada", "קנדה", "كندا"]),
    ("dt", "ma", "region", ["Drâa-Tafilalet", "درعة تافيلالت"]),
    ("tinghir", "dt", "town", ["Tinghir", "Tinerhir", "Tineghir", "تنغير", "ⵜⵉⵏⵖⵉⵔ", "טינג'יר"]),
    ("mellah", "tinghir", "mellah", ["Mellah of Tinghir", "מלאח תינג'יר", "ملاح تنغير"]),
    ("asfalou", "tinghir", "ksar", ["Asfalou", "أسفالو", "ⴰⵙⴼⴰⵍⵓ"]),
    ("todra", "tinghir", "valley", ["Todra", "Todgha", "تودغى", "ⵜⵓⴷⵖⴰ"]),
    ("ouarzazate", "dt", "town", ["Ouarzazate", "ورزازات", "ⵡⴰⵔⵣⴰⵣⴰⵜ", "וארזאזאת"]),
    ("skoura", "ouarzazate", "oasis", ["Skoura", "سكورة", "ⵙⴽⵓⵔⴰ"]),
    ("errachidia", "dt", "town", ["Errachidia", "Ksar es Souk", "الرشيدية"]),
    ("casa", "ma", "city", ["Casablanca", "الدار البيضاء", "קזבלנקה", "ⴰⵏⴼⴰ"]),
    ("casa-mellah", "casa", "mellah", ["Mellah of Casablanca", "ملاح الدار البيضاء"]),
    ("marrakesh", "ma", "city", ["Marrakesh", "Marrakech", "مراكش", "מרקש", "ⵎⵕⵕⴰⴽⵛ"]),
    ("paris", "fr", "city", ["Paris", "باريس", "פריז"]),
    ("belleville", "paris", "quarter", ["Belleville"]),
    ("sarcelles", "fr", "town", ["Sarcelles", "סרסל"]),
    ("jerusalem", "il", "city", ["Jerusalem", "Jérusalem", "ירושלים", "القدس"]),
    ("ashdod", "il", "city", ["Ashdod", "אשדוד", "أسدود"]),
    ("beersheba", "il", "city", ["Beersheba", "באר שבע", "بئر السبع"]),
    ("montreal", "ca", "city", ["Montreal", "Montréal", "מונטריאול", "مونتريال"]),
]
GIVEN = [
    ("Miriam", "מרים", "مريم"), ("David", "דוד", "داود"), ("Yakut", "יקוט", "ياقوت"),
    ("Esther", "אסתר", "أستير"), ("Moshe", "משה", "موسى"), ("Rachel", "רחל", "راحيل"),
    ("Mohammed", "מוחמד", "محمد"), ("Fatima", "פאטמה", "فاطمة"), ("Youssef", "יוסף", "يوسف"),
    ("Aicha", "עיישה", "عائشة"), ("Hassan", "חסן", "حسن"), ("Zahra", "זהרה", "زهرة"),
    ("Shlomo", "שלמה", "سليمان"), ("Simha", "שמחה", "سمحة"), ("Ibrahim", "אברהים", "إبراهيم"),
    ("Khadija", "ח'דיג'ה", "خديجة"), ("Meir", "מאיר", "مئير"), ("Hanna", "חנה", "حنة"),
    ("Omar", "עומר", "عمر"), ("Yamna", "ימנה", "يمنى"),
]  # fmt: skip
SURNAMES = [
    ("Elbaz", "אלבז", "البز"), ("Ohana", "אוחנה", "أوحنا"), ("Abitbol", "אביטבול", "أبيطبول"),
    ("Cohen", "כהן", "كوهين"), ("Amar", "עמר", "عمار"), ("Benhaim", "בן חיים", "بن حاييم"),
    ("Ouaknine", "וקנין", "واكنين"), ("Azoulay", "אזולאי", "أزولاي"), ("Bensimon", "בן שמעון", "بن شمعون"),
    ("Dahan", "דהאן", "دهان"), ("Ait Ouzdi", "אית אוזדי", "آيت أوزدي"), ("Oubaha", "אובהא", "أوباها"),
    ("Boutaleb", "בוטאלב", "بوطالب"), ("Lahlou", "להלו", "لحلو"), ("Tazi", "תאזי", "التازي"),
]  # fmt: skip
TIFINAGH_GIVEN = {"Yakut": "ⵢⴰⵇⵓⵜ", "Omar": "ⵄⵓⵎⴰⵔ", "Hassan": "ⵃⴰⵙⵙⴰⵏ"}
TAGS = [
    "Events|Wedding", "Events|Wedding|Henna", "Events|Bar mitzvah", "Events|Circumcision",
    "Events|Funeral", "Events|Mimouna", "Events|Moussem", "Family|Portrait", "Family|Children",
    "Family|Abroad", "Work|Market", "Work|Shop", "Work|Fields", "School", "School|Alliance",
    "Religion|Synagogue", "Religion|Mosque", "Travel|Departure", "Travel|Letters home",
    "Documents|Passport", "Documents|Certificate", "Army", "Music", "Sport|Football",
]  # fmt: skip
_WORD_TEXT = (
    "wedding henna market family portrait children street house courtyard synagogue mosque "
    "school class teacher bicycle donkey camel palm oasis river kasbah ksar garden harvest "
    "dates olives bread oven fountain well rooftop terrace door window bride groom dance "
    "music drum flute feast tea mint sugar table carpet blanket jewellery necklace bracelet "
    "letter postcard stamp passport visa ship port airport train bus truck departure arrival "
    "grandmother grandfather uncle aunt cousin brother sister mother father friend neighbour "
    "rabbi imam shopkeeper tailor shoemaker blacksmith baker farmer soldier student "
    "mariage souvenir fête maison école marché famille départ arrivée lettre photo été hiver "
    "חתונה משפחה בית ספר שוק בית כנסת עלייה מכתב זיכרון "
    "عرس عائلة سوق مدرسة بيت رسالة ذكرى صيف شتاء "
    "ⴰⵎⵖⵔⴰ ⵜⴰⵡⵊⵊⴰ ⴰⵙⵓⵇ ⵜⵉⴷⴷⴰⵔ"
)
WORDS = _WORD_TEXT.split()
DATES = [
    ("1955~", "c. 1955"), ("195X", "the fifties"), ("1962", ""), ("[1948..1956]", "before the war ended"),
    ("1950/1959", ""), ("[..1959]", "before we left"), ("1948/..", ""), ("1955-06-12", ""),
    ("1955-22", "summer 1955"), ("196X~", "vers les années 60"), ("1967?", ""), ("1970-03", ""),
]  # fmt: skip


def _people(rng: random.Random, count: int) -> list[Person]:
    people = []
    for n in range(count):
        given = GIVEN[n % len(GIVEN)]
        surname = SURNAMES[(n // len(GIVEN)) % len(SURNAMES)]
        names = [
            Name(value=f"{given[0]} {surname[0]}"),
            Name(value=f"{given[1]} {surname[1]}"),
            Name(value=f"{given[2]} {surname[2]}"),
        ]
        if given[0] in TIFINAGH_GIVEN and rng.random() < 0.5:
            names.append(Name(value=TIFINAGH_GIVEN[given[0]]))
        if rng.random() < 0.2:
            names.append(Name(value=f"{given[0]} {n}", kind="nickname"))
        people.append(Person(id=PersonId(f"p{n:05d}"), names=tuple(names)))
    return people


def _places() -> list[Place]:
    return [
        Place(
            id=PlaceId(pid),
            names=tuple(Name(value=v) for v in names),
            kind=kind,
            parent_id=PlaceId(parent) if parent else None,
        )
        for pid, parent, kind, names in PLACES
    ]


def _date(rng: random.Random) -> dict[DateRole, FuzzyDate]:
    roll = rng.random()
    if roll < 0.15:
        return {}
    if roll < 0.17:
        return {DateRole.TAKEN: FuzzyDate(edtf=None, input="the summer grandpa left")}
    if roll < 0.6:
        edtf, words = rng.choice(DATES)
        return {DateRole.TAKEN: FuzzyDate(edtf=edtf, input=words)}
    year = rng.randint(1920, 2005)
    edtf = rng.choice([str(year), f"{year}~", f"{year}-{rng.randint(1, 12):02d}", f"{year // 10}X"])
    return {DateRole.TAKEN: FuzzyDate(edtf=edtf)}


def _item(n: int, rng: random.Random, people: list[Person], places: list[Place]) -> Item:
    tagged = rng.sample(people, rng.choice((0, 0, 1, 1, 2, 3, 4)))
    kind = rng.choice(
        [ItemKind.PHOTO] * 6 + [ItemKind.LETTER, ItemKind.DOCUMENT, ItemKind.POSTCARD]
    )
    fmt = "pdf" if kind in (ItemKind.LETTER, ItemKind.DOCUMENT) and rng.random() < 0.5 else "jpeg"
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 5)))
    extra = f" ref P-{rng.randint(1, 60000)}" if rng.random() < 0.3 else ""
    where = rng.sample(places, rng.choice((0, 1, 1, 1, 2)))
    place_words = f" {where[0].name}" if where and rng.random() < 0.2 else ""
    gps = rng.random() < 0.1
    return Item(
        id=ItemId(f"{rng.getrandbits(128):032x}"),
        kind=kind,
        title=f"{words.capitalize()}{place_words}",
        description=" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12))) + extra,
        dates=_date(rng),
        people=tuple(
            PersonTag(
                person_id=p.id,
                region=Region(x=0.1, y=0.1, w=0.2, h=0.2) if rng.random() < 0.3 else None,
            )
            for p in tagged
        ),
        places=tuple(p.id for p in where),
        tags=tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3)))),
        files=(
            MediaFile(
                sha256=f"{n:064x}",
                path=f"media/{n:06d}.{fmt}",
                format=fmt,
                size=rng.randint(10_000, 5_000_000),
                original_name=f"IMG_{n:05d}.{'PDF' if fmt == 'pdf' else 'JPG'}",
            ),
        ),
        source=Source(
            holder=rng.choice(["Esther", "Yamna", "Meir", ""]), album=f"Album {n // 500}"
        ),
        private=rng.random() < 0.05,
        lat=31.5 if gps else None,
        lon=-5.5 if gps else None,
        added_at=f"2026-01-01T00:00:{n % 60:02d}Z",
    )


def build(folder: Path, count: int) -> None:
    """Build the synthetic collection (run in a child process)."""
    rng = random.Random(1955)
    started = time.perf_counter()
    library = Library.create(folder, title="Search benchmark")
    people = _people(rng, 3000)
    places = _places()
    films = [
        Film(id=FilmId(f"f{n}"), title=t)
        for n, t in enumerate(["Return to Tinghir", "Mellah", "Letters"])
    ]
    scenes = [
        Scene(id=SceneId(f"s{n}"), film_id=films[n % 3].id, number=str(n), title=rng.choice(WORDS))
        for n in range(60)
    ]
    library.apply(library.command("Records", [*people, *places, *films, *scenes]))
    item_ids: list[ItemId] = []
    for start in range(0, count, CHUNK):
        items = [_item(n, rng, people, places) for n in range(start, min(count, start + CHUNK))]
        item_ids.extend(i.id for i in items)
        library.apply(library.command("Items", items))
        library.keep_search_index(compact=False)  # as Library.import_paths after each batch
        print(
            f"  built {start + len(items)} items in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    links = [
        SceneLink(
            id=LinkId(f"l{n}"),
            item_id=rng.choice(item_ids),
            scene_id=rng.choice(scenes).id,
            role=rng.choice(list(LinkRole)),
        )
        for n in range(500)
    ]
    library.apply(library.command("Links", links))
    library.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  build: {time.perf_counter() - started:.1f} s, peak RSS {rss:.0f} MB", file=sys.stderr)


FILTER_QUERIES = [
    "place:Tinghir", "place:تنغير", "place:Morocco", "place:Paris", "place:mellah",
    "person:Yakut", "person:Yakout", "person:\"Miriam Elbaz\"", "person:אלבז", "person:Ohana",
    "date:1950..1959", "date:1955", "date:..1960", "date:1948..", "date:195X", "date:1962-06",
    "tag:Events", "tag:Events|Wedding", "tag:Wedding", "tag:School",
    "type:photo", "type:letter", "type:pdf", "type:document|postcard",
    "has:gps", "has:people", "has:faces", "has:date", "is:undated", "is:private",
    "is:possible-copy", "is:untagged", "film:Return", "scene:12",
    "place:Tinghir date:1950..1959", "place:Morocco -is:private", "tag:Events has:faces",
    "(place:Paris OR place:Montreal) date:1960..1979", "NOT has:people", "type:letter date:..1960",
    "person:Yakut place:Tinghir", "place:Ouarzazate OR place:Skoura", "-tag:Events is:undated",
    "tag:Family|Portrait date:1970..", "has:people -has:faces", "place:ישראל", "person:Cohen tag:School",
    "date:1920..1930 type:photo", "place:Casablanca tag:Work", "", "is:private OR is:possible-copy",
]  # fmt: skip
TEXT_QUERIES = [
    "wedding", "Tinghir", "Tinerhir", "tinghir", "تنغير", "ⵜⵉⵏⵖⵉⵔ", "Yakout", "Yakut", "miriam",
    "Elbaz", "אלבז", "البز", "Ohana", "אוחנה", "wed", "henna", "market children", "synagogue",
    "\"Miriam Elbaz\"", "\"wedding henna\"", "Ouarzazat", "weddimg", "grandmother", "חתונה",
    "عرس", "ⴰⵙⵓⵇ", "mariage", "ecole", "école", "departure letter", "P-12345", "img_00042",
    "esther", "album 42", "fifties", "vers", "summer", "Casablanca", "Marrakech", "Marrakesh",
    "Montréal", "montreal", "Jerusalem", "ירושלים", "Abitbol", "Azoulai", "Benhaim", "tea mint",
    "bride groom", "postcard stamp", "Mohammed", "Mohamed", "Fatima", "Khadija", "fam",
    "wedding Tinghir", "Yakout place:Tinghir", "grandpa",
]  # fmt: skip


def _timed(
    finder: Finder, queries: list[str], verbose: bool
) -> tuple[list[float], list[float], list[int], list[float]]:
    """Wall and CPU ms of ``search`` + ``facets`` for each query, its hits, ``search`` alone."""
    times = []
    cpu = []
    found = []
    alone = []
    for query in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        result = finder.search(query)
        searched = time.perf_counter()
        finder.facets(result)
        done = time.perf_counter()
        cpu.append((time.process_time() - started_cpu) * 1000)
        times.append((done - started) * 1000)
        alone.append((searched - started) * 1000)
        found.append(len(result))
        if verbose:
            print(
                f"    {(searched - started) * 1000:7.1f} ms search {(done - searched) * 1000:6.1f} ms"
                f" facets {len(result):7d} hits  {query}",
                file=sys.stderr,
            )
    return times, cpu, found, alone


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def _open_phases(folder: Path) -> tuple[Library, Finder, dict[str, float]]:
    phases: dict[str, float] = {}
    started = time.perf_counter()
    library = Library.open(folder)
    phases["Library.open"] = time.perf_counter() - started
    mark = time.perf_counter()
    finder = Finder(library)
    phases["Finder"] = time.perf_counter() - mark
    phases["total"] = time.perf_counter() - started
    return library, finder, phases


_EDIT_100_WORD = "hundredfold"  # in the titles of the 100 items edited at once


def _written_bytes() -> int:
    """Bytes this process has written so far (``wchar`` of /proc/self/io; 0 without it)."""
    try:
        with Path("/proc/self/io").open(encoding="ascii") as stream:
            fields = dict(line.split(":", 1) for line in stream if ":" in line)
    except OSError:
        return 0
    return int(fields["wchar"])


def _open_in_child(folder: Path) -> None:
    """Open, save the index snapshot, close (run in a child); print the phases as JSON."""
    library, finder, phases = _open_phases(folder)
    phases["items indexed again"] = finder.reindexed_items
    phases["edited items found"] = len(finder.search(_EDIT_100_WORD))
    phases["items replayed from the log"] = finder.replayed_items
    phases["built from every item"] = finder.reindexed is None
    started = time.perf_counter()
    phases["saved"] = finder.save()
    phases["Finder.save"] = time.perf_counter() - started
    library.close()
    phases["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(phases))


def _child_open(folder: Path, label: str) -> dict[str, float]:
    command = [sys.executable, __file__, "--open-only", str(folder)]
    phases: dict[str, float] = json.loads(
        subprocess.run(command, check=True, capture_output=True).stdout
    )
    for name, value in phases.items():
        print(f"  {label}: {name}: {value:.2f}", file=sys.stderr)
    return phases


def _peer_in_child(folder: Path) -> None:
    """Load the collection into SQLite and time the queries there (run in a child)."""
    with tempfile.TemporaryDirectory(prefix="memoryapp-bench-sqlite-") as tmp:
        database = Path(tmp) / "peer.sqlite"
        library = Library.open(folder, read_only=True)
        figures: dict[str, object] = sqlite_peer.load(library, database)
        library.close()
        figures["db_mb"] = database.stat().st_size / 1e6
        started = time.perf_counter()
        peer = sqlite_peer.Peer(database)
        figures["open_s"] = time.perf_counter() - started
        figures["filter"] = sqlite_peer.timed(peer, FILTER_QUERIES)
        figures["text"] = sqlite_peer.timed(peer, TEXT_QUERIES)
        peer.close()
    print(json.dumps(figures))


def _child_peer(folder: Path) -> dict[str, Any]:
    command = [sys.executable, __file__, "--peer-only", str(folder)]
    figures: dict[str, Any] = json.loads(
        subprocess.run(command, check=True, capture_output=True).stdout
    )
    for name in ("load_s", "optimize_analyze_s", "db_mb", "open_s"):
        print(f"  SQLite peer: {name}: {figures[name]:.2f}", file=sys.stderr)
    return figures


def _disagreements(queries: list[str], ours: list[int], theirs: list[int]) -> list[str]:
    return [
        f"{query!r}: memoryapp {mine}, SQLite {peer}"
        for query, mine, peer in zip(queries, ours, theirs, strict=True)
        if mine != peer
    ]


def _profile_open(folder: Path) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    library, _finder, _phases = _open_phases(folder)
    profiler.disable()
    library.close()
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(30)
        print(out.getvalue(), file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="cProfile the open (to stderr)")
    parser.add_argument("--build-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--open-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--peer-only", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--verbose", action="store_true", help="print each query's time")
    parser.add_argument(
        "--reuse",
        type=Path,
        help="measure a collection built before with --build-only (it is edited)",
    )
    args = parser.parse_args()
    if args.build_only:
        build(args.build_only, args.items)
        return
    if args.profile_only:
        _profile_open(args.profile_only)
        return
    if args.open_only:
        _open_in_child(args.open_only)
        return
    if args.peer_only:
        _peer_in_child(args.peer_only)
        return
    with tempfile.TemporaryDirectory(prefix="memoryapp-bench-") as tmp:
        folder = args.reuse or Path(tmp) / "collection"
        if args.reuse is None:
            print(f"Building {args.items} items in {folder} ...", file=sys.stderr)
            command = [sys.executable, __file__, "--items", str(args.items), "--build-only"]
            subprocess.run([*command, str(folder)], check=True)
        size = sum(p.stat().st_size for p in (folder / "catalogue").iterdir()) / 1e6
        print(f"  catalogue on disk: {size:.0f} MB", file=sys.stderr)
        if not (folder / "cache" / "search-index").exists():
            print(
                "  NOTE: no snapshot: this collection was not written by this code", file=sys.stderr
            )
        first = _child_open(folder, "first open (as the app left it)")
        shutil.rmtree(folder / "cache", ignore_errors=True)
        cold = _child_open(folder, "first open without cache/ (built)")
        snapshot_mb = (folder / "cache" / "search-index").stat().st_size / 1e6
        print(f"  search index snapshot: {snapshot_mb:.0f} MB", file=sys.stderr)
        peer = _child_peer(folder)
        library, finder, phases = _open_phases(folder)
        for name, seconds in phases.items():
            print(f"  open: {name}: {seconds:.2f} s", file=sys.stderr)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak RSS once open and indexed: {rss:.0f} MB", file=sys.stderr)
        filters, filters_cpu, filter_found, filters_alone = _timed(
            finder, FILTER_QUERIES, args.verbose
        )
        texts, texts_cpu, text_found, texts_alone = _timed(finder, TEXT_QUERIES, args.verbose)
        print(
            f"  {len(filters)} filter queries ({sum(filter_found)} hits), {len(texts)} text "
            f"queries ({sum(text_found)} hits); slowest filter {max(filters):.1f} ms, text "
            f"{max(texts):.1f} ms",
            file=sys.stderr,
        )
        print(
            f"  CPU time (this process only): filter p50 {statistics.median(filters_cpu):.1f} "
            f"p95 {_p95(filters_cpu):.1f} ms; text p50 {statistics.median(texts_cpu):.1f} "
            f"p95 {_p95(texts_cpu):.1f} ms; load average {os.getloadavg()[0]:.1f} on "
            f"{os.cpu_count()} CPUs",
            file=sys.stderr,
        )
        library_ids = finder.search("").ids
        item = library.item(library_ids[len(library_ids) // 2])
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  peak RSS before the edit: {rss:.0f} MB", file=sys.stderr)
        started = time.perf_counter()
        changes = library.apply(edit_items([item], title=item.title + " (edited)"))
        durable = time.perf_counter() - started
        started = time.perf_counter()
        finder.refresh()
        print(
            f"  finder.refresh after the edit: {(time.perf_counter() - started) * 1000:.1f} ms",
            file=sys.stderr,
        )
        assert changes.items == {item.id}
        assert item.id in finder.search("edited").ids
        spread = [library.item(i) for i in library_ids[:: max(1, len(library_ids) // 100)][:100]]
        written = _written_bytes()
        started = time.perf_counter()
        changes = library.apply(edit_items(spread, title=f"Henna night ({_EDIT_100_WORD})"))
        durable_100 = time.perf_counter() - started
        bytes_100 = _written_bytes() - written
        print(
            f"  edit of {len(spread)} spread items: {durable_100:.3f} s, {bytes_100} bytes written",
            file=sys.stderr,
        )
        assert changes.items == {i.id for i in spread}
        finder.refresh()
        assert len(finder.search(_EDIT_100_WORD)) == len(spread)
        library.close()  # without finder.save(): as a CLI edit (close logs the IDs written)
        after_edit = _child_open(folder, "open after an edit the snapshot does not have")
        assert after_edit["edited items found"] == len(spread), "edits lost on reopening"
        if args.profile:  # in a fresh process, so no cache is warm
            command = [sys.executable, __file__, "--profile-only", str(folder)]
            subprocess.run(command, check=True)
    figures = {
        "items": len(library_ids),
        "open_s": round(phases["total"], 2),
        "open_first_s": round(first["total"], 2),
        "open_cold_s": round(cold["total"], 2),
        "finder_load_s": round(phases["Finder"], 2),
        "snapshot_save_s": round(cold["Finder.save"], 2),
        "snapshot_mb": round(snapshot_mb, 1),
        "open_after_edit_s": round(after_edit["total"], 2),
        "filter_p50_ms": round(statistics.median(filters), 1),
        "filter_p95_ms": round(_p95(filters), 1),
        "fulltext_p50_ms": round(statistics.median(texts), 1),
        "fulltext_p95_ms": round(_p95(texts), 1),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "edit_durable_s": round(durable, 3),
        "edit_100_durable_s": round(durable_100, 3),
        "edit_100_bytes": bytes_100,
    }
    sqlite_filter, filter_counts, sqlite_filter_alone = peer["filter"]
    sqlite_text, text_counts, sqlite_text_alone = peer["text"]
    figures["sqlite_filter_p50_ms"] = round(statistics.median(sqlite_filter), 1)
    figures["sqlite_filter_p95_ms"] = round(_p95(sqlite_filter), 1)
    figures["sqlite_fulltext_p50_ms"] = round(statistics.median(sqlite_text), 1)
    figures["sqlite_fulltext_p95_ms"] = round(_p95(sqlite_text), 1)
    figures["filter_p95_ratio_sqlite"] = round(_p95(filters) / _p95(sqlite_filter), 2)
    figures["fulltext_p95_ratio_sqlite"] = round(_p95(texts) / _p95(sqlite_text), 2)
    figures["filter_search_only_p95_ms"] = round(_p95(filters_alone), 1)
    figures["sqlite_filter_search_only_p95_ms"] = round(_p95(sqlite_filter_alone), 1)
    figures["fulltext_search_only_p95_ms"] = round(_p95(texts_alone), 1)
    figures["sqlite_fulltext_search_only_p95_ms"] = round(_p95(sqlite_text_alone), 1)
    figures["load_average"] = round(os.getloadavg()[0], 1)
    disagree = _disagreements(FILTER_QUERIES, filter_found, filter_counts)
    disagree += _disagreements(TEXT_QUERIES, text_found, text_counts)
    print(json.dumps(figures))
    if disagree:
        sys.exit("memoryapp and SQLite found different numbers of items:\n" + "\n".join(disagree))


if __name__ == "__main__":
    main()
