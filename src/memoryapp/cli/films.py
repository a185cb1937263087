"""The ``film``, ``scene`` and ``link`` commands, and the film formats of ``export``.

``add_commands`` registers ``film add|edit|list|show|check|cut``, ``scene
add|edit|list|show|candidates`` and ``link add|edit|remove|list``; every command takes
``--json`` (shapes in docs/films.md). ``FILM_EXPORT_FORMATS`` maps the film formats of the
shared ``export`` command to their handlers.
"""

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.exchange import export_exists, included_notes, policy_of, say_privacy
from memoryapp.cli.film_options import (
    add_film_options,
    add_link_options,
    add_scene_options,
    film_fields,
    link_fields,
    scene_fields,
)
from memoryapp.cli.output import emit_json, say, warn
from memoryapp.core.films import Scene
from memoryapp.core.films.checks import Severity
from memoryapp.library import Library
from memoryapp.library.exchange import FILM_FORMAT_NAMES, OutputExistsError
from memoryapp.library.film_desk import FilmDesk
from memoryapp.library.film_json import (
    candidate_json,
    cut_json,
    film_json,
    issue_json,
    link_json,
    scene_json,
)
from memoryapp.library.lookup import resolve_scene

Handler = Callable[[argparse.Namespace], int]
OK, FAILED, USAGE = 0, 1, 2  # as memoryapp.cli.main.ExitCode


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def _scene_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("scene_id", metavar="SCENE", help="scene ID, number (12, SC12) or title")
    parser.add_argument("--film", default=None, help="film ID or title, when numbers repeat")


def add_commands(subparsers: Any) -> dict[str, Handler]:
    """Add the film commands to ``subparsers``; return their handlers by command name."""
    film = subparsers.add_parser("film", help=help_of("film")).add_subparsers(
        dest="film_command", metavar="ACTION", required=True
    )
    p = film.add_parser("add", help="create a film")
    _common(p)
    add_film_options(p, edit=False)
    p = film.add_parser("edit", help="change a film")
    _common(p)
    p.add_argument("film_id", metavar="FILM")
    add_film_options(p, edit=True)
    _common(film.add_parser("list", help="list films"))
    for name, text in (
        ("show", "show a film with its scenes and links"),
        ("check", "check clearance, consent, licences, captions"),
    ):
        p = film.add_parser(name, help=text)
        _common(p)
        p.add_argument("film_id", metavar="FILM")
    p.add_argument("--today", default=None, help="judge licence terms on this day (YYYY-MM-DD)")
    p = film.add_parser("cut", help="read the editor's locked-cut EDL back into usage")
    _common(p)
    p.add_argument("film_id", metavar="FILM")
    p.add_argument("edl", type=Path, metavar="EDL")

    scene = subparsers.add_parser("scene", help=help_of("scene")).add_subparsers(
        dest="scene_command", metavar="ACTION", required=True
    )
    p = scene.add_parser("add", help="add a scene to a film")
    _common(p)
    p.add_argument("--film", required=True, help="film ID")
    p.add_argument("--number", required=True, help='scene number ("12", "12A")')
    add_scene_options(p)
    p = scene.add_parser("edit", help="change a scene")
    _common(p)
    _scene_argument(p)
    p.add_argument("--number", default=None)
    add_scene_options(p)
    p = scene.add_parser("list", help="list a film's scenes")
    _common(p)
    p.add_argument("--film", required=True, help="film ID")
    for name, text in (
        ("show", "show a scene and its links"),
        ("candidates", "find material for a scene"),
    ):
        p = scene.add_parser(name, help=text)
        _common(p)
        _scene_argument(p)
    p.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")

    link = subparsers.add_parser("link", help=help_of("link")).add_subparsers(
        dest="link_command", metavar="ACTION", required=True
    )
    p = link.add_parser("add", help="link an item to a scene")
    _common(p)
    p.add_argument("--scene", required=True, help="scene ID")
    p.add_argument("--item", required=True, help="item ID")
    add_link_options(p)
    p = link.add_parser("edit", help="change a link")
    _common(p)
    p.add_argument("link_id", metavar="LINK")
    add_link_options(p)
    p = link.add_parser("remove", help="remove a link (the item stays)")
    _common(p)
    p.add_argument("link_id", metavar="LINK")
    p = link.add_parser("list", help="list links")
    _common(p)
    for flag in ("--film", "--scene", "--item"):
        p.add_argument(flag, default=None, help=f"only links of this {flag[2:]}")
    return {"film": _guarded(_film), "scene": _guarded(_scene), "link": _guarded(_link)}


