"""Evidence sources written as text: ``REC_ID@00:03:12``, ``family.ged``, ``item:ID``, words."""

import re
from collections.abc import Callable
from pathlib import PurePath

from memoryapp.core.assertions import EvidenceSource
from memoryapp.core.ids import ItemId

_MOMENT = re.compile(r"(?:(?:(\d+):)?(\d+):)?(\d+(?:\.\d{1,3})?)", re.ASCII)
_GENEALOGY = (".ged", ".gedcom", ".gramps")


def parse_moment(text: str) -> int:
    """``HH:MM:SS[.mmm]``, ``MM:SS`` or seconds as milliseconds.

    Raises:
        ValueError: the text is not a moment.
    """
    match = _MOMENT.fullmatch(text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a moment (give HH:MM:SS, MM:SS or seconds)")
    hours, minutes, seconds = match.groups()
    if hours is not None and int(minutes) >= 60:
        raise ValueError(f"{text!r}: minutes run 0-59")
    if minutes is not None and float(seconds) >= 60:
        raise ValueError(f"{text!r}: seconds run 0-59")
    total = float(seconds) + 60 * int(minutes or 0) + 3600 * int(hours or 0)
    return round(total * 1000)


def format_moment(ms: int) -> str:
    """Milliseconds as ``HH:MM:SS`` (with ``.mmm`` when not a whole second)."""
    seconds, millis = divmod(ms, 1000)
    hours, rest = divmod(seconds, 3600)
    text = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{text}.{millis:03d}" if millis else text


def parse_source(text: str, is_item: Callable[[str], bool]) -> EvidenceSource:
    """The source a user wrote: a recording moment, a genealogy file, an item, or words.

    ``RECORDING_ID@00:03:12`` cites a moment of a recording; a name ending in ``.ged``,
    ``.gedcom`` or ``.gramps`` a family-tree file (its name only); ``item:ID`` or an ID
    ``is_item`` knows an item; anything else is an inscription or a reference, kept as
    written.

    Raises:
        ValueError: a recording moment that is not one.
    """
    text = text.strip()
    recording, sep, moment = text.rpartition("@")
    if sep and recording and re.fullmatch(r"[0-9:.]+", moment, re.ASCII):
        return EvidenceSource(recording_id=ItemId(recording), at_ms=parse_moment(moment))
    if text.casefold().endswith(_GENEALOGY):
        return EvidenceSource(file_name=PurePath(text.replace("\\", "/")).name)
    if text.startswith("item:"):
        return EvidenceSource(item_id=ItemId(text.removeprefix("item:")))
    if is_item(text):
        return EvidenceSource(item_id=ItemId(text))
    return EvidenceSource(text=text)


def describe_source(source: EvidenceSource) -> str:
    """The source in one line, as ``parse_source`` reads it back (``""`` for none)."""
    parts = []
    if source.recording_id is not None:
        at = "" if source.at_ms is None else f"@{format_moment(source.at_ms)}"
        parts.append(f"{source.recording_id}{at}")
    if source.item_id is not None:
        parts.append(f"item:{source.item_id}")
    if source.file_name:
        parts.append(source.file_name)
    if source.text:
        parts.append(source.text)
    return "; ".join(parts)
