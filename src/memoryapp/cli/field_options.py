"""Options of ``edit``, ``person edit`` and ``place edit`` read from the field registry.

Every field the registry marks editable gets its option. Plain values (text, flags,
choices, numbers) are parsed and applied here, so a new text field of an item is editable
from the command line without touching the CLI; fields that need a lookup or a date parser
are given their option by the command itself and are skipped here.
"""

import argparse
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any

from memoryapp.core.fields import Field, fields_of


def _plain(tp: Any) -> Any:
    """The value type of a plain field (``X`` of ``X | None``), or None when it is not plain."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        tp = args[0] if len(args) == 1 else None
    if tp in (str, bool, float, int) or (isinstance(tp, type) and issubclass(tp, enum.Enum)):
        return tp
    return None


def dest(spec: Field) -> str:
    """Where argparse stores a field's value."""
    return f"field:{spec.record.__name__}.{spec.name}"


def add_field_options(parser: argparse.ArgumentParser, *records: type[Any]) -> None:
    """Add an option for each editable plain field of ``records`` the parser lacks."""
    taken = parser._option_string_actions
    for record in records:
        for spec in fields_of(record):
            tp = _plain(spec.type)
            if not spec.option or spec.option in taken or tp is None:
                continue
            label = spec.label.lower()
            if tp is bool:
                parser.add_argument(
                    spec.option, dest=dest(spec), action="store_true", default=None, help=label
                )
                parser.add_argument(
                    f"--not-{spec.option[2:]}",
                    dest=dest(spec),
                    action="store_false",
                    default=None,
                    help=f"clear: {label}",
                )
            elif isinstance(tp, type) and issubclass(tp, enum.Enum):
                choices = [str(m.value) for m in tp]
                parser.add_argument(spec.option, dest=dest(spec), choices=choices, help=label)
            else:
                parser.add_argument(spec.option, dest=dest(spec), type=tp, help=label)


def field_values(args: argparse.Namespace, record: type[Any]) -> dict[str, Any]:
    """``{field name: value}`` of the plain options of ``record`` given on the command line."""
    out: dict[str, Any] = {}
    for spec in fields_of(record):
        value = getattr(args, dest(spec), None)
        if value is None:
            continue
        tp = _plain(spec.type)
        out[spec.name] = tp(value) if isinstance(tp, type) and issubclass(tp, enum.Enum) else value
    return out


def editable_options(records: Mapping[type[Any], str] | tuple[type[Any], ...]) -> set[str]:
    """Every option the registry declares for ``records``."""
    return {spec.option for record in records for spec in fields_of(record) if spec.option}
