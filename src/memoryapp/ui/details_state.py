"""What the details panel shows for a selection, computed without Qt (on a worker if large)."""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from memoryapp.core.faces import Face
from memoryapp.core.items import Item
from memoryapp.ui.details_edits import (
    MIXED,
    RIGHTS_FIELDS,
    SOURCE_FIELDS,
    TEXT_FIELDS,
    common,
    counted,
)
from memoryapp.ui.token_list import Token


@dataclass(frozen=True, slots=True, kw_only=True)
class DetailsState:
    """The selection summarised: shared values, or ``MIXED`` where the items differ."""

    items: tuple[Item, ...] = ()
    texts: Mapping[str, object] = field(default_factory=dict)  # title, description, notes
    taken: object = None  # FuzzyDate, None or MIXED
    kind: object = None  # ItemKind or MIXED
    private: object = False  # bool or MIXED
    source: Mapping[str, object] = field(default_factory=dict)
    rights: Mapping[str, object] = field(default_factory=dict)
    people: tuple[Token, ...] = ()
    places: tuple[Token, ...] = ()
    tags: tuple[Token, ...] = ()
    unnamed_faces: int = 0  # detected faces of these items not named or dismissed yet

    @property
    def ids(self) -> tuple[str, ...]:
        """The IDs of the items, in selection order."""
        return tuple(item.id for item in self.items)


def summarize(
    items: Sequence[Item],
    person_names: Mapping[str, str],
    place_names: Mapping[str, str],
    faces: Iterable[Face] = (),
) -> DetailsState:
    """Summarise ``items``; names label the people and places (unknown IDs show as IDs).

    ``faces``: the collection's detected faces (those of other items are passed over).
    """
    if not items:
        return DetailsState()
    n = len(items)
    ids = {item.id for item in items}

    def tokens(pairs: list[tuple[str, int]], names: Mapping[str, str] | None) -> tuple[Token, ...]:
        return tuple(
            Token(key=key, label=names.get(key, key) if names else key, on=count, of=n)
            for key, count in pairs
        )

    return DetailsState(
        items=tuple(items),
        texts={name: common(items, _attr(name)) for name in TEXT_FIELDS},
        taken=common(items, lambda i: i.taken),
        kind=common(items, lambda i: i.kind),
        private=common(items, lambda i: i.private),
        source={name: common(items, _attr(name, "source")) for name in SOURCE_FIELDS},
        rights={name: common(items, _attr(name, "rights")) for name in RIGHTS_FIELDS},
        people=tokens(counted(items, lambda i: i.person_ids()), person_names),
        places=tokens(counted(items, lambda i: i.places), place_names),
        tags=tuple(
            Token(key=tag, label=tag_label(tag), on=count, of=n)
            for tag, count in counted(items, lambda i: i.tags)
        ),
        unnamed_faces=sum(1 for face in faces if face.open and face.item_id in ids),
    )


def _attr(name: str, part: str = "") -> Callable[[Item], str]:
    def value_of(item: Item) -> str:
        holder = getattr(item, part) if part else item
        return str(getattr(holder, name))

    return value_of


def tag_label(tag: str) -> str:
    """A hierarchical tag as read: "Events|Wedding" shows as "Events > Wedding" with an angle."""
    return " \N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK} ".join(
        part.strip() for part in tag.split("|")
    )


def is_mixed(value: object) -> bool:
    """Whether a summarised value differs between the items."""
    return value is MIXED
