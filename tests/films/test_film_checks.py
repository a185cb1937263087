import pytest

from memoryapp.core.dates import FuzzyDate
from memoryapp.core.films import (
    Alteration,
    AlterationKind,
    Clearance,
    Consent,
    Film,
    Licence,
    LinkRole,
    Media,
    PlannedUse,
    Scene,
    SceneLink,
)
from memoryapp.core.films.captions import caption_date_problems, date_claims
from memoryapp.core.films.checks import IssueKind, Severity, check_film, licence_gaps
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, SceneId
from memoryapp.core.items import DateRole, Item, MediaFile, PersonTag, Region
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person

FILM = Film(
    id=FilmId("f"),
    title="t",
    languages=("fr",),
    planned_use=PlannedUse(
        media=(Media.TV, Media.FESTIVAL), territories=("FR", "IL"), until="2035-01-01"
    ),
)
SCENE = Scene(id=SceneId("s"), film_id=FILM.id, number="1")
RACHEL = Person(id=PersonId("rachel"), names=(Name(value="Rachel Ohana"),), living=Living.LIVING)
PRIVATE = Person(id=PersonId("hidden"), names=(Name(value="Hidden Cousin"),), private=True)
BIG = MediaFile(sha256="0" * 64, path="media/x.jpg", format="jpeg", size=1, width=6000, height=4000)
OK_LINK = SceneLink(
    id=LinkId("l"),
    item_id=ItemId("i"),
    scene_id=SCENE.id,
    role=LinkRole.ON_SCREEN,
    clearance=Clearance.CLEARED,
    licence=Licence(media=(Media.ALL_MEDIA,), territories=("WORLD",), perpetual=True),
    consents=(Consent(given_by="Esther"),),
    credit={"fr": "Collection Ohana"},
    captions={"fr": "Mariage, vers 1958"},
)
ITEM = Item(id=ItemId("i"), files=(BIG,), dates={DateRole.TAKEN: FuzzyDate(edtf="1958~")})


def issues(
    link: SceneLink = OK_LINK, item: Item = ITEM, film: Film = FILM, today: str = "2026-01-01"
):
    people = {RACHEL.id: RACHEL, PRIVATE.id: PRIVATE}
    return check_film(film, [SCENE], [link], {item.id: item}, people, today=today)


def kinds(found) -> set[IssueKind]:
    return {i.kind for i in found}


def test_a_clean_link_has_no_issue() -> None:
    assert issues() == ()


def test_on_screen_but_not_cleared_is_an_error() -> None:
    from dataclasses import replace

    for state in (Clearance.REQUESTED, Clearance.DENIED, Clearance.NOT_REQUESTED):
        (found,) = issues(replace(OK_LINK, clearance=state, licence=None))
        assert (found.kind, found.severity) == (IssueKind.NOT_CLEARED, Severity.ERROR)
        assert str(state) in found.message
    for state in (Clearance.PUBLIC_DOMAIN, Clearance.FAIR_USE):
        assert issues(replace(OK_LINK, clearance=state, licence=None)) == ()
    assert issues(replace(OK_LINK, clearance=Clearance.DENIED, role=LinkRole.CANDIDATE)) == ()
    used = replace(OK_LINK, clearance=Clearance.REQUESTED, role=LinkRole.CANDIDATE, used_frames=50)
    assert kinds(issues(used)) == {IssueKind.NOT_CLEARED, IssueKind.USED_NOT_ON_SCREEN}


def test_consent_missing_or_revoked() -> None:
    from dataclasses import replace

    (missing,) = issues(replace(OK_LINK, consents=()))
    assert (missing.kind, missing.severity) == (IssueKind.CONSENT_MISSING, Severity.WARNING)
    living = replace(ITEM, people=(PersonTag(person_id=RACHEL.id),))
    (strict,) = issues(replace(OK_LINK, consents=()), living)
    assert strict.severity is Severity.ERROR
    assert "Rachel Ohana" in strict.message
    revoked = replace(OK_LINK, consents=(Consent(given_by="Esther", revoked=True),))
    (found,) = issues(revoked)
    assert (found.kind, found.severity) == (IssueKind.CONSENT_REVOKED, Severity.ERROR)
    assert kinds(issues(replace(revoked, role=LinkRole.RESEARCH))) == {IssueKind.CONSENT_REVOKED}
    assert issues(replace(revoked, role=LinkRole.REJECTED)) == ()


