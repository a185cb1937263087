"""Words of one kind (item text, or names) and how a searched word meets them, level by level.

A word is kept in two forms: its *surface* (lower case, NFC, accents and points kept) and its
*folded* form (``core.text.search_key``). A searched word meets a stored one at the first of
these levels that holds (people-and-places.md section 7), and the level is the rank:

====  =========  ====================================================================
rank  level      the stored word ...
====  =========  ====================================================================
0     exact      is the searched word (up to case)
1     prefix     starts with the searched word (up to case)
2     folded     equals or starts with it once both are folded (accents, niqqud, ...)
3     skeleton   has the same consonant skeleton (Tinerhir = Tinghir = the Arabic)
4     loose      has the same loose skeleton (the Hebrew spellings, Yakout = Yakut)
5     fuzzy      is within one typo (words of 4-6 letters) or two (7 and more)
====  =========  ====================================================================

Skeleton levels need a skeleton of at least two letters, and fuzzy matching is only tried for
words of four letters or more without digits, against stored words of a similar length, so
one lookup stays in the low milliseconds at 100,000 items.
"""

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from memoryapp.core.text import skeleton, tokens

__all__ = [
    "LEVELS",
    "Vocabulary",
    "forget_folded_words",
    "fuzzy_distance",
    "text_words",
    "word_pairs",
]

LEVELS: tuple[str, ...] = ("exact", "prefix", "folded", "skeleton", "loose", "fuzzy")
EXACT, PREFIX, FOLDED, SKELETON, LOOSE, FUZZY = range(6)

_FUZZY_MIN = 4
_MIN_SKELETON = 2
_SPLIT = re.compile(r"[\W_]+")
# Combining marks stay inside a surface word (niqqud, harakat, accents).
_SURFACE_SPLIT = re.compile(
    r"(?:[^\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]|_)+"
)
_DIGIT = re.compile(r"\d")


