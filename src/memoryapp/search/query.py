"""The search box language: parse ``person:Miriam place:Tinghir date:195X wedding`` into a tree.

Grammar (``NOT`` binds tightest, then ``AND``, then ``OR``; words side by side are AND-ed)::

    query   := or_expr
    or_expr := and_expr ( "OR" and_expr )*
    and_expr:= unary ( ["AND"] unary )*
    unary   := ("NOT" | "-") unary | primary
    primary := "(" or_expr ")" | field ":" value | '"' phrase '"' | word

Operators are written in capitals (``or`` is an ordinary word). A field the language does not
know (``foo:bar``) is ordinary text, so pasted text never fails. What cannot be understood
raises :class:`QueryError` with the character position of the problem. The language is
documented with examples in ``docs/search.md``.
"""

import calendar
import re
from dataclasses import dataclass

from memoryapp.core.assertions import MAX_CONFIDENCE
from memoryapp.core.color_labels import label_named
from memoryapp.core.items import MAX_RATING, ColorLabel

__all__ = [
    "FIELDS",
    "HAS_VALUES",
    "IS_VALUES",
    "And",
    "DateFilter",
    "Filter",
    "MatchAll",
    "Node",
    "Not",
    "Or",
    "QueryError",
    "Term",
    "confidence_values",
    "parse_query",
    "rating_values",
]

FIELDS: tuple[str, ...] = (
    "person",
    "place",
    "date",
    "tag",
    "film",
    "scene",
    "type",
    "has",
    "is",
    "in",
    "rating",
    "label",
    "confidence",
    "held-by",
    "faces",
    "text",
    "said",
    "speaker",
)
HAS_VALUES: tuple[str, ...] = (
    "gps",
    "people",
    "faces",
    "unnamed-faces",
    "date",
    "back",
    "text",
    "testimony",
)
IS_VALUES: tuple[str, ...] = (
    "undated",
    "private",
    "possible-copy",
    "untagged",
    "damaged",
    "trashed",
    "disputed",
)

_QUOTES = {'"': '"', "\N{LEFT DOUBLE QUOTATION MARK}": "\N{RIGHT DOUBLE QUOTATION MARK}"}
_CLOSING = frozenset(('"', "\N{RIGHT DOUBLE QUOTATION MARK}"))
_FIELD = re.compile(r"([A-Za-z][A-Za-z-]*):")
_YEAR_PART = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|(\d{3})[Xx]|(\d{2})[Xx]{2}|(\d{3})0s")


class QueryError(ValueError):
    """The search text cannot be understood.

    Attributes:
        query: the text that was parsed.
        position: 0-based character offset of the problem in ``query``.
        reason: what is wrong, in English (the UI may map it to its own words).
    """

    def __init__(self, query: str, position: int, reason: str) -> None:
        super().__init__(f"{reason} (at character {position + 1} of {query!r})")
        self.query = query
        self.position = position
        self.reason = reason


@dataclass(frozen=True, slots=True)
class MatchAll:
    """The empty query: every item."""


@dataclass(frozen=True, slots=True)
class Term:
    """Free text: one word, or a quoted phrase (``phrase=True``) matched as written in order."""

    text: str
    phrase: bool = False
    position: int = 0


@dataclass(frozen=True, slots=True)
class Filter:
    """``field:value`` for person, place, tag, film, scene, type, has, is (and in:trash)."""

    field: str
    value: str
    position: int = 0


@dataclass(frozen=True, slots=True)
class DateFilter:
    """``date:...`` as an inclusive range of days written ``yyyymmdd``; ``None`` is open."""

    low: int | None
    high: int | None
    text: str = ""
    position: int = 0


@dataclass(frozen=True, slots=True)
class And:
    """Every child matches."""

    children: tuple["Node", ...]


@dataclass(frozen=True, slots=True)
class Or:
    """At least one child matches."""

    children: tuple["Node", ...]


@dataclass(frozen=True, slots=True)
class Not:
    """The child does not match."""

    child: "Node"


