"""The patterns ``date_phrases`` reads dates with, built from ``date_lexicon``.

Every pattern runs on text folded by ``search_key`` (case, accents, niqqud, harakat,
final letters, alef forms, Arabic-Indic digits), after ``PUNCT`` and ``MARKS``: dashes
become ``-``, apostrophes ``'``, and a geresh or gershayim inside a Hebrew word becomes
``#`` so Hebrew numerals keep their marks. Patterns are ``fullmatch``-ed.
"""

import re

from memoryapp.core.dates import connectives as con
from memoryapp.core.dates import lexicon as lex
from memoryapp.core.text import search_key

MARKS = re.compile(
    "(?<=[א-ת])['\"`\N{ACUTE ACCENT}\N{LEFT SINGLE QUOTATION MARK}\N{RIGHT SINGLE QUOTATION MARK}\N{MODIFIER LETTER APOSTROPHE}\N{HEBREW PUNCTUATION GERESH}\N{HEBREW PUNCTUATION GERSHAYIM}]+"
)
PUNCT = str.maketrans(
    {
        "\N{HYPHEN}": "-",
        "\N{NON-BREAKING HYPHEN}": "-",
        "\N{FIGURE DASH}": "-",
        "\N{EN DASH}": "-",
        "\N{EM DASH}": "-",
        "\N{MINUS SIGN}": "-",
        "\N{HEBREW PUNCTUATION MAQAF}": "-",
        "\N{RIGHT SINGLE QUOTATION MARK}": "'",
        "\N{LEFT SINGLE QUOTATION MARK}": "'",
        "\N{MODIFIER LETTER APOSTROPHE}": "'",
        "\N{MODIFIER LETTER LEFT HALF RING}": "'",
        "\N{MODIFIER LETTER RIGHT HALF RING}": "'",
        "\N{ARABIC COMMA}": ",",
        "\N{ARABIC QUESTION MARK}": "?",
    }
)


def fold(word: str) -> str:
    """Fold a lexicon word or a phrase the way every pattern here expects."""
    return re.sub(r"\s+", " ", search_key(word).translate(PUNCT)).strip()


def _alt(words: tuple[str, ...] | list[str]) -> str:
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded) + ")"


def _table(table: dict[int, tuple[str, ...]]) -> tuple[str, dict[str, int]]:
    lookup = {fold(w): key for key, words in table.items() for w in words}
    return _alt(list(lookup)), lookup


_MONTH, MONTHS = _table(lex.MONTH_WORDS)
_SEASON, SEASONS = _table(lex.SEASON_WORDS)
_DECADE, DECADES = _table(lex.DECADE_WORDS)
_AR_DECADE, AR_DECADES = _table(lex.ARABIC_DECADE_STEMS)
PARTS = {fold(w): part for part, words in lex.PART_WORDS.items() for w in words}
_HPFX = "(?:[בהל]-?)?"  # Hebrew prefix letters glued to a word: "in", "the", "to"
_B = r"(?:\s+|(?<=[.~'\-])|(?=\d))"  # the end of a leading word
_ORD = r"(?:st|nd|rd|th|er|e|eme)?"


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.ASCII)  # \d is 0-9 (other digits were folded before)


