"""The print as an object: inscriptions, physical description, containers and custody.

Custody events follow CIDOC-CRM's E10 Transfer of Custody (P28 custody surrendered by, P29
custody received by); containers and an item's normal and current location follow Spectrum's
location and movement control. Inscriptions, the physical description, the locations and the
custody chain are values on the item, so one item edit changes them in one undo step.
"""

from dataclasses import dataclass
from enum import StrEnum

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.ids import ContainerId, ItemId, PersonId
from memoryapp.core.regions import Region
from memoryapp.core.text import search_key


class InscriptionMedium(StrEnum):
    """What an inscription was written or printed with."""

    PENCIL = "pencil"
    INK = "ink"
    BALLPOINT = "ballpoint"
    STAMP = "stamp"
    TYPED = "typed"
    PRINTED = "printed"
    OTHER = "other"


class InscriptionSource(StrEnum):
    """How the text of an inscription reached the catalogue."""

    TYPED = "typed"  # transcribed by a person
    OCR = "ocr"  # read by the OCR engine


@dataclass(frozen=True, slots=True, kw_only=True)
class Inscription:
    """Text written, stamped or printed on one view (file) of an item."""

    text: str
    file_index: int = 0  # which file (view) of the item carries it
    region: Region | None = None
    script: str = ""  # ISO 15924: "Latn", "Hebr", "Arab", "Tfng"
    lang: str = ""  # BCP 47
    writer_id: PersonId | None = None  # who wrote it, when known
    writer: str = ""  # who wrote it, as said, when not a person of the collection
    medium: InscriptionMedium | None = None
    transcribed_by: str = ""
    transcribed_at: str = ""  # ISO 8601 UTC
    source: InscriptionSource = InscriptionSource.TYPED

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("an inscription needs its text")
        if self.file_index < 0:
            raise ValueError(f"a file index is 0 or more, not {self.file_index}")


class PrintProcess(StrEnum):
    """The photographic process of a print (AAT terms where there is one)."""

    GELATIN_SILVER = "gelatin-silver"
    ALBUMEN = "albumen"
    CHROMOGENIC = "chromogenic"
    INSTANT = "instant"
    DIGITAL_PRINT = "digital-print"
    CYANOTYPE = "cyanotype"
    TINTYPE = "tintype"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Physical:
    """The physical object: process, size in millimetres, mount."""

    process: PrintProcess | None = None
    width_mm: float | None = None
    height_mm: float | None = None
    mount: str = ""  # "card mount, studio stamp", "album corners"

    def __post_init__(self) -> None:
        for size in (self.width_mm, self.height_mm):
            if size is not None and not 0 < size < 100_000:
                raise ValueError(f"a size is a positive number of millimetres, not {size}")

    @property
    def size(self) -> str:
        """``"90 x 130 mm"``, or "" when the size is not known."""
        if self.width_mm is None or self.height_mm is None:
            return ""
        return f"{_mm(self.width_mm)} x {_mm(self.height_mm)} mm"


def _mm(value: float) -> str:
    return f"{value:g}"


def parse_size(text: str) -> tuple[float, float]:
    """``"90x130"``, ``"90 x 130 mm"`` -> (90.0, 130.0).

    Raises:
        ValueError: not a width and a height in millimetres.
    """
    cleaned = text.lower().replace("mm", "").replace("\N{MULTIPLICATION SIGN}", "x")
    parts = [p.strip().replace(",", ".") for p in cleaned.split("x")]
    try:
        width, height = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"give the size as width x height in millimetres, not {text!r}") from None
    Physical(width_mm=width, height_mm=height)  # checks the range
    return width, height


class ContainerKind(StrEnum):
    """What a container is (Spectrum: a location or a storage unit)."""

    BOX = "box"
    ALBUM = "album"
    PAGE = "page"
    SLOT = "slot"
    FOLDER = "folder"
    ENVELOPE = "envelope"
    FRAME = "frame"
    SHELF = "shelf"
    OTHER = "other"


