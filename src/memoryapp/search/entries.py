"""What the index takes from one item: its words, its filter keys and its date numbers."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from memoryapp.core.evidence import best_confidence, is_disputed
from memoryapp.core.faces import FaceCount
from memoryapp.core.fields import Field, raw_texts, texts
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import (
    MAX_RATING,
    Certainty,
    ColorLabel,
    DateRole,
    Item,
    ItemKind,
    PersonTag,
)
from memoryapp.core.text import search_key, tokens
from memoryapp.core.texts import searchable_texts
from memoryapp.search.dating import DateKeys, date_keys, date_order
from memoryapp.search.vocabulary import text_words

__all__ = [
    "FLAG",
    "MULTI_PLACE",
    "TEXT",
    "TRASHED",
    "Decode",
    "Entry",
    "Key",
    "describe_item",
    "describe_record",
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


@dataclass(slots=True)
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
    """The item's own texts (fields marked searched), without its pages' texts."""
    return texts(item, _searched)


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
    people = item.person_ids()
    confidences = {best_confidence(tag) for tag in item.people}
    return _entry(
        item.id,
        _texts(item),
        searchable_texts(item.texts),
        kind=item.kind.value,
        formats=[f.format.lower() for f in item.files if f.format],
        people=people,
        places=tuple(dict.fromkeys(item.places)),
        tags=item.tags,
        dates=date_keys(item.dates.get(DateRole.TAKEN)),
        rating=item.rating,
        label=item.label.value,
        confidences=confidences,
        print_keys=_print_keys(item),
        regions=sum(1 for t in item.people if t.region is not None),
        faces=faces,
        flags=(
            "gps" if item.lat is not None else "",
            "private" if item.private else "",
            "possible-copy" if item.possible_copies else "",
            "damaged" if item.damaged else "",
            "disputed" if is_disputed(item) else "",
            "back" if item.has_back else "",
            TRASHED if item.trashed_at else "",
        ),
    )


Decode = Callable[[str, Mapping[str, Any]], Item]
"""Makes the :class:`Item` stored as a raw record (``storage.serialize.from_dict``)."""

# What describe_record reads of a raw record without decoding it; anything else (page texts,
# where the print is, custody, evidence, views) is described from the decoded item.
_PLAIN_KEYS = frozenset(
    {
        "files",
        "kind",
        "title",
        "description",
        "dates",
        "people",
        "places",
        "tags",
        "source",
        "rights",
        "notes",
        "private",
        "added_at",
        "orientation",
        "lat",
        "lon",
        "possible_copies",
        "trashed_at",
        "rating",
        "label",
        "inscriptions",
        "physical",
    }
)
_PLAIN_TAG_KEYS = frozenset(
    {"person_id", "region", "identified_by", "identified_at", "certainty", "private", "face_id"}
)
_KINDS = frozenset(kind.value for kind in ItemKind)
_LABELS = frozenset(label.value for label in ColorLabel)
_DATES: dict[tuple[tuple[str, Any], ...], DateKeys | None] = {}
_CONFIDENCE: dict[tuple[str, str, str], int | None] = {}
_MEMO_MAX = 65536
_TAKEN = DateRole.TAKEN.value
_CERTAIN = Certainty.CERTAIN.value


def describe_record(
    item_id: str, raw: Mapping[str, Any], decode: Decode, faces: FaceCount = _NO_FACES
) -> Entry:
    """:func:`describe_item` of the item stored as ``raw``, read without decoding it.

    The index build's fast path: the record's own values are read as stored, each distinct
    date and tag once; a record with values only the decoded item answers for (page texts,
    where a print is, custody, evidence, views) is decoded with ``decode`` and described by
    :func:`describe_item`. ``tests/search/test_cold_build.py`` holds the two to the same
    answers.
    """
    if not raw.keys() <= _PLAIN_KEYS:
        return describe_item(decode(item_id, raw), faces)
    own = raw_texts(Item, raw, _searched)
    kind = raw.get("kind", "photo")
    rating = raw.get("rating", 0)
    label = raw.get("label", "none")
    orientation = raw.get("orientation", 1)
    gps = raw.get("lat") is not None
    if (
        own is None
        or kind not in _KINDS
        or label not in _LABELS
        or type(rating) is not int
        or not 0 <= rating <= MAX_RATING
        or type(orientation) is not int
        or not 1 <= orientation <= 8
        or gps == (raw.get("lon") is None)
    ):
        return describe_item(decode(item_id, raw), faces)
    formats: list[str] = []
    damaged = ""
    for file in raw.get("files", ()):
        if "role" in file:  # views (a back) are read from the decoded item
            return describe_item(decode(item_id, raw), faces)
        if file.get("format"):
            formats.append(file["format"].lower())
        damaged = damaged or ("damaged" if file.get("damaged") else "")
    tags_raw = raw.get("people", ())
    people: dict[str, None] = {}
    confidences: set[int | None] = set()
    framed: list[Mapping[str, Any]] = []  # tags on a face
    regions = 0
    for tag in tags_raw:
        if not tag.keys() <= _PLAIN_TAG_KEYS:  # evidence: read from the decoded item
            return describe_item(decode(item_id, raw), faces)
        people[tag["person_id"]] = None
        confidences.add(_confidence(tag))
        if tag.get("region") is not None:
            regions += 1
            framed.append(tag)
        elif tag.get("face_id"):
            framed.append(tag)
    disputed = ""
    if len(framed) > 1 and len(people) > 1:  # two faces may be one face named twice
        # tags without evidence are accepted: only those on a face can have rivals
        disputed = "disputed" if is_disputed(decode(item_id, {"people": framed})) else ""
    source = raw.get("source")
    holder = source.get("holder", "") if source else ""
    return _entry(
        ItemId(item_id),
        own,
        (),
        kind=kind,
        formats=formats,
        people=tuple(people),
        places=tuple(dict.fromkeys(raw.get("places", ()))),
        tags=raw.get("tags", ()),
        dates=_taken(item_id, raw, decode),
        rating=rating,
        label=label,
        confidences=confidences,
        print_keys=[("holder", fold_text(holder))] if holder else [],
        regions=regions,
        faces=faces,
        flags=(
            "gps" if gps else "",
            "private" if raw.get("private") else "",
            "possible-copy" if raw.get("possible_copies") else "",
            damaged,
            disputed,
            "",  # a back: read from the decoded item
            TRASHED if raw.get("trashed_at") else "",
        ),
    )


def order_of(item_id: str, raw: Mapping[str, Any], decode: Decode) -> tuple[int, int, str]:
    """Where the item stored as ``raw`` goes in the index's order (``SearchIndex.sort_key``).

    Cheap (each distinct date decoded once): a view lists items in their final order
    before the index is built.
    """
    return date_order(item_id, _taken(item_id, raw, decode))


def _taken(item_id: str, raw: Mapping[str, Any], decode: Decode) -> DateKeys | None:
    """The taken date's keys, each distinct stored date decoded once."""
    dates = raw.get("dates")
    taken = dates.get(_TAKEN) if dates else None
    if taken is None:
        return None
    try:
        memo = tuple(taken.items())
        return _DATES[memo]
    except TypeError:  # a nested value (a calendar original): not remembered
        return date_keys(decode(item_id, {"dates": {"taken": taken}}).taken)
    except KeyError:
        pass
    if len(_DATES) >= _MEMO_MAX:
        _DATES.clear()
    found = _DATES[memo] = date_keys(decode(item_id, {"dates": {"taken": taken}}).taken)
    return found


