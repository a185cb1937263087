"""Evidence sources written as text: ``REC_ID@00:03:12``, ``family.ged``, ``item:ID``, words."""

import re
from collections.abc import Callable
from pathlib import PurePath

from memoryapp.core.assertions import EvidenceSource
from memoryapp.core.ids import ItemId
from memoryapp.core.segments import format_time, parse_time

_GENEALOGY = (".ged", ".gedcom", ".gramps")


def parse_moment(text: str) -> int:
    """``HH:MM:SS[.mmm]``, ``MM:SS`` or seconds as milliseconds (the segments' reading).

    Raises:
        ValueError: the text is not a moment.
    """
    return parse_time(text)


def format_moment(ms: int) -> str:
    """Milliseconds as ``HH:MM:SS`` (with ``.mmm`` when not a whole second)."""
    return format_time(ms).removesuffix(".000")


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
