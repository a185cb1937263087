"""FilmDesk: the film operations the CLI and the GUI drive, on top of a :class:`Library`.

Every mutation is one core command applied through ``Library.apply`` (one commit, one
operation of the history, undoable) and returns ``Changes``; creating returns the new record
too. Reading, "find material", checks, exports and the
locked-cut read-back live here, so front ends never touch exporters or storage.
"""

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from fractions import Fraction
from pathlib import Path
from typing import Any, TypeVar

from memoryapp.core.changes import Changes
from memoryapp.core.commands import Record
from memoryapp.core.errors import ImportFileError, InvalidRecordError, NotFoundError
from memoryapp.core.films import Film, LinkRole, Scene, SceneLink
from memoryapp.core.films.checks import FilmIssue, check_film
from memoryapp.core.films.material import Candidate, find_material
from memoryapp.core.films.timecode import (
    frames_to_tc,
    tc_to_frames,
)
from memoryapp.core.ids import ItemId, SceneId, new_film_id, new_link_id, new_scene_id
from memoryapp.core.items import Item
from memoryapp.core.privacy import ExportBundle, ExportPolicy, WithheldReport, redact
from memoryapp.core.segments import Segment
from memoryapp.core.text import search_key
from memoryapp.exporters.film import FilmExport, ItemMatcher, read_edl_usage
from memoryapp.exporters.formats import EXPORT_FORMATS, FILM_FORMAT_NAMES, Family
from memoryapp.library.exchange import ExportResult, OutputExistsError
from memoryapp.library.film_cuts import LockedCutReport, Retimer, assign_usage, read_edl_text
from memoryapp.library.library import Library
from memoryapp.storage.atomic import atomic_write_bytes
from memoryapp.storage.schema import utc_now

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_START_TC = "01:00:00:00"  # the editing tools' default programme start


