"""``memoryapp faces``: find faces, list them, name them, set them aside, suggest, group.

::

    memoryapp faces detect   --collection DIR [ITEM_ID...] [--json]
    memoryapp faces list     --collection DIR [--state S] [--item ID] [--json]
    memoryapp faces name     --collection DIR FACE_ID... --person NAME_OR_ID [--json]
    memoryapp faces reject   --collection DIR FACE_ID... [--not-a-face | --person NAME_OR_ID]
    memoryapp faces suggest  --collection DIR [--json]
    memoryapp faces clusters --collection DIR [--json]

Every change is one operation of the history (``memoryapp undo`` reverts it). The shapes of
``--json`` are in docs/cli.md.
"""

import argparse
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from memoryapp.cli.commands import help_of
from memoryapp.cli.output import ProgressBar, counted, emit_json, say, warn
from memoryapp.core.faces import Face, FaceState, RejectReason
from memoryapp.core.ids import PersonId
from memoryapp.core.items import Certainty
from memoryapp.core.orientation import rect_to_display
from memoryapp.core.progress import CancelToken
from memoryapp.library import Library
from memoryapp.library.face_job import detect_faces
from memoryapp.library.faces import (
    clusters,
    name_command,
    reject_command,
    reject_suggestion_command,
    suggest_command,
)

Handler = Callable[[argparse.Namespace], int]
OK, FAILED = 0, 1  # as memoryapp.cli.commands.ExitCode


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--collection", "-c", type=Path, required=True, help="collection folder")
    parser.add_argument("--json", action="store_true", help="print stable JSON")


def add_commands(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, Handler]:
    """Add ``faces`` and its actions; return its handler."""
    faces = sub.add_parser("faces", help=help_of("faces"))
    fsub = faces.add_subparsers(dest="faces_action", metavar="ACTION", required=True)
    p = fsub.add_parser("detect", help="find faces on pictures not searched yet (or these)")
    _common(p)
    p.add_argument("items", nargs="*", metavar="ITEM_ID", help="search these items (again)")
    p = fsub.add_parser("list", help="list detected faces")
    _common(p)
    p.add_argument("--state", choices=[s.value for s in FaceState], default=None)
    p.add_argument("--item", default=None, metavar="ID", help="only this item's faces")
    p = fsub.add_parser("name", help="name faces as a person (they become person tags)")
    _common(p)
    p.add_argument("faces", nargs="+", metavar="FACE_ID")
    p.add_argument("--person", required=True, metavar="NAME_OR_ID")
    p.add_argument(
        "--certainty", choices=[c.value for c in Certainty], default=Certainty.CERTAIN.value
    )
    p = fsub.add_parser("reject", help="set faces aside, or say they are not a person")
    _common(p)
    p.add_argument("faces", nargs="+", metavar="FACE_ID")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--not-a-face", action="store_true", help="the detector was wrong")
    which.add_argument(
        "--person", default=None, metavar="NAME_OR_ID", help="never suggest this person for them"
    )
    _common(fsub.add_parser("suggest", help="compute the suggestions of unnamed faces again"))
    _common(fsub.add_parser("clusters", help="list groups of unnamed faces that look alike"))
    return {"faces": _run}


def _run(args: argparse.Namespace) -> int:
    actions: Mapping[str, Handler] = {
        "detect": _detect,
        "list": _list,
        "name": _name,
        "reject": _reject,
        "suggest": _suggest,
        "clusters": _clusters,
    }
    return actions[args.faces_action](args)


def face_json(face: Face, orientation: int, names: Mapping[PersonId, str]) -> dict[str, Any]:
    """The stable JSON form of one face (docs/cli.md)."""
    r = face.region
    x, y, w, h = rect_to_display(r.x, r.y, r.w, r.h, orientation)
    return {
        "id": face.id,
        "item_id": face.item_id,
        "region": {"x": r.x, "y": r.y, "w": r.w, "h": r.h},
        "region_upright": {"x": round(x, 6), "y": round(y, 6), "w": round(w, 6), "h": round(h, 6)},
        "score": face.score,
        "size_px": face.size_px,
        "state": face.state.value,
        "reject_reason": face.reject_reason.value,
        "person": (
            None
            if face.person_id is None
            else {"id": face.person_id, "name": names.get(face.person_id, "")}
        ),
        "suggestions": [
            {
                "person_id": s.person_id,
                "name": names.get(s.person_id, ""),
                "confidence": s.confidence,
            }
            for s in face.suggestions
        ],
        "detected_by": face.detected_by,
        "detected_at": face.detected_at,
        "engine": face.engine,
    }


