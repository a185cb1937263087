"""Read an editor's locked-cut CMX3600 EDL back into actual usage: seconds on screen per item.

What the archive producer needs at picture lock for the cue sheet and licence invoices
(film.md section 6.11). The reader:

* follows ``FCM:`` lines (drop-frame or not), which may change mid-file;
* reads single-line events and two-line transitions (an outgoing ``C`` line, then a ``D`` or
  ``W`` line with the transition length): the incoming clip is counted over its record range,
  the outgoing clip over the transition too, since it is still visible while it fades;
* counts video events only (track ``V``, ``V2``, ``B``...; audio-only events are ignored);
* finds the item of an event in its clip names (``FROM CLIP NAME``, ``TO CLIP NAME``,
  ``CLIP NAME``), its source file (``SOURCE FILE``, ``FROM CLIP``, ``OTIO REFERENCE FROM``)
  or its reel, through an :class:`ItemMatcher`;
* unions overlapping uses of one item (the same still on two tracks counts once).

Lines it cannot read become warnings naming the line; it never raises on bad input.
"""

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from memoryapp.core.films.timecode import tc_to_frames
from memoryapp.core.ids import ItemId
from memoryapp.core.items import Item

_TC = r"(\d\d:\d\d:\d\d[:;.,]\d\d)"
_EVENT = re.compile(
    r"^\s*(\d{1,6})\s+(\S+)\s+(\S+)\s+(C|D|W\d{3}|KB|K\s+B|KO|K)\s+(?:(\d{1,4})\s+)?"
    rf"{_TC}\s+{_TC}\s+{_TC}\s+{_TC}\s*$",
    re.IGNORECASE,
)
_COMMENT = re.compile(
    r"^\s*\*?\s*(FROM CLIP NAME|TO CLIP NAME|CLIP NAME|SOURCE FILE|FROM CLIP|TO CLIP"
    r"|OTIO REFERENCE FROM|OTIO REFERENCE TO)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_HEX = re.compile(r"(?<![0-9a-f])[0-9a-f]{8,64}(?![0-9a-f])", re.IGNORECASE)
_WORD = re.compile(r"[0-9a-z]+(?:[-_][0-9a-z]+)*", re.IGNORECASE)
_MIN_PREFIX = 8


class ItemMatcher:
    """Finds which item a clip name, source file or reel names.

    It knows each item's ID (whole, or its first 8 or more characters, as in a reel name),
    the SHA-256 of its files (managed files are named by it) and the file names it was
    imported with. A prefix or a file name shared by two items matches neither.
    """

    def __init__(self, items: Iterable[Item]) -> None:
        self._ids: dict[str, ItemId] = {}
        self._sha: dict[str, ItemId] = {}
        names: dict[str, set[ItemId]] = {}
        for item in items:
            self._ids[item.id.lower()] = item.id
            for media in item.files:
                self._sha[media.sha256.lower()] = item.id
                if media.original_name:
                    names.setdefault(media.original_name.casefold(), set()).add(item.id)
        self._names = {name: next(iter(ids)) for name, ids in names.items() if len(ids) == 1}
        self._sorted_ids = sorted(self._ids)

    def match(self, text: str) -> ItemId | None:
        """The item ``text`` names, or None."""
        base = re.split(r"[\\/]", text.strip())[-1].casefold()
        if base in self._names:
            return self._names[base]
        for word in _WORD.findall(text):
            found = self._ids.get(word.lower())
            if found is not None:
                return found
        for run in _HEX.findall(text):
            run = run.lower()
            if run in self._ids:
                return self._ids[run]
            if run in self._sha:
                return self._sha[run]
            found = self._prefix(run)
            if found is not None:
                return found
        return None

    def _prefix(self, run: str) -> ItemId | None:
        if len(run) < _MIN_PREFIX:
            return None
        at = bisect.bisect_left(self._sorted_ids, run)
        hits = []
        while at < len(self._sorted_ids) and self._sorted_ids[at].startswith(run):
            hits.append(self._sorted_ids[at])
            at += 1
            if len(hits) > 1:
                return None
        return self._ids[hits[0]] if hits else None


@dataclass(frozen=True, slots=True, kw_only=True)
class EdlEvent:
    """One line of an EDL event (a two-line transition has two)."""

    number: str
    reel: str
    track: str
    transition: str
    transition_frames: int
    rec_in: int
    rec_out: int
    line: int
    names: tuple[str, ...] = ()  # clip names
    sources: tuple[str, ...] = ()  # source files

    @property
    def is_video(self) -> bool:
        """Whether the event puts a picture on screen (not an audio-only edit)."""
        track = self.track.upper()
        return "V" in track or track == "B"


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemUse:
    """An item on screen in the cut (record frames, ``rec_out`` exclusive)."""

    item_id: ItemId
    event: str
    rec_in: int
    rec_out: int
    matched_by: str  # "clip-name", "source-file" or "reel"

    @property
    def frames(self) -> int:
        """Frames on screen."""
        return self.rec_out - self.rec_in


@dataclass(frozen=True, slots=True, kw_only=True)
class EdlUsage:
    """What an EDL says about archive items."""

    title: str
    uses: tuple[ItemUse, ...]
    unmatched: tuple[EdlEvent, ...]  # video events that named no known item
    warnings: tuple[str, ...]
    events: int  # video event lines read

    def frames_by_item(self) -> dict[ItemId, int]:
        """Frames on screen per item, overlapping uses counted once."""
        spans: dict[ItemId, list[tuple[int, int]]] = {}
        for use in self.uses:
            spans.setdefault(use.item_id, []).append((use.rec_in, use.rec_out))
        return {item: _union_length(s) for item, s in spans.items()}


def read_edl_usage(
    text: str, fps: str, matcher: ItemMatcher, *, drop_frame: bool = False
) -> EdlUsage:
    """Read an EDL and return the uses of known items.

    Args:
        text: the EDL's text.
        fps: the film's rate label; the EDL must be at this rate.
        matcher: finds the item an event names.
        drop_frame: the film's drop-frame flag, used until an ``FCM:`` line says otherwise.
    """
    title = ""
    warnings: list[str] = []
    lines: list[EdlEvent] = []
    drop = drop_frame
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        upper = line.upper()
        if not line:
            continue
        if upper.startswith("TITLE:"):
            title = line.split(":", 1)[1].strip()
        elif upper.startswith("FCM:"):
            drop = "NON" not in upper and "DROP" in upper and fps in ("29.97", "59.94")
        elif (event := _EVENT.match(line)) is not None:
            parsed = _event(event, number, fps, drop, warnings)
            if parsed is not None:
                lines.append(parsed)
        elif (comment := _COMMENT.match(line)) is not None:
            _attach(lines, comment.group(1).upper(), comment.group(2).strip())
        elif not line.startswith(("*", ">>>", "M2", "SPLIT", "SWM", "AUD", "%", ";")):
            warnings.append(f"line {number}: not understood: {line[:60]}")
    return _usage(title, lines, matcher, warnings)


def _event(
    match: re.Match[str], line: int, fps: str, drop: bool, warnings: list[str]
) -> EdlEvent | None:
    number, reel, track, transition, length, _s_in, _s_out, r_in, r_out = match.groups()
    try:
        rec_in = tc_to_frames(r_in, fps, drop)
        rec_out = tc_to_frames(r_out, fps, drop)
    except ValueError as exc:
        warnings.append(f"line {line}: {exc}")
        return None
    if rec_out < rec_in:
        warnings.append(f"line {line}: record out {r_out} is before record in {r_in}")
        return None
    return EdlEvent(
        number=number,
        reel=reel,
        track=track,
        transition=re.sub(r"\s+", "", transition.upper()),
        transition_frames=int(length) if length else 0,
        rec_in=rec_in,
        rec_out=rec_out,
        line=line,
    )


def _attach(lines: list[EdlEvent], key: str, value: str) -> None:
    """Add a clip name or source file to the current event (its first or second line)."""
    if not lines or not value:
        return
    at = [
        i
        for i in (len(lines) - 2, len(lines) - 1)
        if i >= 0 and lines[i].number == lines[-1].number
    ]
    if key in ("FROM CLIP NAME", "CLIP NAME"):
        i = at[0]
    elif key == "TO CLIP NAME":
        i = at[-1]
    else:
        i = next((j for j in at if not lines[j].sources), at[-1])
    if "CLIP NAME" in key:
        lines[i] = replace(lines[i], names=(*lines[i].names, value))
    else:
        lines[i] = replace(lines[i], sources=(*lines[i].sources, value))


def _usage(
    title: str, lines: list[EdlEvent], matcher: ItemMatcher, warnings: list[str]
) -> EdlUsage:
    uses: list[ItemUse] = []
    unmatched: list[EdlEvent] = []
    video = [e for e in lines if e.is_video]
    for index, event in enumerate(video):
        found = _find(event, matcher)
        rec_in, rec_out = event.rec_in, event.rec_out
        following = video[index + 1] if index + 1 < len(video) else None
        if (
            following is not None
            and following.number == event.number
            and following.transition != "C"
            and following.transition_frames
        ):
            rec_out = max(rec_out, following.rec_in + following.transition_frames)  # fading out
        if found is None:
            if event.reel.upper() not in ("BL", "BLK", "BLACK"):
                unmatched.append(event)
            continue
        if rec_out > rec_in:
            uses.append(
                ItemUse(
                    item_id=found[0],
                    event=event.number,
                    rec_in=rec_in,
                    rec_out=rec_out,
                    matched_by=found[1],
                )
            )
    return EdlUsage(
        title=title,
        uses=tuple(_merge(uses)),
        unmatched=tuple(unmatched),
        warnings=tuple(warnings),
        events=len(video),
    )


def _merge(uses: list[ItemUse]) -> list[ItemUse]:
    """Join the uses of one item that touch or overlap (a cut then its dissolve tail)."""
    out: list[ItemUse] = []
    for use in sorted(uses, key=lambda u: (u.item_id, u.rec_in, u.rec_out)):
        last = out[-1] if out else None
        if last is not None and last.item_id == use.item_id and use.rec_in <= last.rec_out:
            events = (
                last.event if use.event in last.event.split("+") else f"{last.event}+{use.event}"
            )
            out[-1] = replace(last, rec_out=max(last.rec_out, use.rec_out), event=events)
        else:
            out.append(use)
    return sorted(out, key=lambda u: (u.rec_in, u.item_id))


def _find(event: EdlEvent, matcher: ItemMatcher) -> tuple[ItemId, str] | None:
    for names, how in (
        (event.names, "clip-name"),
        (event.sources, "source-file"),
        ([event.reel], "reel"),
    ):
        for name in names:
            found = matcher.match(name)
            if found is not None:
                return found, how
    return None


def _union_length(spans: list[tuple[int, int]]) -> int:
    total = 0
    end = None
    for lo, hi in sorted(spans):
        if end is None or lo > end:
            total += hi - lo
            end = hi
        elif hi > end:
            total += hi - end
            end = hi
    return total
