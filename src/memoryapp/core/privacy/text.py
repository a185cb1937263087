"""Replacing every spelling of withheld names in free text (used by the privacy filter)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from memoryapp.core.text import script_of, search_key

_SPACES = re.compile(r"[\s_\-\u2010-\u2015\u05be]")


def _fold(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` like ``search_key`` (separators made one space), keeping positions."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = " " if _SPACES.match(ch) else search_key(ch)
        for c in folded:
            if c == " " and chars and chars[-1] == " ":
                continue
            chars.append(c)
            index.append(i)
    return "".join(chars), index


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

    def longest(self, folded: str, start: int, *, whole_word: bool) -> tuple[int, str] | None:
        if folded[start] not in self.first:
            return None
        if whole_word and start and folded[start - 1].isalnum():
            return None
        for size in self.lengths:
            end = start + size
            label = self.labels.get(folded[start:end]) if end <= len(folded) else None
            if label is None:
                continue
            if whole_word and end < len(folded) and folded[end].isalnum():
                continue
            return end, label
        return None


class TextRedactor:
    """Replaces every spelling of withheld names in free text.

    Matching folds case, accents, niqqud, harakat and separators (``search_key``), so
    "ELBAZ Rachel", "rachel_elbaz.jpg" and a pointed Hebrew spelling are all found. Latin
    and other spellings must stand as whole words; Hebrew and Arabic ones match inside words
    too, since prefixes and suffixes attach to names in those scripts. At each position the
    longest spelling wins. Spellings are looked up by their exact folded text, so the cost
    grows with the length of the text, not with the number of withheld names.
    """

    def __init__(self, replacements: Mapping[str, str]) -> None:
        self._words = _Spellings()  # whole words only
        self._inner = _Spellings()  # also inside words (Hebrew, Arabic)
        for variant, label in replacements.items():
            folded = _fold(variant)[0].strip()
            if folded:
                rtl = script_of(variant) in ("Hebr", "Arab")
                (self._inner if rtl else self._words).add(folded, label)

    def __bool__(self) -> bool:
        return bool(self._words.labels or self._inner.labels)

    def _match(self, folded: str, start: int) -> tuple[int, str] | None:
        """The longest spelling at ``start``: its end and label."""
        word = self._words.longest(folded, start, whole_word=True)
        inner = self._inner.longest(folded, start, whole_word=False)
        if word is None or (inner is not None and inner[0] > word[0]):
            return inner
        return word

    def __call__(self, text: str) -> tuple[str, int]:
        """Return ``text`` with withheld names replaced, and how many were replaced."""
        if not text or not self:
            return text, 0
        folded, index = _fold(text)
        out: list[str] = []
        kept = 0  # next character of ``text`` not yet copied
        count = 0
        position = 0
        while position < len(folded):
            match = self._match(folded, position)
            if match is None:
                position += 1
                continue
            end, label = match
            begin = index[position]
            out += [text[kept:begin], label]
            kept = _extend_marks(text, index[end - 1] + 1)
            count += 1
            position = end
        if not count:
            return text, 0
        out.append(text[kept:])
        return "".join(out), count


def _extend_marks(text: str, end: int) -> int:
    """Include combining marks that follow a match (they fold to nothing)."""
    while end < len(text) and unicodedata.category(text[end]).startswith("M"):
        end += 1
    return end
