"""Run a parsed query over a :class:`SearchIndex`: ordered item IDs, best matches first.

Each part of a query yields its items grouped by *rank* (0 is best). A word's rank is the
level at which it met the item (``vocabulary.LEVELS``: exact, prefix, folded, skeleton,
loose, fuzzy); filters rank 0, and so do ``person:``/``place:`` values that name the
record exactly. ``AND`` adds ranks, ``OR`` keeps the best, ``NOT`` ranks 0. Results are
ordered by rank, then by taken date (earliest first, undated last), then by ID.

Items in the trash are left out of every result, unless the query names the trash
(``is:trashed`` or ``in:trash``): then only items in the trash are searched.
"""

import bisect
from dataclasses import dataclass, field
from itertools import accumulate, chain

from memoryapp.core.gc_pause import collector_off
from memoryapp.core.ids import ItemId
from memoryapp.core.items import ItemKind
from memoryapp.core.text import tokens
from memoryapp.search.entries import FLAG, TEXT, TRASHED, fold_text, tag_paths
from memoryapp.search.index import SearchIndex
from memoryapp.search.query import (
    And,
    DateFilter,
    Filter,
    MatchAll,
    Node,
    Not,
    Or,
    Term,
    confidence_values,
    parse_query,
    rating_values,
)
from memoryapp.search.vocabulary import FOLDED, LEVELS, word_pairs

__all__ = ["Ranked", "SearchResult", "asks_for_trash", "evaluate", "run_query"]

Ranked = dict[int, int]
"""Items grouped by rank: ``{rank: bits}``, the groups disjoint."""