class FilmDesk:
    """Films, scenes and links of one open library."""

    def __init__(self, library: Library) -> None:
        self._lib = library

    # -- reading ---------------------------------------------------------------------------

    def films(self) -> list[Film]:
        """Every film, by title."""
        return self._lib.films()

    def film(self, film_id: str) -> Film:
        """One film, by id or by its title (any case and accents). Raises NotFoundError."""
        try:
            return self._lib.film(film_id)
        except NotFoundError:
            key = search_key(film_id)
            matches = [f for f in self._lib.films() if search_key(f.title) == key]
            if len(matches) == 1:
                return matches[0]
            raise

    def scenes(self, film_id: str) -> list[Scene]:
        """A film's scenes in scene-number order. Raises NotFoundError for an unknown film."""
        self._lib.film(film_id)
        return self._lib.scenes(film_id)

    def scene(self, scene_id: str) -> Scene:
        """One scene. Raises NotFoundError."""
        return self._lib.scene(scene_id)

    def link(self, link_id: str) -> SceneLink:
        """One link. Raises NotFoundError."""
        for link in self._lib.links():
            if link.id == link_id:
                return link
        raise NotFoundError("scene link", link_id)

    def links(
        self, *, film_id: str | None = None, scene_id: str | None = None, item_id: str | None = None
    ) -> list[SceneLink]:
        """Links filtered by film, scene or item, in scene order then rank."""
        scenes = self._lib.scenes(film_id)
        order = {s.id: n for n, s in enumerate(scenes)}
        out = [
            k
            for k in self._lib.links()
            if k.scene_id in order
            and (scene_id is None or k.scene_id == scene_id)
            and (item_id is None or k.item_id == item_id)
        ]
        return sorted(out, key=lambda k: (order[k.scene_id], k.rank, k.id))

    def tc(self, film: Film, frames: int) -> str:
        """Frames as the film's timecode text."""
        return frames_to_tc(frames, film.fps, film.drop_frame)

    # -- films -----------------------------------------------------------------------------

    def add_film(
        self,
        title: str,
        *,
        fps: str = "25",
        drop_frame: bool = False,
        start_tc: str = DEFAULT_START_TC,
        **fields: Any,
    ) -> tuple[Film, Changes]:
        """Create a film; ``start_tc`` is read with the film's own drop-frame flag.

        Raises:
            InvalidRecordError: a bad rate, timecode or field.
        """
        start = _checked(lambda: tc_to_frames(start_tc, fps, drop_frame))
        film = _checked(
            lambda: Film(
                id=new_film_id(),
                title=title.strip(),
                fps=fps,
                drop_frame=drop_frame,
                start_frame=start,
                **fields,
            )
        )
        if not film.title:
            raise InvalidRecordError("a film needs a title")
        return film, self._put("Add film", film)

    def edit_film(self, film_id: str, **fields: Any) -> tuple[Film, Changes]:
        """Change fields of a film (``start_tc`` text is accepted for ``start_frame``).

        A new rate or drop-frame flag keeps every timecode as written (the start, scene TC
        in/out, usage) and every duration in seconds (planned scene durations, holds); the
        film, its scenes and links are saved in one commit.
        """
        film = self._lib.film(film_id)
        start_tc = fields.pop("start_tc", None)
        edited = _checked(lambda: replace(film, **fields))
        rate_changed = (edited.fps, edited.drop_frame) != (film.fps, film.drop_frame)
        if start_tc is None and rate_changed:
            start_tc = frames_to_tc(film.start_frame, film.fps, film.drop_frame)
        if start_tc is not None:
            frames = _checked(lambda: tc_to_frames(start_tc, edited.fps, edited.drop_frame))
            edited = replace(edited, start_frame=frames)
        if not rate_changed:
            return edited, self._put("Edit film", edited)
        scenes = self._lib.scenes(film_id)
        links = self.links(film_id=film_id)
        moved = Retimer(film, edited)
        return edited, self._put(
            "Edit film", edited, *(moved.scene(s) for s in scenes), *(moved.link(k) for k in links)
        )

    def delete_film(self, film_id: str) -> Changes:
        """Delete a film with its scenes and links: one command, one commit, undoable."""
        film = self._lib.film(film_id)
        scenes = {s.id for s in self._lib.scenes(film_id)}
        links = [k.id for k in self._lib.links() if k.scene_id in scenes]
        gone: list[tuple[type[Record], str]] = [(SceneLink, k) for k in links]
        gone += [(Scene, s) for s in sorted(scenes)]
        command = self._lib.command(f"Delete film {film.title}", remove=[*gone, (Film, film.id)])
        return self._lib.apply(command)

    # -- scenes ----------------------------------------------------------------------------

    def add_scene(self, film_id: str, number: str, **fields: Any) -> tuple[Scene, Changes]:
        """Create a scene of a film.

        Raises:
            NotFoundError: unknown film, person or place.
            InvalidRecordError: a bad field, or the number is taken in this film.
        """
        film = self._lib.film(film_id)
        scene = _checked(
            lambda: Scene(id=new_scene_id(), film_id=film.id, number=number.strip(), **fields)
        )
        return scene, self.save_scene(scene)

    def edit_scene(self, scene_id: str, **fields: Any) -> tuple[Scene, Changes]:
        """Change fields of a scene."""
        scene = _checked(lambda: replace(self._lib.scene(scene_id), **fields))
        return scene, self.save_scene(scene)

    def save_scene(self, scene: Scene) -> Changes:
        """Insert or replace a scene after checking its film, people, places and number."""
        self._lib.film(scene.film_id)
        for person in scene.people:
            self._lib.person(person)
        for place in scene.places:
            self._lib.place(place)
        for other in self._lib.scenes(scene.film_id):
            if other.id != scene.id and other.number == scene.number:
                raise InvalidRecordError(f"scene {scene.number} already exists in this film")
        label = "Edit scene" if self._lib.record(Scene, scene.id) else "Add scene"
        return self._put(label, scene)

    def delete_scene(self, scene_id: str) -> Changes:
        """Delete a scene and its links: one command, one commit, undoable."""
        scene = self._lib.scene(scene_id)
        gone: list[tuple[type[Record], str]] = [
            (SceneLink, k.id) for k in self._lib.links() if k.scene_id == scene_id
        ]
        command = self._lib.command(
            f"Delete scene {scene.number}", remove=[*gone, (Scene, scene_id)]
        )
        return self._lib.apply(command)

    # -- links -----------------------------------------------------------------------------

    def link_item(
        self, scene_id: str, item_id: str, *, role: LinkRole = LinkRole.CANDIDATE, **fields: Any
    ) -> tuple[SceneLink, Changes]:
        """Link an item to a scene.

        Raises:
            NotFoundError: unknown scene or item.
            InvalidRecordError: the item is already linked to the scene, or a bad field.
        """
        scene = self._lib.scene(scene_id)
        item = self._lib.item(item_id)
        if fields.get("segment_id"):  # a testimony segment: its length is the default hold
            segment = self._lib.segment(fields["segment_id"])
            if segment.recording_id != item.id:
                raise InvalidRecordError(f"segment {segment.id} is not of the recording {item.id}")
            if fields.get("hold_frames") is None:
                film = self._lib.film(scene.film_id)
                seconds = Fraction(segment.end_ms - segment.start_ms, 1000)
                fields["hold_frames"] = max(round(seconds * film.rate), 1)
        link = _checked(
            lambda: SceneLink(
                id=new_link_id(), item_id=item.id, scene_id=scene.id, role=role, **fields
            )
        )
        return link, self.save_link(link)

    def edit_link(self, link_id: str, **fields: Any) -> tuple[SceneLink, Changes]:
        """Change fields of a link (role, clearance, licence, credit, consent...)."""
        link = _checked(lambda: replace(self.link(link_id), **fields))
        return link, self.save_link(link)

    def link_items(
        self, scene_id: str, item_ids: Sequence[str], *, role: LinkRole = LinkRole.CANDIDATE
    ) -> tuple[list[SceneLink], Changes]:
        """Link several items to a scene as one command; items already on it are skipped.

        Raises:
            NotFoundError: unknown scene or item.
        """
        scene = self._lib.scene(scene_id)
        for item_id in item_ids:
            self._lib.item(item_id)
        existing = [k for k in self._lib.links() if k.scene_id == scene.id]
        new = new_links(existing, scene.id, item_ids, role)
        return new, self._put(link_label(len(new)), *new)

    def save_link(self, link: SceneLink) -> Changes:
        """Insert or replace a link after checking its scene, item and framing person."""
        self._lib.scene(link.scene_id)
        item = self._lib.item(link.item_id)
        if link.crop_person is not None and link.crop_person not in item.person_ids():
            raise InvalidRecordError("the framing person is not tagged on the item")
        for other in self._lib.links():
            if (
                other.id != link.id
                and other.scene_id == link.scene_id
                and other.item_id == link.item_id
                and other.segment_id == link.segment_id  # two segments of one recording may
            ):
                raise InvalidRecordError(f"the item is already linked to this scene ({other.id})")
        label = "Edit link" if self._lib.record(SceneLink, link.id) else "Link item"
        return self._put(label, link)

    def unlink(self, link_id: str) -> Changes:
        """Remove a link (the item stays in the collection)."""
        self.link(link_id)
        return self._lib.apply(self._lib.command("Unlink item", remove=[(SceneLink, link_id)]))

    # -- finding, checking -----------------------------------------------------------------

    def candidates(self, scene_id: str, *, limit: int | None = None) -> tuple[Candidate, ...]:
        """Items that fit a scene, best first, each with the reasons it matched."""
        scene = self._lib.scene(scene_id)
        people = {p.id: p for p in self._lib.people()}
        places = {p.id: p for p in self._lib.places()}
        return find_material(
            scene, self._lib.items(), people, places, self._lib.links(), limit=limit
        )

    def checks(self, film_id: str, *, today: str | None = None) -> tuple[FilmIssue, ...]:
        """Every issue of a film (errors first); ``today`` defaults to the local date."""
        film = self._lib.film(film_id)
        scenes = self._lib.scenes(film_id)
        links = self.links(film_id=film_id)
        items = self._items_of(links)
        people = {p.id: p for p in self._lib.people()}
        return check_film(
            film,
            scenes,
            links,
            items,
            people,
            today=today or dt.datetime.now().astimezone().date().isoformat(),
        )

    # -- export and read-back --------------------------------------------------------------

    def export_bundle(
        self, film_id: str, *, today: str | None = None, policy: ExportPolicy | None = None
    ) -> FilmExport:
        """Everything the film exporters need, through the privacy filter (default policy)."""
        return self.filtered_export(film_id, policy or ExportPolicy(), today=today)[0]

    def filtered_export(
        self, film_id: str, policy: ExportPolicy, *, today: str | None = None
    ) -> tuple[FilmExport, WithheldReport]:
        """The film's records through the privacy filter (``core.privacy.redact``).

        Private items and the links to them are left out, withheld people's names are
        replaced everywhere (names, captions, credits, notes, scene texts, linked file
        paths), and the film's checks are made on what remains, so no issue names them.
        """
        film = self._lib.film(film_id)
        links = self.links(film_id=film_id)
        raw = ExportBundle(
            collection_id=self._lib.collection_id,
            title=self._lib.title,
            items=tuple(self._items_of(links).values()),
            people={p.id: p for p in self._lib.people()},
            places={p.id: p for p in self._lib.places()},
            films=(film,),
            scenes=tuple(self._lib.scenes(film_id)),
            links=tuple(links),
            segments=tuple(
                self._lib.segment(k.segment_id)
                for k in links
                if k.segment_id and self._lib.record(Segment, k.segment_id) is not None
            ),
        )
        bundle, report = redact(raw, policy)
        segments: dict[str, Segment] = {s.id: s for s in bundle.segments}
        # a link to a testimony segment the filter withheld (consent revoked...) goes with it
        bundle = replace(
            bundle,
            links=tuple(k for k in bundle.links if not k.segment_id or k.segment_id in segments),
        )
        items = {item.id: item for item in bundle.items}
        media: dict[ItemId, str] = {}
        thumbs: dict[ItemId, str] = {}
        for item_id, item in items.items():
            first = item.primary
            if first is not None:  # absolute: editing tools need file:// URLs and full paths
                where = Path(first.path) if first.linked else self._lib.paths.resolve(first.path)
                media[item_id] = str(where.absolute())
            thumb = self._lib.thumbnail_path(item_id, 256)
            if thumb is not None:
                thumbs[item_id] = str(thumb.absolute())
        film = bundle.films[0]
        day = today or dt.datetime.now().astimezone().date().isoformat()
        issues = check_film(film, bundle.scenes, bundle.links, items, bundle.people, today=day)
        export = FilmExport(
            film=film,
            scenes=bundle.scenes,
            links=bundle.links,
            items=items,
            person_names={pid: p.name for pid, p in bundle.people.items()},
            place_names={pid: p.name for pid, p in bundle.places.items()},
            media_paths=media,
            thumbnails=thumbs,
            issues=issues,
            collection_title=self._lib.title,
            generated_at=utc_now(),
            segments=segments,
        )
        return export, report

    def export(
        self,
        film_id: str,
        format: str,
        out_path: Path,
        policy: ExportPolicy | None = None,
        *,
        overwrite: bool = False,
    ) -> ExportResult:
        """Write one export of a film atomically (temp file, fsync, rename).

        Everything goes through the privacy filter with ``policy`` (by default private
        records and living people are withheld). ``archive-log`` to a ``.xlsx`` path writes
        the Excel workbook. A missing folder on the way to ``out_path`` is created.

        Raises:
            InvalidRecordError: unknown format, or a path inside the collection's own folders.
            OutputExistsError: ``out_path`` exists and ``overwrite`` is not given.
            OSError: the file could not be written (nothing is left half-written).
        """
        fmt = EXPORT_FORMATS.get(format)
        if fmt is None or fmt.family is not Family.FILM:
            raise InvalidRecordError(
                f"unknown film export format {format!r}; use one of {', '.join(FILM_FORMAT_NAMES)}"
            )
        out = Path(out_path).resolve()
        paths = self._lib.paths
        for inner in (paths.catalogue, paths.media, paths.thumbs, paths.embedded, paths.backups):
            if out.is_relative_to(inner.resolve()):
                raise InvalidRecordError(
                    f"{out}: exports cannot go inside the collection's {inner.name} folder"
                )
        if out.is_dir():
            raise OutputExistsError(f"{out}: is a folder; give the file to write")
        if out.exists() and not overwrite:
            raise OutputExistsError(f"{out}: already exists (choose another name, or overwrite)")
        bundle, report = self.filtered_export(film_id, policy or ExportPolicy())
        if format == "archive-log" and out.suffix.lower() == ".xlsx":
            fmt = EXPORT_FORMATS["archive-log-xlsx"]
        data = fmt.film_writer()(bundle)
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(out, data)
        log.info("wrote %s (%d bytes)", out, len(data))
        return ExportResult(
            path=out,
            format=format,
            items=len(bundle.items),
            report=report,
            files=(out.name,),
            warnings=(),
        )

    def apply_locked_cut(self, film_id: str, edl_path: Path) -> LockedCutReport:
        """Read an editor's locked-cut EDL and record the usage on the film's links.

        Each use goes to the item's link whose scene's TC range holds it, else to its
        on-screen link, else to any of its links; every other link of the film gets usage 0.
        All links are saved in one commit.

        Raises:
            ImportFileError: the file cannot be read or holds no EDL event.
        """
        film = self._lib.film(film_id)
        path = Path(edl_path)
        usage = read_edl_usage(
            read_edl_text(path),
            film.fps,
            ItemMatcher(self._lib.items()),
            drop_frame=film.drop_frame,
        )
        if usage.events == 0:
            raise ImportFileError(path, "not an EDL", "no video event found")
        cut = usage.title or path.stem
        links = self.links(film_id=film_id)
        updated, unlinked = assign_usage(self._lib.scenes(film_id), links, usage, cut)
        changes = self._put(f"Locked cut {cut}", *updated)
        return LockedCutReport(
            cut=cut,
            fps=film.fps,
            changes=changes,
            frames=usage.frames_by_item(),
            updated_links=tuple(k.id for k in updated),
            unlinked_items=unlinked,
            unmatched_events=len(usage.unmatched),
            warnings=usage.warnings,
        )

    def _put(self, label: str, *records: Record) -> Changes:
        """Write ``records`` as one command (one commit, one operation)."""
        return self._lib.apply(self._lib.command(label, records))

    def _items_of(self, links: Sequence[SceneLink]) -> dict[ItemId, Item]:
        items: dict[ItemId, Item] = {}
        for link in links:
            if link.item_id not in items:
                try:
                    item = self._lib.item(link.item_id)
                except NotFoundError:
                    log.warning("link %s names missing item %s", link.id, link.item_id)
                    continue
                if not item.trashed_at:  # a trashed item is never exported
                    items[link.item_id] = item
        return items


def new_links(
    existing: Sequence[SceneLink], scene_id: str, item_ids: Sequence[str], role: LinkRole
) -> list[SceneLink]:
    """Links of these items to a scene, ranked after ``existing``; items already on it skipped."""
    taken = {k.item_id for k in existing}
    rank = max((k.rank for k in existing), default=-1) + 1
    new: list[SceneLink] = []
    for item_id in dict.fromkeys(item_ids):
        if item_id not in taken:
            link = SceneLink(
                id=new_link_id(),
                item_id=ItemId(item_id),
                scene_id=SceneId(scene_id),
                role=role,
                rank=rank + len(new),
            )
            new.append(link)
    return new


def link_label(count: int) -> str:
    """The history's label for linking ``count`` items to a scene."""
    return "Link item" if count == 1 else f"Link {count} items"


def _checked(build: Callable[[], T]) -> T:
    """Run ``build`` and turn a ValueError or TypeError into an InvalidRecordError."""
    try:
        return build()
    except InvalidRecordError:
        raise
    except (ValueError, TypeError) as exc:
        raise InvalidRecordError(str(exc)) from exc


__all__ = ["DEFAULT_START_TC", "FilmDesk", "LockedCutReport", "link_label", "new_links"]