Node = MatchAll | Term | Filter | DateFilter | And | Or | Not


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "word", "phrase", "field", "(", ")", "and", "or", "not"
    text: str
    position: int
    field: str = ""


def parse_query(text: str) -> Node:
    """Parse the search box text into a query tree.

    Args:
        text: e.g. ``'person:Yakout place:"Tinghir" date:1950..1959 -tag:Events OR wedding'``.

    Returns:
        The tree; :class:`MatchAll` for empty text.

    Raises:
        QueryError: an unclosed quote or parenthesis, an operator with nothing to work on,
            an empty ``field:``, a date that is not one of the documented forms, or an
            unknown ``has:``/``is:`` value. The error carries the position.
    """
    parser = _Parser(text, _tokenize(text))
    return parser.parse()


# -- tokens ---------------------------------------------------------------------------------


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """Read a quoted string starting at the quote ``text[start]``; return it and the end."""
    end = start + 1
    while end < len(text) and text[end] not in _CLOSING:
        end += 1
    if end >= len(text):
        raise QueryError(text, start, "this quote is never closed")
    return text[start + 1 : end], end + 1


def _read_word(text: str, start: int) -> int:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in "()":
        end += 1
    return end


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token(ch, ch, i))
            i += 1
        elif ch in _QUOTES:
            phrase, i_end = _read_quoted(text, i)
            tokens.append(_Token("phrase", phrase, i))
            i = i_end
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            tokens.append(_Token("not", ch, i))
            i += 1
        else:
            i = _read_field_or_word(text, i, tokens)
    return tokens


def _read_field_or_word(text: str, i: int, tokens: list[_Token]) -> int:
    match = _FIELD.match(text, i)
    if match and match.group(1).lower() in FIELDS:
        field = match.group(1).lower()
        j = match.end()
        if j < len(text) and text[j] in _QUOTES:
            value, end = _read_quoted(text, j)
        else:
            end = _read_word(text, j)
            value = text[j:end]
        if not value.strip():
            raise QueryError(text, i, f"{field}: needs a value, e.g. {_EXAMPLES[field]}")
        tokens.append(_Token("field", value.strip(), i, field))
        return end
    end = _read_word(text, i)
    word = text[i:end]
    if word in ("AND", "OR", "NOT"):
        tokens.append(_Token(word.lower(), word, i))
    elif word.strip("-"):
        tokens.append(_Token("word", word, i))
    return end


_EXAMPLES = {
    "person": 'person:Yakout or person:"Miriam Elbaz"',
    "place": "place:Tinghir",
    "date": "date:1950..1959",
    "tag": "tag:Events",
    "film": 'film:"Return to Tinghir"',
    "scene": "scene:12",
    "type": "type:letter",
    "text": "text:Netivot",
    "has": "has:faces",
    "is": "is:undated",
    "in": 'in:trash or in:"Album 1"',
    "held-by": 'held-by:"Esther Ohana"',
    "rating": "rating:>=4",
    "label": "label:red",
    "confidence": "confidence:<2",
    "said": "said:Tinghir",
    "speaker": 'speaker:"Yakut Ben Shimol"',
}


# -- tree -----------------------------------------------------------------------------------