def _guarded(handler: Handler) -> Handler:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ValueError as exc:  # bad input: a timecode, a date, a rule of the model
            warn(f"memoryapp: {exc}")
            return USAGE

    return run


# -- film ---------------------------------------------------------------------------------------


def _film(args: argparse.Namespace) -> int:
    action = args.film_command
    with Library.open(args.collection) as lib:
        desk = FilmDesk(lib)
        if action == "add":
            film, _ = desk.add_film(args.title, **film_fields(args, None))
            return _print(args, film_json(film), f"{film.id}  {film.title}")
        if action == "edit":
            film, _ = desk.edit_film(args.film_id, **film_fields(args, desk.film(args.film_id)))
            return _print(args, film_json(film), f"{film.id}  {film.title}")
        if action == "list":
            films = desk.films()
            lines = [
                f"{f.id}  {f.fps:>6}{' DF' if f.drop_frame else '   '}  {f.title}" for f in films
            ]
            return _print(args, [film_json(f) for f in films], *lines, f"{len(films)} films")
        if action == "show":
            return _show_film(args, lib, desk)
        if action == "check":
            issues = desk.checks(args.film_id, today=args.today)
            lines = [
                f"{i.severity:<8} {i.kind:<24} {i.item_id or '-'}  {i.message}" for i in issues
            ]
            errors = sum(1 for i in issues if i.severity is Severity.ERROR)
            _print(
                args,
                [issue_json(i) for i in issues],
                *lines,
                f"{len(issues)} issues, {errors} errors",
            )
            return FAILED if errors else OK
        report = desk.apply_locked_cut(args.film_id, args.edl)
        lines = [
            f"{item_id}  {report.seconds(item_id):8.2f} s" for item_id in sorted(report.frames)
        ]
        lines += [f"in the cut but linked to no scene: {i}" for i in report.unlinked_items]
        lines += [f"warning: {w}" for w in report.warnings]
        return _print(args, cut_json(report), f"cut {report.cut}", *lines)


def _show_film(args: argparse.Namespace, lib: Library, desk: FilmDesk) -> int:
    film = desk.film(args.film_id)
    people = {p.id: p.name for p in lib.people()}
    places = {p.id: p.name for p in lib.places()}
    scenes = desk.scenes(film.id)
    links = desk.links(film_id=film.id)
    data = {
        **film_json(film),
        "scenes": [scene_json(s, film, people, places) for s in scenes],
        "links": [link_json(k, film) for k in links],
    }
    lines = [
        f"{film.title}  ({film.fps} fps{' drop-frame' if film.drop_frame else ''}, starts {desk.tc(film, film.start_frame)})"
    ]
    for scene in scenes:
        mine = [k for k in links if k.scene_id == scene.id]
        lines.append(
            f"  SC{scene.number:<5} {scene.title}  [{scene.status}]  {len(mine)} links  {scene.id}"
        )
        lines += [f"      {k.role:<10} {k.clearance:<14} {k.item_id}  {k.id}" for k in mine]
    return _print(args, data, *lines)


# -- scene --------------------------------------------------------------------------------------


def _scene(args: argparse.Namespace) -> int:
    action = args.scene_command
    with Library.open(args.collection) as lib:
        desk = FilmDesk(lib)
        people = {p.id: p.name for p in lib.people()}
        places = {p.id: p.name for p in lib.places()}
        if action == "add":
            film = desk.film(args.film)
            fields = scene_fields(args, film, lib.people(), lib.places())
            scene, _ = desk.add_scene(film.id, args.number, **fields)
        elif action == "edit":
            scene = _scene_named(args, lib, desk)
            film = desk.film(scene.film_id)
            fields = scene_fields(args, film, lib.people(), lib.places())
            if args.number is not None:
                fields["number"] = args.number
            scene, _ = desk.edit_scene(scene.id, **fields)
        elif action == "list":
            film = desk.film(args.film)
            scenes = desk.scenes(film.id)
            lines = [f"{s.id}  SC{s.number:<5} {s.status:<12} {s.title}" for s in scenes]
            return _print(
                args,
                [scene_json(s, film, people, places) for s in scenes],
                *lines,
                f"{len(scenes)} scenes",
            )
        elif action == "show":
            scene = _scene_named(args, lib, desk)
            film = desk.film(scene.film_id)
            links = desk.links(scene_id=scene.id)
            data = {
                **scene_json(scene, film, people, places),
                "links": [link_json(k, film) for k in links],
            }
            lines = [
                f"SC{scene.number} {scene.title}  [{scene.status}]",
                *(f"  {k.role:<10} {k.item_id}  {k.id}" for k in links),
            ]
            return _print(args, data, *lines)
        else:
            scene_id = _scene_named(args, lib, desk).id
            found = desk.candidates(scene_id, limit=args.limit)
            titles = {c.item_id: lib.item(c.item_id).title for c in found}
            lines = [
                f"{c.score:6.2f}  {c.item_id}  {titles[c.item_id]}\n        {c.summary}"
                for c in found
            ]
            return _print(
                args,
                [candidate_json(c, titles[c.item_id]) for c in found],
                *lines,
                f"{len(found)} candidates",
            )
        return _print(
            args,
            scene_json(scene, film, people, places),
            f"{scene.id}  SC{scene.number} {scene.title}",
        )


