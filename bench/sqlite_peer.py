"""The peer of ``search_bench.py``: the same records in SQLite with FTS5, the same queries.

Built the way a SQLite-backed catalogue would be (the standard library's ``sqlite3``):

- a table per record kind (``items``, ``people``, ``places``, ``films``, ``scenes``) and
  link tables (``item_people``, ``item_places``, ``item_tags``, ``item_formats``,
  ``item_flags``, ``item_links``), each indexed on the columns a filter looks up;
- ``place_tree``: the closure of the place hierarchy (a place and every place inside it),
  and ``item_ancestors``: each item's places and the places they lie in, once each;
- ``item_text``: an FTS5 table over each item's searched texts, folded with memoryapp's own
  ``core.text.tokens`` (``search_key``), one FTS token per folded word (the tokenizer splits
  on spaces only) and a field-break token between fields, with prefix indexes;
- ``terms``: the distinct folded words of the item texts and of the names, with their
  consonant skeletons (``core.text.skeleton``, strict and loose, worked out in Python at
  load time) indexed, so the matching levels memoryapp offers are index look-ups here too;
  ``name_words``, ``name_runs`` and ``name_full``: each name's words (and, for two or three
  words, the words run together), each run of its words joined, and the whole name.

The database is a file (the default rollback journal; no WAL needed to read), loaded in one
transaction, then ``ANALYZE``; it is closed and opened again before the queries (64 MB page
cache, memory-mapped). Every SQL text is fixed and takes its values as parameters (lists as
one JSON array through ``json_each``), so the connection's statement cache prepares each
once.

How memoryapp's queries map (``docs/search.md``; the query is parsed with memoryapp's own
parser, ``search.query.parse_query``, and each node becomes a condition on ``items i``):

- a word: the folded word as an FTS5 prefix query (memoryapp's exact, prefix and folded
  levels all reduce to "a stored folded word starts with the folded searched word"), OR-ed
  with the stored words of the same skeleton, of the same loose skeleton (two letters at
  least) and within the fuzzy distance (``vocabulary.fuzzy_distance``; Levenshtein with
  rapidfuzz over the ``terms`` of a similar length: SQLite has no edit distance built in);
  OR the items tagged with a person or place one of whose name words meets the word the same
  way (places with every place inside them, through ``item_ancestors``). Several words: AND.
- a quoted phrase: an FTS5 phrase (first words whole, the last a prefix), for the phrase as
  written and with two or three neighbouring words run together or one word split in two
  known words; OR people and places one of whose full names contains it (or a run of whose
  words, joined, is it), or whose whole name has its skeleton.
- ``person:``/``place:``: an ID, or people/places of which every word of the value meets a
  name word (as above), or a whole-name match as for a phrase; places with their descendants
  through ``item_ancestors``.
- ``date:``: the item's search window (the same ``FuzzyDate`` bounds, ``search.dating``)
  overlaps the days asked for: ``win_low <= high AND win_high >= low``.
- ``tag:``: ``item_tags`` holds every level of each tag path, folded, and its last level:
  ``path = ?`` (a single word also ``leaf = ?``).
- ``type:``: ``items.kind`` or ``item_formats.format``; ``has:``/``is:``: ``item_flags``;
  ``film:``/``scene:``: ``item_links`` (rejected links left out) of the films whose folded
  title contains the value, the scenes of that ID, number or title words.
- AND/OR/NOT/parentheses: the same in SQL; an empty query: every item.

Each query runs as memoryapp's does: the matching items (trashed ones left out) into a
temporary table, their IDs read back in date order (earliest possible day first, undated
last, then ID), then the facets: people, places along the hierarchy (an item once per
place), tags, films, kinds, decades (split by ``search.dating.decade_weights``) and the
undated count. Not done here (memoryapp does it): ranking by matching level.
"""

