"""Subcommands that describe the archive: people, places, tags, dates, captions.

The date lexicons, the search engine and the GEDCOM reader are imported by the handlers
that use them.
"""

import argparse
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.edit_values import face_set, items_after, relations_of
from memoryapp.cli.field_options import add_field_options, dest, field_values
from memoryapp.cli.output import counted, emit_json, say
from memoryapp.core.commands import replace_records
from memoryapp.core.dates import FuzzyDate, InvalidDateError, describe
from memoryapp.core.edits import (
    edit_items,
    merge_people,
    save_person,
    save_place,
    tag_items,
)
from memoryapp.core.errors import InvalidRecordError
from memoryapp.core.fields import Field, field_of
from memoryapp.core.ids import new_person_id, new_place_id
from memoryapp.core.items import Certainty, DateRole, Item, Rights, Source
from memoryapp.core.names import Name
from memoryapp.core.people import Person
from memoryapp.core.places import PLACE_KINDS, Place
from memoryapp.library import Library, items_json, person_json, place_json
from memoryapp.library.lookup import resolve

Handler = Callable[[argparse.Namespace], int]

_LANG_OF_SCRIPT = {"Hebr": "he", "Arab": "ar", "Tfng": "zgh"}


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    p.add_argument("--json", action="store_true", help="print stable JSON")


def _name(text: str, default_kind: str = "") -> Name:
    """``VALUE[@LANG][#KIND]``, e.g. ``יקוט@he#hebrew``."""
    value, _, kind = text.partition("#")
    value, _, lang = value.partition("@")
    name = Name(value=value, lang=lang, kind=kind or default_kind)
    return name if name.lang else replace(name, lang=_LANG_OF_SCRIPT.get(name.script, ""))


def _date(text: str) -> FuzzyDate:
    from memoryapp.core.dates.phrases import parse_date, text_only  # the date lexicons

    try:
        return parse_date(text)
    except InvalidDateError:
        return text_only(text)


