"""The stable JSON shapes of the film commands' ``--json`` output (documented in docs/films.md).

Every key is always present (null or empty when unknown). Timecodes come twice: as frames
(the truth) and as text at the film's rate; durations also in seconds.
"""

from collections.abc import Mapping
from typing import Any

from memoryapp.core.dates import FuzzyDate, describe
from memoryapp.core.films import Film, Licence, Scene, SceneLink
from memoryapp.core.films.checks import FilmIssue
from memoryapp.core.films.material import Candidate
from memoryapp.core.films.timecode import frames_to_seconds, frames_to_tc
from memoryapp.core.ids import PersonId, PlaceId
from memoryapp.core.items import Region
from memoryapp.library.film_cuts import LockedCutReport


def _tc(film: Film, frames: int | None) -> str | None:
    return None if frames is None else frames_to_tc(frames, film.fps, film.drop_frame)


def _seconds(film: Film, frames: int | None) -> float | None:
    return None if frames is None else round(float(frames_to_seconds(frames, film.fps)), 3)


def _region(region: Region | None) -> dict[str, float] | None:
    return None if region is None else {"x": region.x, "y": region.y, "w": region.w, "h": region.h}


def _date(date: FuzzyDate | None) -> dict[str, Any] | None:
    if date is None:
        return None
    return {
        "edtf": date.edtf,
        "input": date.input,
        "text": describe(date) if date.edtf else date.input,
    }


def film_json(film: Film) -> dict[str, Any]:
    """One film."""
    use = film.planned_use
    return {
        "id": film.id,
        "title": film.title,
        "fps": film.fps,
        "drop_frame": film.drop_frame,
        "start_frame": film.start_frame,
        "start_tc": _tc(film, film.start_frame),
        "languages": list(film.languages),
        "director": film.director,
        "production": film.production,
        "frame_width": film.frame_width,
        "planned_use": {
            "media": [str(m) for m in use.media],
            "territories": list(use.territories),
            "start": use.start or None,
            "until": use.until or None,
            "perpetual": use.perpetual,
        },
        "notes": film.notes,
    }


def scene_json(
    scene: Scene,
    film: Film,
    person_names: Mapping[PersonId, str],
    place_names: Mapping[PlaceId, str],
) -> dict[str, Any]:
    """One scene, with names for its people and places."""
    return {
        "id": scene.id,
        "film_id": scene.film_id,
        "number": scene.number,
        "title": scene.title,
        "synopsis": scene.synopsis,
        "places": [{"id": p, "name": place_names.get(p, "")} for p in scene.places],
        "people": [{"id": p, "name": person_names.get(p, "")} for p in scene.people],
        "period": _date(scene.period),
        "duration_frames": scene.duration_frames,
        "duration_tc": _tc(film, scene.duration_frames),
        "duration_s": _seconds(film, scene.duration_frames),
        "tc_in": scene.tc_in,
        "tc_in_tc": _tc(film, scene.tc_in),
        "tc_out": scene.tc_out,
        "tc_out_tc": _tc(film, scene.tc_out),
        "status": str(scene.status),
        "wishlist": scene.wishlist,
        "notes": scene.notes,
    }


def _licence(licence: Licence | None) -> dict[str, Any] | None:
    if licence is None:
        return None
    return {
        "media": [str(m) for m in licence.media],
        "territories": list(licence.territories),
        "term_start": licence.term_start or None,
        "term_end": licence.term_end or None,
        "perpetual": licence.perpetual,
        "exclusive": licence.exclusive,
        "max_seconds": licence.max_seconds,
        "alterations_allowed": licence.alterations_allowed,
        "restrictions": list(licence.restrictions),
        "fee": licence.fee,
        "currency": licence.currency,
        "fee_basis": str(licence.fee_basis),
        "invoice": licence.invoice,
        "paid": licence.paid,
        "document": licence.document,
        "waiver": licence.waiver,
    }


def link_json(link: SceneLink, film: Film) -> dict[str, Any]:
    """One item-to-scene link; timecodes at the film's rate."""
    return {
        "id": link.id,
        "item_id": link.item_id,
        "scene_id": link.scene_id,
        "role": str(link.role),
        "rank": link.rank,
        "crop": _region(link.crop),
        "crop_person": link.crop_person,
        "pan_from": _region(link.pan_from),
        "pan_to": _region(link.pan_to),
        "hold_frames": link.hold_frames,
        "hold_tc": _tc(film, link.hold_frames),
        "hold_s": _seconds(film, link.hold_frames),
        "clearance": str(link.clearance),
        "rights_holder": link.rights_holder,
        "rights_contact": link.rights_contact,
        "licence": _licence(link.licence),
        "credit": dict(link.credit),
        "captions": dict(link.captions),
        "consents": [
            {
                "given_by": c.given_by,
                "relation": c.relation,
                "given_on": c.given_on or None,
                "scope": c.scope,
                "language": c.language,
                "revoked": c.revoked,
                "revoked_on": c.revoked_on or None,
                "note": c.note,
            }
            for c in link.consents
        ],
        "alterations": [
            {
                "kind": str(a.kind),
                "tool": a.tool,
                "by": a.by,
                "on": a.on or None,
                "changes_meaning": a.changes_meaning,
                "note": a.note,
            }
            for a in link.alterations
        ],
        "note": link.note,
        "uses": [
            {
                "event": u.event,
                "rec_in": u.rec_in,
                "rec_out": u.rec_out,
                "rec_in_tc": _tc(film, u.rec_in),
                "rec_out_tc": _tc(film, u.rec_out),
                "seconds": _seconds(film, u.frames),
            }
            for u in link.uses
        ],
        "used_frames": link.used_frames,
        "used_s": _seconds(film, link.used_frames),
        "used_in_cut": link.used_in_cut or None,
    }


def candidate_json(candidate: Candidate, title: str = "") -> dict[str, Any]:
    """One "find material" result with its reasons."""
    return {
        "item_id": candidate.item_id,
        "title": title,
        "score": candidate.score,
        "summary": candidate.summary,
        "reasons": [
            {
                "kind": str(r.kind),
                "text": r.text,
                "weight": r.weight,
                "person_id": r.person_id,
                "place_id": r.place_id,
                "item_place_id": r.item_place_id,
                "name": r.name or None,
                "overlap": r.overlap,
                "years_away": r.years_away,
            }
            for r in candidate.reasons
        ],
        "linked_elsewhere": list(candidate.linked_elsewhere),
    }


def issue_json(issue: FilmIssue) -> dict[str, Any]:
    """One finding of ``film check``."""
    return {
        "kind": str(issue.kind),
        "severity": str(issue.severity),
        "message": issue.message,
        "link_id": issue.link_id,
        "item_id": issue.item_id,
        "scene_id": issue.scene_id,
        "language": issue.language or None,
    }


def cut_json(report: LockedCutReport) -> dict[str, Any]:
    """What reading a locked cut changed."""
    return {
        "cut": report.cut,
        "items": [
            {"item_id": item_id, "frames": frames, "seconds": round(report.seconds(item_id), 3)}
            for item_id, frames in sorted(report.frames.items())
        ],
        "updated_links": list(report.updated_links),
        "unlinked_items": list(report.unlinked_items),
        "unmatched_events": report.unmatched_events,
        "warnings": list(report.warnings),
    }
