"""The catalogue's change log (``catalogue/changes.log``): one checksummed line per commit.

Each line is ``<16 hex> <JSON>`` and a newline: the BLAKE2b-64 checksum of the JSON, a
space, then the JSON. The first line is the header ``{"format": "memoryapp-changes", "log": "<32 hex>"}``
(the log's own identity, so a compaction can say which log it folded); every later line is
one commit: ``{"deletes": {table: [ids]}, "files": {path: text}, "upserts": {table: {id:
record}}}``. A line whose checksum does not match, or that has no newline, is a write a crash
cut short when it is the last: it is dropped. A bad line followed by good ones is damage.
"""

import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from memoryapp.core.errors import CollectionCorruptError

FORMAT = "memoryapp-changes"

Compact = dict[str, dict[str, bytes]]
"""``{table: {id: record as compact JSON bytes}}``."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One commit read back from the log."""

    checksum: str
    upserts: Compact
    deletes: dict[str, list[str]]
    files: dict[str, bytes]
    end: int  # the offset just after its line


@dataclass(frozen=True, slots=True)
class LogContents:
    """What a log file holds: its identity, its whole commits, and where they end."""

    log_id: str
    entries: list[Entry]
    end: int  # bytes of whole, valid lines (a torn tail starts here)
    size: int  # bytes read


def checksum(payload: bytes) -> str:
    """The checksum of a line's JSON (16 hex digits)."""
    return hashlib.blake2b(payload, digest_size=8).hexdigest()


def compact(record: object) -> bytes:
    """A record as the catalogue holds it in memory: compact JSON, sorted keys, exact size.

    (orjson's result keeps a 4 kB buffer; the copy keeps only the bytes.)
    """
    return bytes(memoryview(orjson.dumps(record, option=orjson.OPT_SORT_KEYS)))


def _line(payload: bytes) -> bytes:
    return checksum(payload).encode("ascii") + b" " + payload + b"\n"


def header(log_id: str | None = None) -> tuple[str, bytes]:
    """``(log id, first line)`` of a new log."""
    log_id = log_id or uuid.uuid4().hex
    return log_id, _line(orjson.dumps({"format": FORMAT, "log": log_id}))


def encode_entry(
    upserts: Compact, deletes: Mapping[str, list[str]], files: Mapping[str, bytes]
) -> tuple[str, bytes]:
    """``(checksum, line)`` of one commit; records are put in as the bytes they are."""
    tables = b",".join(
        orjson.dumps(table)
        + b":{"
        + b",".join(orjson.dumps(rid) + b":" + raw for rid, raw in records.items())
        + b"}"
        for table, records in upserts.items()
    )
    texts = {rel: data.decode("utf-8") for rel, data in files.items()}
    payload = (
        b'{"deletes":'
        + orjson.dumps(dict(deletes))
        + b',"files":'
        + orjson.dumps(texts)
        + b',"upserts":{'
        + tables
        + b"}}"
    )
    return checksum(payload), _line(payload)


def read_log(path: Path) -> LogContents | None:
    """The log at ``path`` (None if there is none), without its torn tail.

    Raises:
        CollectionCorruptError: a line other than the last is damaged, or not a commit.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    lines = raw.split(b"\n")
    offset = 0
    good: list[tuple[bytes, str, int]] = []  # (payload, checksum, end)
    bad_at: int | None = None
    for number, line in enumerate(lines[:-1], start=1):  # the part after the last \n is torn
        end = offset + len(line) + 1
        payload = line[17:]
        ok = len(line) > 17 and line[16:17] == b" " and checksum(payload).encode() == line[:16]
        if not ok and bad_at is None:
            bad_at = number
        elif ok and bad_at is not None:
            raise CollectionCorruptError(path, f"line {bad_at} is damaged")
        if ok:
            good.append((payload, line[:16].decode("ascii"), end))
        offset = end
    if not good:
        return LogContents("", [], 0, len(raw))
    head = parse_object(path, good[0][0], "line 1")
    if head.get("format") != FORMAT or not isinstance(head.get("log"), str):
        raise CollectionCorruptError(path, "not a memoryapp change log")
    entries = [
        _entry(path, payload, sum_, end, n) for n, (payload, sum_, end) in enumerate(good[1:], 2)
    ]
    return LogContents(head["log"], entries, good[-1][2], len(raw))


def parse_object(path: Path, raw: bytes, what: str = "") -> dict[str, Any]:
    """The JSON object in ``raw`` (a whole file, or ``what`` inside it, e.g. "a record").

    Raises:
        CollectionCorruptError: the bytes are not a JSON object (named by ``path``).
    """
    subject = f"{what} is" if what else "it is"
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CollectionCorruptError(path, f"{subject} not valid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise CollectionCorruptError(path, f"{subject} not a JSON object")
    return data


def _entry(path: Path, payload: bytes, sum_: str, end: int, number: int) -> Entry:
    data = parse_object(path, payload, f"line {number}")
    try:
        upserts = {
            str(table): {str(rid): compact(rec) for rid, rec in records.items()}
            for table, records in data["upserts"].items()
        }
        deletes = {str(table): [str(i) for i in ids] for table, ids in data["deletes"].items()}
        files = {str(rel): str(text).encode("utf-8") for rel, text in data["files"].items()}
    except (KeyError, AttributeError, TypeError) as exc:
        raise CollectionCorruptError(path, f"line {number} is not a commit: {exc}") from exc
    return Entry(sum_, upserts, deletes, files, end)