import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from memoryapp.core.fields import texts
from memoryapp.core.films import LinkRole
from memoryapp.core.items import DateRole
from memoryapp.core.text import skeleton, tokens
from memoryapp.library import Library
from memoryapp.search.dating import date_keys, decade_weights
from memoryapp.search.entries import fold_text, tag_paths
from memoryapp.search.query import (
    And,
    DateFilter,
    Filter,
    MatchAll,
    Node,
    Not,
    Or,
    Term,
    parse_query,
)
from memoryapp.search.vocabulary import fuzzy_distance

BREAK = "\ue000"  # a token between two fields: phrases never span it
_KINDS = {"photo", "document", "letter", "postcard", "passport", "certificate", "newspaper"}
_KINDS |= {"other"}
_FORMAT_ALIASES = {"jpg": "jpeg", "tif": "tiff", "heif": "heic", "text": "txt"}

SCHEMA = """
CREATE TABLE items (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, kind TEXT NOT NULL,
    trashed INTEGER NOT NULL, low INTEGER, high INTEGER, win_low INTEGER, win_high INTEGER);
CREATE INDEX items_kind ON items (kind);
CREATE INDEX items_window ON items (win_low, win_high);
CREATE INDEX items_order ON items ((low IS NULL), low, id);
CREATE INDEX items_span ON items (low, high);
CREATE TABLE item_people (item INTEGER NOT NULL, person TEXT NOT NULL);
CREATE INDEX item_people_person ON item_people (person, item);
CREATE INDEX item_people_item ON item_people (item, person);
CREATE TABLE item_places (item INTEGER NOT NULL, place TEXT NOT NULL);
CREATE INDEX item_places_place ON item_places (place, item);
CREATE INDEX item_places_item ON item_places (item, place);
CREATE TABLE item_tags (item INTEGER NOT NULL, path TEXT NOT NULL, leaf TEXT NOT NULL);
CREATE INDEX item_tags_path ON item_tags (path, item);
CREATE INDEX item_tags_leaf ON item_tags (leaf, item);
CREATE INDEX item_tags_item ON item_tags (item, path);
CREATE TABLE item_formats (item INTEGER NOT NULL, format TEXT NOT NULL);
CREATE INDEX item_formats_format ON item_formats (format, item);
CREATE TABLE item_flags (item INTEGER NOT NULL, flag TEXT NOT NULL);
CREATE INDEX item_flags_flag ON item_flags (flag, item);
CREATE TABLE people (id TEXT PRIMARY KEY, label TEXT NOT NULL);
CREATE TABLE places (id TEXT PRIMARY KEY, parent TEXT, label TEXT NOT NULL);
CREATE TABLE films (id TEXT PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE scenes (id TEXT PRIMARY KEY, film TEXT NOT NULL, number TEXT, title TEXT);
CREATE TABLE item_links (item INTEGER NOT NULL, film TEXT NOT NULL, scene TEXT NOT NULL);
CREATE INDEX item_links_film ON item_links (film, item);
CREATE INDEX item_links_scene ON item_links (scene, item);
CREATE INDEX item_links_item ON item_links (item, film);
CREATE TABLE place_tree (ancestor TEXT NOT NULL, place TEXT NOT NULL);
CREATE INDEX place_tree_ancestor ON place_tree (ancestor, place);
CREATE INDEX place_tree_place ON place_tree (place, ancestor);
CREATE TABLE item_ancestors (item INTEGER NOT NULL, ancestor TEXT NOT NULL);
CREATE INDEX item_ancestors_ancestor ON item_ancestors (ancestor, item);
CREATE TABLE terms (kind TEXT NOT NULL, word TEXT NOT NULL, skel TEXT, loose TEXT,
    length INTEGER, PRIMARY KEY (kind, word)) WITHOUT ROWID;
CREATE INDEX terms_skel ON terms (kind, skel);
CREATE INDEX terms_loose ON terms (kind, loose);
CREATE INDEX terms_length ON terms (kind, length);
CREATE TABLE name_words (kind TEXT NOT NULL, word TEXT NOT NULL, owner TEXT NOT NULL);
CREATE INDEX name_words_word ON name_words (kind, word, owner);
CREATE TABLE name_runs (kind TEXT NOT NULL, run TEXT NOT NULL, owner TEXT NOT NULL);
CREATE INDEX name_runs_run ON name_runs (kind, run, owner);
CREATE TABLE name_full (kind TEXT NOT NULL, owner TEXT NOT NULL, full TEXT NOT NULL,
    skel TEXT, loose TEXT);
CREATE INDEX name_full_skel ON name_full (kind, skel);
CREATE INDEX name_full_loose ON name_full (kind, loose);
CREATE VIRTUAL TABLE item_text USING fts5 (text, prefix = '1 2 3 4',
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* P* S*'");
"""
_LIST = "(SELECT value FROM json_each(?))"


