"""People or places by every spelling of every name, in any script.

Every alias in ``names`` is indexed word by word (plus, for a name of two or three words, the
words run together, so "Elbaz" meets "El Baz"), and as a whole (folded, skeleton and loose
skeleton), so a quoted ``"El Baz"`` or ``person:"Miriam Elbaz"`` meets the full name.
"""

import bisect
from collections.abc import Iterable, Iterator, Mapping
from itertools import accumulate
from typing import Any

from memoryapp.core.text import search_key, skeleton
from memoryapp.search.vocabulary import (
    EXACT,
    FOLDED,
    LOOSE,
    SKELETON,
    Vocabulary,
    word_pairs,
)

__all__ = ["NameIndex", "best_levels"]


def best_levels(levels: list[list[str]], owners_of: Mapping[str, set[str]]) -> dict[str, int]:
    """Turn per-level matched words into each owner's best level."""
    best: dict[str, int] = {}
    for level, words in enumerate(levels):
        for word in words:
            for owner in owners_of.get(word, ()):
                if owner not in best:
                    best[owner] = level
    return best


class NameIndex:
    """The names of one kind of record (people, or places), searchable at every level."""

    def __init__(self) -> None:
        self._vocabulary = Vocabulary()
        self._owners_of: dict[str, set[str]] = {}
        self._labels: dict[str, str] = {}
        self._full: dict[str, tuple[str, ...]] = {}  # owner -> folded full names
        self._by_skeleton: dict[str, set[str]] = {}
        self._by_loose: dict[str, set[str]] = {}
        self._texts: _FullTexts | None = None  # derived from _full when first needed

    def rebuild(self, records: Iterable[tuple[str, tuple[str, ...]]]) -> None:
        """Index ``(id, spellings)`` pairs, the primary spelling first; forget the old ones."""
        self._vocabulary = Vocabulary()
        self._texts = None
        for table in (
            self._owners_of,
            self._labels,
            self._full,
            self._by_skeleton,
            self._by_loose,
        ):
            table.clear()
        pairs: list[tuple[str, str]] = []
        for owner, names in records:
            if not names:
                continue
            self._labels[owner] = names[0]
            fulls: list[str] = []
            for name in names:
                words = word_pairs(name)
                fulls.append(" ".join(f for _, f in words))
                if 1 < len(words) <= 3:
                    words.append(("".join(s for s, _ in words), "".join(f for _, f in words)))
                for surface, folded in words:
                    pairs.append((surface, folded))
                    self._owners_of.setdefault(surface, set()).add(owner)
                for table, key in (
                    (self._by_skeleton, skeleton(name)),
                    (self._by_loose, skeleton(name, loose=True)),
                ):
                    if len(key) >= 2:
                        table.setdefault(key, set()).add(owner)
            self._full[owner] = tuple(fulls)
        self._vocabulary.add_many(pairs)

    def __contains__(self, owner: object) -> bool:
        return owner in self._labels

    def state(self) -> dict[str, Any]:
        """Plain data to rebuild it from (``snapshot``)."""
        return {
            "vocabulary": self._vocabulary.state(),
            "owners": {word: sorted(owners) for word, owners in self._owners_of.items()},
            "labels": self._labels,
            "full": self._full,
            "skeleton": {key: sorted(owners) for key, owners in self._by_skeleton.items()},
            "loose": {key: sorted(owners) for key, owners in self._by_loose.items()},
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> "NameIndex":
        """The inverse of :meth:`state`."""
        index = cls()
        index._vocabulary = Vocabulary.from_state(state["vocabulary"])
        index._owners_of = {word: set(owners) for word, owners in state["owners"].items()}
        index._labels = dict(state["labels"])
        index._full = {owner: tuple(names) for owner, names in state["full"].items()}
        index._by_skeleton = {key: set(owners) for key, owners in state["skeleton"].items()}
        index._by_loose = {key: set(owners) for key, owners in state["loose"].items()}
        return index

    def label(self, owner: str) -> str:
        """The primary spelling (the ID itself when unknown)."""
        return self._labels.get(owner, owner)

    def owners(self) -> list[str]:
        """Every indexed ID."""
        return list(self._labels)

    def match_word(self, surface: str, folded: str) -> dict[str, int]:
        """Owners whose names meet one searched word, with the best level of each."""
        return best_levels(self._vocabulary.match(surface, folded), self._owners_of)

    def match_phrase(self, text: str) -> dict[str, int]:
        """Owners one of whose names contains ``text`` as written (folded), or sounds like it.

        A folded substring of a full name is ``exact``, and so are name words run together or
        apart (``"El Baz"`` meets Elbaz, ``"Elbaz"`` meets El Baz) when they start and end on
        the name's word boundaries; the same skeleton of the whole text as of a whole name is
        ``skeleton``; the loose skeleton is ``loose``.
        """
        folded = " ".join(f for _, f in word_pairs(text))
        best: dict[str, int] = {}
        if not folded:
            return best
        if self._texts is None:
            self._texts = _FullTexts(self._full)
        for owner in self._texts.owners_meeting(folded):
            best[owner] = EXACT
        for level, table, loose in (
            (SKELETON, self._by_skeleton, False),
            (LOOSE, self._by_loose, True),
        ):
            key = skeleton(text, loose=loose)
            if len(key) >= 2:
                for owner in table.get(key, ()):
                    best.setdefault(owner, level)
        return best

    def match_value(self, value: str) -> dict[str, int]:
        """Owners meant by a ``person:``/``place:`` value: an ID, or every word of a name.

        Every word must meet a name of the same owner (the owner's level is the worst of its
        words); a whole-name match (:meth:`match_phrase`) also counts.
        """
        if value in self._labels:
            return {value: EXACT}
        words = word_pairs(value)
        result = self.match_phrase(value) if len(words) > 1 else {}
        if not words:
            return result
        combined: dict[str, int] | None = None
        for surface, folded in words:
            levels = self.match_word(surface, folded)
            if combined is None:
                combined = levels
            else:
                combined = {o: max(lv, levels[o]) for o, lv in combined.items() if o in levels}
            if not combined:
                break
        for owner, level in (combined or {}).items():
            if level < result.get(owner, 99):
                result[owner] = level
        return result

    def complete(self, prefix: str, limit: int) -> list[tuple[str, str]]:
        """``(label, id)`` of owners with a name word starting with ``prefix``, best first."""
        words = word_pairs(prefix)
        if not words:
            return []
        surface, folded = words[-1]
        matches = self.match_value(prefix) if len(words) > 1 else self.match_word(surface, folded)
        close = {o: level for o, level in matches.items() if level <= FOLDED}
        ranked = sorted(close, key=lambda o: (close[o], search_key(self.label(o)), o))
        return [(self.label(o), o) for o in ranked[:limit]]


def _on_word_bounds(joined: str, full: str) -> bool:
    """Whether ``joined`` (no spaces) is a run of ``full``'s words, run together or apart."""
    starts, ends, at = {0}, set(), 0
    for word in full.split(" "):
        at += len(word)
        ends.add(at)
        starts.add(at)
    solid = full.replace(" ", "")
    start = solid.find(joined)
    while start != -1:
        if start in starts and start + len(joined) in ends:
            return True
        start = solid.find(joined, start + 1)
    return False


class _FullTexts:
    """Every folded full name in one string, and again without spaces, for quick phrases.

    Looking for a phrase in each of thousands of names costs a Python loop; one ``find``
    over all of them at once costs little, and only the names it meets are looked at.
    """

    _GAP = "\x00"  # never in a folded name

    def __init__(self, full: Mapping[str, tuple[str, ...]]) -> None:
        self._fulls: list[str] = []
        self._owner: list[int] = []  # of each full name: its owner's number
        self._owners = list(full)
        for number, names in enumerate(full.values()):
            self._fulls.extend(names)
            self._owner.extend([number] * len(names))
        solids = [name.replace(" ", "") for name in self._fulls]
        self._spaced = self._GAP.join(self._fulls)
        self._solid = self._GAP.join(solids)
        self._spaced_starts = _starts(self._fulls)
        self._solid_starts = _starts(solids)

    def owners_meeting(self, folded: str) -> list[str]:
        """Owners (in their order) with a full name that contains ``folded``.

        A name also counts when it holds the words of ``folded`` run together or apart on
        the name's word boundaries (see ``NameIndex.match_phrase``).
        """
        met: set[int] = set()
        for at in _found_at(self._spaced, folded):
            met.add(self._owner[bisect.bisect_right(self._spaced_starts, at) - 1])
        joined = folded.replace(" ", "")
        for at in _found_at(self._solid, joined):
            name = bisect.bisect_right(self._solid_starts, at) - 1
            if self._owner[name] not in met and _on_word_bounds(joined, self._fulls[name]):
                met.add(self._owner[name])
        return [self._owners[number] for number in sorted(met)]


def _starts(names: list[str]) -> list[int]:
    """Where each name starts in the names joined with one character between them."""
    return list(accumulate((len(name) + 1 for name in names[:-1]), initial=0)) if names else []


def _found_at(text: str, needle: str) -> Iterator[int]:
    """Every position where ``needle`` starts in ``text`` (overlapping ones too)."""
    at = text.find(needle)
    while at != -1:
        yield at
        at = text.find(needle, at + 1)
