"""What the index takes from one item: its words, its filter keys and its date numbers."""

from dataclasses import dataclass
from functools import lru_cache

from memoryapp.core.evidence import best_confidence, is_disputed
from memoryapp.core.faces import FaceCount
from memoryapp.core.fields import Field, texts
from memoryapp.core.ids import ItemId
from memoryapp.core.items import DateRole, Item
from memoryapp.core.text import search_key, tokens
from memoryapp.core.texts import searchable_texts
from memoryapp.search.dating import DateKeys, date_keys
from memoryapp.search.vocabulary import text_words

__all__ = [
    "FLAG",
    "MULTI_PLACE",
    "TEXT",
    "TRASHED",
    "Entry",
    "Key",
    "describe_item",
    "fold_text",
    "tag_paths",
]

Key = tuple[str, str]
"""A filter key: ``("kind", "letter")``, ``("person", id)``, ``("tag", "events|wedding")``."""

FLAG = "flag"
"""The field of has:/is: flags (query.HAS_VALUES and IS_VALUES), and of MULTI_PLACE."""
MULTI_PLACE = "multi-place"
"""An internal flag: the item is tagged with more than one place (facets count it once)."""
TRASHED = "trashed"
"""The flag of items in the trash: searches leave them out unless asked (``is:trashed``)."""
TEXT = "text"
"""The field of ``text:`` keys (folded words of page texts) and the ``has:text`` flag."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One item as the index sees it (built, used, then only its parts are kept).

    Attributes:
        id: the item.
        words: its own words as ``{surface: folded}``.
        keys: its filter keys, without film and scene links.
        dates: its taken date's numbers, or None when undated.
        text: the folded words of each field, space-separated, one field per line, as UTF-8
            (what quoted phrases are matched in; also lists the item's words).
        tags: its tag paths as ``{folded: as written}``.
    """

    id: ItemId
    words: dict[str, str]
    keys: tuple[Key, ...]
    dates: DateKeys | None
    text: bytes
    tags: dict[str, str]


def fold_text(text: str) -> str:
    """``search_key`` of ``text`` (its casefold when it is ASCII, which is the same)."""
    return text.lower() if text.isascii() else search_key(text)


@lru_cache(maxsize=4096)
def tag_paths(tag: str) -> tuple[tuple[str, str], ...]:
    """``(folded path, path as written)`` for every level of a ``|``-separated tag."""
    levels = [part.strip() for part in tag.split("|") if part.strip()]
    return tuple(
        (fold_text("|".join(levels[: i + 1])), "|".join(levels[: i + 1]))
        for i in range(len(levels))
    )


def _texts(item: Item) -> list[str]:
    """The item's own texts (fields marked searched) and its pages' reliable texts."""
    return [*texts(item, _searched), *searchable_texts(item.texts)]


def _searched(spec: Field) -> bool:
    return spec.searched


def _print_keys(item: Item) -> list[Key]:
    """Where the print is (``in:``) and who held it (``held-by:``: person IDs, folded names)."""
    keys: list[Key] = []
    where = item.location or item.normal_location
    if where is not None:
        keys.append(("container", where.container_id))
    if item.normal_location is not None and item.normal_location != where:
        keys.append(("container", item.normal_location.container_id))
    keys += [("holder", fold_text(holder)) for holder in item.holders]
    return keys


_NO_FACES = FaceCount()


def describe_item(item: Item, faces: FaceCount = _NO_FACES) -> Entry:
    """Everything the index needs of an item (``faces``: its detected faces not yet tags)."""
    pairs, lines = text_words(_texts(item))
    people = item.person_ids()
    places = tuple(dict.fromkeys(item.places))
    tags: dict[str, str] = {}
    for tag in item.tags:
        tags.update(tag_paths(tag))
    dates = date_keys(item.dates.get(DateRole.TAKEN))
    keys: list[Key] = [("kind", item.kind.value)]
    keys += [("format", f.format.lower()) for f in item.files if f.format]
    keys += [("person", p) for p in people]
    keys += [("place", p) for p in places]
    keys += [("tag", folded) for folded in tags]
    keys += [("rating", str(item.rating)), ("label", item.label.value)]
    confidences = {best_confidence(tag) for tag in item.people}
    keys += [("confidence", str(c)) for c in sorted(c for c in confidences if c is not None)]
    keys += _print_keys(item)
    regions = sum(1 for t in item.people if t.region is not None) + faces.open + faces.ignored
    if regions:
        keys.append(("faces", str(regions)))
    page_texts = searchable_texts(item.texts)
    keys += [(TEXT, word) for text in page_texts for word in tokens(text)]
    flags = [
        "gps" if item.lat is not None else "",
        "people" if people else "untagged",
        "faces" if any(t.region is not None for t in item.people) else "",
        "unnamed-faces" if faces.open else "",
        "date" if dates is not None else "undated",
        "private" if item.private else "",
        "possible-copy" if item.possible_copies else "",
        "damaged" if item.damaged else "",
        "disputed" if is_disputed(item) else "",
        "back" if item.has_back else "",
        MULTI_PLACE if len(places) > 1 else "",
        TRASHED if item.trashed_at else "",
        TEXT if page_texts else "",
    ]
    keys += [(FLAG, flag) for flag in flags if flag]
    return Entry(
        id=item.id,
        words=pairs,
        keys=tuple(dict.fromkeys(keys)),
        dates=dates,
        text="\n".join(lines).encode("utf-8"),
        tags=tags,
    )
