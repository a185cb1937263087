"""Walking records through the registry: their texts, and the values nested in them."""

import dataclasses
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from memoryapp.core.fields.model import Field, Privacy, hints_of
from memoryapp.core.fields.registry import REGISTRY, field_of


def nested_types(tp: Any) -> tuple[type[Any], ...]:
    """The registered record types a type hint holds (through ``| None``, tuples, mappings)."""
    if isinstance(tp, type) and tp in REGISTRY:
        return (tp,)
    found: list[type[Any]] = []
    for arg in typing.get_args(tp):
        found += nested_types(arg)
    if typing.get_origin(tp) in (typing.Union, types.UnionType) or found:
        return tuple(dict.fromkeys(found))
    return ()


def records_in(value: Any) -> Iterator[Any]:
    """The records inside a nested value (itself, a tuple's elements, a mapping's values)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        yield value
    elif isinstance(value, tuple):
        for element in value:
            yield from records_in(element)
    elif isinstance(value, Mapping):
        for element in value.values():
            yield from records_in(element)


def map_records(value: Any, fn: Callable[[Any], Any]) -> Any:
    """``value`` with ``fn`` applied to each record in it, keeping the container's shape."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return fn(value)
    if isinstance(value, tuple):
        return tuple(map_records(v, fn) for v in value)
    if isinstance(value, Mapping):
        return {k: map_records(v, fn) for k, v in value.items()}
    return value