def _confidence(tag: Mapping[str, Any]) -> int | None:
    """The best confidence of a tag without assertions (its old fields say it)."""
    memo = (
        tag.get("identified_by", ""),
        tag.get("certainty", _CERTAIN),
        tag.get("identified_at", ""),
    )
    found = _CONFIDENCE.get(memo, _CONFIDENCE)
    if found is _CONFIDENCE:
        if len(_CONFIDENCE) >= _MEMO_MAX:
            _CONFIDENCE.clear()
        by, certainty, at = memo
        found = _CONFIDENCE[memo] = best_confidence(
            PersonTag(
                person_id=PersonId(""),
                identified_by=by,
                certainty=Certainty(certainty),
                identified_at=at,
            )
        )
    return found  # type: ignore[return-value]


def _entry(
    item_id: ItemId,
    own_texts: list[str],
    page_texts: Sequence[str],
    *,
    kind: str,
    formats: list[str],
    people: tuple[str, ...],
    places: tuple[str, ...],
    tags: Iterable[str],
    dates: DateKeys | None,
    rating: int,
    label: str,
    confidences: set[int | None],
    print_keys: list[Key],
    regions: int,
    faces: FaceCount,
    flags: tuple[str, ...],
) -> Entry:
    """The entry of an item from what was read of it (the one place keys are put in order)."""
    gps, private, copy, damaged, disputed, back, trashed = flags
    pairs, lines = text_words([*own_texts, *page_texts] if page_texts else own_texts)
    tag_labels: dict[str, str] = {}
    for tag in tags:
        tag_labels.update(tag_paths(tag))
    keys: list[Key] = [("kind", kind)]
    keys += [("format", f) for f in formats]
    keys += [("person", p) for p in people]
    keys += [("place", p) for p in places]
    keys += [("tag", folded) for folded in tag_labels]
    keys += [("rating", str(rating)), ("label", label)]
    keys += [("confidence", str(c)) for c in sorted(c for c in confidences if c is not None)]
    keys += print_keys
    framed = regions + faces.open + faces.ignored
    if framed:
        keys.append(("faces", str(framed)))
    keys += [(TEXT, word) for text in page_texts for word in tokens(text)]
    all_flags = [
        gps,
        "people" if people else "untagged",
        "faces" if regions else "",
        "unnamed-faces" if faces.open else "",
        "date" if dates is not None else "undated",
        private,
        copy,
        damaged,
        disputed,
        back,
        MULTI_PLACE if len(places) > 1 else "",
        trashed,
        TEXT if page_texts else "",
    ]
    keys += [(FLAG, flag) for flag in all_flags if flag]
    return Entry(
        id=item_id,
        words=pairs,
        keys=tuple(dict.fromkeys(keys)),
        dates=dates,
        text=lines.encode("utf-8"),  # one line per text
        tags=tag_labels,
    )