def add_commands(sub: argparse._SubParsersAction) -> dict[str, Handler]:  # type: ignore[type-arg]
    """Register person, place, tag and edit."""
    person = sub.add_parser("person", help=help_of("person"))
    psub = person.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action in ("add", "edit"):
        p = psub.add_parser(action, help=f"{action} a person")
        _common(p)
        if action == "edit":
            p.add_argument("person", metavar="ID_OR_NAME")
            p.add_argument("--name", help="replace the primary name")
        else:
            p.add_argument("name", metavar="NAME")
        p.add_argument("--alias", action="append", default=[], metavar="NAME[@LANG][#KIND]")
        p.add_argument("--birth", help='birth date as said, e.g. "c. 1910"')
        p.add_argument("--death", help="death date as said")
        p.add_argument("--birth-place", default=None, metavar="PLACE")
        p.add_argument("--death-place", default=None, metavar="PLACE")
        p.add_argument(
            "--relation", action="append", default=[], metavar="KIND=PERSON", help="add a relation"
        )
        p.add_argument("--remove-relation", action="append", default=[], metavar="PERSON")
        p.add_argument(
            "--public", dest=dest(_field(Person, "private")), action="store_false", default=None
        )
        add_field_options(p, Person)
    p = psub.add_parser("merge", help="merge the second person into the first")
    _common(p)
    p.add_argument("keep", metavar="KEEP")
    p.add_argument("drop", metavar="DROP")
    p = psub.add_parser("list", help="list people")
    _common(p)

    place = sub.add_parser("place", help=help_of("place"))
    lsub = place.add_subparsers(dest="action", metavar="ACTION", required=True)
    for action in ("add", "edit"):
        p = lsub.add_parser(action, help=f"{action} a place")
        _common(p)
        if action == "edit":
            p.add_argument("place", metavar="ID_OR_NAME")
            p.add_argument("--name", help="replace the primary name")
        else:
            p.add_argument("name", metavar="NAME")
        p.add_argument("--alias", action="append", default=[], metavar="NAME[@LANG][#KIND]")
        p.add_argument("--type", choices=PLACE_KINDS, default=None)
        p.add_argument("--parent", default=None, metavar="ID_OR_NAME")
        p.add_argument("--lat", type=float, default=None)
        p.add_argument("--lon", type=float, default=None)
        p.add_argument("--no-pinpoint", action="store_true", default=None)
        p.add_argument("--pinpoint", dest="no_pinpoint", action="store_false", default=None)
        add_field_options(p, Place)
    p = lsub.add_parser("list", help="list places")
    _common(p)

    p = sub.add_parser("tag", help=help_of("tag"))
    _common(p)
    p.add_argument("items", nargs="+", metavar="ITEM_ID")
    p.add_argument("--person", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--place", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--tag", action="append", default=[], metavar="A|B")
    p.add_argument("--remove-person", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--remove-place", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--remove-tag", action="append", default=[], metavar="A|B")
    p.add_argument("--date", help='the date taken or written, as said ("vers 1955")')
    p.add_argument("--date-role", choices=[r.value for r in DateRole], default="taken")
    p.add_argument("--clear-date", action="store_true")

    p = sub.add_parser("edit", help=help_of("edit"))
    _common(p)
    p.add_argument("items", nargs="+", metavar="ITEM_ID")
    p.add_argument("--source", help="who holds the original (same as --holder)")
    p.add_argument("--rights", help="a rights URI (rightsstatements.org, Creative Commons) or text")
    p.add_argument(
        "--public", dest=dest(_field(Item, "private")), action="store_false", default=None
    )
    p.add_argument("--date", help='the date taken or written, as said ("vers 1955")')
    p.add_argument("--date-role", choices=[r.value for r in DateRole], default="taken")
    p.add_argument("--person", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--place", action="append", default=[], metavar="NAME_OR_ID")
    p.add_argument("--tag", action="append", default=[], metavar="A|B")
    p.add_argument("--region", metavar="X,Y,W,H", help="the --person's face rectangle, or none")
    p.add_argument("--certainty", choices=[c.value for c in Certainty])
    p.add_argument("--identified-by", metavar="NAME", help="who identified the --person")
    add_field_options(p, Item, Source, Rights)
    p = sub.add_parser("search", help=help_of("search"))
    _common(p)
    p.add_argument("--facets", action="store_true", help="also count people, places, decades…")
    p.add_argument("query", nargs="*", metavar="QUERY")

    p = sub.add_parser("gedcom", help=help_of("gedcom"))
    gsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = gsub.add_parser("import", help="import people, life dates, places and relations")
    _common(p)
    p.add_argument("file", type=Path, metavar="FILE.ged")
    return {
        "search": _search,
        "gedcom": _gedcom,
        "person": _person,
        "place": _place,
        "tag": _tag,
        "edit": _edit,
    }


def _person(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        people = lib.people()
        if args.action == "list":
            return _print_list(args, [person_json(p) for p in people], "people")
        if args.action == "merge":
            keep = resolve(people, args.keep, "person")
            drop = resolve(people, args.drop, "person")
            lib.apply(merge_people(keep, drop, lib.items(include_trashed=True), people))
            return _print_one(args, person_json(lib.person(keep.id)))
        if args.action == "add":
            before = None
            person = Person(id=new_person_id(), names=(_name(args.name),))
        else:
            before = resolve(people, args.person, "person")
            person = before
            if args.name:
                person = replace(person, names=(_name(args.name), *person.names))
        known = {n.value for n in person.names}
        extra = tuple(n for n in map(_name, args.alias) if n.value not in known)
        person = replace(person, names=(*person.names, *extra))
        changes: dict[str, object] = field_values(args, Person)
        if args.birth is not None:
            changes["birth"] = _date(args.birth)
        if args.death is not None:
            changes["death"] = _date(args.death)
        places = lib.places()
        for key in ("birth_place", "death_place"):
            if getattr(args, key) is not None:
                changes[key] = resolve(places, getattr(args, key), "place").id
        changes["relations"] = relations_of(person, people, args.relation, args.remove_relation)
        person = replace(person, **changes)  # type: ignore[arg-type]
        lib.apply(save_person(before, person))
        return _print_one(args, person_json(person))


def _place(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        places = lib.places()
        if args.action == "list":
            return _print_list(args, [place_json(p) for p in places], "places")
        if args.action == "add":
            before = None
            place = Place(id=new_place_id(), names=(_name(args.name),))
        else:
            before = resolve(places, args.place, "place")
            place = before
            if args.name:
                place = replace(place, names=(_name(args.name), *place.names))
        known = {n.value for n in place.names}
        extra = tuple(n for n in map(_name, args.alias) if n.value not in known)
        changes: dict[str, object] = {"names": (*place.names, *extra), **field_values(args, Place)}
        if args.type is not None:
            changes["kind"] = args.type
        if args.parent is not None:
            changes["parent_id"] = resolve(places, args.parent, "place").id
        if args.lat is not None or args.lon is not None:
            changes["lat"], changes["lon"] = args.lat, args.lon
        if args.no_pinpoint is not None:
            changes["do_not_pinpoint"] = args.no_pinpoint
        try:
            place = replace(place, **changes)  # type: ignore[arg-type]
        except ValueError as exc:
            raise InvalidRecordError(str(exc)) from exc
        lib.apply(save_place(before, place, {p.id: p for p in places}))
        return _print_one(args, place_json(place))


def _items(lib: Library, ids: list[str]) -> list[Item]:
    return [lib.item(i) for i in ids]


def _tag(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        people, places = lib.people(), lib.places()
        dates: dict[DateRole, FuzzyDate | None] = {}
        if args.clear_date:
            dates[DateRole(args.date_role)] = None
        if args.date:
            dates[DateRole(args.date_role)] = _date(args.date)
        items = _items(lib, args.items)
        command = tag_items(
            items,
            add_people=[resolve(people, p, "person").id for p in args.person],
            remove_people=[resolve(people, p, "person").id for p in args.remove_person],
            add_places=[resolve(places, p, "place").id for p in args.place],
            remove_places=[resolve(places, p, "place").id for p in args.remove_place],
            add_tags=args.tag,
            remove_tags=args.remove_tag,
            dates=dates,
            identified_by="memoryapp CLI",
        )
        lib.apply(command)
        shown = items_json(lib, _items(lib, args.items))
    if args.json:
        emit_json(shown)
    else:
        for item in shown:
            taken = item["dates"].get("taken")
            when = f" ({taken['input'] or taken['edtf']})" if taken else ""
            say(f"{item['id']}  {item['title']}{when}")
        if args.date:
            say(f"date: {describe(_date(args.date))}")
    return 0


def _edit(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        before = _items(lib, args.items)
        source, rights = field_values(args, Source), field_values(args, Rights)
        if args.source is not None:
            source.setdefault("holder", args.source)
        if args.rights is not None:
            is_uri = args.rights.startswith(("http://", "https://"))
            rights.setdefault("uri" if is_uri else "text", args.rights)
        fields = field_values(args, Item)
        try:
            edit = edit_items(before, fields=fields, source=source, rights=rights)
        except ValueError as exc:  # a rule of the item: a rating of 7 stars…
            raise InvalidRecordError(f"cannot edit: {exc}") from exc
        after = items_after(before, edit)
        people, places = lib.people(), lib.places()
        who = [resolve(people, p, "person").id for p in args.person]
        dates = {DateRole(args.date_role): _date(args.date)} if args.date else None
        after = items_after(
            after,
            tag_items(
                after,
                add_people=who,
                add_places=[resolve(places, p, "place").id for p in args.place],
                add_tags=args.tag,
                dates=dates,
                identified_by="memoryapp CLI",
            ),
        )
        if args.region is not None or args.certainty is not None or args.identified_by is not None:
            after = [face_set(args, item, who) for item in after]
        lib.apply(
            replace_records(
                "Edit" if len(before) == 1 else f"Edit ({len(before)} items)", before, after
            )
        )
        shown = items_json(lib, _items(lib, args.items))
    return _print_list(args, shown, "items")


def _field(record: type[Any], name: str) -> Field:
    spec = field_of(record, name)
    assert spec is not None, name
    return spec


def _facet_rows(rows: Sequence[Any]) -> list[dict[str, object]]:
    return [{"key": r.key, "label": r.label, "count": r.count, "depth": r.depth} for r in rows]


def _search(args: argparse.Namespace) -> int:
    from memoryapp.library.finder import Finder  # the search engine

    query = " ".join(args.query)
    with Library.open(args.collection, read_only=True) as lib:
        finder = Finder(lib)
        try:
            result = finder.search(query)
        except ValueError as exc:  # QueryError: says where the query is wrong
            raise InvalidRecordError(f"bad query: {exc}") from exc
        items = items_json(lib, [lib.item(i) for i in result.ids])
        facets = finder.facets(result) if args.facets else None
        _print_search(args, query, items, facets)
        finder.save()  # after the answer: the next search loads the index
    return 0


def _print_search(
    args: argparse.Namespace, query: str, items: list[dict[str, Any]], facets: Any
) -> None:
    data: dict[str, object] = {"query": query, "count": len(items), "items": items}
    if facets is not None:
        data["facets"] = {
            "people": _facet_rows(facets.people),
            "places": _facet_rows(facets.places),
            "decades": [{"decade": d.decade, "count": d.count} for d in facets.decades],
            "undated": facets.undated,
            "tags": _facet_rows(facets.tags),
            "films": _facet_rows(facets.films),
            "kinds": _facet_rows(facets.kinds),
        }
    if args.json:
        emit_json(data)
        return
    for item in items:
        taken = item["dates"].get("taken")
        when = (taken["input"] or taken["edtf"] or "") if taken else ""
        say(f"{item['id']}  {when:<14} {item['title']}")
    say(counted(len(items), "item"))
    if facets is not None:
        for name, rows in (
            ("people", facets.people),
            ("places", facets.places),
            ("tags", facets.tags),
        ):
            say(f"{name}: " + ", ".join(f"{r.label} ({r.count})" for r in rows[:10]))
        say("decades: " + ", ".join(f"{d.decade}s ({d.count:g})" for d in facets.decades))


def _gedcom(args: argparse.Namespace) -> int:
    from memoryapp.library.gedcom_import import import_gedcom

    with Library.open(args.collection) as lib:
        report = import_gedcom(lib, args.file)
    data = {
        "created": list(report.created),
        "matched": [{"xref": x, "person": p} for x, p in report.matched],
        "places_created": report.places_created,
        "warnings": list(report.warnings),
    }
    if args.json:
        emit_json(data)
    else:
        say(
            f"{len(report.created)} people created, {len(report.matched)} matched, "
            f"{report.places_created} places created"
        )
        for warning in report.warnings:
            say(f"warning: {warning}")
    return 0


def _print_list(args: argparse.Namespace, rows: list[dict[str, object]], what: str) -> int:
    if args.json:
        emit_json(rows)
    else:
        for row in rows:
            extra = row.get("kind") or ""
            say(f"{row['id']}  {row.get('name') or row.get('title', '')}  {extra}".rstrip())
        say(f"{len(rows)} {what}")
    return 0


def _print_one(args: argparse.Namespace, row: dict[str, object]) -> int:
    if args.json:
        emit_json(row)
    else:
        say(f"{row['id']}  {row['name']}")
    return 0
