"""The ``delete`` and ``trash`` commands, and ``delete`` for people, places, films and scenes.

``add_commands`` registers ``delete ITEM_ID...`` and ``trash list|restore|empty``, and adds a
``delete`` action to the ``person``, ``place``, ``film`` and ``scene`` commands (registered
before it). Every delete is one command, one commit; the shapes of ``--json`` are in
docs/cli.md.
"""

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.output import counted, emit_json, say, warn
from memoryapp.core.commands import Command
from memoryapp.core.deletions import InUseError
from memoryapp.core.films import Scene, SceneLink
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.library import Library, items_json
from memoryapp.library.lookup import resolve

Handler = Callable[[argparse.Namespace], int]
OK, USAGE = 0, 2  # as memoryapp.cli.main.ExitCode


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def _actions(parser: argparse.ArgumentParser) -> Any:
    """The sub-action parsers of an already registered command (``person``, ``film``...)."""
    for action in parser._actions:  # argparse keeps no public handle on them
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise LookupError(f"{parser.prog} has no actions")


def add_commands(sub: Any, handlers: Mapping[str, Handler]) -> dict[str, Handler]:
    """Register the delete and trash commands; return the handlers to put in ``handlers``.

    ``handlers`` holds those of the commands already built: ``person`` and ``place``,
    ``film`` and ``scene`` get a ``delete`` action routed here (their other actions go to
    their own handlers) when they are among them.
    """
    p = sub.add_parser("delete", help=help_of("delete"))
    _common(p)
    p.add_argument("items", nargs="+", metavar="ITEM_ID")

    trash = sub.add_parser("trash", help=help_of("trash"))
    tsub = trash.add_subparsers(dest="trash_action", metavar="ACTION", required=True)
    _common(tsub.add_parser("list", help="list the items in the trash"))
    p = tsub.add_parser("restore", help="take items out of the trash")
    _common(p)
    p.add_argument("items", nargs="+", metavar="ITEM_ID")
    p = tsub.add_parser("empty", help="delete trashed items and their unused files for good")
    _common(p)
    p.add_argument(
        "--older-than", type=float, default=None, metavar="DAYS", help="only items trashed before"
    )

    routed: dict[str, Handler] = {"delete": _delete, "trash": _trash}
    if "person" in handlers:  # built with describe (not when another command is run)
        for noun in ("person", "place"):
            p = _actions(sub.choices[noun]).add_parser(
                "delete", help=f"delete a {noun} (refused while in use, unless reassigned)"
            )
            _common(p)
            p.add_argument("target", metavar="NAME_OR_ID")
            p.add_argument(
                "--reassign-to",
                default="",
                metavar="NAME_OR_ID",
                help=f"move every use to this {noun}",
            )
        routed["person"] = _routed(handlers["person"], "action", _delete_person)
        routed["place"] = _routed(handlers["place"], "action", _delete_place)
    if "film" in handlers:  # built with films
        p = _actions(sub.choices["film"]).add_parser("delete", help="delete a film with its scenes")
        _common(p)
        p.add_argument("target", metavar="FILM")
        p = _actions(sub.choices["scene"]).add_parser("delete", help="delete a scene and its links")
        _common(p)
        p.add_argument("target", metavar="SCENE")
        routed["film"] = _routed(handlers["film"], "film_command", _delete_film)
        routed["scene"] = _routed(handlers["scene"], "scene_command", _delete_scene)
    return routed


