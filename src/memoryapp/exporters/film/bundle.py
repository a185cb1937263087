"""What every film exporter reads: one film's records, and where its uses sit in the cut.

Exporters never see the library: the library gathers a :class:`FilmExport` and hands it over.
:func:`placements` lays the uses on the record timeline, from the editor's locked cut when one
was read, else from the plan (on-screen links end to end from the film's start timecode).
"""

import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from fractions import Fraction

from memoryapp.core.films import Film, Scene, SceneLink, hold_of
from memoryapp.core.films.checks import FilmIssue
from memoryapp.core.films.timecode import frames_to_tc
from memoryapp.core.ids import ItemId, PersonId, PlaceId
from memoryapp.core.items import Item
from memoryapp.core.segments import Segment

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class FilmExport:
    """One film and everything its exports need, gathered by the library.

    Attributes:
        scenes: the film's scenes in film order.
        links: the links of those scenes.
        items: the linked items by ID.
        person_names, place_names: primary names for display.
        media_paths: absolute path of each item's first file (for editing tools).
        thumbnails: path of each item's thumbnail (for the binder).
        issues: the film's checks, shown beside each use.
        generated_at: ISO 8601 UTC time written into the outputs.
    """

    film: Film
    scenes: tuple[Scene, ...]
    links: tuple[SceneLink, ...]
    items: Mapping[ItemId, Item]
    person_names: Mapping[PersonId, str] = field(default_factory=dict)
    place_names: Mapping[PlaceId, str] = field(default_factory=dict)
    media_paths: Mapping[ItemId, str] = field(default_factory=dict)
    thumbnails: Mapping[ItemId, str] = field(default_factory=dict)
    issues: tuple[FilmIssue, ...] = ()
    collection_title: str = ""
    generated_at: str = ""
    segments: Mapping[str, Segment] = field(default_factory=dict)
    """The testimony segments links use, by ID (only those the privacy filter let through)."""

    def source_in(self, link: SceneLink) -> int:
        """Where the use starts in its source, in film frames: a segment's start, else 0."""
        segment = self.segments.get(link.segment_id) if link.segment_id else None
        if segment is None:
            return 0
        return round(Fraction(segment.start_ms, 1000) * self.film.rate)

    def tc(self, frames: int) -> str:
        """Frames as the film's timecode text."""
        return frames_to_tc(frames, self.film.fps, self.film.drop_frame)

    def scene_links(self, scene: Scene) -> list[SceneLink]:
        """A scene's links: on screen first, then by rank."""
        order = {"on-screen": 0, "voice-over": 0, "interview": 0, "candidate": 1, "alternate": 2}
        order |= {"research": 3, "rejected": 4}
        links = [link for link in self.links if link.scene_id == scene.id]
        return sorted(links, key=lambda k: (order[k.role.value], k.rank, k.id))

    @property
    def has_locked_cut(self) -> bool:
        """Whether usage from an editor's locked cut was read for this film."""
        return any(link.used_frames is not None for link in self.links)


class Basis(StrEnum):
    """Where a placement's timecodes come from."""

    PLANNED = "planned"
    LOCKED_CUT = "locked-cut"


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    """One use of an item on the record timeline (``rec_out`` exclusive)."""

    cue: int
    scene: Scene
    link: SceneLink
    item: Item
    rec_in: int
    rec_out: int
    basis: Basis
    event: str = ""

    @property
    def frames(self) -> int:
        """Frames on screen."""
        return self.rec_out - self.rec_in


def placements(bundle: FilmExport, *, planned: bool | None = None) -> list[Placement]:
    """The film's uses in record order.

    Args:
        bundle: the film's records.
        planned: True for the plan, False for the locked cut; None picks the locked cut when
            one was read.

    The plan lays on-screen links end to end from the film's start timecode, scene by scene
    (a scene with a TC in later than the running position starts there, leaving a gap).
    """
    use_cut = bundle.has_locked_cut if planned is None else not planned
    return _actual(bundle) if use_cut else _planned(bundle)


def _planned(bundle: FilmExport) -> list[Placement]:
    film = bundle.film
    out: list[Placement] = []
    cursor = film.start_frame
    for scene in bundle.scenes:
        if scene.tc_in is not None and scene.tc_in > cursor:
            cursor = scene.tc_in
        for link in bundle.scene_links(scene):
            item = bundle.items.get(link.item_id)
            if not link.is_on_screen:
                continue
            if item is None:
                log.warning("link %s names missing item %s; left out", link.id, link.item_id)
                continue
            hold = hold_of(link, film)
            if hold == 0:
                continue
            out.append(
                Placement(
                    cue=len(out) + 1,
                    scene=scene,
                    link=link,
                    item=item,
                    rec_in=cursor,
                    rec_out=cursor + hold,
                    basis=Basis.PLANNED,
                )
            )
            cursor += hold
    return out


def _actual(bundle: FilmExport) -> list[Placement]:
    scenes = {scene.id: scene for scene in bundle.scenes}
    rows: list[tuple[int, int, str, Scene, SceneLink, Item]] = []
    for link in bundle.links:
        item = bundle.items.get(link.item_id)
        scene = scenes.get(link.scene_id)
        if item is None or scene is None:
            continue
        rows.extend((use.rec_in, use.rec_out, use.event, scene, link, item) for use in link.uses)
    rows.sort(key=lambda r: (r[0], r[1], r[4].id))
    return [
        Placement(
            cue=n,
            scene=scene,
            link=link,
            item=item,
            rec_in=rec_in,
            rec_out=rec_out,
            basis=Basis.LOCKED_CUT,
            event=event,
        )
        for n, (rec_in, rec_out, event, scene, link, item) in enumerate(rows, start=1)
    ]


def total_frames_by_item(rows: list[Placement]) -> dict[ItemId, int]:
    """Frames on screen per item over every use."""
    totals: dict[ItemId, int] = {}
    for row in rows:
        totals[row.item.id] = totals.get(row.item.id, 0) + row.frames
    return totals


# -- text for formats that force ASCII or that spreadsheets evaluate ---------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")
_SPACES = re.compile(r"\s+")


def spreadsheet_safe(value: str) -> str:
    """Prefix text that a spreadsheet would evaluate as a formula (OWASP CSV injection)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def ascii_upper(text: str, width: int = 70) -> str:
    """Upper-case 7-bit ASCII on one line, at most ``width`` characters (EDL comments).

    Letters without an ASCII form (Hebrew, Arabic) are dropped; control characters, bidi
    overrides and line breaks go too, so a comment can never start a new EDL line.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if 32 <= ord(ch) < 127 or ch.isspace())
    return _SPACES.sub(" ", kept).strip().upper()[:width].rstrip()


def reel_name(item_id: str) -> str:
    """An EDL reel (8 characters, A-Z and 0-9) from an item ID: its first 8 characters."""
    return re.sub(r"[^A-Z0-9]", "", item_id.upper())[:8] or "AX"


def one_line(text: str) -> str:
    """Text with every run of whitespace (line breaks, tabs) made one space."""
    return _SPACES.sub(" ", text).strip()
