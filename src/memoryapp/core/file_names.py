"""File names as catalogue text, including names that are not valid UTF-8.

On Linux a file name is bytes; Python gives a name that is not valid UTF-8 as a ``str`` with
lone surrogates (``surrogateescape``), which no UTF-8 file (the catalogue, its journal, JSON)
can hold. Such a name is stored escaped: every byte that is not part of valid UTF-8 is written
``%XX`` (two upper-case hex digits) and ``%`` itself ``%25``; the rest stays as it is. A name
that is valid UTF-8 is stored unchanged. ``unescape_name`` gives the original back for every
escaped name (docs/collection-format.md).
"""

from __future__ import annotations

import os
import re
from typing import Final

_ESCAPE: Final = re.compile(rb"%[0-9A-F]{2}")


def is_utf8_name(name: str) -> bool:
    """True when the name (or path text) is valid UTF-8 on disk, so it can be stored as is."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def escape_name(name: str) -> str:
    """The catalogue text for a file name or path (unchanged when it is valid UTF-8)."""
    if is_utf8_name(name):
        return name
    raw = os.fsencode(name)
    out: list[str] = []
    at = 0
    while at < len(raw):
        try:  # the longest valid UTF-8 run from here
            text = raw[at:].decode("utf-8")
        except UnicodeDecodeError as exc:
            text = raw[at : at + exc.start].decode("utf-8")
            out.append(text.replace("%", "%25"))
            bad = raw[at + exc.start]
            out.append(f"%{bad:02X}")
            at += exc.start + 1
            continue
        out.append(text.replace("%", "%25"))
        break
    return "".join(out)


def unescape_name(text: str) -> str:
    """The file name (``surrogateescape`` text, as ``os`` functions take it) of escaped text.

    Only for text that ``escape_name`` escaped; text that was stored unchanged must be used as
    it is.
    """
    raw = _ESCAPE.sub(lambda m: bytes([int(m.group()[1:], 16)]), text.encode("utf-8"))
    return os.fsdecode(raw)