def _routed(handler: Handler, dest: str, delete: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        return delete(args) if getattr(args, dest) == "delete" else handler(args)

    return run


def _print(args: argparse.Namespace, data: object, *lines: str) -> None:
    if args.json:
        emit_json(data)
    else:
        for line in lines:
            say(line)


def _caption(item: Item) -> str:
    return item.title or (item.primary.original_name if item.primary else "")


# -- items --------------------------------------------------------------------------------


def _delete(args: argparse.Namespace) -> int:
    from memoryapp.library.trash import trash_command

    with Library.open(args.collection) as lib:
        unknown = _warn_unknown(lib, args.items)
        known = [i for i in dict.fromkeys(args.items) if i not in unknown]
        command = trash_command(lib, known)
        lib.apply(command)
        moved = [slot.id for slot in command.after]
    already = [i for i in known if i not in moved]
    _print(
        args,
        {"trashed": moved, "already_in_trash": already, "unknown": unknown, "label": command.label},
        *(f"moved to the trash: {i}" for i in moved),
        *(f"already in the trash: {i}" for i in already),
        f"{counted(len(moved), 'item')} moved to the trash (memoryapp trash restore ID... takes them back)",
    )
    return USAGE if unknown else OK


def _warn_unknown(lib: Library, item_ids: list[str]) -> list[str]:
    from memoryapp.library.trash import unknown_items

    unknown = unknown_items(lib, item_ids)
    for item_id in unknown:
        warn(f"memoryapp: no item with id {item_id!r}; left out")
    return unknown


def _trash(args: argparse.Namespace) -> int:
    from memoryapp.library.trash import empty_trash_plan, remove_unused_media, restore_command

    with Library.open(args.collection) as lib:
        if args.trash_action == "list":
            items = lib.trashed_items()
            _print(
                args,
                items_json(lib, items),
                *(f"{i.id}  {i.trashed_at}  {_caption(i)}" for i in items),
                f"{counted(len(items), 'item')} in the trash",
            )
            return OK
        if args.trash_action == "restore":
            unknown = _warn_unknown(lib, args.items)
            known = [i for i in dict.fromkeys(args.items) if i not in unknown]
            command = restore_command(lib, known)
            lib.apply(command)
            restored = [slot.id for slot in command.after]
            absent = [i for i in known if i not in restored]
            _print(
                args,
                {"restored": restored, "not_in_trash": absent, "unknown": unknown},
                *(f"restored: {i}" for i in restored),
                *(f"not in the trash: {i}" for i in absent),
                f"{counted(len(restored), 'item')} restored",
            )
            return USAGE if unknown else OK
        if args.older_than is not None and args.older_than < 0:
            warn("memoryapp: --older-than needs a number of days of 0 or more")
            return USAGE
        plan = empty_trash_plan(lib, older_than_days=args.older_than)
        lib.apply(plan.command)
        removed = remove_unused_media(lib, plan.items)
    _print(
        args,
        {
            "deleted": [item.id for item in plan.items],
            "removed_files": [{"sha256": m.sha256, "path": m.path} for m in removed],
            "label": plan.command.label,
        },
        *(f"deleted for good: {item.id}  {_caption(item)}" for item in plan.items),
        f"{counted(len(plan.items), 'item')} deleted, "
        f"{counted(len(removed), 'media file')} removed",
    )
    return OK


# -- people, places, films, scenes ----------------------------------------------------------


def _changed(command: Command) -> dict[str, int]:
    """How many records of each kind a command rewrites (the deleted one aside)."""
    counts = {"items": 0, "people": 0, "places": 0, "scenes": 0, "links": 0}
    keys = {Item: "items", Person: "people", Place: "places", Scene: "scenes", SceneLink: "links"}
    for slot in command.after:
        if slot.record is not None:
            counts[keys[slot.kind]] += 1
    return counts


def _delete_record(
    args: argparse.Namespace,
    kind: str,
    build: Callable[[Library, str, str], Command],
    hint: str,
) -> int:
    with Library.open(args.collection) as lib:
        deleted = _named(lib, kind, args.target)
        target = _named(lib, kind, args.reassign_to) if args.reassign_to else None
        try:
            command = build(lib, args.target, args.reassign_to)
        except InUseError as exc:
            warn(f"memoryapp: {exc}; give --reassign-to NAME_OR_ID to move them to {hint}")
            return USAGE
        lib.apply(command)
    counts = _changed(command)
    summary = ", ".join(f"{n} {key}" for key, n in counts.items() if n) or "nothing else"
    _print(
        args,
        {
            "deleted": deleted,
            "reassigned_to": target,
            "changed": counts,
            "label": command.label,
        },
        f"{command.label} ({deleted['id']}); rewrote {summary}",
    )
    return OK


def _named(lib: Library, kind: str, text: str) -> dict[str, str]:
    """``{"id", "name"}`` of the person or place that ``text`` names."""
    record: Person | Place = (
        resolve(lib.people(), text, kind) if kind == "person" else resolve(lib.places(), text, kind)
    )
    return {"id": record.id, "name": record.name}


def _delete_person(args: argparse.Namespace) -> int:
    from memoryapp.library.trash import delete_person_command

    return _delete_record(args, "person", delete_person_command, "another person")


def _delete_place(args: argparse.Namespace) -> int:
    from memoryapp.library.trash import delete_place_command

    return _delete_record(args, "place", delete_place_command, "another place")


def _delete_film(args: argparse.Namespace) -> int:
    from memoryapp.library.film_desk import FilmDesk

    with Library.open(args.collection) as lib:
        desk = FilmDesk(lib)
        film = desk.film(args.target)
        scenes = len(desk.scenes(film.id))
        desk.delete_film(film.id)
    _print(
        args,
        {"deleted": film.id, "title": film.title, "scenes": scenes},
        f"deleted film {film.title} ({film.id}) with {scenes} scenes",
    )
    return OK


def _delete_scene(args: argparse.Namespace) -> int:
    from memoryapp.library.film_desk import FilmDesk

    with Library.open(args.collection) as lib:
        desk = FilmDesk(lib)
        scene = desk.scene(args.target)
        links = len(desk.links(scene_id=scene.id))
        desk.delete_scene(scene.id)
    _print(
        args,
        {"deleted": scene.id, "film": scene.film_id, "number": scene.number, "links": links},
        f"deleted scene {scene.number} ({scene.id}) with {links} links",
    )
    return OK
