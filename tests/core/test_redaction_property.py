"""No spelling of a withheld person survives the privacy filter, in any text of any record."""

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from memoryapp.core.dates import CalendarOriginal, FuzzyDate
from memoryapp.core.fields import Privacy, field_of, fields_of, map_records, map_text
from memoryapp.core.films import (
    Alteration,
    AlterationKind,
    Consent,
    Film,
    Licence,
    Scene,
    SceneLink,
    Usage,
)
from memoryapp.core.ids import FilmId, ItemId, LinkId, PersonId, PlaceId, SceneId
from memoryapp.core.items import DateRole, Item, MediaFile, PersonTag, Region, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Living, Person, Relation, RelationKind
from memoryapp.core.places import Place
from memoryapp.core.privacy import ExportBundle, ExportPolicy, LivingMode, redact
from memoryapp.core.text import search_key

TODAY = dt.date(2026, 1, 1)
ALPHABETS = {
    "Latn": "bcdfghjklmnpqrstvz" + "aeiou",
    "Hebr": "אבגדהוזחטיכלמנסעפצקרשת",
    "Arab": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
    "Tfng": "ⴰⴱⴳⴷⴹⴻⴼⴽⵀⵃⵄⵅⵇⵉⵊⵍⵎⵏⵓⵔⵕⵖⵙⵚⵛⵜⵟⵡⵢⵣ",
}
WITHHELD = PersonId("withheld")
KEPT = PersonId("kept")
PLACE = PlaceId("place")


@st.composite
def spellings(draw: st.DrawFn) -> list[str]:
    """A person's names: a primary name and aliases, each in some script, one or two words."""
    out = []
    for _ in range(draw(st.integers(1, 4))):
        letters = ALPHABETS[draw(st.sampled_from(sorted(ALPHABETS)))]
        words = draw(st.lists(st.text(letters, min_size=4, max_size=8), min_size=1, max_size=2))
        out.append(" ".join(w.capitalize() for w in words))
    return list(dict.fromkeys(out))


def _base_records() -> tuple[Item, Person, Place, Film, Scene, SceneLink]:
    """A record of each type with every optional nested value present."""
    date = FuzzyDate(
        edtf="1955",
        input="1955",
        basis="basis",
        calendar_original=CalendarOriginal(calendar="hebrew", text="5715", ymd=(5715,)),
    )
    item = Item(
        id=ItemId("item"),
        files=(MediaFile(sha256="ab", path="media/ab.jpg", format="jpeg", size=1),),
        title="t",
        description="d",
        dates={DateRole.TAKEN: date},
        people=(PersonTag(person_id=WITHHELD), PersonTag(person_id=KEPT, identified_by="x")),
        places=(PLACE,),
        tags=("Events|Wedding",),
        source=Source(holder="h", imported_from="/home/x"),
        rights=Rights(text="r", credit="c", consent="c"),
        notes="n",
    )
    kept = Person(
        id=KEPT,
        names=(Name(value="Keeper", note="n"),),
        birth=date,
        living=Living.DECEASED,
        relations=(Relation(kind=RelationKind.SIBLING, person_id=WITHHELD),),
        notes="n",
    )
    place = Place(id=PLACE, names=(Name(value="Tinghir", note="n"),), notes="n")
    film = Film(id=FilmId("film"), title="f", director="d", production="p", notes="n")
    scene = Scene(
        id=SceneId("scene"),
        film_id=film.id,
        number="1",
        people=(WITHHELD, KEPT),
        period=date,
        title="t",
        synopsis="s",
        wishlist="w",
        notes="n",
    )
    region = Region(x=0.1, y=0.1, w=0.2, h=0.2)
    link = SceneLink(
        id=LinkId("link"),
        item_id=item.id,
        scene_id=scene.id,
        crop=region,
        crop_person=WITHHELD,
        pan_from=region,
        pan_to=region,
        rights_holder="h",
        rights_contact="c",
        licence=Licence(restrictions=("r",), document="d"),
        credit={"": "c", "fr": "c"},
        captions={"he": "c"},
        consents=(Consent(given_by="g", relation="r", scope="s", note="n"),),
        alterations=(Alteration(kind=AlterationKind.CROP, tool="t", by="b", note="n"),),
        uses=(Usage(event="1", rec_in=0, rec_out=10),),
        note="n",
    )
    return item, kept, place, film, scene, link