class _Parser:
    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self._text = text
        self._tokens = tokens
        self._at = 0

    def parse(self) -> Node:
        if not self._tokens:
            return MatchAll()
        node = self._or()
        if self._at < len(self._tokens):
            token = self._tokens[self._at]
            raise QueryError(self._text, token.position, "this ')' has no matching '('")
        return node

    def _peek(self) -> _Token | None:
        return self._tokens[self._at] if self._at < len(self._tokens) else None

    def _or(self) -> Node:
        children = [self._and()]
        while (token := self._peek()) is not None and token.kind == "or":
            self._at += 1
            if self._peek() is None or self._peek_kind() in ("or", "and", ")"):
                raise QueryError(self._text, token.position, "OR needs something on its right")
            children.append(self._and())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def _peek_kind(self) -> str:
        token = self._peek()
        return token.kind if token else ""

    def _and(self) -> Node:
        token = self._peek()
        if token is None or token.kind in ("or", "and", ")"):
            position = token.position if token else len(self._text)
            what = f"{token.text} needs something on its left" if token else "nothing to search"
            if token is not None and token.kind == ")":
                what = "empty parentheses or a ')' with no matching '('"
            raise QueryError(self._text, position, what)
        children = [self._unary()]
        while (token := self._peek()) is not None and token.kind not in ("or", ")"):
            if token.kind == "and":
                self._at += 1
                if self._peek() is None or self._peek_kind() in ("or", "and", ")"):
                    raise QueryError(self._text, token.position, "AND needs something on its right")
            children.append(self._unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def _unary(self) -> Node:
        token = self._peek()
        assert token is not None  # callers checked
        if token.kind == "not":
            self._at += 1
            following = self._peek()
            if following is None or following.kind in ("or", "and", ")"):
                raise QueryError(
                    self._text, token.position, f"{token.text} needs something to exclude"
                )
            return Not(self._unary())
        return self._primary()

    def _primary(self) -> Node:
        token = self._tokens[self._at]
        self._at += 1
        if token.kind == "(":
            following = self._peek()
            if following is not None and following.kind == ")":
                raise QueryError(self._text, token.position, "empty parentheses")
            if following is None:
                raise QueryError(self._text, token.position, "this '(' is never closed")
            node = self._or()
            closing = self._peek()
            if closing is None or closing.kind != ")":
                raise QueryError(self._text, token.position, "this '(' is never closed")
            self._at += 1
            return node
        if token.kind == "phrase":
            return Term(token.text, phrase=True, position=token.position)
        if token.kind == "field":
            return _field_node(self._text, token)
        return Term(token.text, position=token.position)


def _field_node(text: str, token: _Token) -> Node:
    field, value = token.field, token.text
    if field == "date":
        low, high = parse_date_range(value, query=text, position=token.position)
        return DateFilter(low, high, value, token.position)
    if field == "in" and value.lower() == "trash":  # another way to write ``is:trashed``
        return Filter("is", "trashed", token.position)
    if field == "rating":
        rating_values(value, query=text, position=token.position)  # it must be readable
        return Filter(field, value.replace(" ", ""), token.position)
    if field == "confidence":
        confidence_values(value, query=text, position=token.position)
        return Filter(field, value.replace(" ", ""), token.position)
    if field == "faces":
        if not value.isdigit():
            raise QueryError(text, token.position, f"faces:{value} needs a number, e.g. faces:3")
        return Filter(field, str(int(value)), token.position)
    if field == "label":
        named = label_named(value)
        if named is None:
            choices = ", ".join(_LABELS)
            raise QueryError(text, token.position, f"unknown label:{value}; use one of {choices}")
        return Filter(field, named.value, token.position)
    if field in ("has", "is"):
        allowed = HAS_VALUES if field == "has" else IS_VALUES
        folded = value.lower()
        if folded == "possible_copy" or folded == "copy":
            folded = "possible-copy"
        if folded not in allowed:
            choices = ", ".join(f"{field}:{v}" for v in allowed)
            raise QueryError(text, token.position, f"unknown {field}:{value}; use {choices}")
        return Filter(field, folded, token.position)
    return Filter(field, value, token.position)


_LABELS = tuple(str(label) for label in ColorLabel)
_RATING = re.compile(r"(>=|<=|>|<|=)?([0-9])")
_RATING_HELP = "cannot read the rating {!r}; write rating:4, rating:>=4, rating:<2 or rating:3..5"


def rating_values(value: str, *, query: str = "", position: int = 0) -> tuple[int, ...]:
    """The star counts (0-5) a ``rating:`` value takes: ``4``, ``>=4``, ``<2``, ``3..5``.

    Raises:
        QueryError: the value is none of these, or names a rating above 5.
    """
    return _scale_values(value, MAX_RATING, _RATING_HELP, query or value, position)


_CONFIDENCE_HELP = (
    "cannot read the confidence {!r}; write confidence:3, confidence:<2, confidence:>=3 "
    "or confidence:0..1 (0 very low to 4 very high)"
)


def confidence_values(value: str, *, query: str = "", position: int = 0) -> tuple[int, ...]:
    """The confidences (0-4, Gramps' scale) a ``confidence:`` value takes: ``<2``, ``>=3``.

    Raises:
        QueryError: the value is not readable, or names a confidence above 4.
    """
    return _scale_values(value, MAX_CONFIDENCE, _CONFIDENCE_HELP, query or value, position)


def _scale_values(
    value: str, top: int, help_text: str, query: str, position: int
) -> tuple[int, ...]:
    """The values 0..``top`` that ``4``, ``>=4``, ``<2`` or ``3..5`` takes."""
    low, sep, high = value.replace(" ", "").partition("..")
    if sep:
        if not (low.isdigit() and high.isdigit()) or int(high) > top:
            raise QueryError(query, position, help_text.format(value))
        return tuple(range(int(low), int(high) + 1))
    match = _RATING.fullmatch(low)
    if match is None or int(match.group(2)) > top:
        raise QueryError(query, position, help_text.format(value))
    op, n = match.group(1) or "=", int(match.group(2))
    tests = {
        "=": n.__eq__,
        ">=": n.__le__,
        "<=": n.__ge__,
        ">": n.__lt__,
        "<": n.__gt__,
    }
    return tuple(v for v in range(top + 1) if tests[op](v))


# -- dates ----------------------------------------------------------------------------------


def _bound(part: str, *, query: str, position: int) -> tuple[int, int]:
    """First and last day (``yyyymmdd``) of one side of a date range."""
    match = _YEAR_PART.fullmatch(part)
    if match is None:
        raise QueryError(query, position, _DATE_HELP.format(part))
    year, month, day, decade, century, decade_s = match.groups()
    if decade or decade_s:
        start = int(decade or decade_s) * 10
        return start * 10000 + 101, (start + 9) * 10000 + 1231
    if century:
        start = int(century) * 100
        return start * 10000 + 101, (start + 99) * 10000 + 1231
    y = int(year)
    if month is None:
        return y * 10000 + 101, y * 10000 + 1231
    m = int(month)
    if not 1 <= m <= 12 or y < 1:
        raise QueryError(query, position, _DATE_HELP.format(part))
    last = calendar.monthrange(y, m)[1]
    if day is None:
        return y * 10000 + m * 100 + 1, y * 10000 + m * 100 + last
    d = int(day)
    if not 1 <= d <= last:
        raise QueryError(query, position, _DATE_HELP.format(part))
    return (y * 10000 + m * 100 + d,) * 2


_DATE_HELP = (
    "cannot read the date {!r}; write date:1955, date:195X, date:1955-06, date:1950..1960, "
    "date:..1960 or date:1948.."
)


def parse_date_range(
    value: str, *, query: str = "", position: int = 0
) -> tuple[int | None, int | None]:
    """Read a ``date:`` value as inclusive first and last days written ``yyyymmdd``.

    Accepted: ``1955``, ``1955-06``, ``1955-06-12``, ``195X`` (or ``1950s``), ``19XX``,
    ``A..B`` (also ``A/B``), ``..B`` and ``A..`` where A and B are any of those.

    Raises:
        QueryError: the value is none of these, or the range runs backwards.
    """
    query = query or value
    sep = ".." if ".." in value else "/" if "/" in value else ""
    if not sep:
        return _bound(value, query=query, position=position)
    left, right = value.split(sep, 1)
    low = _bound(left, query=query, position=position)[0] if left else None
    high = _bound(right, query=query, position=position)[1] if right else None
    if low is None and high is None:
        raise QueryError(query, position, _DATE_HELP.format(value))
    if low is not None and high is not None and low > high:
        raise QueryError(query, position, f"the date range {value!r} ends before it starts")
    return low, high
