"""Find people, places and scenes by id, by any spelling of a name, or by scene number.

For the CLI and dialogs.
"""

import re
from collections.abc import Sequence
from typing import TypeVar

from memoryapp.core.errors import InvalidRecordError, NotFoundError
from memoryapp.core.films import Film, Scene
from memoryapp.core.ids import PersonId
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.text import search_key

R = TypeVar("R", Person, Place)


class AmbiguousNameError(InvalidRecordError):
    """Several records carry that name; the message lists them so the user can pick an id."""


def resolve(records: Sequence[R], text: str, kind: str) -> R:
    """The record whose id is ``text``, or the one record with a name that folds to it.

    Raises:
        NotFoundError: nothing matches.
        AmbiguousNameError: several records match.
    """
    for record in records:
        if record.id == text:
            return record
    key = search_key(text)
    matches = [r for r in records if any(search_key(n.value) == key for n in r.names)]
    if not matches:
        raise NotFoundError(kind, text)
    if len(matches) > 1:
        listed = ", ".join(f"{r.id} ({r.name})" for r in matches)
        raise AmbiguousNameError(f"several {kind}s are called {text!r}: {listed}")
    return matches[0]


def holder_of(people: Sequence[Person], text: str) -> tuple[PersonId | None, str]:
    """The one person named ``text`` (by ID or any spelling), else ``text`` as a name.

    For who wrote an inscription or held a print: a name that is not (or not only) one
    person of the collection is kept as said.
    """
    if not text:
        return None, ""
    try:
        return resolve(people, text, "person").id, ""
    except (NotFoundError, AmbiguousNameError):
        return None, text


_SCENE_NUMBER = re.compile(r"(?:sc(?:ene)?\s*\.?\s*)?(?P<number>\S+)", re.IGNORECASE)


def resolve_scene(scenes: Sequence[Scene], films: Sequence[Film], text: str) -> Scene:
    """The scene whose id is ``text``, or the one scene with that number or title.

    A number may be written ``12``, ``12A``, ``SC12`` or ``Scene 12`` (any case); a title
    matches through the search folding.

    Raises:
        NotFoundError: nothing matches.
        AmbiguousNameError: several scenes match (the same number in two films, say).
    """
    for scene in scenes:
        if scene.id == text:
            return scene
    match = _SCENE_NUMBER.fullmatch(text.strip())
    number = search_key(match["number"]) if match else ""
    matches = [s for s in scenes if search_key(s.number) == number]
    if not matches:
        key = search_key(text)
        matches = [s for s in scenes if s.title and search_key(s.title) == key]
    if not matches:
        raise NotFoundError("scene", text)
    if len(matches) > 1:
        titles = {f.id: f.title for f in films}
        listed = ", ".join(
            f"{s.id} (SC{s.number} of {titles.get(s.film_id, s.film_id)})" for s in matches
        )
        raise AmbiguousNameError(f"several scenes are {text!r}: {listed}")
    return matches[0]