PATTERNS = {
    "approx_before": _rx(rf"(?:{_alt(con.APPROX_BEFORE)}){_B}\s*(?P<rest>.+)"),
    "approx_after": _rx(rf"(?P<rest>.+?)\s*,?\s+(?:{_alt(con.APPROX_AFTER)})"),
    "estimated": _rx(rf"(?:{_alt(con.ESTIMATED_WORDS)}){_B}\s*(?P<rest>.+)"),
    "calculated": _rx(rf"(?:{_alt(con.CALCULATED_WORDS)}){_B}\s*(?P<rest>.+)"),
    "uncertain": _rx(rf"(?P<rest>.+?)\s*(?:\?|\(\s*(?:\?|{_alt(con.UNCERTAIN_WORDS)})\s*\))"),
    "estimated_after": _rx(rf"(?P<rest>.+?)\s*\(\s*{_alt(con.ESTIMATED_WORDS)}\s*\)"),
    "calculated_after": _rx(rf"(?P<rest>.+?)\s*\(\s*{_alt(con.CALCULATED_WORDS)}\s*\)"),
    "filler": _rx(rf"(?:{_alt(con.FILLER_WORDS)}){_B}\s*(?P<rest>.+)|ב-?(?P<num>\d.*)"),
    "iso": _rx(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<d>\d{1,2}))?"),
    "dmy": _rx(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"),
    "my": _rx(r"(?P<m>\d{1,2})[-/.](?P<y>\d{4})"),
    "text_dmy": _rx(
        rf"(?:le\s+)?(?P<d>\d{{1,2}}){_ORD}\.?\s*(?:of\s+|de\s+)?{_HPFX}(?P<month>{_MONTH})"
        rf"\.?,?\s*(?:of\s+|de\s+)?(?P<y>\d{{4}})"
    ),
    "text_mdy": _rx(rf"(?P<month>{_MONTH})\.?\s+(?P<d>\d{{1,2}}){_ORD},?\s+(?P<y>\d{{4}})"),
    "text_my": _rx(rf"{_HPFX}(?P<month>{_MONTH})\.?,?\s*(?:of\s+|de\s+|d')?(?P<y>\d{{4}})"),
    "season": _rx(
        rf"{_HPFX}(?P<season>{_SEASON})\s*(?:of\s+|de\s+|d')?(?:سنه\s+|عام\s+)?(?P<y>\d{{4}})"
    ),
    "year": _rx(r"(?P<y>\d{4})"),
    "short_span": _rx(r"(?P<a>\d{4})\s*[-/]\s*(?P<b>\d{2})"),  # 1948-56
    "decade_digits": _rx(r"(?:the\s+)?(?P<c>\d{3})0'?s|(?:the\s+)?'?(?P<t>[1-9])0'?s"),
    "decade_x": _rx(r"(?P<c>\d{3})x|(?P<cc>\d{2})xx"),
    "decade_num": _rx(
        r"(?:(?:les\s+)?annees|(?:ב)?שנות\s+ה-?|(?:سنوات|عقد)\s+(?:ال)?)\s*'?(?P<n>\d{4}|\d{2})"
    ),
    "decade_word": _rx(rf"(?:(?:les\s+)?annees\s+|(?:ב)?שנות\s+ה-?|the\s+)?(?P<w>{_DECADE})"),
    "decade_ar": _rx(
        rf"(?:سنوات\s+)?(?:ال)?(?P<w>{_AR_DECADE})(?:يات|ات)"
        r"(?:\s+(?:من\s+)?القرن\s+(?:العشرين|الماضي))?"
    ),
    "part": _rx(
        rf"(?P<part>{_alt(list(PARTS))})(?:\s+|(?<=-))"
        r"(?:of\s+the\s+|of\s+|des\s+|de\s+l'|de\s+|d'|the\s+)?(?P<rest>.+)"
    ),
    "between": _rx(rf"(?:{_alt(con.BETWEEN_WORDS)})\s+(?P<rest>.+)"),
    "before": _rx(rf"(?:{_alt(con.BEFORE_WORDS)}){_B}\s*(?P<rest>.+)"),
    "after": _rx(rf"(?:{_alt(con.AFTER_WORDS)}){_B}\s*(?P<rest>.+)"),
    "from": _rx(rf"(?:{_alt(con.FROM_WORDS)}){_B}\s*(?P<rest>.+)"),
    "since": _rx(
        rf"(?:{_alt(con.SINCE_WORDS)}){_B}\s*(?P<rest>.+?)(?:\s+(?:{_alt(con.ONWARD_WORDS)}))?"
    ),
    "onward": _rx(rf"(?P<rest>.+?)\s+(?:{_alt(con.ONWARD_WORDS)})"),
    "until": _rx(rf"(?:{_alt(con.UNTIL_WORDS)}){_B}\s*(?P<rest>.+)"),
}
_ATTACHED_AND = (
    "ו-",
    "ו",
    "ל-",
    "ל",
    "و",
)  # written glued to the next word
AND = re.compile(
    rf"\s+(?:{_alt([w for w in con.AND_WORDS if w not in _ATTACHED_AND])})\s+"
    r"|\s+(?:ל|ו|و)-?\s*"
)
TO = re.compile(rf"\s+(?:{_alt([w for w in con.TO_WORDS if w != '-'])})\s+|\s*-\s*")
OR = re.compile(rf"\s+(?:{_alt(con.OR_WORDS)})\s+")
LIST_COMMA = re.compile(r"\s*,\s*")