def _fill(record: Any, say: Callable[[], str]) -> Any:
    """``record`` with every text the filter does not keep as is replaced by ``say()``."""
    changes = {}
    for f in dataclasses.fields(record):
        spec = field_of(type(record), f.name)
        value = getattr(record, f.name)
        if spec is not None and spec.privacy is Privacy.NESTED:
            changes[f.name] = map_records(value, lambda r: _fill(r, say))
        elif spec is None or spec.privacy in (Privacy.REDACT, Privacy.DROP):
            changes[f.name] = map_text(value, lambda _: say())
        elif spec.privacy is Privacy.RULE:
            changes[f.name] = map_records(value, lambda r: _fill(r, say))
    return dataclasses.replace(record, **changes)


def _texts(record: Any) -> Iterator[tuple[str, str]]:
    """``(where, text)`` for every text of a record the filter may not keep as it is."""
    for spec in fields_of(type(record)):
        value = getattr(record, spec.name)
        where = f"{type(record).__name__}.{spec.name}"
        if spec.privacy in (Privacy.NESTED, Privacy.RULE):
            for inner in _records(value):
                yield from _texts(inner)
        if spec.privacy is not Privacy.KEEP:
            yield from ((where, t) for t in _strings(value))


def _records(value: Any) -> Iterator[Any]:
    if dataclasses.is_dataclass(value):
        yield value
    elif isinstance(value, (tuple, dict)):
        for v in value.values() if isinstance(value, dict) else value:
            yield from _records(v)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, dict)):
        for v in value.values() if isinstance(value, dict) else value:
            yield from _strings(v)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=spellings(),
    how=st.sampled_from(["private", "living-exclude", "living-replace"]),
    picks=st.lists(st.integers(0, 10), min_size=1, max_size=5),
)
def test_no_spelling_of_a_withheld_person_survives_in_any_text(
    names: list[str], how: str, picks: list[int]
) -> None:
    folded = [search_key(n) for n in names]
    assume(all(f not in search_key("Keeper Tinghir withheld Living person seen") for f in folded))
    counter = iter(range(10**6))

    def say() -> str:
        i = next(counter)
        return f"seen {names[picks[i % len(picks)] % len(names)]} in {i}"

    item, kept, place, film, scene, link = (_fill(r, say) for r in _base_records())
    withheld = Person(
        id=WITHHELD,
        names=tuple(Name(value=n) for n in names),
        private=how == "private",
        living=Living.UNKNOWN if how == "private" else Living.LIVING,
    )
    bundle = ExportBundle(
        collection_id="c",
        title="archive",
        items=(item,),
        people={WITHHELD: withheld, KEPT: kept},
        places={PLACE: place},
        films=(film,),
        scenes=(scene,),
        links=(link,),
    )
    mode = LivingMode.REPLACE_NAME if how == "living-replace" else LivingMode.EXCLUDE
    out, _report = redact(bundle, ExportPolicy(today=TODAY, living_mode=mode))
    records = [*out.items, *out.people.values(), *out.places.values(), *out.films]
    records += [*out.scenes, *out.links]
    assert (len(out.items), len(out.films), len(out.scenes), len(out.links)) == (1, 1, 1, 1)
    for record in records:
        if how != "living-replace" or getattr(record, "id", None) != WITHHELD:
            for where, text in _texts(record):
                for spelling in folded:
                    assert spelling not in search_key(text), f"{where} kept {text!r}"
