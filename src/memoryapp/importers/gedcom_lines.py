"""GEDCOM lines sorted into the records memoryapp reads, and a warning for what is left out.

GEDCOM 5.5 lets programs add user records and tags (``0 @_P1_@ _PLAC``, ``1 _UID``);
ged4py refuses a whole file for one identifier it does not know, and a stray line
anywhere stops it. This pass keeps the standard records, drops user records and
lines that are not GEDCOM (with one warning per record), and notes the user tags
that the reader will ignore.
"""

import codecs
import re
from dataclasses import dataclass

# The line grammar ged4py accepts (ged4py.parser._RE_GEDCOM_LINE), kept as bytes.
_LINE = re.compile(rb"^ *(\d+)(?: *(@[A-Za-z0-9][^@]*@))? *([A-Za-z0-9_]+)(?: (.*))?$")
# Any level-0 head, including the identifiers ged4py refuses (``@_X_@``).
_HEAD = re.compile(rb"^ *0 +(?:(@[^@ ]+@) +)?(\S+)")
_LEVEL = re.compile(rb"^ *(\d+)")
_RECORDS = frozenset(
    ("HEAD", "TRLR", "INDI", "FAM", "SOUR", "REPO", "OBJE", "NOTE", "SUBM", "SUBN", "SNOTE")
)
_TAGGED = frozenset(("INDI", "FAM"))  # records whose user tags are worth a warning


@dataclass(frozen=True, slots=True)
class CleanGedcom:
    """The file's bytes with unknown records and broken lines left out, and why."""

    data: bytes
    warnings: tuple[str, ...]
    has_header: bool = True  # the file starts with a readable HEAD record


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace").strip()


def _keep_lines(lines: list[tuple[int, bytes]]) -> tuple[list[bytes], int, list[str]]:
    """One record's lines that ged4py can read: (kept, lines dropped, user tags seen).

    A line that is not GEDCOM, or that skips a level, is dropped with the lines under it.
    """
    kept: list[bytes] = []
    dropped = 0
    user_tags: list[str] = []
    level_before = -1
    skip_below: int | None = None
    for _lineno, line in lines:
        level_match = _LEVEL.match(line)
        level = int(level_match.group(1)) if level_match else None
        if skip_below is not None and (level is None or level > skip_below):
            dropped += 1
            continue
        skip_below = None
        match = _LINE.match(line)
        if match is None or level is None or level > level_before + 1:
            dropped += 1
            skip_below = level if level is not None else level_before
            continue
        tag = match.group(3)
        is_cont = tag in (b"CONT", b"CONC")
        if level > 0 and tag.startswith(b"_"):
            user_tags.append(_text(tag))
        kept.append(line)
        if not is_cont:
            level_before = level
    return kept, dropped, user_tags


def clean_gedcom(data: bytes) -> CleanGedcom:
    """Keep the standard GEDCOM records of ``data``; warn once per record left out or trimmed.

    Files with a UTF-16 byte-order mark are returned unchanged (lines are read as bytes).
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return CleanGedcom(data, ())
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    body = data[len(bom) :]
    records: list[list[tuple[int, bytes]]] = []
    for lineno, line in enumerate(re.split(rb"\r\n|\r|\n", body), 1):
        line = line.strip(b" \t")
        if not line:
            continue
        if _HEAD.match(line) or not records:
            records.append([])
        records[-1].append((lineno, line))
    out: list[bytes] = []
    warnings: list[str] = []
    first = _HEAD.match(records[0][0][1]) if records else None
    has_header = first is not None and first.group(2) == b"HEAD"
    for record in records:
        lineno, head = record[0]
        head_match = _HEAD.match(head)
        xref = _text(head_match.group(1) or b"") if head_match else ""
        tag = _text(head_match.group(2)) if head_match else ""
        name = " ".join(p for p in (xref, tag) if p) or _text(head)[:40]
        if head_match is None or tag not in _RECORDS or xref.startswith("@_"):
            kind = (
                "user-defined record"
                if tag.startswith("_") or xref.startswith("@_")
                else ("unknown record")
            )
            warnings.append(f"line {lineno}: {kind} {name} skipped")
            continue
        kept, dropped, user_tags = _keep_lines(record)
        if not kept:
            warnings.append(f"line {lineno}: record {name} not readable, skipped")
            continue
        if dropped:
            warnings.append(f"line {lineno}: {name}: {dropped} line(s) not readable, skipped")
        if user_tags and tag in _TAGGED:
            tags = ", ".join(dict.fromkeys(user_tags))
            warnings.append(f"line {lineno}: {name}: user tags {tags} skipped")
        out.extend(kept)
    return CleanGedcom(bom + b"\n".join(out) + b"\n", tuple(warnings), has_header)
