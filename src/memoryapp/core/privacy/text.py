"""Finding withheld people in free text, by every part of their names, and replacing them.

A withheld person is found in a text by any of their spellings (every stored name: primary,
aliases, short forms, each script) and by every **name part** of those spellings: each word
that can name someone alone (a given name, a surname, a nickname), but not particles such as
"ben", "el", "Aït" or "בן" and not initials ("M."). Matching folds text as search does
(``search_key``: case, accents, niqqud, harakat, Hebrew final letters, separators), and a
capitalised Latin word (or a Hebrew, Arabic or Tifinagh word) whose loose consonant skeleton
(``skeleton(..., loose=True)``, three consonants or more) is a part's is found too, so
"Soultana" and "Lahsen" meet "Sultana" and "Lahcen".

**Shared parts.** A part that a person who is *not* withheld also bears (the family name
"Elbaz", a common given name) is left only inside a fuller spelling of such a person
("David Elbaz", "דוד אלבז"): wherever a text names a non-withheld person by a spelling
longer than the match, that span is kept. Everywhere else the part is replaced, since a bare
"Elbaz" or "Yossi" cannot be told apart from the withheld person: privacy fails closed.

Latin and Tifinagh spellings stand as whole words. Whole spellings in Hebrew and Arabic match
inside words too (prefixes and suffixes attach to names in those scripts); a Hebrew or
Arabic part may carry up to three prefix letters before it (Hebrew vav, he, bet, kaf, lamed,
mem, shin; Arabic waw, fa, ba, kaf, lam).
At each position the longest match wins.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from memoryapp.core.text import script_of, search_key, skeleton

_SPACES = re.compile(r"[\s_\-\u2010-\u2015\u05be]")
_WORD_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
_WORD = re.compile(r"[^\W_]+")
_RTL = ("Hebr", "Arab")
MIN_SKELETON = 3
"""Consonants a loose skeleton needs before a variant spelling is matched by it."""

_PARTICLE_WORDS = (
    # Latin: filiation, articles and prepositions inside names
    "ben bat bar bin ibn bent ould el al ait ath ou u de di da du del della des la le "
    "van von der den y abu bou"
    # Hebrew, Arabic, Tifinagh
    " בן בת בר אבו בית בני ابن بن بنت ابو بو ال ايت اولاد ⴰⵢⵜ ⵓ"
)
PARTICLES = frozenset(search_key(w) for w in _PARTICLE_WORDS.split())
"""Words of names that never name anyone alone (folded with ``search_key``)."""

_PREFIXES = frozenset(search_key("והבכלמש" + "وفبكل"))


_CHAR_FOLDS: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    folded = _CHAR_FOLDS.get(ch)
    if folded is None:
        folded = _CHAR_FOLDS[ch] = " " if _SPACES.match(ch) else search_key(ch)
    return folded


def _fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like ``search_key`` (separators made one space), keeping positions."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for c in _fold_char(ch):
            if c == " " and chars and chars[-1] == " ":
                continue
            chars.append(c)
            index.append(i)
    return "".join(chars), index


def name_parts(spelling: str) -> tuple[str, ...]:
    """The words of ``spelling`` that can name a person alone (no particles or initials).

    >>> name_parts("Lahcen Aït Ali")
    ('Lahcen', 'Ali')
    """
    out: list[str] = []
    for word in _SPACES.split(spelling):
        word = _WORD_EDGE.sub("", word)
        key = search_key(word)
        if len([c for c in key if c.isalnum()]) >= 2 and key not in PARTICLES:
            out.append(word)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=65536)
def _loose_skeleton(word: str) -> str:
    return skeleton(word, loose=True)


def _word_start(folded: str, start: int) -> bool:
    return start == 0 or not folded[start - 1].isalnum()


def _word_end(folded: str, end: int) -> bool:
    return end >= len(folded) or not folded[end].isalnum()


def _prefixed(folded: str, start: int) -> bool:
    """Whether only up to three prefix letters stand between the word start and ``start``."""
    begin = start
    while begin > 0 and folded[begin - 1].isalnum():
        begin -= 1
        if start - begin > 3 or folded[begin] not in _PREFIXES:
            return False
    return True


class _Spellings:
    """Folded spellings by their exact text, with their lengths and first letters."""

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        self.lengths: list[int] = []
        self.first: set[str] = set()

    def add(self, folded: str, label: str) -> None:
        self.labels.setdefault(folded, label)
        self.first.add(folded[0])
        if len(folded) not in self.lengths:
            self.lengths = sorted({*self.lengths, len(folded)}, reverse=True)

    def longest(
        self, folded: str, start: int, *, whole_word: bool, prefixed: bool = False
    ) -> tuple[int, str] | None:
        """The longest spelling at ``start`` (its end and label) that may stand there.

        ``whole_word`` wants word boundaries on both sides; ``prefixed`` also accepts a few
        prefix letters before it (and still wants a word end after it).
        """
        if folded[start] not in self.first:
            return None
        if (
            whole_word
            and not _word_start(folded, start)
            and not (prefixed and _prefixed(folded, start))
        ):
            return None
        for size in self.lengths:
            end = start + size
            label = self.labels.get(folded[start:end]) if end <= len(folded) else None
            if label is None:
                continue
            if whole_word and not _word_end(folded, end):
                continue
            return end, label
        return None


@dataclass(frozen=True, slots=True)
class Replacement:
    """One phrase of a text replaced by a placeholder (for the export preview only)."""

    original: str
    placeholder: str


class TextRedactor:
    """Replaces every spelling and name part of withheld people in free text.

    Spellings and parts are looked up by their exact folded text, so the cost grows with the
    length of the text, not with the number of withheld names. See the module docstring for
    the rules (shared parts, skeletons, prefixes).

    Args:
        replacements: whole spellings of withheld people -> their placeholder.
        parts: single name parts of withheld people -> their placeholder.
        kept: spellings of people who are not withheld; a span naming one of them by a
            spelling longer than any withheld match at that place is left as it is.
    """

    def __init__(
        self,
        replacements: Mapping[str, str],
        *,
        parts: Mapping[str, str] | None = None,
        kept: Iterable[str] = (),
    ) -> None:
        self._words = _Spellings()  # whole words only
        self._inner = _Spellings()  # also inside words (Hebrew, Arabic)
        self._parts = _Spellings()  # single words, prefixes allowed in Hebrew and Arabic
        self._kept_words = _Spellings()
        self._kept_inner = _Spellings()
        self._skeletons: dict[str, str] = {}
        self._kept_parts: set[str] = set()
        for variant, label in replacements.items():
            folded = _fold(variant)[0].strip()
            if folded:
                rtl = script_of(variant) in _RTL
                (self._inner if rtl else self._words).add(folded, label)
        self._mid: set[str] = set()  # first letters of what may start inside a word
        for part, label in (parts or {}).items():
            folded = _fold(part)[0].strip()
            if folded:
                self._parts.add(folded, label)
                if script_of(part) in _RTL:
                    self._mid.add(folded[0])
                shape = _loose_skeleton(folded)
                if len(shape) >= MIN_SKELETON:
                    self._skeletons.setdefault(shape, label)
        for spelling in kept:
            folded = _fold(spelling)[0].strip()
            if not folded:
                continue
            self._kept_parts.update(folded.split(" "))
            if " " in folded:  # only a fuller form than a single part can protect it
                rtl = script_of(spelling) in _RTL
                (self._kept_inner if rtl else self._kept_words).add(folded, "")
        self._mid |= self._inner.first | self._kept_inner.first
        self._first = self._mid | self._words.first | self._parts.first | self._kept_words.first

    @classmethod
    def for_people(
        cls, withheld: Iterable[tuple[Sequence[str], str]], kept: Iterable[Sequence[str]] = ()
    ) -> TextRedactor:
        """A redactor for people withheld with a placeholder each, sparing the ``kept`` people.

        Args:
            withheld: each withheld person's spellings with the placeholder that replaces
                them; earlier people win a spelling or part they share.
            kept: the spellings of each person who is not withheld.
        """
        whole: dict[str, str] = {}
        parts: dict[str, str] = {}
        for spellings, label in withheld:
            for spelling in spellings:
                whole.setdefault(spelling, label)
                for part in name_parts(spelling):
                    parts.setdefault(part, label)
        return cls(whole, parts=parts, kept=[s for names in kept for s in names])

    def __bool__(self) -> bool:
        return bool(self._words.labels or self._inner.labels or self._parts.labels)

    def _match(self, folded: str, start: int) -> tuple[int, str] | None:
        """The longest withheld spelling or part at ``start``: its end and label."""
        found = [
            self._words.longest(folded, start, whole_word=True),
            self._inner.longest(folded, start, whole_word=False),
            self._parts.longest(folded, start, whole_word=True, prefixed=True),
        ]
        best: tuple[int, str] | None = None
        for match in found:
            if match is not None and (best is None or match[0] > best[0]):
                best = match
        return best

    def _kept_end(self, folded: str, start: int) -> int:
        """Where a non-withheld person's fuller spelling at ``start`` ends (``start`` if none)."""
        ends = [
            m[0]
            for m in (
                self._kept_words.longest(folded, start, whole_word=True),
                self._kept_inner.longest(folded, start, whole_word=False),
            )
            if m is not None
        ]
        return max(ends, default=start)

    def _by_skeleton(self, text: str, folded: str, index: list[int], start: int) -> int | None:
        """The end of a word at ``start`` spelling a withheld part differently, if it does."""
        if not self._skeletons or not _word_start(folded, start):
            return None
        first = text[index[start]]
        if first.islower():
            return None  # a variant spelling in a cased script must be capitalised
        found = _WORD.match(folded, start)
        if found is None:
            return None
        word = found.group()
        if word in self._kept_parts:
            return None
        shape = _loose_skeleton(word)
        return found.end() if len(shape) >= MIN_SKELETON and shape in self._skeletons else None

    def redact(self, text: str) -> tuple[str, tuple[Replacement, ...]]:
        """Return ``text`` with withheld names replaced, and each replacement made."""
        if not text or not self:
            return text, ()
        folded, index = _fold(text)
        out: list[str] = []
        done: list[Replacement] = []
        kept = 0  # next character of ``text`` not yet copied
        position = 0
        size = len(folded)
        while position < size:
            char = folded[position]
            if position and folded[position - 1].isalnum():  # inside a word
                if char not in self._mid:
                    position += 1
                    continue
            elif char not in self._first and not self._skeletons:
                position += 1
                continue
            match = self._match(folded, position)
            protected = self._kept_end(folded, position)
            if protected > position and (match is None or protected > match[0]):
                position = protected
                continue
            if match is None:
                end = self._by_skeleton(text, folded, index, position)
                if end is None:
                    position += 1
                    continue
                match = (end, self._skeletons[_loose_skeleton(folded[position:end])])
            end, label = match
            begin = index[position]
            stop = _extend_marks(text, index[end - 1] + 1)
            out += [text[kept:begin], label]
            done.append(Replacement(original=text[begin:stop], placeholder=label))
            kept = stop
            position = end
        if not done:
            return text, ()
        out.append(text[kept:])
        return "".join(out), tuple(done)

    def __call__(self, text: str) -> tuple[str, int]:
        """Return ``text`` with withheld names replaced, and how many were replaced."""
        redacted, done = self.redact(text)
        return redacted, len(done)


def _extend_marks(text: str, end: int) -> int:
    """Include combining marks that follow a match (they fold to nothing)."""
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    return end
