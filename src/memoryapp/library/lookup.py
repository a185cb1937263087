"""Find people and places by id or by any spelling of their name (for the CLI and dialogs)."""

from collections.abc import Sequence
from typing import TypeVar

from memoryapp.core.errors import InvalidRecordError, NotFoundError
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