def map_text(value: Any, fn: Callable[[str], str]) -> Any:
    """``value`` with ``fn`` applied to its text: a string, strings in a tuple or a mapping."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, tuple):
        return tuple(map_text(v, fn) for v in value)
    if isinstance(value, Mapping):
        return {k: map_text(v, fn) for k, v in value.items()}
    return value


def texts(record: Any, want: Callable[[Field], bool]) -> list[str]:
    """The non-empty texts of the fields ``want`` picks, nested values included, in order."""
    out: list[str] = []
    plan = _PLANS.get((type(record), want))
    if plan is None:
        plan = _text_plan(type(record), want)
    for name, nested in plan:
        value = getattr(record, name)
        if value is None or value == ():
            continue
        if nested:
            if type(value) in REGISTRY:  # one record (a source, a physical description)
                out += texts(value, want)
            elif type(value) is tuple:  # the common case: a tuple of records (tags, files)
                for inner in value:
                    if type(inner) in REGISTRY:
                        out += texts(inner, want)
                    else:
                        out += [
                            text for deeper in records_in(inner) for text in texts(deeper, want)
                        ]
            else:
                for inner in records_in(value):
                    out += texts(inner, want)
        elif isinstance(value, str):
            if value:
                out.append(value)
        else:
            out += [t for t in _strings(value) if t]
    return out


_PLANS: dict[tuple[type[Any], Callable[[Field], bool]], tuple[tuple[str, bool], ...]] = {}


def _text_plan(record: type[Any], want: Callable[[Field], bool]) -> tuple[tuple[str, bool], ...]:
    """The fields :func:`texts` reads of a record type, in order: ``(name, nested)``.

    Asked of ``want`` once per type and ``want`` (remembered: the registry does not change
    once imported) rather than once per record, which makes the index build's walk cheap.
    """
    if len(_PLANS) >= 512:  # callers passing a new function each time
        _PLANS.clear()
    plan = _PLANS[record, want] = tuple(
        (spec.name, spec.privacy is Privacy.NESTED)
        for spec in REGISTRY.get(record, {}).values()
        if spec.privacy is Privacy.NESTED or want(spec)
    )
    return plan


def raw_texts(
    record: type[Any], data: Mapping[str, Any], want: Callable[[Field], bool]
) -> list[str] | None:
    """:func:`texts` of the record stored as ``data``, without decoding it.

    ``data`` is the record's JSON form (``storage.serialize``: field names as keys, fields at
    their default left out, nested records as objects, tuples as lists). Returns None when a
    field ``want`` picks is of a shape only the decoded record can be walked through.
    """
    try:
        plan = _RAW_PLANS[record, want]
    except KeyError:
        plan = _raw_plan(record, want)
    if plan is None:
        return None
    out: list[str] = []
    for name, shape, inner, default in plan:
        value = data.get(name)
        if value is None:
            if name not in data:
                out += default
            continue
        if shape is _TEXT:
            if type(value) is str:
                if value:
                    out.append(value)
            elif type(value) is list and all(type(t) is str for t in value):
                out += filter(None, value)
            else:
                out += [t for t in _raw_strings(value) if t]
            continue
        if shape is _ONE:
            found = [value]
        elif shape is _MANY:
            found = value
        elif shape is _MAP:
            found = list(value.values())
        else:
            continue
        for element in found:
            plain = type(element) is dict or isinstance(element, Mapping)
            deeper = raw_texts(inner, element, want) if plain else None
            if deeper is None:
                return None
            out += deeper
    return out


_TEXT, _ONE, _MANY, _MAP, _NONE = "text", "one", "many", "map", "none"
_RawPlan = tuple[tuple[str, str, Any, list[str]], ...]
_RAW_PLANS: dict[tuple[type[Any], Callable[[Field], bool]], "_RawPlan | None"] = {}


def _raw_plan(record: type[Any], want: Callable[[Field], bool]) -> "_RawPlan | None":
    """What :func:`raw_texts` reads of a record type, in :func:`texts`' order.

    Each field as ``(name, shape, record type, texts of its default)``; None when a field
    cannot be read raw.
    """
    if len(_RAW_PLANS) >= 512:
        _RAW_PLANS.clear()
    defaults = {f.name: f for f in dataclasses.fields(record)}
    plan: list[tuple[str, str, Any, list[str]]] = []
    found: _RawPlan | None = None
    for name, nested in _PLANS.get((record, want)) or _text_plan(record, want):
        spec = defaults[name]
        if spec.default_factory is not dataclasses.MISSING:
            default: Any = spec.default_factory()
        else:
            default = None if spec.default is dataclasses.MISSING else spec.default
        shape = _shape(hints_of(record)[name]) if nested else _TEXT
        if shape is None or (not nested and nested_types(hints_of(record)[name])):
            break
        if nested:
            taken = [t for inner in records_in(default) for t in texts(inner, want)]
        else:
            taken = [t for t in _strings(default) if t]
        inner_type = shape[1] if isinstance(shape, tuple) else None
        plan.append((name, shape[0] if isinstance(shape, tuple) else shape, inner_type, taken))
    else:
        found = tuple(plan)
    _RAW_PLANS[record, want] = found
    return found


def _shape(tp: Any) -> tuple[str, type[Any]] | str | None:
    """How a nested field's records sit in its JSON form; None: not one of the plain shapes."""
    inner = nested_types(tp)
    if not inner:
        return _NONE
    if len(inner) != 1:
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
        tp = args[0]
    origin = typing.get_origin(tp)
    if tp is inner[0]:
        return _ONE, inner[0]
    if origin is tuple and typing.get_args(tp)[0] is inner[0]:
        return _MANY, inner[0]
    mapping = isinstance(origin, type) and issubclass(origin, Mapping)
    if mapping and typing.get_args(tp)[1] is inner[0]:
        return _MAP, inner[0]
    return None


def column_values(record: Any, export: str, column: str) -> list[str]:
    """The non-empty texts of ``record``'s fields that ``export`` writes in ``column``."""
    specs = REGISTRY.get(type(record), {}).values()
    values = (getattr(record, s.name) for s in specs if s.exports.get(export) == column)
    return [t for value in values for t in _strings(value) if t]


def _raw_strings(value: Any) -> Iterator[str]:
    """:func:`_strings` of a value as stored (tuples as lists)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _raw_strings(v)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _raw_strings(v)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, Mapping):
        for v in value.values():
            yield from _strings(v)


def unclassified(record: type[Any]) -> list[str]:
    """The fields of a record type the registry does not declare."""
    return [f.name for f in dataclasses.fields(record) if field_of(record, f.name) is None]