def _skeletons(word: str) -> tuple[str | None, str | None]:
    """A stored word's strict and loose skeletons (None when under two letters)."""
    if word.isdigit():
        return None, None
    strict, loose = skeleton(word), skeleton(word, loose=True)
    return (strict if len(strict) >= 2 else None), (loose if len(loose) >= 2 else None)


def _fuzzy_length(word: str) -> int | None:
    """The length under which a stored word is offered to fuzzy matching (None: never)."""
    if len(word) < 3 or any(ch.isdigit() for ch in word):
        return None
    return len(word)


def load(library: Library, database: Path) -> dict[str, float]:
    """Write every record of ``library`` into a new SQLite database; the phases' seconds."""
    started = time.perf_counter()
    db = sqlite3.connect(database, isolation_level=None)
    db.executescript(SCHEMA)
    db.execute("BEGIN")
    text_words: set[str] = set()
    item_rows, text_rows = [], []
    people_rows, place_rows, tag_rows, format_rows, flag_rows = [], [], [], [], []
    rowid_of: dict[str, int] = {}
    for rowid, item in enumerate(library.items(include_trashed=True), start=1):
        rowid_of[item.id] = rowid
        keys = date_keys(item.dates.get(DateRole.TAKEN))
        dates = (keys.low, keys.high, keys.window_low, keys.window_high) if keys else (None,) * 4
        item_rows.append((rowid, item.id, item.kind.value, int(bool(item.trashed_at)), *dates))
        fields = [tokens(text) for text in texts(item, lambda spec: spec.searched)]
        for words in fields:
            text_words.update(words)
        text_rows.append((rowid, f" {BREAK} ".join(" ".join(w) for w in fields if w)))
        people = item.person_ids()
        places = tuple(dict.fromkeys(item.places))
        people_rows += [(rowid, p) for p in dict.fromkeys(people)]
        place_rows += [(rowid, p) for p in places]
        paths = {folded for tag in item.tags for folded, _ in tag_paths(tag)}
        tag_rows += [(rowid, path, path.rsplit("|", 1)[-1]) for path in paths]
        format_rows += [(rowid, f) for f in dict.fromkeys(f.format.lower() for f in item.files)]
        flags = [
            "gps" if item.lat is not None else "",
            "people" if people else "untagged",
            "faces" if any(t.region is not None for t in item.people) else "",
            "date" if keys is not None else "undated",
            "private" if item.private else "",
            "possible-copy" if item.possible_copies else "",
            "damaged" if item.damaged else "",
            "trashed" if item.trashed_at else "",
        ]
        flag_rows += [(rowid, flag) for flag in flags if flag]
    db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?)", item_rows)
    db.executemany("INSERT INTO item_text (rowid, text) VALUES (?, ?)", text_rows)
    db.executemany("INSERT INTO item_people VALUES (?, ?)", people_rows)
    db.executemany("INSERT INTO item_places VALUES (?, ?)", place_rows)
    db.executemany("INSERT INTO item_tags VALUES (?, ?, ?)", tag_rows)
    db.executemany("INSERT INTO item_formats VALUES (?, ?)", format_rows)
    db.executemany("INSERT INTO item_flags VALUES (?, ?)", flag_rows)
    terms = [("text", w, *_skeletons(w), _fuzzy_length(w)) for w in text_words]
    for kind, records in (("person", library.people()), ("place", library.places())):
        words: set[str] = set()
        for record in records:
            for name in record.names:
                folded = tokens(name.value)
                if not folded:
                    continue
                own = [*folded, "".join(folded)] if 1 < len(folded) <= 3 else folded
                words.update(own)
                db.executemany(
                    "INSERT INTO name_words VALUES (?, ?, ?)",
                    [(kind, w, record.id) for w in dict.fromkeys(own)],
                )
                runs = {
                    "".join(folded[a:b])
                    for a in range(len(folded))
                    for b in range(a + 1, len(folded) + 1)
                }
                db.executemany(
                    "INSERT INTO name_runs VALUES (?, ?, ?)",
                    [(kind, run, record.id) for run in runs],
                )
                strict, loose = skeleton(name.value), skeleton(name.value, loose=True)
                db.execute(
                    "INSERT INTO name_full VALUES (?, ?, ?, ?, ?)",
                    (
                        kind,
                        record.id,
                        " ".join(folded),
                        strict if len(strict) >= 2 else None,
                        loose if len(loose) >= 2 else None,
                    ),
                )
        terms += [(kind, w, *_skeletons(w), _fuzzy_length(w)) for w in words]
    db.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?)", terms)
    parent = {p.id: p.parent_id for p in library.places()}
    db.executemany(
        "INSERT INTO people VALUES (?, ?)",
        [(p.id, p.names[0].value if p.names else p.id) for p in library.people()],
    )
    db.executemany(
        "INSERT INTO places VALUES (?, ?, ?)",
        [(p.id, p.parent_id, p.names[0].value if p.names else p.id) for p in library.places()],
    )
    tree = []
    for place in {*parent, *(p for _, p in place_rows)}:
        chain = [place]
        while (up := parent.get(chain[-1])) is not None and up not in chain:
            chain.append(up)
        tree += [(ancestor, place) for ancestor in chain]
    db.executemany("INSERT INTO place_tree VALUES (?, ?)", tree)
    db.execute(
        "INSERT INTO item_ancestors SELECT DISTINCT ip.item, t.ancestor"
        " FROM item_places ip JOIN place_tree t ON t.place = ip.place"
    )
    films = [(f.id, fold_text(f.title)) for f in library.films()]
    db.executemany("INSERT INTO films VALUES (?, ?)", films)
    scenes = {s.id: s for s in library.scenes()}
    db.executemany(
        "INSERT INTO scenes VALUES (?, ?, ?, ?)",
        [(s.id, s.film_id, fold_text(s.number), fold_text(s.title)) for s in scenes.values()],
    )
    links = {
        (rowid_of[link.item_id], scenes[link.scene_id].film_id, link.scene_id)
        for link in library.links()
        if link.role != LinkRole.REJECTED and link.scene_id in scenes and link.item_id in rowid_of
    }
    db.executemany("INSERT INTO item_links VALUES (?, ?, ?)", sorted(links))
    db.execute("COMMIT")
    loaded = time.perf_counter()
    db.execute("INSERT INTO item_text (item_text) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.close()
    return {"load_s": loaded - started, "optimize_analyze_s": time.perf_counter() - loaded}


class Peer:
    """An open SQLite copy of a collection, searched the way ``Finder`` searches."""

    def __init__(self, database: Path) -> None:
        self._db = sqlite3.connect(database, isolation_level=None, cached_statements=256)
        self._db.execute("PRAGMA cache_size = -65536")
        self._db.execute("PRAGMA mmap_size = 268435456")
        self._db.execute("PRAGMA temp_store = MEMORY")
        self._db.execute("CREATE TEMP TABLE hits (rowid INTEGER PRIMARY KEY)")
        self._db.execute("SELECT count(*) FROM items").fetchone()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    # -- words ------------------------------------------------------------------------------

    def _rows(self, sql: str, *params: Any) -> list[Any]:
        return [row[0] for row in self._db.execute(sql, params)]

    def _similar(self, kind: str, folded: str) -> list[str]:
        """Stored words of the same skeleton, loose skeleton, or within the fuzzy distance."""
        strict, loose = skeleton(folded), skeleton(folded, loose=True)
        found = []
        if len(strict) >= 2:
            found += self._rows("SELECT word FROM terms WHERE kind = ? AND skel = ?", kind, strict)
        if len(loose) >= 2:
            found += self._rows("SELECT word FROM terms WHERE kind = ? AND loose = ?", kind, loose)
        distance = fuzzy_distance(folded)
        if distance:
            choices = self._rows(
                "SELECT word FROM terms WHERE kind = ? AND length BETWEEN ? AND ?",
                kind,
                len(folded) - distance,
                len(folded) + distance,
            )
            found += [
                str(word)
                for word, _score, _at in process.extract(
                    folded, choices, scorer=Levenshtein.distance, score_cutoff=distance, limit=None
                )
            ]
        return found

    def _owners_of_word(self, kind: str, folded: str) -> set[str]:
        """People or places one of whose name words meets ``folded`` at some level."""
        words = self._rows(
            "SELECT word FROM terms WHERE kind = ? AND word >= ? AND word < ?",
            kind,
            folded,
            folded + "\U0010ffff",
        )
        words += self._similar(kind, folded)
        return set(
            self._rows(
                f"SELECT DISTINCT owner FROM name_words WHERE kind = ? AND word IN {_LIST}",
                kind,
                json.dumps(words),
            )
        )

    def _owners_of_phrase(self, kind: str, text: str) -> set[str]:
        """People or places a whole name of which contains ``text`` or sounds like it."""
        folded = " ".join(tokens(text))
        if not folded:
            return set()
        found = set(
            self._rows(
                "SELECT owner FROM name_full WHERE kind = ? AND instr(full, ?) > 0", kind, folded
            )
        )
        found |= set(
            self._rows(
                "SELECT owner FROM name_runs WHERE kind = ? AND run = ?",
                kind,
                folded.replace(" ", ""),
            )
        )
        for column, loose in (("skel", False), ("loose", True)):
            key = skeleton(text, loose=loose)
            if len(key) >= 2:
                found |= set(
                    self._rows(
                        f"SELECT owner FROM name_full WHERE kind = ? AND {column} = ?", kind, key
                    )
                )
        return found

    def _owners_of_value(self, kind: str, value: str) -> set[str]:
        """What ``person:``/``place:`` means by ``value``: an ID or every word of a name."""
        if self._rows("SELECT 1 FROM name_full WHERE kind = ? AND owner = ? LIMIT 1", kind, value):
            return {value}
        words = tokens(value)
        found = self._owners_of_phrase(kind, value) if len(words) > 1 else set()
        combined: set[str] | None = None
        for word in words:
            owners = self._owners_of_word(kind, word)
            combined = owners if combined is None else combined & owners
            if not combined:
                break
        found |= combined or set()
        if not found:
            table = "item_people" if kind == "person" else "item_places"
            if self._rows(f"SELECT 1 FROM {table} WHERE {kind} = ? LIMIT 1", value):
                found = {value}
        return found

    @staticmethod
    def _quoted(word: str) -> str:
        return '"' + word.replace('"', '""') + '"'

    def _named(self, people: set[str], places: set[str], params: list[Any]) -> str:
        """A compound SELECT of the items tagged with these people or (inside) these places."""
        params += [json.dumps(sorted(people)), json.dumps(sorted(places))]
        return (
            f"SELECT item FROM item_people WHERE person IN {_LIST}"
            f" UNION SELECT item FROM item_ancestors WHERE ancestor IN {_LIST}"
        )

    def _word(self, folded: str, params: list[Any]) -> str:
        match = " OR ".join(
            [self._quoted(folded) + " *", *map(self._quoted, self._similar("text", folded))]
        )
        params.append(match)
        named = self._named(
            self._owners_of_word("person", folded), self._owners_of_word("place", folded), params
        )
        return f"i.rowid IN (SELECT rowid FROM item_text WHERE item_text MATCH ? UNION {named})"

    def _phrase(self, text: str, params: list[Any]) -> str:
        words = tokens(text)
        if not words:
            return "1"
        spellings = [words]
        for start in range(len(words)):
            for end in range(start + 2, min(start + 3, len(words)) + 1):
                spellings.append([*words[:start], "".join(words[start:end]), *words[end:]])
            word = words[start]
            for cut in range(2, len(word) - 1):
                halves = [word[:cut], word[cut:]]
                if all(self._known(half) for half in halves):
                    spellings.append([*words[:start], *halves, *words[start + 1 :]])
        params.append(" OR ".join(self._quoted(" ".join(s)) + " *" for s in spellings))
        named = self._named(
            self._owners_of_phrase("person", text), self._owners_of_phrase("place", text), params
        )
        return f"i.rowid IN (SELECT rowid FROM item_text WHERE item_text MATCH ? UNION {named})"

    def _known(self, folded: str) -> bool:
        return bool(self._rows("SELECT 1 FROM terms WHERE kind = 'text' AND word = ?", folded))

    # -- the query ---------------------------------------------------------------------------

    def _sql(self, node: Node, params: list[Any]) -> str:
        """A condition on ``items i`` meaning ``node``; its values appended to ``params``."""
        if isinstance(node, MatchAll):
            return "1"
        if isinstance(node, Term):
            if node.phrase:
                return self._phrase(node.text, params)
            words = tokens(node.text)
            return " AND ".join(self._word(w, params) for w in words) if words else "1"
        if isinstance(node, DateFilter):
            params += [node.high, node.high, node.low, node.low]
            return (
                "(i.win_low IS NOT NULL AND (? IS NULL OR i.win_low <= ?)"
                " AND (? IS NULL OR i.win_high >= ?))"
            )
        if isinstance(node, Filter):
            return self._filter(node, params)
        if isinstance(node, Not):
            return f"NOT ({self._sql(node.child, params)})"
        joiner = " AND " if isinstance(node, And) else " OR "
        assert isinstance(node, And | Or)
        return "(" + joiner.join(f"({self._sql(c, params)})" for c in node.children) + ")"

    def _filter(self, node: Filter, params: list[Any]) -> str:
        field, value = node.field, node.value
        if field == "person":
            return (
                f"i.rowid IN ({self._named(self._owners_of_value('person', value), set(), params)})"
            )
        if field == "place":
            return (
                f"i.rowid IN ({self._named(set(), self._owners_of_value('place', value), params)})"
            )
        if field in ("has", "is", "in"):
            params.append("trashed" if field == "in" else value)
            return "i.rowid IN (SELECT item FROM item_flags WHERE flag = ?)"
        if field == "tag":
            paths = tag_paths(value)
            if not paths:
                return "0"
            wanted = paths[-1][0]
            params += [wanted, "|" not in wanted, wanted]
            return (
                "i.rowid IN (SELECT item FROM item_tags WHERE path = ?"
                " UNION SELECT item FROM item_tags WHERE ? AND leaf = ?)"
            )
        if field == "type":
            parts = [p.strip().lower() for p in value.replace(",", "|").split("|")]
            kinds = [p for p in parts if p in _KINDS]
            formats = [_FORMAT_ALIASES.get(p, p) for p in parts if p not in _KINDS]
            params += [json.dumps(kinds), json.dumps(formats)]
            return (
                f"(i.kind IN {_LIST}"
                f" OR i.rowid IN (SELECT item FROM item_formats WHERE format IN {_LIST}))"
            )
        wanted = fold_text(value)
        if field == "film":
            params += [value, wanted]
            return (
                "i.rowid IN (SELECT item FROM item_links WHERE film IN"
                " (SELECT id FROM films WHERE id = ? OR instr(title, ?) > 0))"
            )
        assert field == "scene"
        params += [value, wanted, wanted]
        return (
            "i.rowid IN (SELECT item FROM item_links WHERE scene IN (SELECT id FROM scenes"
            " WHERE id = ? OR number = ? OR (title <> '' AND instr(title, ?) > 0)))"
        )

    def search(self, query: str) -> list[str]:
        """The IDs of the items matching ``query``, earliest date first, undated last."""
        params: list[Any] = []
        node = parse_query(query)
        condition = self._sql(node, params)
        trash = "i.trashed = 1" if _names_trash(node) else "i.trashed = 0"
        self._db.execute("DELETE FROM hits")
        self._db.execute(
            f"INSERT INTO hits SELECT i.rowid FROM items i WHERE {trash} AND ({condition})", params
        )
        return self._rows(
            "SELECT i.id FROM hits h JOIN items i ON i.rowid = h.rowid"
            " ORDER BY (i.low IS NULL), i.low, i.id"
        )

    def facets(self) -> dict[str, Any]:
        """Counts over the last search's items, like ``Finder.facets``."""
        out: dict[str, Any] = {}
        for name, sql in (
            ("people", "SELECT person, count(*), label FROM hits JOIN item_people"
             " ON item = hits.rowid LEFT JOIN people ON id = person GROUP BY person"),
            ("places", "SELECT ancestor, count(*), label FROM hits JOIN item_ancestors"
             " ON item = hits.rowid LEFT JOIN places ON id = ancestor GROUP BY ancestor"),
            ("tags", "SELECT path, count(*) FROM hits JOIN item_tags ON item = hits.rowid"
             " GROUP BY path"),
            ("films", "SELECT film, count(DISTINCT item) FROM hits JOIN item_links"
             " ON item = hits.rowid GROUP BY film"),
            ("kinds", "SELECT kind, count(*) FROM hits JOIN items i ON i.rowid = hits.rowid"
             " GROUP BY kind"),
        ):  # fmt: skip
            rows = self._db.execute(sql).fetchall()
            # by count, then label (people and places: their primary name), as Facets sorts
            out[name] = sorted(rows, key=_facet_order)
        decades: dict[int, float] = {}
        undated = 0
        for low, high, count in self._db.execute(
            "SELECT i.low, i.high, count(*) FROM hits JOIN items i ON i.rowid = hits.rowid"
            " GROUP BY i.low, i.high"
        ):
            if low is None:
                undated += count
                continue
            for decade, weight in decade_weights(low, high):
                decades[decade] = decades.get(decade, 0.0) + count * weight
        out["decades"] = sorted(decades.items())
        out["undated"] = undated
        return out


def _facet_order(row: tuple[Any, ...]) -> tuple[int, str, str]:
    key, count, *label = row
    return -count, str(label[0] if label and label[0] else key), key


def _names_trash(node: Node) -> bool:
    if isinstance(node, Filter):
        return (node.field, node.value) in (("is", "trashed"), ("in", "trash"))
    if isinstance(node, Not):
        return _names_trash(node.child)
    if isinstance(node, And | Or):
        return any(_names_trash(child) for child in node.children)
    return False


def timed(peer: Peer, queries: Iterable[str]) -> tuple[list[float], list[int], list[float]]:
    """Wall ms of ``search`` + ``facets`` for each query, its hits, and ``search`` alone."""
    times, counts, alone = [], [], []
    for query in queries:
        started = time.perf_counter()
        found = peer.search(query)
        searched = time.perf_counter()
        peer.facets()
        times.append((time.perf_counter() - started) * 1000)
        alone.append((searched - started) * 1000)
        counts.append(len(found))
    return times, counts, alone
