"""Checks on a film before delivery: clearance, consent, licence cover, captions, framing.

Pure functions over the records. Each problem is a :class:`FilmIssue` with an English
message; the GUI and the CLI show them, the archive log prints them beside each use.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from memoryapp.core.evidence import FindingKind, TagStatus, check_item, evidence_of
from memoryapp.core.evidence import Severity as EvidenceSeverity
from memoryapp.core.films.captions import caption_date_problems
from memoryapp.core.films.model import (
    AI_ALTERATIONS,
    WORLD,
    Clearance,
    Film,
    Licence,
    LinkRole,
    PlannedUse,
    Scene,
    SceneLink,
    hold_of,
)
from memoryapp.core.films.timecode import frames_to_seconds
from memoryapp.core.ids import ItemId, LinkId, PersonId, SceneId
from memoryapp.core.items import Certainty, Item, Region
from memoryapp.core.people import Living, Person

EXPIRY_WARNING_DAYS = 90


class Severity(StrEnum):
    """How bad an issue is: errors block delivery."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class IssueKind(StrEnum):
    """What a film check found."""

    MISSING_ITEM = "missing-item"
    NOT_CLEARED = "not-cleared"
    CONSENT_MISSING = "consent-missing"
    CONSENT_REVOKED = "consent-revoked"
    LICENCE_MISSING = "licence-missing"
    LICENCE_MEDIA = "licence-media"
    LICENCE_TERRITORY = "licence-territory"
    LICENCE_TERM = "licence-term"
    LICENCE_EXPIRED = "licence-expired"
    LICENCE_EXPIRING = "licence-expiring"
    OVER_LICENSED_SECONDS = "over-licensed-seconds"
    ALTERATION_NOT_ALLOWED = "alteration-not-allowed"
    AI_ALTERATION = "ai-alteration"
    CAPTION_PRECISION = "caption-precision"
    CAPTION_DATE_CONFLICT = "caption-date-conflict"
    CREDIT_MISSING = "credit-missing"
    USED_NOT_ON_SCREEN = "used-not-on-screen"
    PRIVATE = "private"
    LOW_RESOLUTION = "low-resolution"
    IDENTIFICATION_DISPUTED = "identification-disputed"
    IDENTIFICATION_UNCERTAIN = "identification-uncertain"
    IDENTIFICATION_DOUBTFUL = "identification-doubtful"


@dataclass(frozen=True, slots=True, kw_only=True)
class FilmIssue:
    """One problem found by :func:`check_film`."""

    kind: IssueKind
    severity: Severity
    message: str
    link_id: LinkId | None = None
    item_id: ItemId | None = None
    scene_id: SceneId | None = None
    language: str = ""


def check_film(
    film: Film,
    scenes: Sequence[Scene],
    links: Sequence[SceneLink],
    items: Mapping[ItemId, Item],
    people: Mapping[PersonId, Person],
    *,
    today: str,
) -> tuple[FilmIssue, ...]:
    """Every issue of a film, errors first, then by scene order.

    Args:
        film: the film.
        scenes: its scenes, in film order (links of other scenes are ignored).
        links: links (of any scene; only this film's are checked).
        items: the linked items by ID.
        people: people by ID (living status and privacy of those depicted).
        today: ISO 8601 day the licence terms are judged against.
    """
    order = {scene.id: n for n, scene in enumerate(scenes)}
    issues: list[FilmIssue] = []
    for link in sorted(
        (k for k in links if k.scene_id in order), key=lambda k: (order[k.scene_id], k.rank, k.id)
    ):
        if link.role is LinkRole.REJECTED:
            continue
        item = items.get(link.item_id)
        if item is None:
            issues.append(
                _issue(
                    link,
                    IssueKind.MISSING_ITEM,
                    Severity.ERROR,
                    "the linked item no longer exists or is in the trash",
                )
            )
            continue
        issues.extend(_link_issues(film, link, item, people, today))
    rank = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    return tuple(sorted(issues, key=lambda i: rank[i.severity]))


def _issue(
    link: SceneLink, kind: IssueKind, severity: Severity, message: str, language: str = ""
) -> FilmIssue:
    return FilmIssue(
        kind=kind,
        severity=severity,
        message=message,
        link_id=link.id,
        item_id=link.item_id,
        scene_id=link.scene_id,
        language=language,
    )