@dataclass(frozen=True, slots=True, kw_only=True)
class Container:
    """A box, an album, a page of it, a slot on the page: any depth, by ``parent_id``."""

    id: ContainerId
    name: str
    kind: ContainerKind = ContainerKind.BOX
    parent_id: ContainerId | None = None
    note: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a container needs a name")
        if "/" in self.name:
            raise ValueError(
                f"a container's name cannot hold '/', which separates paths: {self.name!r}"
            )
        if self.parent_id == self.id:
            raise ValueError("a container cannot hold itself")


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where an item is (or normally is): a container, and where in it ("slot 2")."""

    container_id: ContainerId
    position: str = ""


class CustodyKind(StrEnum):
    """How custody of the original passed from one holder to another."""

    GIFT = "gift"
    INHERITANCE = "inheritance"
    LOAN = "loan"
    RETURN = "return"
    SCAN_AND_RETURN = "scan-and-return"
    PURCHASE = "purchase"
    FOUND = "found"


@dataclass(frozen=True, slots=True, kw_only=True)
class CustodyEvent:
    """One transfer of custody of the original (CIDOC-CRM E10).

    Each holder is a person of the collection (``*_person``) or a name as said
    (``*_name``); ``from`` is P28 custody surrendered by, ``to`` P29 custody received by.
    """

    kind: CustodyKind
    date: FuzzyDate | None = None
    from_person: PersonId | None = None
    from_name: str = ""
    to_person: PersonId | None = None
    to_name: str = ""
    note: str = ""
    evidence_item: ItemId | None = None  # an item that shows it: a letter, a photo
    evidence: str = ""  # or words: "Esther remembers", "written on the back"

    def __post_init__(self) -> None:
        nobody = self.to_person is None and not self.to_name.strip()
        if nobody and self.from_person is None and not self.from_name.strip():
            raise ValueError("a custody event needs a holder it passed from or to")


def container_path(
    container_id: ContainerId, containers: dict[ContainerId, Container]
) -> tuple[Container, ...]:
    """The containers from the outermost down to ``container_id`` (cycles cut)."""
    path: list[Container] = []
    seen: set[ContainerId] = set()
    current: ContainerId | None = container_id
    while current is not None and current not in seen and current in containers:
        seen.add(current)
        path.append(containers[current])
        current = containers[current].parent_id
    return tuple(reversed(path))


def path_text(path: tuple[Container, ...]) -> str:
    """``"Box 1/Album 1/Page 3"``."""
    return "/".join(c.name for c in path)


def within(container_id: ContainerId, containers: dict[ContainerId, Container]) -> set[ContainerId]:
    """``container_id`` and every container inside it, at any depth."""
    children: dict[ContainerId, list[ContainerId]] = {}
    for c in containers.values():
        if c.parent_id is not None:
            children.setdefault(c.parent_id, []).append(c.id)
    found: set[ContainerId] = set()
    todo = [container_id]
    while todo:
        current = todo.pop()
        if current in found:
            continue
        found.add(current)
        todo += children.get(current, [])
    return found


def find_container(text: str, containers: dict[ContainerId, Container]) -> Container:
    """The container with ID ``text``, or the one whose path ends with ``text``.

    ``"Album 1/Page 3"`` names a page 3 inside an album 1 (at any depth); names compare
    through the search folding.

    Raises:
        LookupError: nothing matches, or several containers do (the message lists them).
    """
    if text in containers:
        return containers[ContainerId(text)]
    wanted = [search_key(part) for part in text.strip("/").split("/") if part.strip()]
    matches = []
    for container in containers.values():
        names = [search_key(c.name) for c in container_path(container.id, containers)]
        if wanted and names[-len(wanted) :] == wanted:
            matches.append(container)
    if not matches:
        raise LookupError(f"no container {text!r}")
    if len(matches) > 1:
        listed = ", ".join(path_text(container_path(c.id, containers)) for c in matches)
        raise LookupError(f"several containers are {text!r}: {listed}")
    return matches[0]


def cycle_free(container: Container, containers: dict[ContainerId, Container]) -> bool:
    """Whether ``container`` placed under its parent keeps the tree a tree."""
    return container.parent_id is None or container.id not in {
        c.id for c in container_path(container.parent_id, containers)
    }
