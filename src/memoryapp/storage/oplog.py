"""The operation log: one small JSON file per applied operation, in the collection's ``history/``.

An entry is ``history/<number, 12 digits>.json``: the label, when, by whom, the kind ("do",
"undo", "redo") and target, and every record's state before and after, encoded like the
catalogue (``serialize.to_dict``; a deleted or not yet made record is ``null``). The header
fields come first in the file, so an entry's header is read without parsing its records
(an import's entry can be tens of megabytes). In entries written before, keys are sorted:
their header is found around the records (the records are parsed only when asked for). The entry is
handed to :meth:`Repository.attach`, so it is written under the catalogue's commit point:
after a kill, the log and the catalogue agree. Appending writes one new file and never
rewrites an old one. :meth:`OperationLog.compact` removes the oldest entries beyond
10,000 operations or 50 MB.
"""

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from memoryapp.core.commands import Command, Record, Slot
from memoryapp.core.errors import CollectionCorruptError
from memoryapp.core.history import Operation
from memoryapp.storage.atomic import remove_file
from memoryapp.storage.layout import CollectionPaths
from memoryapp.storage.serialize import RECORD_TYPES, from_dict, to_dict

log = logging.getLogger(__name__)

FORMAT = "memoryapp-operation"
MAX_OPERATIONS = 10_000
MAX_BYTES = 50 * 1024 * 1024

_TABLES: dict[type[Any], str] = {cls: table for table, cls in RECORD_TYPES.items()}
_DUMP = orjson.OPT_APPEND_NEWLINE
_RECORDS = b',"before":'  # where an entry's header ends and its records begin
_HEAD = b'{"format":'  # how an entry whose header comes first begins
_FIRST_READ = 4096  # bytes read first for a header (a header is a few hundred)
# entries written with sorted keys: after, at, before, by, format, id, kind, label, target...
_SORTED_AT = re.compile(rb'\],"at":("(?:[^"\\]|\\.)*"),"before":\[')
_SORTED_TAIL = b'],"by":'  # the last one ends the records: only scalar fields follow
_HEADER_KEYS = frozenset({"by", "format", "id", "kind", "label", "target", "trash_on_undo"})


