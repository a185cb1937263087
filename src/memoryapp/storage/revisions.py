"""Revision tokens of the catalogue files (``catalogue/revisions.tokens``).

A token names the records a catalogue file holds: it changes exactly when they change.
Compaction writes each file's token with the file's stat (inode, size, modification and
change times), a hash of its bytes, and which change log it folded. At opening, a file
whose stat matches gets its recorded token at no cost. A file whose stat differs is hashed:
the same bytes (the collection was copied) keep the token; other bytes (replaced from
outside), or a file without a recorded token (written by a memoryapp without tokens), get a
token made from the stat: their content is unknown, so derived data made from them is not
trusted. Each commit logged after that moves the token of every file it touches on:
``chain(token, checksum of the log line)``.
"""

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from memoryapp.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

FORMAT = "memoryapp-revisions"

Stat = tuple[int, int, int, int] | None
"""``(inode, size, mtime_ns, ctime_ns)`` of a file, or None when it does not exist."""

ABSENT = "absent"  # the token of a file that does not exist (no records)


def stat_of(path: Path) -> Stat:
    """The stat that tells one version of a file from another."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return fstat_tuple(st)


def fstat_tuple(st: os.stat_result) -> Stat:
    """:func:`stat_of` from an ``os.stat_result`` already at hand."""
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def stat_token(stat: Stat) -> str:
    """The token of a file whose content is unknown: new whenever the file is replaced."""
    if stat is None:
        return ABSENT
    return "stat-" + hashlib.blake2b(repr(stat).encode("ascii"), digest_size=12).hexdigest()


def content_hash(data: bytes) -> str:
    """The hash of a catalogue file's bytes recorded beside its token."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def chain(token: str, checksum: str) -> str:
    """The token after a logged commit (with this line checksum) touched the file."""
    return hashlib.blake2b(f"{token}/{checksum}".encode("ascii"), digest_size=16).hexdigest()


@dataclass(frozen=True, slots=True)
class Revision:
    """One file as compaction wrote it."""

    token: str
    stat: Stat
    content: str  # content_hash of its bytes ("" when not known)


@dataclass
class Recorded:
    """What the last compaction wrote: ``{file: Revision}`` and the log it folded."""

    files: dict[str, Revision] = field(default_factory=dict)
    folded_log: str = ""
    folded_bytes: int = 0


def read_revisions(path: Path) -> Recorded:
    """The recorded tokens (none when the file is missing or unreadable: nothing trusted)."""
    try:
        data = orjson.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError("not a revisions file")
        files = {
            str(name): Revision(
                str(entry["token"]), _stat(entry["stat"]), str(entry.get("content", ""))
            )
            for name, entry in data["files"].items()
        }
        folded = data.get("folded") or {}
        return Recorded(files, str(folded.get("log", "")), int(folded.get("bytes", 0)))
    except FileNotFoundError:
        return Recorded()
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("Ignoring %s (%s): every catalogue file counts as changed", path, exc)
        return Recorded()


def _stat(value: object) -> Stat:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 4:
        raise ValueError("a stat is four numbers")
    ino, size, mtime, ctime = (int(v) for v in value)
    return (ino, size, mtime, ctime)


def write_revisions(path: Path, recorded: Recorded) -> None:
    """Write the tokens durably (atomic rename, fsync)."""
    data = {
        "format": FORMAT,
        "folded": {"log": recorded.folded_log, "bytes": recorded.folded_bytes}
        if recorded.folded_log
        else None,
        "files": {
            name: {
                "token": rev.token,
                "stat": None if rev.stat is None else list(rev.stat),
                "content": rev.content,
            }
            for name, rev in sorted(recorded.files.items())
        },
    }
    atomic_write_bytes(path, orjson.dumps(data, option=orjson.OPT_INDENT_2))
