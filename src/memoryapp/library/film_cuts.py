"""Reading an editor's cut back into usage, and moving frame counts to a new rate.

Helpers of :class:`memoryapp.library.film_desk.FilmDesk`.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.changes import Changes
from memoryapp.core.errors import ImportFileError
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink, Usage
from memoryapp.core.films.timecode import (
    frames_to_seconds,
    frames_to_tc,
    seconds_to_frames,
    tc_to_frames,
)
from memoryapp.core.ids import ItemId, LinkId, SceneId
from memoryapp.exporters.film import EdlUsage


@dataclass(frozen=True, slots=True, kw_only=True)
class LockedCutReport:
    """What reading an editor's locked-cut EDL changed.

    Attributes:
        cut: the cut's name (the EDL title, else its file name).
        frames: frames on screen per item found in the cut.
        updated_links: links whose usage was written (every link of the film).
        unlinked_items: items in the cut that no scene of the film links.
        unmatched_events: video events that named no item of the collection.
    """

    cut: str
    fps: str
    changes: Changes
    frames: Mapping[ItemId, int]
    updated_links: tuple[LinkId, ...]
    unlinked_items: tuple[ItemId, ...]
    unmatched_events: int
    warnings: tuple[str, ...]

    def seconds(self, item_id: ItemId) -> float:
        """Seconds on screen of an item in this cut (0 when absent)."""
        return float(frames_to_seconds(self.frames.get(item_id, 0), self.fps))


def read_edl_text(path: Path) -> str:
    """An EDL file's text: UTF-8 (with or without BOM), else Latin-1 as older Avids write.

    Raises:
        ImportFileError: the file cannot be read.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, "unreadable", str(exc)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def assign_usage(
    scenes: Sequence[Scene], links: Sequence[SceneLink], usage: EdlUsage, cut: str
) -> tuple[list[SceneLink], tuple[ItemId, ...]]:
    """The film's links with the cut's usage written on them, and the items no link takes.

    Every link gets the cut's name; links without a use get usage 0.
    """
    order = {s.id: (n, s) for n, s in enumerate(scenes)}
    assigned: dict[LinkId, list[Usage]] = {k.id: [] for k in links}
    unlinked: list[ItemId] = []
    for use in usage.uses:
        link = _link_for(use.item_id, use.rec_in, links, order)
        if link is None:
            if use.item_id not in unlinked:
                unlinked.append(use.item_id)
            continue
        assigned[link.id].append(Usage(event=use.event, rec_in=use.rec_in, rec_out=use.rec_out))
    updated = [
        replace(
            k, uses=tuple(assigned[k.id]), used_frames=union_frames(assigned[k.id]), used_in_cut=cut
        )
        for k in links
    ]
    return updated, tuple(unlinked)


class Retimer:
    """Moves frame counts from one rate to another: timecodes by text, durations by seconds."""

    def __init__(self, old: Film, new: Film) -> None:
        self.old, self.new = old, new

    def tc(self, frames: int | None) -> int | None:
        """A timecode at the new rate with the same text (nearest second when it has none)."""
        if frames is None:
            return None
        text = frames_to_tc(frames, self.old.fps, self.old.drop_frame)
        try:
            return tc_to_frames(text, self.new.fps, self.new.drop_frame)
        except ValueError:  # a frame number the new rate has not (":29" at 25 fps)
            return seconds_to_frames(frames_to_seconds(frames, self.old.fps), self.new.fps)

    def span(self, frames: int | None) -> int | None:
        """A duration at the new rate with the same length in seconds."""
        if frames is None:
            return None
        return seconds_to_frames(frames_to_seconds(frames, self.old.fps), self.new.fps)

    def scene(self, scene: Scene) -> Scene:
        """The scene with its TC in/out and planned duration moved."""
        tc_in, tc_out = self.tc(scene.tc_in), self.tc(scene.tc_out)
        if tc_in is not None and tc_out is not None and tc_out < tc_in:
            tc_out = tc_in
        return replace(
            scene, duration_frames=self.span(scene.duration_frames), tc_in=tc_in, tc_out=tc_out
        )

    def link(self, link: SceneLink) -> SceneLink:
        """The link with its hold and usage moved."""
        uses = []
        for use in link.uses:
            rec_in = self.tc(use.rec_in) or 0
            uses.append(replace(use, rec_in=rec_in, rec_out=max(rec_in, self.tc(use.rec_out) or 0)))
        return replace(
            link,
            hold_frames=self.span(link.hold_frames),
            uses=tuple(uses),
            used_frames=None if link.used_frames is None else union_frames(uses),
        )


def _link_for(
    item_id: ItemId,
    rec_in: int,
    links: Sequence[SceneLink],
    scenes: Mapping[SceneId, tuple[int, Scene]],
) -> SceneLink | None:
    mine = [k for k in links if k.item_id == item_id and k.scene_id in scenes]
    if not mine:
        return None
    for link in mine:
        scene = scenes[link.scene_id][1]
        if (
            scene.tc_in is not None
            and scene.tc_out is not None
            and scene.tc_in <= rec_in < scene.tc_out
        ):
            return link
    rank = {LinkRole.ON_SCREEN: 0, LinkRole.REJECTED: 2}
    return min(mine, key=lambda k: (rank.get(k.role, 1), scenes[k.scene_id][0], k.rank))


def union_frames(uses: Sequence[Usage]) -> int:
    """Frames covered by the uses, overlaps counted once."""
    total, end = 0, -1
    for use in sorted(uses, key=lambda u: (u.rec_in, u.rec_out)):
        start = max(use.rec_in, end)
        if use.rec_out > start:
            total += use.rec_out - start
        end = max(end, use.rec_out)
    return total
