"""Text keys for search and sort that work across Latin, Hebrew, Arabic and Tifinagh.

Stored text is NFC (``normalize``). Matching goes through derived keys, never stored as the
truth (people-and-places.md section 7):

* level 1, ``search_key``: the same script with other spelling marks meets (case, accents,
  niqqud, harakat, Hebrew final letters, alef variants, alef maksura, teh marbuta,
  tatweel, presentation forms, Arabic-Indic digits, a geresh inside a Hebrew word);
* level 2, ``skeleton``: a consonant skeleton across scripts and colonial spellings
  (Tinghir = Tinerhir = Tineghir = the Tifinagh and Arabic spellings -> ``tnghr``);
* level 3, ``skeleton(text, loose=True)``: level 2 plus a script-aware pre-pass that drops
  the letters Hebrew and Arabic use as vowels (medial vav and yod and a final he; medial
  alef, waw and yeh and a final teh marbuta or heh), the same for a medial ``w`` in Latin,
  and folds c/k, q/k, gh/g, kh/k and v/b. Hebrew, Latin, Tifinagh and Arabic spellings of
  Tinghir, Ohana, Abitbol, Elbaz, Cohen and Yakout meet here.

Known gap: a consonantal vav in the middle of a Hebrew word (Levi) is dropped at level 3;
search with the stored spelling variants of a name, which are always indexed.
"""

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_ALEF = "\N{ARABIC LETTER ALEF}"
_FOLD = str.maketrans(
    {
        # Hebrew final forms -> regular letters
        "\N{HEBREW LETTER FINAL KAF}": "\N{HEBREW LETTER KAF}",
        "\N{HEBREW LETTER FINAL MEM}": "\N{HEBREW LETTER MEM}",
        "\N{HEBREW LETTER FINAL NUN}": "\N{HEBREW LETTER NUN}",
        "\N{HEBREW LETTER FINAL PE}": "\N{HEBREW LETTER PE}",
        "\N{HEBREW LETTER FINAL TSADI}": "\N{HEBREW LETTER TSADI}",
        # Arabic letter variants -> base letter; tatweel is decoration only
        "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": _ALEF,
        "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": _ALEF,
        "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": _ALEF,
        "\N{ARABIC LETTER ALEF WASLA}": _ALEF,
        "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}",
        "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
        "\N{ARABIC TATWEEL}": None,
        # Arabic-Indic and Eastern Arabic-Indic digits -> ASCII digits
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_HEBREW_LETTERS = "\N{HEBREW LETTER ALEF}-\N{HEBREW LETTER TAV}"
# A geresh, gershayim or apostrophe written inside a Hebrew word (tinjir with a geresh).
_HEBREW_MARK = re.compile(f"(?<=[{_HEBREW_LETTERS}])['\"`\u00b4\u2018\u2019\u02bc\u05f3\u05f4]+")
_WORD_SPLIT = re.compile(r"[\W_]+")

# Script detection: ISO 15924 codes by the first word of the Unicode character name.
_SCRIPT_BY_NAME = {
    "LATIN": "Latn",
    "HEBREW": "Hebr",
    "ARABIC": "Arab",
    "TIFINAGH": "Tfng",
    "GREEK": "Grek",
    "CYRILLIC": "Cyrl",
}
_FSI = "\u2068"  # FIRST STRONG ISOLATE
_PDI = "\u2069"  # POP DIRECTIONAL ISOLATE

# Skeletons (people-and-places.md section 7.2)
_DIGRAPHS = (("rh", "gh"), ("ou", "w"), ("dj", "j"), ("ch", "sh"))
_LOOSE = (("c", "k"), ("q", "k"), ("gh", "g"), ("kh", "k"), ("v", "b"))
_VOWELS = re.compile(r"[aeiouy]")
_NOT_ASCII_LETTER = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
_LOOSE_WORDS = re.compile(r"[^\w'\u05f3\u05f4\u2019]+")
_HEB_VAV = "\N{HEBREW LETTER VAV}"
_HEB_YOD = "\N{HEBREW LETTER YOD}"
_HEB_HE = "\N{HEBREW LETTER HE}"
_AR_LONG_VOWELS = frozenset("\N{ARABIC LETTER ALEF}\N{ARABIC LETTER WAW}\N{ARABIC LETTER YEH}")
_AR_FINAL_VOWELS = frozenset("\N{ARABIC LETTER HEH}\N{ARABIC LETTER TEH MARBUTA}")


def normalize(text: str) -> str:
    """Return the storage form of ``text``: Unicode NFC, outer whitespace stripped."""
    return unicodedata.normalize("NFC", text).strip()


@lru_cache(maxsize=65536)
def search_key(text: str) -> str:
    """Fold ``text`` so that spelling variants in one script meet (level 1).

    Folds case (``casefold``, so ss for sharp s), Latin accents, Hebrew niqqud and Arabic
    harakat (every nonspacing mark), presentation forms (NFKD), Hebrew final letters, the
    Arabic alef variants, alef maksura to yeh, teh marbuta to heh, the tatweel,
    Arabic-Indic digits, and a geresh, gershayim or apostrophe inside a Hebrew word.
    Tifinagh passes through. The result is NFC and ``search_key`` is idempotent.

    Args:
        text: any text.

    Returns:
        The folded key; not for display.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    folded = _HEBREW_MARK.sub("", stripped.translate(_FOLD))
    return unicodedata.normalize("NFC", folded)


def tokens(text: str) -> list[str]:
    """Split ``text`` into ``search_key``-folded words.

    Words split on whitespace and punctuation (hyphens, maqaf, dots, apostrophes between
    Latin letters, so French elisions split), while a geresh or apostrophe inside a Hebrew
    word is dropped and the word kept whole (with or without the geresh, the same token).

    Args:
        text: any text.

    Returns:
        The folded words in order; numbers are words too.
    """
    return [word for word in _WORD_SPLIT.split(search_key(text)) if word]


def _script_of_char(ch: str) -> str | None:
    name = unicodedata.name(ch, "")
    return _SCRIPT_BY_NAME.get(name.split(" ", 1)[0], "Zzzz") if name else None


def script_of(text: str) -> str:
    """Return the ISO 15924 code of the script most of the letters of ``text`` are in.

    Args:
        text: any text.

    Returns:
        ``"Latn"``, ``"Hebr"``, ``"Arab"``, ``"Tfng"``, ``"Grek"`` or ``"Cyrl"``;
        ``"Zzzz"`` for letters of another script; ``"Zyyy"`` (common) when ``text`` has no
        letter at all (digits, punctuation, empty). A tie goes to the script seen first.
    """
    counts: dict[str, int] = {}
    for ch in text:
        if unicodedata.category(ch).startswith("L"):
            script = _script_of_char(ch) or "Zzzz"
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "Zyyy"
    return max(counts, key=lambda script: counts[script])  # first seen wins a tie


def is_rtl(text: str) -> bool:
    """Whether ``text`` reads right to left: its first strong character is Hebrew or Arabic.

    This is the paragraph-direction rule of the Unicode bidi algorithm (P2, P3); text
    without a strong character (digits only, empty) is left to right.
    """
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def isolate(text: str) -> str:
    """Wrap ``text`` in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068, U+2069).

    Use it when inserting a name or a date of one direction into a sentence of the other,
    so the surrounding punctuation stays in place. Empty text stays empty.
    """
    return f"{_FSI}{text}{_PDI}" if text else ""


def _hebrew_pre_pass(word: str) -> str:
    """Drop the letters Hebrew writes for vowels: medial vav and yod, a final he."""
    out: list[str] = []
    last = len(word) - 1
    for i, ch in enumerate(word):
        if ch == _HEB_VAV:
            if i == 0 or (i < last and word[i + 1] == _HEB_VAV and word[i - 1] != _HEB_VAV):
                out.append("w")  # a word-initial or doubled vav is a consonant
            continue  # otherwise it writes o or u
        if (ch == _HEB_YOD and i > 0) or (ch == _HEB_HE and i == last and i > 0):
            continue
        out.append(ch)
    return "".join(out)


def _arabic_pre_pass(word: str) -> str:
    """Drop the letters Arabic writes for long vowels: medial/final alef, waw, yeh."""
    last = len(word) - 1
    return "".join(
        ch
        for i, ch in enumerate(word)
        if i == 0 or not (ch in _AR_LONG_VOWELS or (i == last and ch in _AR_FINAL_VOWELS))
    )


@lru_cache(maxsize=65536)
def _skeleton_word(word: str, *, loose: bool) -> str:
    if loose:
        script = script_of(word)
        if script == "Hebr":
            word = _hebrew_pre_pass(word)
        elif script == "Arab":
            word = _arabic_pre_pass(word)
    s = _NOT_ASCII_LETTER.sub("", anyascii(word).lower())
    for old, new in _DIGRAPHS:
        s = s.replace(old, new)
    if loose and len(s) > 1:
        s = s[0] + s[1:].replace("w", "")  # a medial w is a vowel (Yakout = Yakut)
    s = _DOUBLED.sub(r"\1", _VOWELS.sub("", s))
    if loose:
        for old, new in _LOOSE:
            s = s.replace(old, new)
    return s


@lru_cache(maxsize=65536)
def skeleton(text: str, *, loose: bool = False) -> str:
    """Return the consonant skeleton of ``text`` (level 2, or level 3 with ``loose``).

    Level 2: transliterate to ASCII (anyascii), lowercase, drop non-letters, fold the
    French colonial digraphs (rh -> gh, ou -> w, dj -> j, ch -> sh), drop the vowels
    a e i o u y, collapse doubled letters. Level 3 (``loose=True``) first drops, word by
    word, the letters Hebrew and Arabic write for vowels (and a medial Latin ``w``), then
    also folds c -> k, q -> k, gh -> g, kh -> k, v -> b.

    Args:
        text: a name in any script.
        loose: build the level-3 key.

    Returns:
        An ASCII key such as ``"tnghr"``; empty when nothing is left.
    """
    text = search_key(text)
    words = [w for w in _LOOSE_WORDS.split(text) if w] if loose else [text]
    return _DOUBLED.sub(r"\1", "".join(_skeleton_word(w, loose=loose) for w in words))
