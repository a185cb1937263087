"""What the registry says about one field of a record type."""

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Privacy(StrEnum):
    """How the privacy filter treats a field (anything not classified is withheld)."""

    KEEP = "keep"  # identifies nobody: IDs, codes, sizes, enums, flags
    REDACT = "redact"  # free text: every spelling of a withheld person is replaced
    DROP = "drop"  # left out of every export that filters anything
    NESTED = "nested"  # a value with fields of its own, filtered field by field
    RULE = "rule"  # a rule of its own in the privacy filter (people, GPS, relations)


def label(text: str) -> str:
    """Mark a field label for translation (context ``"fields"``); the UI translates it."""
    return text


@dataclass(frozen=True, slots=True, kw_only=True)
class Field:
    """One field of a record type, declared once.

    Attributes:
        record: the frozen dataclass the field belongs to.
        name: the attribute (and JSON key) name.
        label: English label, translated by the UI in the ``"fields"`` context.
        privacy: how exports filter it.
        free_text: people's words (searched as words, scrubbed of withheld names).
        searched: its words are found by the search box.
        option: the ``memoryapp edit`` option that sets it ("--album"); "" when not editable.
        exports: ``{format: column or property}`` it is written as.
    """

    record: type[Any]
    name: str
    label: str
    privacy: Privacy
    free_text: bool = False
    searched: bool = False
    option: str = ""
    exports: Mapping[str, str] = field(default_factory=dict)

    @property
    def type(self) -> Any:
        """The declared type of the field (from the dataclass itself)."""
        return hints_of(self.record)[self.name]

    @property
    def editable(self) -> bool:
        """Whether the CLI (and the GUI) can set it."""
        return bool(self.option)

    @property
    def default(self) -> Any:
        """The field's default value (``dataclasses.MISSING`` when it has none)."""
        spec = {f.name: f for f in dataclasses.fields(self.record)}[self.name]
        if spec.default_factory is not dataclasses.MISSING:
            return spec.default_factory()
        return spec.default


_HINTS: dict[type[Any], dict[str, Any]] = {}


def hints_of(record: type[Any]) -> dict[str, Any]:
    """The resolved type hints of a record type."""
    if record not in _HINTS:
        _HINTS[record] = typing.get_type_hints(record)
    return _HINTS[record]


def text(name: str, title: str, **more: Any) -> dict[str, Any]:
    """The declaration of a free-text field (redacted, searched unless said otherwise)."""
    return {"name": name, "label": title, "privacy": Privacy.REDACT, "free_text": True, **more}


def keep(name: str, title: str, **more: Any) -> dict[str, Any]:
    """The declaration of a field that identifies nobody."""
    return {"name": name, "label": title, "privacy": Privacy.KEEP, **more}


def nested(name: str, title: str, **more: Any) -> dict[str, Any]:
    """The declaration of a field whose value has fields of its own."""
    return {"name": name, "label": title, "privacy": Privacy.NESTED, **more}


def rule(name: str, title: str, **more: Any) -> dict[str, Any]:
    """The declaration of a field the privacy filter treats by a rule of its own."""
    return {"name": name, "label": title, "privacy": Privacy.RULE, **more}


def drop(name: str, title: str, **more: Any) -> dict[str, Any]:
    """The declaration of a field left out of filtered exports."""
    return {"name": name, "label": title, "privacy": Privacy.DROP, **more}


def declare(record: type[Any], *specs: Mapping[str, Any]) -> tuple[Field, ...]:
    """The fields of ``record`` from their declarations, in order."""
    return tuple(Field(record=record, **spec) for spec in specs)