def _link_issues(
    film: Film, link: SceneLink, item: Item, people: Mapping[PersonId, Person], today: str
) -> list[FilmIssue]:
    out: list[FilmIssue] = []
    used = bool(link.used_frames)
    on_screen = link.is_on_screen or used
    if used and not link.is_on_screen:
        out.append(
            _issue(link, IssueKind.USED_NOT_ON_SCREEN, Severity.WARNING,
                   f"in the locked cut but its role is {link.role}")
        )  # fmt: skip
    if link.consent_revoked:
        who = ", ".join(c.given_by for c in link.consents if c.revoked)
        out.append(
            _issue(link, IssueKind.CONSENT_REVOKED, Severity.ERROR, f"consent revoked by {who}")
        )
    for caption_lang, caption in link.captions.items():
        for kind, message in caption_date_problems(caption, item.taken):
            severity = Severity.ERROR if kind == "conflict" else Severity.WARNING
            issue_kind = (
                IssueKind.CAPTION_DATE_CONFLICT
                if kind == "conflict"
                else IssueKind.CAPTION_PRECISION
            )
            out.append(_issue(link, issue_kind, severity, message, caption_lang))
    if not on_screen:
        return out
    if not link.is_cleared:
        out.append(
            _issue(
                link,
                IssueKind.NOT_CLEARED,
                Severity.ERROR,
                f"on screen but not cleared ({link.clearance})",
            )
        )
    if not link.consents:
        living = [people[p].name for p in item.person_ids()
                  if p in people and people[p].living is Living.LIVING]  # fmt: skip
        if living:
            message = f"no consent recorded; shows living people: {', '.join(living)}"
            out.append(_issue(link, IssueKind.CONSENT_MISSING, Severity.ERROR, message))
        else:
            out.append(
                _issue(
                    link, IssueKind.CONSENT_MISSING, Severity.WARNING, "no family consent recorded"
                )
            )
    out.extend(_licence_issues(film, link, today))
    out.extend(_alteration_issues(link))
    missing = [lang for lang in film.languages if not link.credit.get(lang)]
    if (film.languages and missing and not link.credit.get("")) or not link.credit:
        what = f" in {', '.join(missing)}" if film.languages and missing else ""
        out.append(
            _issue(link, IssueKind.CREDIT_MISSING, Severity.WARNING, f"no credit line{what}")
        )
    private = [people[t.person_id].name for t in item.people if t.private and t.person_id in people]
    private += [people[t.person_id].name for t in item.people
                if t.person_id in people and people[t.person_id].private and not t.private]  # fmt: skip
    private = list(dict.fromkeys(private))  # a person shown twice is named once
    if item.private or private:
        what = "the item is marked private" if item.private else f"private: {', '.join(private)}"
        out.append(_issue(link, IssueKind.PRIVATE, Severity.WARNING, what))
    out.extend(_resolution_issues(film, link, item))
    out.extend(_identification_issues(link, item, people))
    return out


def _identification_issues(
    link: SceneLink, item: Item, people: Mapping[PersonId, Person]
) -> list[FilmIssue]:
    """Naming someone on screen on weak or contradicted evidence is a clearance risk."""
    out: list[FilmIssue] = []

    def name(pid: PersonId) -> str:
        return people[pid].name if pid in people else pid

    evidence = evidence_of(item)
    disputed = [e.tag.person_id for e in evidence if e.status is TagStatus.DISPUTED]
    if disputed:
        who = ", ".join(dict.fromkeys(map(name, disputed)))
        out.append(_issue(link, IssueKind.IDENTIFICATION_DISPUTED, Severity.WARNING,
                          f"disputed identification: {who}"))  # fmt: skip
    uncertain = [
        e.tag.person_id
        for e in evidence
        if e.status not in (TagStatus.DISPUTED, TagStatus.REJECTED)
        and e.certainty is not Certainty.CERTAIN
    ]
    if uncertain:
        who = ", ".join(dict.fromkeys(map(name, uncertain)))
        out.append(_issue(link, IssueKind.IDENTIFICATION_UNCERTAIN, Severity.WARNING,
                          f"uncertain identification: {who}"))  # fmt: skip
    for finding in check_item(item, people):
        if (
            finding.severity is EvidenceSeverity.WARNING
            and finding.kind is not FindingKind.DISPUTED
        ):
            out.append(_issue(link, IssueKind.IDENTIFICATION_DOUBTFUL, Severity.WARNING,
                              finding.message))  # fmt: skip
    return out


# -- licences ---------------------------------------------------------------------------------


def _licence_issues(film: Film, link: SceneLink, today: str) -> list[FilmIssue]:
    licence = link.licence
    if licence is None:
        if link.clearance is Clearance.CLEARED:
            return [
                _issue(
                    link,
                    IssueKind.LICENCE_MISSING,
                    Severity.WARNING,
                    "cleared but no licence terms recorded",
                )
            ]
        return []
    out = [
        _issue(link, kind, Severity.ERROR, message)
        for kind, message in licence_gaps(licence, film.planned_use)
    ]
    if licence.term_end and not licence.perpetual:
        if licence.term_end < today:
            out.append(
                _issue(
                    link,
                    IssueKind.LICENCE_EXPIRED,
                    Severity.ERROR,
                    f"licence expired on {licence.term_end}",
                )
            )
        elif licence.term_end <= _plus_days(today, EXPIRY_WARNING_DAYS):
            out.append(
                _issue(
                    link,
                    IssueKind.LICENCE_EXPIRING,
                    Severity.WARNING,
                    f"licence expires on {licence.term_end}",
                )
            )
    if licence.max_seconds is not None:
        frames = link.used_frames if link.used_frames is not None else hold_of(link, film)
        seconds = frames_to_seconds(frames, film.fps)
        if seconds > licence.max_seconds:
            basis = "used" if link.used_frames is not None else "planned"
            message = f"{float(seconds):.1f} s {basis}, licence covers {licence.max_seconds} s"
            out.append(_issue(link, IssueKind.OVER_LICENSED_SECONDS, Severity.ERROR, message))
    return out