def word_pairs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(surface, folded)`` words.

    The folded words are exactly ``core.text.tokens(text)``; when the surface split does not
    line up with them (a geresh inside a Hebrew word), the folded word stands for the surface.
    """
    if not text:
        return []
    if text.isascii():  # search_key of ASCII text is its casefold: the common, fast case
        words = [w for w in _SPLIT.split(text.lower()) if w]
        return list(zip(words, words, strict=True))
    folded = tokens(text)
    surface = [w for w in _SURFACE_SPLIT.split(unicodedata.normalize("NFC", text.casefold())) if w]
    if len(surface) != len(folded):
        surface = folded
    return list(zip(surface, folded, strict=True))


_skeleton = getattr(skeleton, "__wrapped__", skeleton)  # uncached: see Vocabulary._add_folded


class _Folded(dict[str, Any]):
    """Chunks of text (between spaces) folded once each, as :func:`text_words` needs them.

    Chunks repeat from item to item, and folding (core.text.search_key) is the costly step
    of indexing. ``LINES[chunk]`` is its folded words joined by spaces, ``PAIRS[chunk]`` its
    ``(surface, folded)`` words; a chunk missing from either is folded into both. Bounded;
    cleared by forget_folded_words() after a build.
    """

    def __missing__(self, chunk: str) -> Any:
        if len(self) >= _FOLDED_WORDS_MAX:
            _LINES.clear()
            _PAIRS.clear()
        if chunk == _BREAK:  # between two texts (text_words): a line break, no word
            _LINES[chunk] = "\n"
            _PAIRS[chunk] = ()
            return self[chunk]
        if chunk.isascii():
            words = [w for w in _SPLIT.split(chunk.lower()) if w]
            pairs = tuple(zip(words, words, strict=True))
        else:
            pairs = tuple(word_pairs(chunk))
            words = [folded for _, folded in pairs]
        _LINES[chunk] = " ".join(words)
        _PAIRS[chunk] = pairs
        return self[chunk]


_FOLDED_WORDS_MAX = 200_000
_BREAK = "\0"
_BETWEEN = f" {_BREAK} "
_LINES = _Folded()
_PAIRS = _Folded()


def forget_folded_words() -> None:
    """Drop the chunks remembered by :func:`text_words` (call after a bulk build)."""
    _LINES.clear()
    _PAIRS.clear()


def text_words(texts: Sequence[str]) -> tuple[dict[str, str], str]:
    """Fold several texts (the index build's hot path).

    Text is folded chunk by chunk (between spaces, which folding never joins), each chunk
    once across calls: ASCII-only chunks by lower-casing (what ``search_key`` does to them),
    others through :func:`word_pairs`. The texts are split and joined all at once, with a
    chunk of their own between them (a NUL, never folded) that stands for the line break.

    Returns:
        Their words as ``{surface: folded}`` (as :func:`word_pairs` gives them), and their
        lines, one per text, each the text's folded words joined by single spaces (what
        quoted phrases are matched in), joined by line breaks.
    """
    if not texts:
        return {}, ""
    whole = _BETWEEN.join(texts)
    chunks = whole.split()
    if whole.count(_BREAK) != len(texts) - 1:  # a NUL in a text (no word): text by text
        lines = [
            " ".join(filter(None, map(_LINES.__getitem__, _without_breaks(text)))) for text in texts
        ]
        return dict(chain.from_iterable(map(_PAIRS.__getitem__, chunks))), "\n".join(lines)
    pairs = dict(chain.from_iterable(map(_PAIRS.__getitem__, chunks)))
    spaced = " ".join(filter(None, map(_LINES.__getitem__, chunks)))
    return pairs, spaced.replace(" \n", "\n").replace("\n ", "\n")


def _without_breaks(text: str) -> list[str]:
    return [chunk for chunk in text.split() if chunk != _BREAK]


def fuzzy_distance(folded: str) -> int:
    """How many edits a word of this length may be away at the fuzzy level (0: never)."""
    if len(folded) < _FUZZY_MIN or _DIGIT.search(folded):
        return 0
    return 1 if len(folded) <= 6 else 2


Bucket = str | tuple[str, ...]
"""One word, or several: most skeletons and folded forms stand for a single word."""


def _bucket_add(table: dict[str, Bucket], key: str, word: str) -> None:
    found = table.get(key)
    if found is None:
        table[key] = word
    elif isinstance(found, str):
        if found != word:
            table[key] = (found, word)
    elif word not in found:
        table[key] = (*found, word)


def _bucket_remove(table: dict[str, Bucket], key: str, word: str) -> None:
    found = table.get(key)
    if found is None:
        return
    rest = () if found == word else tuple(w for w in _words(found) if w != word)
    if not rest:
        del table[key]
    else:
        table[key] = rest[0] if len(rest) == 1 else rest


def _words(bucket: Bucket | None) -> tuple[str, ...]:
    if bucket is None:
        return ()
    return (bucket,) if isinstance(bucket, str) else bucket


class Vocabulary:
    """Every distinct word of one kind, with the lookups behind each matching level.

    Kept lean for 100,000 items: a word whose surface is its folded form (most words) costs
    one dict entry and one slot in a sorted list; only the other ones (accents, points) are
    also listed under their folded form.
    """

    def __init__(self) -> None:
        self._fold_of: dict[str, str] = {}  # surface -> folded
        self._variants: dict[str, Bucket] = {}  # folded -> surfaces other than itself
        self._by_skeleton: dict[str, Bucket] = {}  # skeleton -> folded words
        self._by_loose: dict[str, Bucket] = {}
        self._by_length: dict[int, list[str]] = {}  # folded words fuzzy lookups may meet
        self._sorted_surfaces: list[str] = []
        self._sorted_variants: list[str] = []  # the keys of _variants, sorted

    def __len__(self) -> int:
        return len(self._fold_of)

    def __contains__(self, surface: object) -> bool:
        return surface in self._fold_of

    def __iter__(self) -> Iterator[str]:
        """Every stored surface word, sorted."""
        return iter(self._sorted_surfaces)

    def state(self) -> dict[str, Any]:
        """Plain data to rebuild it from (``snapshot``): buckets are a word or a tuple.

        Word lists are joined by NUL (never inside a word), and only the surfaces whose
        folded form differs are listed with it: loading makes one string per word.
        """
        return {
            "surfaces": "\0".join(self._sorted_surfaces),
            "folds": {s: f for s, f in self._fold_of.items() if s != f},
            "variants": self._variants,
            "skeleton": self._by_skeleton,
            "loose": self._by_loose,
            "length": {n: "\0".join(words) for n, words in self._by_length.items()},
            "sorted_variants": self._sorted_variants,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> "Vocabulary":
        """The inverse of :meth:`state` (tuples where it gave tuples or lists)."""
        vocabulary = cls()
        surfaces = _split(state["surfaces"])
        vocabulary._fold_of = dict(zip(surfaces, surfaces, strict=True))
        vocabulary._fold_of.update(state["folds"])
        if len(vocabulary._fold_of) != len(surfaces):
            raise ValueError("folded forms of words not in the vocabulary")
        vocabulary._sorted_surfaces = surfaces  # state() wrote them sorted
        vocabulary._variants = dict(state["variants"])
        vocabulary._by_skeleton = dict(state["skeleton"])
        vocabulary._by_loose = dict(state["loose"])
        vocabulary._by_length = {int(n): _split(words) for n, words in state["length"].items()}
        vocabulary._sorted_variants = list(state["sorted_variants"])
        return vocabulary

    def _has_folded(self, folded: str) -> bool:
        return folded in self._variants or self._fold_of.get(folded) == folded

    def surfaces(self, folded: str) -> tuple[str, ...]:
        """The stored surface words with this folded form."""
        plain = (folded,) if self._fold_of.get(folded) == folded else ()
        return plain + _words(self._variants.get(folded))

    def add_many(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Add ``(surface, folded)`` words; words already known are ignored."""
        given = dict(pairs)
        if not self._fold_of and len(given) > 64:  # a new vocabulary: all at once
            self._fold_of = given
            for surface, folded in [(s, f) for s, f in given.items() if s != f]:
                _bucket_add(self._variants, folded, surface)
            for folded in dict.fromkeys(given.values()):  # in the order they first occur
                self._add_folded(folded)
            self._sorted_surfaces = sorted(given)
            self._sorted_variants = sorted(self._variants)
            return
        new = [(s, f) for s, f in given.items() if s not in self._fold_of]
        bulk = len(new) > 64
        for surface, folded in new:
            is_new_folded = not self._has_folded(folded)
            if surface == folded:
                self._fold_of[surface] = surface
            else:
                self._fold_of[surface] = folded
                if folded not in self._variants and not bulk:
                    bisect.insort(self._sorted_variants, folded)
                _bucket_add(self._variants, folded, surface)
            if not bulk:
                bisect.insort(self._sorted_surfaces, surface)
            if is_new_folded:
                self._add_folded(folded)
        if bulk:
            self._sorted_surfaces = sorted(self._fold_of)
            self._sorted_variants = sorted(self._variants)

    def _add_folded(self, folded: str) -> None:
        # skeleton() uncached: each new word is computed once here and kept in the tables
        if folded.isdigit():
            return  # numbers have no skeleton and are never fuzzy-matched
        for table, key in (
            (self._by_skeleton, _skeleton(folded)),
            (self._by_loose, _skeleton(folded, loose=True)),
        ):
            if len(key) >= _MIN_SKELETON:
                _bucket_add(table, key, folded)
        if len(folded) >= _FUZZY_MIN - 1 and not _DIGIT.search(folded):
            self._by_length.setdefault(len(folded), []).append(folded)

    def discard(self, surface: str) -> None:
        """Forget a word (no item or name uses it any more)."""
        folded = self._fold_of.pop(surface, None)
        if folded is None:
            return
        _remove_sorted(self._sorted_surfaces, surface)
        if surface != folded:
            _bucket_remove(self._variants, folded, surface)
            if folded not in self._variants:
                _remove_sorted(self._sorted_variants, folded)
        if self._has_folded(folded):
            return
        for table, key in (
            (self._by_skeleton, _skeleton(folded)),
            (self._by_loose, _skeleton(folded, loose=True)),
        ):
            _bucket_remove(table, key, folded)
        same_length = self._by_length.get(len(folded))
        if same_length is not None and folded in same_length:
            same_length.remove(folded)

    def match(self, surface: str, folded: str, *, prefix: bool = True) -> list[list[str]]:
        """Stored surface words meeting a searched word, one list per level (see LEVELS).

        Args:
            surface: the searched word, lower case NFC.
            folded: the same word through ``search_key``.
            prefix: also match stored words that start with the searched word.

        Returns:
            Six lists (exact ... fuzzy); a stored word appears only at its best level.
        """
        seen: set[str] = set()
        levels: list[list[str]] = [[] for _ in LEVELS]

        def put(level: int, words: Iterable[str]) -> None:
            for word in words:
                if word not in seen:
                    seen.add(word)
                    levels[level].append(word)

        if surface in self._fold_of:
            put(EXACT, (surface,))
        if prefix:
            put(PREFIX, _with_prefix(self._sorted_surfaces, surface))
        put(FOLDED, self.surfaces(folded))
        if prefix:
            put(FOLDED, _with_prefix(self._sorted_surfaces, folded))
            put(FOLDED, self._surfaces(_with_prefix(self._sorted_variants, folded)))
        for level, table, loose in (
            (SKELETON, self._by_skeleton, False),
            (LOOSE, self._by_loose, True),
        ):
            key = skeleton(folded, loose=loose)
            if len(key) >= _MIN_SKELETON:
                put(level, self._surfaces(_words(table.get(key))))
        put(FUZZY, self._surfaces(self._fuzzy(folded)))
        return levels

    def _surfaces(self, folded_words: Iterable[str]) -> list[str]:
        out: list[str] = []
        for folded in folded_words:
            out.extend(self.surfaces(folded))
        return out

    def _fuzzy(self, folded: str) -> list[str]:
        distance = fuzzy_distance(folded)
        if not distance:
            return []
        hits: list[str] = []
        for length in range(len(folded) - distance, len(folded) + distance + 1):
            choices = self._by_length.get(length)
            if choices:
                found = process.extract(
                    folded,
                    choices,
                    scorer=Levenshtein.distance,
                    score_cutoff=distance,
                    limit=None,
                )
                hits.extend(str(word) for word, _score, _index in found)
        return hits


def _split(joined: str) -> list[str]:
    return joined.split("\0") if joined else []


def _with_prefix(sorted_words: list[str], prefix: str) -> list[str]:
    if not prefix:
        return []
    start = bisect.bisect_left(sorted_words, prefix)
    end = bisect.bisect_left(sorted_words, prefix + "\U0010ffff", lo=start)
    return sorted_words[start:end]


def _remove_sorted(sorted_words: list[str], word: str) -> None:
    at = bisect.bisect_left(sorted_words, word)
    if at < len(sorted_words) and sorted_words[at] == word:
        del sorted_words[at]
