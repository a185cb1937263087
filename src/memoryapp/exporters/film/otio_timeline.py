"""An OpenTimelineIO timeline of a film's archive pull (``.otio``, read by Resolve 18.5+).

Stills become clips holding for their planned time (or their time in the locked cut), on one
video track that starts at the film's start timecode (``global_start_time``). Each clip
carries a marker with the item ID and its credit line, and the whole link in
``metadata["memoryapp"]``. Scene markers sit on the Stack (``timeline.tracks.markers``),
because OTIO's EDL and FCPX writers drop markers on a Track (film.md section 7).
"""

from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from memoryapp.core.films import Film, SceneLink, text_in
from memoryapp.core.items import Region
from memoryapp.exporters.film.bundle import FilmExport, Placement, placements, reel_name

STILL_AVAILABLE_SECONDS = 60  # a still has no duration of its own: offer a generous range


def file_uri(path: str) -> str:
    """A ``file://`` URI for a path (percent-encoded; relative paths stay relative)."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return "file:" + quote(pure.as_posix())


def _region(region: Region | None) -> dict[str, float] | None:
    if region is None:
        return None
    return {"x": region.x, "y": region.y, "w": region.w, "h": region.h}


def link_metadata(bundle: FilmExport, row: Placement) -> dict[str, Any]:
    """What a clip carries about its use, under ``metadata["memoryapp"]``."""
    link: SceneLink = row.link
    item = row.item
    return {
        "item_id": item.id,
        "link_id": link.id,
        "scene_id": row.scene.id,
        "scene": row.scene.number,
        "title": item.title,
        "date": item.taken.edtf if item.taken else None,
        "role": str(link.role),
        "clearance": str(link.clearance),
        "rights_holder": link.rights_holder,
        "credit": dict(link.credit),
        "captions": dict(link.captions),
        "note": link.note,
        "crop": _region(link.crop),
        "pan_from": _region(link.pan_from),
        "pan_to": _region(link.pan_to),
        "people": [bundle.person_names.get(p, p) for p in item.person_ids()],
        "places": [bundle.place_names.get(p, p) for p in item.places],
        "basis": str(row.basis),
        "event": row.event or None,
    }


def build_timeline(bundle: FilmExport, *, planned: bool | None = None) -> Any:
    """The film's uses as an ``opentimelineio.schema.Timeline``.

    Args:
        bundle: the film's records.
        planned: True for the plan, False for the locked cut; None picks the locked cut when
            one was read.
    """
    # OpenTimelineIO is a large compiled dependency, needed only by this format.
    import opentimelineio as otio

    film: Film = bundle.film
    rate = float(film.rate)
    first_lang = film.languages[0] if film.languages else ""

    def rt(frames: int) -> Any:
        return otio.opentime.RationalTime(frames, rate)

    timeline = otio.schema.Timeline(name=film.title)
    timeline.global_start_time = rt(film.start_frame)
    timeline.metadata["memoryapp"] = {
        "film_id": film.id,
        "title": film.title,
        "fps": film.fps,
        "drop_frame": film.drop_frame,
        "start_frame": film.start_frame,
        "languages": list(film.languages),
        "generated_at": bundle.generated_at,
        "collection": bundle.collection_title,
    }
    track = otio.schema.Track(name="V1 archive", kind=otio.schema.TrackKind.Video)
    timeline.tracks.append(track)
    cursor = film.start_frame
    scene_spans: dict[str, list[Any]] = {}
    for row in placements(bundle, planned=planned):
        if row.rec_in < cursor:  # overlapping uses (two tracks in the cut): keep the first
            continue
        if row.rec_in > cursor:
            track.append(
                otio.schema.Gap(
                    source_range=otio.opentime.TimeRange(rt(0), rt(row.rec_in - cursor))
                )
            )
        media = bundle.media_paths.get(row.item.id, "")
        src = bundle.source_in(row.link)  # a testimony segment's start; stills start at 0
        available = max(src + row.frames, round(STILL_AVAILABLE_SECONDS * film.rate))
        reference = (
            otio.schema.ExternalReference(
                target_url=file_uri(media),
                available_range=otio.opentime.TimeRange(rt(0), rt(available)),
            )
            if media
            else otio.schema.MissingReference()
        )
        clip = otio.schema.Clip(
            name=row.item.id,
            media_reference=reference,
            source_range=otio.opentime.TimeRange(rt(src), rt(row.frames)),
        )
        clip.metadata["memoryapp"] = link_metadata(bundle, row)
        clip.metadata["cmx_3600"] = {"reel": reel_name(row.item.id)}
        credit = text_in(row.link.credit, first_lang)
        clip.markers.append(
            otio.schema.Marker(
                name=f"{row.item.id} {row.link.clearance}",
                marked_range=otio.opentime.TimeRange(rt(0), rt(0)),
                color=otio.schema.MarkerColor.GREEN
                if row.link.is_cleared
                else otio.schema.MarkerColor.RED,
                comment=credit,
                metadata={
                    "memoryapp": {
                        "item_id": row.item.id,
                        "credit": dict(row.link.credit),
                        "clearance": str(row.link.clearance),
                    }
                },
            )
        )
        track.append(clip)
        start = row.rec_in - film.start_frame
        span = scene_spans.setdefault(row.scene.id, [row.scene, start, start])
        span[2] = row.rec_out - film.start_frame
        cursor = row.rec_out
    for scene, start, end in scene_spans.values():
        timeline.tracks.markers.append(
            otio.schema.Marker(
                name=f"SC{scene.number} {scene.title}".strip(),
                marked_range=otio.opentime.TimeRange(rt(start), rt(end - start)),
                color=otio.schema.MarkerColor.BLUE,
                comment=scene.synopsis,
                metadata={"memoryapp": {"scene_id": scene.id, "scene": scene.number}},
            )
        )
    return timeline


def write_otio(bundle: FilmExport, *, planned: bool | None = None) -> bytes:
    """The timeline as OTIO JSON (UTF-8)."""
    import opentimelineio as otio  # heavy dependency, needed only by this format

    text: str = otio.adapters.write_to_string(build_timeline(bundle, planned=planned), "otio_json")
    return text.encode("utf-8")
