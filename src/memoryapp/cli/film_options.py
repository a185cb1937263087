"""Options of the film, scene and link commands, and their translation into record fields.

An option left out changes nothing (``None``). Timecodes and durations are read at the
film's rate with its drop-frame flag; durations may be seconds (``6``, ``4.5``) or
``HH:MM:SS:FF``. Texts per language are ``LANG=TEXT`` (``fr=Collection Ohana``); text
without a language tag before ``=`` is language-neutral.
"""

import argparse
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from memoryapp.core.dates.phrases import parse_date
from memoryapp.core.films import (
    Alteration,
    AlterationKind,
    Clearance,
    Consent,
    FeeBasis,
    Film,
    Licence,
    LinkRole,
    Media,
    PlannedUse,
    SceneLink,
    SceneStatus,
)
from memoryapp.core.films.timecode import RATES, parse_duration, tc_to_frames
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Region
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.library.lookup import resolve

_LANG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


def _choices(enum: Any) -> list[str]:
    return [str(e) for e in enum]


def add_film_options(p: argparse.ArgumentParser, *, edit: bool) -> None:
    """Options of ``film add`` and ``film edit``."""
    p.add_argument("--title", required=not edit, default=None)
    p.add_argument("--fps", default=None, choices=list(RATES), help="frame rate (default 25)")
    p.add_argument("--drop-frame", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--start", default=None, help="programme start timecode (default 01:00:00:00)")
    p.add_argument(
        "--language", action="append", default=None, help="caption/credit language (repeat)"
    )
    p.add_argument("--director", default=None)
    p.add_argument("--production", default=None, help="production company")
    p.add_argument("--frame-width", type=int, default=None, help="delivery width in pixels (1920)")
    p.add_argument(
        "--media",
        action="append",
        default=None,
        choices=_choices(Media),
        help="planned media (repeat)",
    )
    p.add_argument(
        "--territory",
        action="append",
        default=None,
        help="planned territory: FR, IL, WORLD (repeat)",
    )
    p.add_argument("--use-from", default=None, help="planned rights start (YYYY-MM-DD)")
    p.add_argument("--use-until", default=None, help="planned rights end (YYYY-MM-DD)")
    p.add_argument(
        "--perpetual",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="rights in perpetuity",
    )
    p.add_argument("--notes", default=None)


def film_fields(args: argparse.Namespace, film: Film | None) -> dict[str, Any]:
    """Fields for ``FilmDesk.add_film`` (film None) or ``edit_film``."""
    fields: dict[str, Any] = {}
    for name in ("fps", "drop_frame", "director", "production", "frame_width", "notes"):
        value = getattr(args, name)
        if value is not None:
            fields[name] = value
    if film is not None and args.title is not None:
        fields["title"] = args.title
    if args.language is not None:
        fields["languages"] = tuple(args.language)
    if args.start is not None:
        fields["start_tc"] = args.start
    use = film.planned_use if film is not None else PlannedUse()
    planned = {
        "media": None if args.media is None else tuple(Media(m) for m in args.media),
        "territories": None if args.territory is None else tuple(t.upper() for t in args.territory),
        "start": args.use_from,
        "until": args.use_until,
        "perpetual": args.perpetual,
    }
    planned = {k: v for k, v in planned.items() if v is not None}
    if planned:
        fields["planned_use"] = replace(use, **planned)
    return fields


def add_scene_options(p: argparse.ArgumentParser) -> None:
    """Options of ``scene add`` and ``scene edit`` (besides the number)."""
    p.add_argument("--title", default=None)
    p.add_argument("--synopsis", default=None)
    p.add_argument(
        "--place", action="append", default=None, help="place: ID or any spelling (repeat)"
    )
    p.add_argument(
        "--person", action="append", default=None, help="person: ID or any spelling (repeat)"
    )
    p.add_argument("--period", default=None, help='EDTF or words: "1955/1962", "vers 1958"')
    p.add_argument("--duration", default=None, help="planned duration: seconds or HH:MM:SS:FF")
    p.add_argument("--tc-in", default=None, help="record timecode in")
    p.add_argument("--tc-out", default=None, help="record timecode out")
    p.add_argument("--status", default=None, choices=_choices(SceneStatus))
    p.add_argument("--wishlist", default=None, help="the archive the scene needs, in words")
    p.add_argument("--notes", default=None)


def scene_fields(
    args: argparse.Namespace, film: Film, people: Sequence[Person], places: Sequence[Place]
) -> dict[str, Any]:
    """Fields for ``FilmDesk.add_scene`` or ``edit_scene``.

    People and places are given by id or by any spelling of a name (``library.lookup``).

    Raises:
        NotFoundError: no person or place by that id or name.
        AmbiguousNameError: several carry that name (the message lists their ids).
    """
    fields: dict[str, Any] = {}
    for name in ("title", "synopsis", "wishlist", "notes"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    if args.place is not None:
        fields["places"] = tuple(resolve(places, p, "place").id for p in args.place if p)
    if args.person is not None:
        fields["people"] = tuple(resolve(people, p, "person").id for p in args.person if p)
    if args.period is not None:
        fields["period"] = parse_date(args.period) if args.period.strip() else None
    if args.duration is not None:
        fields["duration_frames"] = parse_duration(args.duration, film.fps, film.drop_frame)
    for name in ("tc_in", "tc_out"):
        if getattr(args, name) is not None:
            fields[name] = tc_to_frames(getattr(args, name), film.fps, film.drop_frame)
    if args.status is not None:
        fields["status"] = SceneStatus(args.status)
    return fields


def add_link_options(p: argparse.ArgumentParser) -> None:
    """Options of ``link add`` and ``link edit``."""
    p.add_argument("--role", default=None, choices=_choices(LinkRole))
    p.add_argument("--rank", type=int, default=None)
    p.add_argument("--hold", default=None, help="planned time on screen: seconds or HH:MM:SS:FF")
    p.add_argument("--crop", default=None, help="still framing x,y,w,h (fractions 0..1)")
    p.add_argument("--crop-person", default=None, help="frame on this tagged person (ID)")
    p.add_argument("--pan-from", default=None, help="Ken Burns start x,y,w,h")
    p.add_argument("--pan-to", default=None, help="Ken Burns end x,y,w,h")
    p.add_argument("--clearance", default=None, choices=_choices(Clearance))
    p.add_argument("--rights-holder", default=None)
    p.add_argument("--rights-contact", default=None)
    p.add_argument("--credit", action="append", default=None, help="credit line LANG=TEXT (repeat)")
    p.add_argument("--caption", action="append", default=None, help="caption LANG=TEXT (repeat)")
    p.add_argument("--note", default=None)
    p.add_argument(
        "--segment", default=None, help="use only this testimony segment of the recording"
    )
    lic = p.add_argument_group("licence")
    lic.add_argument("--licence-media", action="append", default=None, choices=_choices(Media))
    lic.add_argument("--licence-territory", action="append", default=None)
    lic.add_argument("--licence-start", default=None, help="YYYY-MM-DD")
    lic.add_argument("--licence-end", default=None, help="YYYY-MM-DD")
    lic.add_argument("--licence-perpetual", action=argparse.BooleanOptionalAction, default=None)
    lic.add_argument("--licence-max-seconds", type=int, default=None)
    lic.add_argument("--alterations-allowed", action=argparse.BooleanOptionalAction, default=None)
    lic.add_argument("--fee", default=None, help='amount as written, e.g. "1500.00"')
    lic.add_argument("--currency", default=None)
    lic.add_argument("--fee-basis", default=None, choices=_choices(FeeBasis))
    lic.add_argument("--invoice", default=None)
    lic.add_argument("--paid", action=argparse.BooleanOptionalAction, default=None)
    lic.add_argument("--licence-document", default=None)
    consent = p.add_argument_group("consent and alterations")
    consent.add_argument("--consent-by", default=None, help="add a consent given by NAME")
    consent.add_argument("--consent-relation", default="")
    consent.add_argument("--consent-date", default="")
    consent.add_argument("--consent-scope", default="")
    consent.add_argument(
        "--revoke-consent", default=None, metavar="NAME", help="mark NAME's consent revoked"
    )
    consent.add_argument("--alteration", action="append", default=None, help="KIND[:TOOL] (repeat)")


def _region(text: str | None) -> Region | None:
    if text is None or not text.strip():
        return None
    parts = [float(v) for v in text.split(",")]
    if len(parts) != 4:
        raise ValueError(f"a rectangle is x,y,w,h: {text!r}")
    return Region(x=parts[0], y=parts[1], w=parts[2], h=parts[3])


def by_language(values: list[str], current: dict[str, str]) -> dict[str, str]:
    """``LANG=TEXT`` values merged into ``current`` (an empty TEXT removes that language)."""
    out = dict(current)
    for value in values:
        lang, sep, text = value.partition("=")
        if not sep or not (lang == "" or _LANG.match(lang)):
            lang, text = "", value
        if text:
            out[lang] = text
        else:
            out.pop(lang, None)
    return out


def link_fields(
    args: argparse.Namespace, film: Film, link: SceneLink | None, today: str
) -> dict[str, Any]:
    """Fields for ``FilmDesk.link_item`` (link None) or ``edit_link``."""
    fields: dict[str, Any] = {}
    if args.role is not None:
        fields["role"] = LinkRole(args.role)
    if getattr(args, "segment", None) is not None:
        fields["segment_id"] = args.segment
    if args.clearance is not None:
        fields["clearance"] = Clearance(args.clearance)
    for name in ("rank", "rights_holder", "rights_contact", "note"):
        if getattr(args, name) is not None:
            fields[name] = getattr(args, name)
    if args.crop_person is not None:
        fields["crop_person"] = PersonId(args.crop_person) if args.crop_person else None
    if args.hold is not None:
        fields["hold_frames"] = (
            parse_duration(args.hold, film.fps, film.drop_frame) if args.hold.strip() else None
        )
    for name in ("crop", "pan_from", "pan_to"):
        if getattr(args, name) is not None:
            fields[name] = _region(getattr(args, name))
    if args.credit is not None:
        fields["credit"] = by_language(args.credit, dict(link.credit) if link else {})
    if args.caption is not None:
        fields["captions"] = by_language(args.caption, dict(link.captions) if link else {})
    licence = _licence(args, link.licence if link else None)
    if licence is not None:
        fields["licence"] = licence
    consents = list(link.consents) if link else []
    if args.consent_by:
        consents.append(
            Consent(given_by=args.consent_by, relation=args.consent_relation, given_on=args.consent_date,
                    scope=args.consent_scope)
        )  # fmt: skip
    if args.revoke_consent:
        matched = [c for c in consents if c.given_by == args.revoke_consent]
        if not matched:
            raise ValueError(f"no consent given by {args.revoke_consent!r} on this link")
        consents = [
            replace(c, revoked=True, revoked_on=today) if c in matched else c for c in consents
        ]
    if args.consent_by or args.revoke_consent:
        fields["consents"] = tuple(consents)
    if args.alteration:
        added = []
        for text in args.alteration:
            kind, _, tool = text.partition(":")
            added.append(Alteration(kind=AlterationKind(kind), tool=tool, on=today))
        fields["alterations"] = (*(link.alterations if link else ()), *added)
    return fields


def _licence(args: argparse.Namespace, current: Licence | None) -> Licence | None:
    changes: dict[str, Any] = {
        "media": None
        if args.licence_media is None
        else tuple(Media(m) for m in args.licence_media),
        "territories": None
        if args.licence_territory is None
        else tuple(t.upper() for t in args.licence_territory),
        "term_start": args.licence_start,
        "term_end": args.licence_end,
        "perpetual": args.licence_perpetual,
        "max_seconds": args.licence_max_seconds,
        "alterations_allowed": args.alterations_allowed,
        "fee": args.fee,
        "currency": args.currency,
        "fee_basis": None if args.fee_basis is None else FeeBasis(args.fee_basis),
        "invoice": args.invoice,
        "paid": args.paid,
        "document": args.licence_document,
    }
    changes = {k: v for k, v in changes.items() if v is not None}
    if not changes:
        return None
    return replace(current or Licence(), **changes)