def test_licence_that_does_not_cover_the_planned_use() -> None:
    from dataclasses import replace

    narrow = Licence(media=(Media.TV,), territories=("FR",), term_end="2030-01-01")
    found = issues(replace(OK_LINK, licence=narrow))
    assert kinds(found) == {
        IssueKind.LICENCE_MEDIA,
        IssueKind.LICENCE_TERRITORY,
        IssueKind.LICENCE_TERM,
    }
    messages = {i.kind: i.message for i in found}
    assert messages[IssueKind.LICENCE_MEDIA].endswith("festival")
    assert messages[IssueKind.LICENCE_TERRITORY].endswith("IL")
    assert "2030-01-01" in messages[IssueKind.LICENCE_TERM]
    assert all(i.severity is Severity.ERROR for i in found)

    planned = PlannedUse(media=(Media.ALL_MEDIA,), territories=("WORLD",), perpetual=True)
    gaps = licence_gaps(
        Licence(media=(Media.TV,), territories=("FR", "IL"), term_end="2099-01-01"), planned
    )
    assert [k for k, _ in gaps] == [
        IssueKind.LICENCE_MEDIA,
        IssueKind.LICENCE_TERRITORY,
        IssueKind.LICENCE_TERM,
    ]
    assert (
        licence_gaps(
            Licence(media=(Media.ALL_MEDIA,), territories=("world",), perpetual=True), planned
        )
        == []
    )
    late = Licence(
        media=(Media.ALL_MEDIA,), territories=("WORLD",), term_start="2027-01-01", perpetual=True
    )
    assert licence_gaps(late, PlannedUse(start="2026-09-01"))[0][0] is IssueKind.LICENCE_TERM
    unknown_end = licence_gaps(Licence(), PlannedUse(until="2030-01-01"))
    assert "not recorded" in unknown_end[0][1]


def test_licence_expiry_and_seconds() -> None:
    from dataclasses import replace

    film = replace(FILM, planned_use=PlannedUse())
    lic = Licence(
        media=(Media.ALL_MEDIA,), territories=("WORLD",), term_end="2026-02-01", max_seconds=4
    )
    found = issues(replace(OK_LINK, licence=lic), film=film)
    assert {(i.kind, i.severity) for i in found} == {
        (IssueKind.LICENCE_EXPIRING, Severity.WARNING),
        (IssueKind.OVER_LICENSED_SECONDS, Severity.ERROR),  # default hold is 5 s
    }
    expired = issues(
        replace(OK_LINK, licence=replace(lic, max_seconds=None)), film=film, today="2026-03-01"
    )
    assert kinds(expired) == {IssueKind.LICENCE_EXPIRED}
    used = issues(replace(OK_LINK, licence=replace(lic, max_seconds=6), used_frames=175), film=film)
    assert any("7.0 s used, licence covers 6 s" in i.message for i in used)
    (missing,) = issues(replace(OK_LINK, licence=None))
    assert missing.kind is IssueKind.LICENCE_MISSING


def test_alterations_credits_privacy_and_resolution() -> None:
    from dataclasses import replace

    ai = (
        Alteration(kind=AlterationKind.COLOURISATION),
        Alteration(kind=AlterationKind.AI_ENHANCED, tool="Topaz"),
    )
    strict = replace(OK_LINK.licence, alterations_allowed=False)
    found = {i.kind: i for i in issues(replace(OK_LINK, alterations=ai, licence=strict))}
    assert found[IssueKind.ALTERATION_NOT_ALLOWED].severity is Severity.ERROR
    assert "colourisation" in found[IssueKind.ALTERATION_NOT_ALLOWED].message
    assert found[IssueKind.AI_ALTERATION].severity is Severity.INFO
    assert "Topaz" in found[IssueKind.AI_ALTERATION].message

    (credit,) = issues(replace(OK_LINK, credit={"he": "x"}))
    assert credit.kind is IssueKind.CREDIT_MISSING
    assert credit.message.endswith("in fr")

    hidden = replace(ITEM, people=(PersonTag(person_id=PRIVATE.id),))
    (private,) = issues(OK_LINK, hidden)
    assert private.kind is IssueKind.PRIVATE
    assert "Hidden Cousin" in private.message
    assert kinds(issues(OK_LINK, replace(ITEM, private=True))) == {IssueKind.PRIVATE}

    tight = replace(
        OK_LINK, pan_from=Region(x=0, y=0, w=1, h=1), pan_to=Region(x=0.45, y=0.45, w=0.1, h=0.1)
    )
    (low,) = issues(tight)
    assert low.kind is IssueKind.LOW_RESOLUTION
    assert "2.7x" in low.message
    small = replace(ITEM, files=(replace(BIG, width=800, height=600),))
    assert kinds(issues(OK_LINK, small)) == {IssueKind.LOW_RESOLUTION}