def _faces_json(lib: Library, faces: list[Face]) -> list[dict[str, Any]]:
    names = {p.id: p.name for p in lib.people()}
    turns: dict[str, int] = {}
    out = []
    for face in faces:
        if face.item_id not in turns:
            turns[face.item_id] = lib.item(face.item_id).orientation
        out.append(face_json(face, turns[face.item_id], names))
    return out


def _detect(args: argparse.Namespace) -> int:
    bar = ProgressBar(enabled=None if not args.json else False)
    cancel = CancelToken()
    with Library.open(args.collection) as lib:
        try:
            report = detect_faces(lib, args.items, progress=bar, cancel=cancel)
        except KeyboardInterrupt:  # the batches committed so far stay; a re-run continues
            cancel.cancel()
            raise
        finally:
            bar.finish()
    for problem in report.problems:
        warn(f"memoryapp: {problem}")
    if args.json:
        emit_json(
            {
                "items": report.items,
                "faces": report.faces,
                "matched_tags": report.matched_tags,
                "described": report.described,
                "cancelled": report.cancelled,
                "problems": report.problems,
            }
        )
    else:
        say(
            f"Searched {counted(report.items, 'item')}: {counted(report.faces, 'new face')}"
            f" ({report.matched_tags} already tagged), {report.described} described."
        )
    return FAILED if report.problems else OK


def _list(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        faces = lib.faces(args.item)
        if args.item is not None:
            lib.item(args.item)  # an unknown item is an error, not an empty list
        if args.state is not None:
            faces = [f for f in faces if f.state.value == args.state]
        data = _faces_json(lib, faces)
    if args.json:
        emit_json(data)
    elif not data:
        say("No faces.")
    else:
        for face in data:
            best = face["suggestions"][0] if face["suggestions"] else None
            who = face["person"]["name"] if face["person"] else ""
            hint = f"  maybe {best['name']} ({best['confidence']:.2f})" if best else ""
            say(f"{face['id']}  {face['state']:<9}  {face['size_px']:>4} px  {who}{hint}")
    return OK


def _apply(args: argparse.Namespace, lib: Library, build: Callable[[], Any]) -> int:
    command = build()
    lib.apply(command)
    touched = {s.id for s in command.after if isinstance(s.record, Face)}
    faces = [f for f in lib.faces() if f.id in touched]
    if args.json:
        emit_json({"label": command.label, "faces": _faces_json(lib, faces)})
    else:
        say(f"{command.label}." if touched else "Nothing to change.")
    return OK


def _name(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        return _apply(
            args,
            lib,
            lambda: name_command(lib, args.faces, args.person, certainty=Certainty(args.certainty)),
        )


def _reject(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        if args.person is not None:
            return _apply(
                args, lib, lambda: reject_suggestion_command(lib, args.faces, args.person)
            )
        reason = RejectReason.NOT_A_FACE if args.not_a_face else RejectReason.IGNORE
        return _apply(args, lib, lambda: reject_command(lib, args.faces, reason))


def _suggest(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        return _apply(args, lib, lambda: suggest_command(lib))


def _clusters(args: argparse.Namespace) -> int:
    with Library.open(args.collection) as lib:
        groups = clusters(lib)
        data: list[dict[str, Any]] = [
            {"size": len(g), "faces": _faces_json(lib, g)} for g in groups
        ]
    if args.json:
        emit_json(data)
    elif not data:
        say("No unnamed faces to group.")
    else:
        for number, group in enumerate(data, start=1):
            ids = " ".join(f["id"] for f in group["faces"])
            say(f"{number:>3}. {counted(group['size'], 'face')}: {ids}")
    return OK