class OperationLog:
    """The log of one open collection; entries are read once and their headers kept.

    Numbering and bounding an entry need only the folder's listing (names and sizes): a
    commit never parses the entries (an import's can be tens of megabytes). Finding what
    undo and redo would do needs only the headers (:meth:`headers`); the records each
    entry wrote (``Operation.touched``) are read when first asked for (:meth:`operations`).
    """

    def __init__(
        self,
        paths: CollectionPaths,
        *,
        max_operations: int = MAX_OPERATIONS,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self._paths = paths
        self.max_operations = max_operations
        self.max_bytes = max_bytes
        self._headers: list[Operation] | None = None  # ``touched`` filled where known
        self._touched: set[int] = set()  # entries whose header has its ``touched``
        self._sizes: dict[int, int] | None = None  # entry number: bytes, oldest first

    # -- reading ---------------------------------------------------------------------------

    def headers(self) -> list[Operation]:
        """Every entry's header, oldest first, ``touched`` left empty where not read yet.

        ``undone`` is not filled. Only the start of each entry is read (entries written
        before this layout are parsed whole once).
        """
        return list(self._load())

    def operations(self) -> list[Operation]:
        """Every entry's header with ``touched``, oldest first (``undone`` not yet filled)."""
        return [self.with_touched(op) for op in self._load()]

    def with_touched(self, op: Operation) -> Operation:
        """``op`` (one of :meth:`headers`) with the records its entry wrote.

        Raises:
            CollectionCorruptError: the entry is missing or cannot be read.
        """
        if op.id in self._touched:
            return op
        path = self._path(op.id)
        full = _header(path, _parse(path, _read(path)))
        headers = self._load()
        at = next((i for i, known in enumerate(headers) if known.id == op.id), None)
        if at is not None:
            headers[at] = full
            self._touched.add(op.id)
        return full

    def next_id(self) -> int:
        """The number the next entry gets (numbers are never reused, even after compaction)."""
        sizes = self._listing()
        return max(sizes) + 1 if sizes else 1

    def command(self, op_id: int) -> Command:
        """The records' states an entry holds, as a command.

        Raises:
            CollectionCorruptError: the entry is missing or cannot be read.
        """
        path = self._path(op_id)
        data = _parse(path, _read(path))
        try:
            return Command(
                label=str(data["label"]),
                before=tuple(_slot(s) for s in data["before"]),
                after=tuple(_slot(s) for s in data["after"]),
                trash_on_undo=bool(data.get("trash_on_undo", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise CollectionCorruptError(path, f"not a history entry: {exc}") from exc

    @property
    def size(self) -> int:
        """Bytes the entries take on disk."""
        return sum(self._listing().values())

    # -- writing ---------------------------------------------------------------------------

    def entry(self, op: Operation, command: Command) -> tuple[str, bytes]:
        """``(collection-relative path, bytes)`` of the entry for ``op`` doing ``command``."""
        data = {  # the header first (see the module's docstring), then the records
            "format": FORMAT,
            "id": op.id,
            "label": op.label,
            "at": op.at,
            "by": op.by,
            "kind": op.kind,
            "target": op.target,
            "trash_on_undo": command.trash_on_undo,
            "before": [_encode_slot(s) for s in command.before],
            "after": [_encode_slot(s) for s in command.after],
        }
        return self._paths.relative(self._path(op.id)), orjson.dumps(data, option=_DUMP)

    def added(self, op: Operation, size: int) -> None:
        """Record that ``op``'s entry (``size`` bytes) was committed."""
        self._listing()[op.id] = size
        if self._headers is not None:
            self._headers.append(op)
            self._touched.add(op.id)

    def reload(self) -> None:
        """Forget the headers read so far (after a failed commit): the next call reads disk."""
        self._headers = None
        self._touched.clear()
        self._sizes = None

    def compact(self) -> int:
        """Remove the oldest entries beyond the limits (the newest is always kept)."""
        sizes = self._listing()
        total = sum(sizes.values())
        removed = 0
        while len(sizes) > 1 and (len(sizes) > self.max_operations or total > self.max_bytes):
            oldest = min(sizes)
            total -= sizes.pop(oldest)
            remove_file(self._path(oldest))
            if self._headers is not None:
                self._headers = [op for op in self._headers if op.id != oldest]
            self._touched.discard(oldest)
            removed += 1
        if removed:
            log.info("History compacted: %d oldest operations removed", removed)
        return removed

    # -- internals -------------------------------------------------------------------------

    def _path(self, op_id: int) -> Path:
        return self._paths.history / f"{op_id:012d}.json"

    def _listing(self) -> dict[int, int]:
        if self._sizes is None:
            found: dict[int, int] = {}
            folder = self._paths.history
            if folder.is_dir():
                with os.scandir(folder) as entries:
                    for entry in entries:
                        stem, dot, ext = entry.name.partition(".")
                        if dot and ext == "json" and stem.isdigit():
                            found[int(stem)] = entry.stat().st_size
            self._sizes = dict(sorted(found.items()))
        return self._sizes

    def _load(self) -> list[Operation]:
        if self._headers is None:
            headers: list[Operation] = []
            touched: set[int] = set()
            for op_id in self._listing():
                path = self._path(op_id)
                head = _read_head(path)
                if head is None:  # neither layout's header can be told apart: parsed whole
                    headers.append(_header(path, _parse(path, _read(path))))
                    touched.add(op_id)
                else:
                    headers.append(_header(path, head, with_touched=False))
                    if headers[-1].id != op_id:
                        raise CollectionCorruptError(path, "the entry's number is not its name")
            headers.sort(key=lambda op: op.id)
            self._headers, self._touched = headers, touched
        return self._headers


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise CollectionCorruptError(path, f"cannot read the history entry: {exc}") from exc


def _read_head(path: Path) -> dict[str, Any] | None:
    """The header of an entry whose header comes first, or None (an older entry).

    Reads the start of the file, more only while the header has not ended.
    """
    try:
        with path.open("rb") as stream:
            raw = stream.read(_FIRST_READ)
            if not raw.startswith(_HEAD):
                return _sorted_head(path, raw + stream.read())
            end = raw.find(_RECORDS)
            while end < 0:
                more = stream.read(max(len(raw), _FIRST_READ))
                if not more:
                    return None  # no records: parsed whole, which says what is wrong
                raw += more
                end = raw.find(_RECORDS)
    except OSError as exc:
        raise CollectionCorruptError(path, f"cannot read the history entry: {exc}") from exc
    # the first ',"before":' is the header's end: a JSON string cannot hold an unescaped quote
    return _parse(path, raw[:end] + b"}")


def _sorted_head(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The header of an entry written with sorted keys, found without parsing its records.

    The scalar fields follow the last ``],"by":``; ``at`` is between the two record arrays,
    and is taken only when that pattern occurs once. None when anything does not fit.
    """
    ats = _SORTED_AT.findall(raw)
    end = raw.rfind(_SORTED_TAIL)
    if len(ats) != 1 or end < 0:
        return None
    try:
        tail, at = orjson.loads(b"{" + raw[end + 2 :]), orjson.loads(ats[0])
    except orjson.JSONDecodeError:
        return None
    if not isinstance(tail, dict) or not {"by", "format", "id", "label"} <= tail.keys():
        return None
    if not tail.keys() <= _HEADER_KEYS or tail["format"] != FORMAT:
        return None
    return {**tail, "at": at}


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CollectionCorruptError(path, f"not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CollectionCorruptError(path, "not a memoryapp history entry")
    return data


def _header(path: Path, data: Mapping[str, Any], *, with_touched: bool = True) -> Operation:
    try:
        touched = (
            tuple(
                dict.fromkeys(
                    (RECORD_TYPES[s["type"]], str(s["id"]))
                    for s in (*data["before"], *data["after"])
                )
            )
            if with_touched
            else ()
        )
        target = data.get("target")
        return Operation(
            id=int(data["id"]),
            label=str(data["label"]),
            at=str(data["at"]),
            by=str(data["by"]),
            kind=data.get("kind", "do"),
            target=None if target is None else int(target),
            touched=touched,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise CollectionCorruptError(path, f"not a history entry: {exc}") from exc


def _encode_slot(slot: Slot) -> dict[str, Any]:
    record = None if slot.record is None else to_dict(slot.record)
    return {"type": _TABLES[slot.kind], "id": slot.id, "record": record}


def _slot(data: Mapping[str, Any]) -> Slot:
    kind: type[Record] = RECORD_TYPES[data["type"]]
    raw = data["record"]
    record = None if raw is None else from_dict(kind, str(data["id"]), raw)
    return Slot(kind, str(data["id"]), record)


__all__ = ["MAX_BYTES", "MAX_OPERATIONS", "OperationLog"]