_KINDS = frozenset(str(kind) for kind in ItemKind)
_FORMAT_ALIASES = {"jpg": "jpeg", "tif": "tiff", "heif": "heic", "text": "txt"}


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What a search found.

    Attributes:
        query: the text searched for.
        ids: the items, best first (rank, then taken date, then ID).
        runs: ``(rank, count)`` for consecutive stretches of ``ids``; rank 0 is the best.
            For a one-word query the rank is the index of the level in ``LEVELS``.
        bits: the same items as index bits (opaque; lets facets skip a conversion).
        generation: the index generation the bits belong to.
    """

    query: str
    ids: tuple[ItemId, ...]
    runs: tuple[tuple[int, int], ...] = ()
    bits: int = field(default=0, repr=False)
    generation: int = -1

    def __len__(self) -> int:
        return len(self.ids)

    def rank_at(self, position: int) -> int:
        """The rank of ``ids[position]``."""
        ends = list(accumulate(count for _, count in self.runs))
        return self.runs[bisect.bisect_right(ends, position)][0]

    def reason_at(self, position: int) -> str:
        """How ``ids[position]`` matched, for a one-word query: "exact", "prefix", ..."""
        rank = self.rank_at(position)
        return LEVELS[rank] if rank < len(LEVELS) else f"rank {rank}"


def run_query(index: SearchIndex, text: str) -> SearchResult:
    """Parse and run ``text``.

    Raises:
        QueryError: the text cannot be parsed.
    """
    node = parse_query(text)
    with collector_off():
        return _run(index, text, node)


def _run(index: SearchIndex, text: str, node: Node) -> SearchResult:
    trashed = index.key_bits(FLAG, TRASHED)
    universe = trashed if asks_for_trash(node) else index.alive & ~trashed
    ranked = evaluate(index, node)
    parts: list[list[ItemId]] = []
    runs: list[tuple[int, int]] = []
    everything = 0
    for rank in sorted(ranked):
        bits = ranked[rank] & universe
        found = index.ids_in_order(bits) if bits else []
        if found:
            parts.append(found)
            runs.append((rank, len(found)))
            everything |= bits
    ids = tuple(parts[0]) if len(parts) == 1 else tuple(chain.from_iterable(parts))
    return SearchResult(text, ids, tuple(runs), everything, index.generation)


def asks_for_trash(node: Node) -> bool:
    """Whether the query names the trash (``is:trashed``): then it searches only the trash."""
    if isinstance(node, Filter):
        return node.field == "is" and node.value == TRASHED
    if isinstance(node, Not):
        return asks_for_trash(node.child)
    if isinstance(node, And | Or):
        return any(asks_for_trash(child) for child in node.children)
    return False


def evaluate(index: SearchIndex, node: Node) -> Ranked:
    """The items matching ``node``, grouped by rank."""
    if isinstance(node, MatchAll):
        return _only(0, index.alive)
    if isinstance(node, Term):
        return _phrase(index, node.text) if node.phrase else _words(index, node.text)
    if isinstance(node, DateFilter):
        return _only(0, index.date_bits(node.low, node.high) & index.alive)
    if isinstance(node, Filter):
        return _filter(index, node)
    if isinstance(node, Not):
        return _only(0, index.alive & ~_union(evaluate(index, node.child)))
    if isinstance(node, And):
        result = evaluate(index, node.children[0])
        for child in node.children[1:]:
            if not result:
                break
            result = _and(result, evaluate(index, child))
        return result
    assert isinstance(node, Or)
    result = {}
    for child in node.children:
        result = _or(result, evaluate(index, child))
    return result


# -- combining ------------------------------------------------------------------------------


def _only(rank: int, bits: int) -> Ranked:
    return {rank: bits} if bits else {}


def _union(ranked: Ranked) -> int:
    bits = 0
    for group in ranked.values():
        bits |= group
    return bits


def _and(left: Ranked, right: Ranked) -> Ranked:
    out: Ranked = {}
    for left_rank, left_bits in left.items():
        for right_rank, right_bits in right.items():
            both = left_bits & right_bits
            if both:
                rank = left_rank + right_rank
                out[rank] = out.get(rank, 0) | both
    return out


def _or(left: Ranked, right: Ranked) -> Ranked:
    return _disjoint({rank: left.get(rank, 0) | right.get(rank, 0) for rank in {*left, *right}})


def _disjoint(groups: dict[int, int]) -> Ranked:
    """Keep each item only in its best (lowest) rank."""
    out: Ranked = {}
    seen = 0
    for rank in sorted(groups):
        bits = groups[rank] & ~seen
        if bits:
            out[rank] = bits
            seen |= bits
    return out


# -- text -----------------------------------------------------------------------------------


def _words(index: SearchIndex, text: str) -> Ranked:
    """Every word of ``text`` must match (``Aït-Benhaddou`` is two words)."""
    pairs = word_pairs(text)
    if not pairs:
        return _only(0, index.alive)
    result = _word(index, *pairs[0])
    for surface, folded in pairs[1:]:
        if not result:
            break
        result = _and(result, _word(index, surface, folded))
    return result


def _word(index: SearchIndex, surface: str, folded: str) -> Ranked:
    levels = [index.word_bits(words) for words in index.words.match(surface, folded)]
    for level, bits in _people_bits(index, index.people.match_word(surface, folded)).items():
        levels[level] |= bits
    for level, bits in _places_bits(index, index.places.match_word(surface, folded)).items():
        levels[level] |= bits
    return _disjoint(dict(enumerate(levels)))


def _by_level(matches: dict[str, int]) -> dict[int, list[str]]:
    """``{owner: level}`` as ``{level: owners}``."""
    owners: dict[int, list[str]] = {}
    for owner, level in matches.items():
        owners.setdefault(level, []).append(owner)
    return owners


def _people_bits(index: SearchIndex, matches: dict[str, int]) -> dict[int, int]:
    """The items of the matched people, by level (each level's postings joined at once)."""
    return {
        level: index.any_key_bits("person", people) for level, people in _by_level(matches).items()
    }


def _places_bits(index: SearchIndex, matches: dict[str, int]) -> dict[int, int]:
    """The items in the matched places or inside them, by level."""
    found: dict[int, int] = {}
    for place, level in matches.items():
        found[level] = found.get(level, 0) | index.place_tree_bits(place)
    return found


def _phrase(index: SearchIndex, text: str) -> Ranked:
    """Words in this order inside one field, or a whole name (or its sound).

    Name words run together or apart meet: ``"El Baz"`` also finds ``Elbaz`` in a text, and
    ``"Elbaz"`` finds ``El Baz`` (see :func:`_spellings`).
    """
    pairs = word_pairs(text)
    if not pairs:
        return _only(0, index.alive)
    found = 0
    for variant in _spellings(index, pairs):
        phrase = " ".join(folded for _, folded in variant)
        candidates = index.alive
        for surface, folded in variant:
            levels = index.words.match(surface, folded)
            candidates &= index.word_bits([w for level in levels[: FOLDED + 1] for w in level])
            if not candidates:
                break
        if candidates:
            found |= index.phrase_bits(candidates, phrase)
    groups: dict[int, int] = {0: found}
    for level, bits in _people_bits(index, index.people.match_phrase(text)).items():
        groups[level] = groups.get(level, 0) | bits
    for level, bits in _places_bits(index, index.places.match_phrase(text)).items():
        groups[level] = groups.get(level, 0) | bits
    return _disjoint(groups)


_MAX_JOINED = 3  # names of two or three words also meet run together, as names.py indexes
_MIN_PART = 2  # a word split in two: each part at least this long


def _spellings(index: SearchIndex, pairs: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The phrase as written, and the other ways its name words may be written.

    Two or three neighbouring words also run together ("famille El Baz" as "famille elbaz");
    one word is also split in two where both halves are words of the collection ("elbaz" as
    "el baz"). One change at a time.
    """
    out = [pairs]
    for start in range(len(pairs)):
        for end in range(start + 2, min(start + _MAX_JOINED, len(pairs)) + 1):
            run = pairs[start:end]
            joined = ("".join(s for s, _ in run), "".join(f for _, f in run))
            out.append([*pairs[:start], joined, *pairs[end:]])
        word = pairs[start][1]
        for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
            halves = [(word[:cut], word[:cut]), (word[cut:], word[cut:])]
            if all(_known(index, half) for half, _ in halves):
                out.append([*pairs[:start], *halves, *pairs[start + 1 :]])
    return out


def _known(index: SearchIndex, word: str) -> bool:
    """Whether a folded word is a whole word of some item's text (no prefix, no fuzz)."""
    levels = index.words.match(word, word, prefix=False)
    return any(levels[: FOLDED + 1])


# -- filters --------------------------------------------------------------------------------


def _filter(index: SearchIndex, node: Filter) -> Ranked:
    field, value = node.field, node.value
    if field == "person":
        matches = index.people.match_value(value)
        if not matches and index.key_bits("person", value):
            matches = {value: 0}
        return _disjoint(_people_bits(index, matches))
    if field == "place":
        matches = index.places.match_value(value)
        if not matches and index.key_bits("place", value):
            matches = {value: 0}
        return _disjoint(_places_bits(index, matches))
    return _only(0, _filter_bits(index, field, value) & index.alive)


def _filter_bits(index: SearchIndex, field: str, value: str) -> int:
    if field == "said":
        return index.bits_of_ids(_said(index, value))
    if field == "speaker":
        people = dict(index.people.match_value(value))
        if not people and value in index.speakers:
            people = {value: 0}
        return index.bits_of_ids(i for p in people for i in index.speakers.get(p, ()))
    if field == "has" and value == "testimony":
        return index.bits_of_ids(index.testimony)
    if field in ("has", "is"):
        return index.key_bits("flag", value)
    if field == "tag":
        return _tag_bits(index, value)
    if field == "rating":
        return _bits_for(index, "rating", [str(n) for n in rating_values(value)])
    if field == "confidence":
        return _bits_for(index, "confidence", [str(n) for n in confidence_values(value)])
    if field == "label":
        return index.key_bits("label", value)
    if field == "in":
        return _bits_for(index, "container", containers_within(index.containers, value))
    if field == "held-by":
        return _holder_bits(index, value)
    if field == "faces":  # at least that many faces, detected or tagged
        least = int(value)
        if least == 0:
            return index.alive
        return _bits_for(
            index, "faces", [v for v in index.field_values("faces") if int(v) >= least]
        )
    if field == TEXT:  # every word, in the text of a page (OCR, PDF layer, transcription)
        words = tokens(value)
        bits = index.alive if words else 0
        for word in words:
            bits &= index.key_bits(TEXT, word)
        return bits
    if field == "type":
        bits = 0
        for part in value.replace(",", "|").split("|"):
            kind = part.strip().lower()
            if kind in _KINDS:
                bits |= index.key_bits("kind", kind)
            else:
                bits |= index.key_bits("format", _FORMAT_ALIASES.get(kind, kind))
        return bits
    if field == "film":
        wanted = fold_text(value)
        return _bits_for(
            index,
            "film",
            [f for f, title in index.films.items() if f == value or wanted in fold_text(title)],
        )
    assert field == "scene"
    wanted = fold_text(value)
    scenes = [
        scene
        for scene, (_film, number, title) in index.scenes.items()
        if scene == value or fold_text(number) == wanted or (title and wanted in fold_text(title))
    ]
    return _bits_for(index, "scene", scenes)


def containers_within(containers: dict[str, tuple[str, str | None]], value: str) -> list[str]:
    """The containers a path names (``"Album 1/Page 3"``, or an ID) and all inside them."""
    wanted = [fold_text(p.strip()) for p in value.strip("/").split("/") if p.strip()]

    def path(cid: str) -> list[str]:
        names: list[str] = []
        seen: set[str] = set()
        current: str | None = cid
        while current is not None and current in containers and current not in seen:
            seen.add(current)
            name, current = containers[current]
            names.append(fold_text(name))
        return names[::-1]

    named = {c for c in containers if c == value or (wanted and path(c)[-len(wanted) :] == wanted)}
    found = set(named)
    grew = True
    while grew:  # every container inside a named one, at any depth
        inside = {c for c, (_, parent) in containers.items() if parent in found} - found
        found |= inside
        grew = bool(inside)
    return sorted(found)


def _holder_bits(index: SearchIndex, value: str) -> int:
    """Items held now or before by a person (any spelling) or a name as said."""
    bits = 0
    for person in index.people.match_value(value):
        bits |= index.key_bits("holder", fold_text(person))
    wanted = fold_text(value)
    for holder in index.field_values("holder"):
        if holder == wanted or wanted in holder.split() or holder.startswith(wanted):
            bits |= index.key_bits("holder", holder)
    return bits


def _said(index: SearchIndex, text: str) -> set[str]:
    """Items whose segments' transcripts hold every word of ``text`` (the last may be a prefix)."""
    words = [folded for _surface, folded in word_pairs(text)]
    found: set[str] | None = None
    for n, word in enumerate(words):
        last = n == len(words) - 1
        ids = {
            i
            for said, items in index.said.items()
            if said == word or (last and said.startswith(word)) or _prefixed(said, word)
            for i in items
        }
        found = ids if found is None else found & ids
        if not found:
            return set()
    return found or set()


_HEBREW_PREFIXES = frozenset("והבלמשכ")  # ve-, ha-, be-, le-, mi-, she-, ke- written joined


def _prefixed(said: str, word: str) -> bool:
    """Whether ``said`` is ``word`` behind one or two Hebrew prefix letters (לתינגיר)."""
    extra = len(said) - len(word)
    return 0 < extra <= 2 and said.endswith(word) and set(said[:extra]) <= _HEBREW_PREFIXES


def _bits_for(index: SearchIndex, field: str, values: list[str]) -> int:
    bits = 0
    for value in values:
        bits |= index.key_bits(field, value)
    return bits


def _tag_bits(index: SearchIndex, value: str) -> int:
    """The tag and every tag under it; a single word also matches a tag's last level."""
    paths = tag_paths(value)
    if not paths:
        return 0
    wanted = paths[-1][0]
    bits = index.key_bits("tag", wanted)
    if "|" not in wanted:
        for path in index.field_values("tag"):
            if path.rsplit("|", 1)[-1] == wanted:
                bits |= index.key_bits("tag", path)
    return bits