def licence_gaps(licence: Licence, planned: PlannedUse) -> list[tuple[IssueKind, str]]:
    """What of the planned use a licence does not cover: media, territories, term.

    ``all-media`` covers every medium and ``WORLD`` every territory. An unplanned aspect (no
    media, no territory, no term in ``planned``) is not checked.
    """
    gaps: list[tuple[IssueKind, str]] = []
    granted = set(licence.media)
    if planned.media and "all-media" not in granted:
        missing = [str(m) for m in planned.media if m not in granted and m != "all-media"]
        if "all-media" in planned.media:
            missing = ["all-media"]
        if missing:
            gaps.append(
                (IssueKind.LICENCE_MEDIA, f"licence does not cover the media: {', '.join(missing)}")
            )
    territories = {t.upper() for t in licence.territories}
    if planned.territories and WORLD not in territories:
        wanted = [t.upper() for t in planned.territories]
        missing = ["WORLD"] if WORLD in wanted else [t for t in wanted if t not in territories]
        if missing:
            gaps.append(
                (
                    IssueKind.LICENCE_TERRITORY,
                    f"licence does not cover the territories: {', '.join(missing)}",
                )
            )
    gaps.extend((IssueKind.LICENCE_TERM, m) for m in _term_gaps(licence, planned))
    return gaps


def _term_gaps(licence: Licence, planned: PlannedUse) -> list[str]:
    out = []
    if planned.start and licence.term_start and licence.term_start > planned.start:
        out.append(
            f"licence starts on {licence.term_start}, after the planned start {planned.start}"
        )
    if licence.perpetual:
        return out
    if planned.perpetual:
        out.append("the film needs rights in perpetuity; the licence is for a term")
    elif planned.until:
        if not licence.term_end:
            out.append(
                f"the licence's end is not recorded; the film needs rights until {planned.until}"
            )
        elif licence.term_end < planned.until:
            out.append(f"licence ends on {licence.term_end}, before {planned.until}")
    return out


def _plus_days(day: str, days: int) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=days)).isoformat()
    except ValueError:
        return day


# -- alterations and framing ------------------------------------------------------------------


def _alteration_issues(link: SceneLink) -> list[FilmIssue]:
    out = []
    if link.alterations and link.licence is not None and not link.licence.alterations_allowed:
        kinds = ", ".join(dict.fromkeys(str(a.kind) for a in link.alterations))
        out.append(
            _issue(
                link,
                IssueKind.ALTERATION_NOT_ALLOWED,
                Severity.ERROR,
                f"the licence forbids alterations ({kinds})",
            )
        )
    ai = [a for a in link.alterations if a.kind in AI_ALTERATIONS]
    if ai:
        tools = ", ".join(dict.fromkeys(a.tool or str(a.kind) for a in ai))
        message = f"altered with generative AI ({tools}): disclose it in the film and the credits"
        out.append(_issue(link, IssueKind.AI_ALTERATION, Severity.INFO, message))
    return out


def _resolution_issues(film: Film, link: SceneLink, item: Item) -> list[FilmIssue]:
    primary = item.primary
    if primary is None or not primary.width or not primary.height:
        return []
    rects: list[Region] = [r for r in (link.crop, link.pan_from, link.pan_to) if r is not None]
    if link.crop_person is not None:
        rects += [
            t.region
            for t in item.people
            if t.person_id == link.crop_person and t.region is not None
        ]
    if not rects:
        rects = [Region(x=0, y=0, w=1, h=1)]
    frame_w = film.frame_width
    frame_h = frame_w * 9 / 16
    worst = 0.0
    for rect in rects:
        w_px, h_px = primary.width * rect.w, primary.height * rect.h
        if item.orientation >= 5:  # turned a quarter: the shown width is the stored height
            w_px, h_px = h_px, w_px
        if w_px <= 0 or h_px <= 0:
            continue
        worst = max(worst, min(frame_w / w_px, frame_h / h_px))
    if worst <= 1.0:
        return []
    message = (
        f"needs {worst:.1f}x upscaling to fill a {frame_w} px frame: order a higher-resolution scan"
    )
    return [_issue(link, IssueKind.LOW_RESOLUTION, Severity.WARNING, message)]