def _scene_named(args: argparse.Namespace, lib: Library, desk: FilmDesk) -> Scene:
    """The SCENE argument: an id, a number (``12``, ``SC12``) or a title; ``--film`` narrows."""
    film_id = desk.film(args.film).id if args.film else None
    return resolve_scene(lib.scenes(film_id), desk.films(), args.scene_id)


# -- link ---------------------------------------------------------------------------------------


def _link(args: argparse.Namespace) -> int:
    action = args.link_command
    with Library.open(args.collection) as lib:
        desk = FilmDesk(lib)
        if action == "list":
            links = desk.links(film_id=args.film, scene_id=args.scene, item_id=args.item)
            films = {f.id: f for f in desk.films()}
            film_of = {s.id: films[s.film_id] for s in lib.scenes()}
            lines = [f"{k.id}  {k.role:<10} {k.clearance:<14} {k.item_id}" for k in links]
            return _print(
                args,
                [link_json(k, film_of[k.scene_id]) for k in links],
                *lines,
                f"{len(links)} links",
            )
        if action == "remove":
            link = desk.link(args.link_id)
            desk.unlink(link.id)
            return _print(args, {"removed": link.id}, f"removed {link.id}")
        if action == "add":
            film = desk.film(desk.scene(args.scene).film_id)
            link, _ = desk.link_item(
                args.scene, args.item, **link_fields(args, film, None, _today())
            )
        else:
            current = desk.link(args.link_id)
            film = desk.film(desk.scene(current.scene_id).film_id)
            link, _ = desk.edit_link(current.id, **link_fields(args, film, current, _today()))
        return _print(args, link_json(link, film), f"{link.id}  {link.role}  {link.clearance}")


def _today() -> str:
    return dt.datetime.now().astimezone().date().isoformat()


# -- export -------------------------------------------------------------------------------------


def _export(fmt: str) -> Handler:
    def run(args: argparse.Namespace) -> int:
        with Library.open(args.collection, read_only=True) as lib:
            desk = FilmDesk(lib)
            film_id = getattr(args, "film", None)
            if film_id is None:
                films = desk.films()
                if len(films) != 1:
                    warn(
                        f"memoryapp: the collection has {len(films)} films; choose one with --film"
                    )
                    return USAGE
                film_id = films[0].id
            film_id = desk.film(film_id).id  # an id or a title
            try:
                result = desk.export(
                    film_id,
                    fmt,
                    Path(args.out),
                    policy_of(args),
                    overwrite=bool(getattr(args, "overwrite", False)),
                )
            except OutputExistsError as exc:
                return export_exists(exc)
        if args.json:
            emit_json(
                {
                    "format": fmt,
                    "film_id": film_id,
                    "path": str(result.path),
                    "items": result.items,
                    "privacy": result.report.to_json(),
                    "included": included_notes(result),
                }
            )
            return OK
        say(f"wrote {result.path}")
        say_privacy(result)
        return OK

    return _guarded(run)


FILM_EXPORT_FORMATS: dict[str, Handler] = {fmt: _export(fmt) for fmt in FILM_FORMAT_NAMES}
"""Handlers of ``export --format F`` for the film formats; each reads ``args.collection``,
``args.out``, ``args.json`` and ``args.film`` (optional when the collection has one film)."""


def _print(args: argparse.Namespace, data: Any, *lines: str) -> int:
    if args.json:
        emit_json(data)
    else:
        for line in lines:
            say(line)
    return OK
