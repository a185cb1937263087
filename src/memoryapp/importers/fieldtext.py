"""Normalising text and dates read from metadata fields, the same way for every reader.

Text is NFC-normalised and stripped; empty text is dropped. Dates become ISO 8601 text that
keeps only the precision the file has (``1955:07`` -> ``1955-07``), with a UTC offset only when
the file gives one; impossible dates (year 0000, 30 February, 25:00, blanks) are dropped so the
next source can be used.
"""

from __future__ import annotations

import ast
import calendar
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

_DATE_RE: Final = re.compile(
    r"""^(?P<y>\d{4})
    (?:[-:](?P<mo>\d{2})
      (?:[-:](?P<d>\d{2})
        (?:[T\x20]+(?P<h>\d{2}):(?P<mi>\d{2})
          (?::(?P<s>\d{2})(?P<f>\.\d+)?)?
        )?
      )?
    )?
    \s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?$""",
    re.VERBOSE,
)
_OFFSET_RE: Final = re.compile(r"^(Z|[+-]\d{2}(?::?\d{2})?)$")
_CONTROL_OK: Final = {"\n", "\r", "\t"}


def clean_text(value: object) -> str | None:
    """Return ``value`` as NFC text without surrounding whitespace, or None when empty."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = unicodedata.normalize("NFC", text.replace("\x00", "")).strip()
    return text or None


def clean_exif_text(value: object) -> str | None:
    r"""Normalise an EXIF ASCII value read by exifread or Pillow; None when unusable.

    exifread returns undecodable bytes as their repr (``"b'SONYIILL\\xff'"``) and Pillow decodes
    EXIF text as Latin-1; both are undone here, the text is cut at the first NUL, decoded as
    UTF-8 (else Latin-1), NFC-normalised and stripped. Text with control characters other than
    line breaks and tabs is rejected.
    """
    if value is None:
        return None
    if isinstance(value, bytes):
        raw = value
    else:
        text = str(value)
        if len(text) >= 3 and text[0] == "b" and text[1] in "'\"" and text[-1] == text[1]:
            try:
                literal = ast.literal_eval(text)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                return None
            if not isinstance(literal, bytes):
                return None
            raw = literal
        else:
            try:
                raw = text.encode("latin-1")
            except UnicodeEncodeError:
                raw = text.encode("utf-8", "surrogatepass")
    raw = raw.split(b"\x00", 1)[0]
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = raw.decode("latin-1")
    decoded = unicodedata.normalize("NFC", decoded).strip()
    if not decoded:
        return None
    if not all(ch.isprintable() or ch in _CONTROL_OK for ch in decoded):
        return None
    return decoded


def sorted_unique(values: Iterable[str | None]) -> tuple[str, ...]:
    """Clean every value, drop the empty ones, and sort the rest by code point."""
    cleaned = {text for text in (clean_text(v) for v in values) if text}
    return tuple(sorted(cleaned))


def normalize_offset(value: object) -> str | None:
    """Return a UTC offset as ``+HH:MM`` (``Z`` -> ``+00:00``), or None when not valid."""
    text = clean_text(value)
    if text is None or not _OFFSET_RE.match(text):
        return None
    if text == "Z":
        return "+00:00"
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or "0")
    if hours > 14 or minutes > 59:
        return None
    return f"{text[0]}{hours:02d}:{minutes:02d}"


def iso_date(value: object, offset: object = None) -> str | None:
    """Turn an EXIF, XMP or IPTC date into ISO 8601 keeping only its precision.

    Args:
        value: ``2005:09:11 16:23:02``, ``2005-09-11T16:23:02.5+02:00``, ``1955``, ``1955-07``...
        offset: A separate UTC offset (EXIF ``OffsetTimeOriginal``), used when ``value`` has
            none of its own.

    Returns:
        ``2005-09-11T16:23:02`` (``+HH:MM`` appended when there is an offset), or None when the
        value is not a possible date. A month or day of ``00`` means unknown and truncates.
    """
    text = clean_text(value)
    if text is None:
        return None
    match = _DATE_RE.match(text)
    if match is None:
        return None
    year = int(match["y"])
    if year == 0:
        return None
    if match["mo"] is None or int(match["mo"]) == 0:
        return f"{year:04d}"
    month = int(match["mo"])
    if month > 12:
        return None
    if match["d"] is None or int(match["d"]) == 0:
        return f"{year:04d}-{month:02d}"
    day = int(match["d"])
    if day > calendar.monthrange(year, month)[1]:
        return None
    out = f"{year:04d}-{month:02d}-{day:02d}"
    if match["h"] is None:
        return out
    hour, minute = int(match["h"]), int(match["mi"])
    if hour > 23 or minute > 59:
        return None
    out += f"T{hour:02d}:{minute:02d}"
    if match["s"] is not None:
        if int(match["s"]) > 59:
            return None
        out += f":{match['s']}{match['f'] or ''}"
    zone = normalize_offset(match["tz"]) if match["tz"] else normalize_offset(offset)
    if match["tz"] and zone is None:
        return None
    return out + (zone or "")


def iptc_date(date: object, time: object = None) -> str | None:
    """Combine IPTC IIM DateCreated (``CCYYMMDD``) and TimeCreated (``HHMMSS+HHMM``)."""
    day = clean_text(date)
    if day is None or not re.fullmatch(r"\d{8}", day):
        return iso_date(day)
    text = f"{day[:4]}:{day[4:6]}:{day[6:]}"
    clock = clean_text(time)
    if clock:
        found = re.fullmatch(r"(\d{2}):?(\d{2}):?(\d{2})\s*(Z|[+-]\d{2}:?\d{2})?", clock)
        if found:
            text += f" {found[1]}:{found[2]}:{found[3]}{found[4] or ''}"
    result = iso_date(text)
    if result is None and clock:
        return iso_date(text.split(" ", 1)[0])
    return result
