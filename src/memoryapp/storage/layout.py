"""Where things live inside a collection folder (see docs/collection-format.md)."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

ITEM_SHARDS = 16  # items are split over catalogue/items-0.json … items-f.json

MARKER = "memoryapp-collection.json"


@dataclass(frozen=True, slots=True)
class CollectionPaths:
    """The fixed layout of one collection folder."""

    root: Path

    @property
    def marker(self) -> Path:
        """The collection's meta record: format name, schema version, title."""
        return self.root / MARKER

    @property
    def catalogue(self) -> Path:
        """Folder of the TinyDB catalogue files."""
        return self.root / "catalogue"

    @property
    def journal(self) -> Path:
        """A commit in flight, left only by memoryapp before the change log (finished on open)."""
        return self.catalogue / "journal.json"

    @property
    def changes(self) -> Path:
        """The catalogue's change log: one line per commit since the last compaction."""
        return self.catalogue / "changes.log"

    @property
    def revisions(self) -> Path:
        """Each catalogue file's revision token and the file's stat, as the last compaction left them."""
        return self.catalogue / "revisions.tokens"

    @property
    def history(self) -> Path:
        """The operation log: one JSON file per applied operation (``storage/oplog.py``)."""
        return self.root / "history"

    @property
    def media(self) -> Path:
        """Managed originals, content-addressed, never modified."""
        return self.root / "media"

    @property
    def thumbs(self) -> Path:
        """Thumbnails and previews; can always be regenerated."""
        return self.root / "thumbs"

    @property
    def embedded(self) -> Path:
        """Metadata read from each file at import, one JSON file per content hash."""
        return self.root / "embedded"

    @property
    def backups(self) -> Path:
        """Copies of the catalogue made before a migration."""
        return self.root / "backups"

    @property
    def cache(self) -> Path:
        """Derived data that speeds up opening (the search index); safe to delete."""
        return self.root / "cache"

    @property
    def search_index(self) -> Path:
        """The search index snapshot (``memoryapp.search.snapshot``)."""
        return self.cache / "search-index"

    @property
    def lock(self) -> Path:
        """The lock file that keeps a second process out."""
        return self.root / ".lock"

    def catalogue_file(self, name: str) -> Path:
        """A catalogue file by its name, e.g. ``items-3``."""
        return self.catalogue / f"{name}.json"

    def media_file(self, sha256: str, suffix: str) -> Path:
        """Where a managed original with this hash lives."""
        return self.media / sha256[:2] / f"{sha256}{suffix}"

    def thumb_file(self, sha256: str, size: int) -> Path:
        """Thumbnail (or preview) of a file, by content hash and longest side in pixels."""
        return self.thumbs / sha256[:2] / f"{sha256}-{size}.jpg"

    def page_file(self, sha256: str, page: int, size: int) -> Path:
        """A rendered page of a multi-page document (page counted from 1)."""
        return self.thumbs / sha256[:2] / f"{sha256}-p{page}-{size}.jpg"

    def embedded_file(self, sha256: str) -> Path:
        """Embedded metadata of a file, by content hash."""
        return self.embedded / sha256[:2] / f"{sha256}.json"

    def relative(self, path: Path) -> str:
        """``path`` as POSIX text relative to the root (what the catalogue stores)."""
        return path.relative_to(self.root).as_posix()

    def resolve(self, relative: str) -> Path:
        """The absolute path of a collection-relative POSIX path."""
        return self.root.joinpath(*relative.split("/"))


def item_shard(item_id: str) -> str:
    """The catalogue file that holds an item: ``items-`` + the first hex digit of its ID.

    IDs that do not start with a hex digit (made by other tools) go by a hash of the ID.
    """
    first = item_id[:1].lower()
    if not first or first not in "0123456789abcdef":
        first = hashlib.sha256(item_id.encode("utf-8")).hexdigest()[0]
    return f"items-{first}"