def test_missing_item_is_reported() -> None:
    found = check_film(FILM, [SCENE], [OK_LINK], {}, {}, today="2026-01-01")
    assert [i.kind for i in found] == [IssueKind.MISSING_ITEM]


@pytest.mark.parametrize(
    ("caption", "edtf", "expected"),
    [
        ("Mariage, vers 1958", "1958~", []),
        ("Wedding, c.1958", "1958~", []),
        ("Wedding, 1958", "1958~", ["precision"]),  # states as certain
        ("Wedding, 12 June 1958", "1958", ["precision"]),
        ("Mariage, 12 juin 1958", "1958-06-12", []),
        ("Mariage, juin 1958", "1958", ["precision"]),
        ("Lettre du 12/06/1958", "1958-06", ["precision"]),
        ("Family in the 1950s", "195X", []),
        ("Les années 50", "195X", []),
        ("Wedding, 1958", "195X", ["precision"]),
        ("Departure, 1962", "1955~", ["conflict"]),
        ("Departure, 1956", "1955~", ["precision"]),  # inside the window, but certain
        ("Departure 1958", "1950/1962", ["precision"]),
        ("חתונה, 1958", "1958~", ["precision"]),
        ("חתונה, בערך 1958", "1958~", []),
        ("عرس، حوالي 1958", "1958~", []),
        ("No date here", "1958", []),
    ],
)
def test_caption_precision(caption: str, edtf: str, expected: list[str]) -> None:
    found = caption_date_problems(caption, FuzzyDate(edtf=edtf))
    assert [kind for kind, _ in found] == expected


def test_caption_on_an_undated_item_and_claims() -> None:
    assert caption_date_problems("Wedding 1958", None)[0][1].endswith("the item is undated")
    assert [(c.precision, c.year) for c in date_claims("Born 3 March 1931, left in 1962-06")] == [
        ("day", 1931),
        ("month", 1962),
    ]
    assert date_claims("=HYPERLINK(1958)")[0].year == 1958


def test_caption_issue_names_its_language() -> None:
    from dataclasses import replace

    link = replace(OK_LINK, captions={"fr": "Mariage, vers 1958", "he": "חתונה, 12.6.1958"})
    (found,) = issues(link)
    assert (found.kind, found.language) == (IssueKind.CAPTION_PRECISION, "he")


def test_a_disputed_or_uncertain_identification_on_screen_is_a_clearance_risk() -> None:
    from dataclasses import replace

    from memoryapp.core.assertions import Assertion

    face = Region(x=0.1, y=0.1, w=0.2, h=0.2)
    said = Assertion(by_name="Simha", confidence=3)
    disputed = replace(
        ITEM,
        people=(
            PersonTag(person_id=RACHEL.id, region=face, assertions=(said,)),
            PersonTag(person_id=PRIVATE.id, region=face, assertions=(said,)),
        ),
    )
    found = {i.kind: i for i in issues(OK_LINK, disputed)}
    assert IssueKind.IDENTIFICATION_DISPUTED in found
    assert "Rachel Ohana" in found[IssueKind.IDENTIFICATION_DISPUTED].message
    weak = replace(
        ITEM, people=(PersonTag(person_id=RACHEL.id, assertions=(replace(said, confidence=1),)),)
    )
    assert IssueKind.IDENTIFICATION_UNCERTAIN in kinds(issues(OK_LINK, weak))
    born_later = replace(RACHEL, birth=FuzzyDate(edtf="1990"))
    found_later = check_film(
        FILM, [SCENE], [OK_LINK], {ITEM.id: replace(ITEM, people=(PersonTag(person_id=RACHEL.id),))},
        {RACHEL.id: born_later}, today="2026-01-01",
    )  # fmt: skip
    assert IssueKind.IDENTIFICATION_DOUBTFUL in kinds(found_later)
    not_on_screen = replace(OK_LINK, role=LinkRole.CANDIDATE)
    assert IssueKind.IDENTIFICATION_DISPUTED not in kinds(issues(not_on_screen, disputed))
