"""Records <-> JSON-ready dicts: explicit, typed, lean (defaults are not written).

Every record type is a frozen dataclass of the core. Its JSON form uses the field names as
keys, enums as their values, tuples as lists, nested records as objects. Fields equal to
their default are left out, so the catalogue stays small at 100,000 items and a field added
later reads back as its default from older files.

Keys this version does not know (written by a newer memoryapp) are ignored when reading and
put back by :func:`keep_unknown` when the record is rewritten, at the top level and inside
nested values (beets keeps "flexible attributes" the same way).
"""

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from memoryapp.core.faces import Face, FaceScan
from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place
from memoryapp.core.prints import Container
from memoryapp.core.segments import Segment

T = TypeVar("T")

_Encoder = Callable[[Any], Any]
_Decoder = Callable[[Any], Any]

RECORD_TYPES: dict[str, type[Any]] = {
    "items": Item,
    "people": Person,
    "places": Place,
    "films": Film,
    "scenes": Scene,
    "links": SceneLink,
    "containers": Container,
    "faces": Face,
    "facescans": FaceScan,
    "segments": Segment,
}


def to_dict(record: Any) -> dict[str, Any]:
    """Encode a record (without its ``id``, which is the catalogue key)."""
    data: dict[str, Any] = _encoder(type(record))(record)
    data.pop("id", None)
    return data


def from_dict(cls: type[T], record_id: str, data: Mapping[str, Any]) -> T:
    """Decode a record of type ``cls`` stored under ``record_id``.

    Raises:
        ValueError: the data breaks the record's rules.
    """
    return typing.cast(T, _decoder(cls)({**data, "id": record_id}))


def encode_value(value: Any) -> Any:
    """Encode any record or value the codec knows (used for journals and exports)."""
    return _encoder(type(value))(value) if dataclasses.is_dataclass(value) else value


def keep_unknown(cls: type[Any], new: dict[str, Any], old: Mapping[str, Any]) -> dict[str, Any]:
    """``new`` (``cls`` encoded) with the keys of ``old`` that ``cls`` does not declare.

    Nested values are merged too: a nested record by its field, a mapping's values by key,
    a list's elements with the old element of the same first field (``person_id``,
    ``sha256``, ``value``...). ``new`` is changed in place and returned.
    """
    hints = _hints(cls)
    for key, value in old.items():
        if key not in hints:
            new.setdefault(key, value)
            continue
        declared = _unwrap_newtype(hints[key])
        tp = _optional_of(declared) or declared
        if dataclasses.is_dataclass(tp) and isinstance(value, Mapping):
            inner = typing.cast("type[Any]", tp)
            if isinstance(new.get(key), dict):
                keep_unknown(inner, new[key], value)
            elif tp is declared and _has_unknown(inner, value):  # reset to its default
                new[key] = keep_unknown(inner, {}, value)
            continue
        elem = _record_in(tp)
        if elem is None or key not in new:
            continue
        if isinstance(value, list) and isinstance(new[key], list):
            new[key] = _keep_unknown_in_list(elem, new[key], value)
        elif isinstance(value, Mapping) and isinstance(new[key], dict):
            for k, v in value.items():
                if isinstance(v, Mapping) and isinstance(new[key].get(k), dict):
                    keep_unknown(elem, new[key][k], v)
    return new


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """A record type's field annotations, resolved once (read-only)."""
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _optional_of(tp: Any) -> Any:
    """``X`` of ``X | None``, else None."""
    if typing.get_origin(tp) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if len(args) == 1 else None


def _record_in(tp: Any) -> type[Any] | None:
    """The record type of a tuple's elements or a mapping's values, if they are records."""
    args = [a for a in typing.get_args(tp) if a is not Ellipsis]
    inner = args[-1] if args else None
    return inner if isinstance(inner, type) and dataclasses.is_dataclass(inner) else None


def _has_unknown(cls: type[Any], data: Mapping[str, Any]) -> bool:
    hints = _hints(cls)
    return any(key not in hints for key in data)


def _keep_unknown_in_list(cls: type[Any], new: list[Any], old: list[Any]) -> list[Any]:
    hints = _hints(cls)
    first = dataclasses.fields(cls)[0].name
    spare = [o for o in old if isinstance(o, Mapping) and any(k not in hints for k in o)]
    for element in new:
        if not spare or not isinstance(element, dict):
            continue
        known = [{k: v for k, v in o.items() if k in hints} for o in spare]
        match = next((i for i, k in enumerate(known) if k == element), None)
        if match is None:
            match = next(
                (i for i, o in enumerate(spare) if o.get(first) == element.get(first)), None
            )
        if match is not None:
            keep_unknown(cls, element, spare.pop(match))
    return new


def _unwrap_newtype(tp: Any) -> Any:
    while hasattr(tp, "__supertype__"):
        tp = tp.__supertype__
    return tp


_ENCODERS: dict[type[Any], _Encoder] = {}
_DECODERS: dict[type[Any], _Decoder] = {}


def _encoder(cls: type[Any]) -> _Encoder:
    if cls not in _ENCODERS:
        _ENCODERS[cls] = _make_encoder(cls)
    return _ENCODERS[cls]


def _decoder(cls: type[Any]) -> _Decoder:
    if cls not in _DECODERS:
        _DECODERS[cls] = _make_decoder(cls)
    return _DECODERS[cls]


def _make_encoder(cls: type[Any]) -> _Encoder:
    hints = typing.get_type_hints(cls)
    fields = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            default: Any = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            default = dataclasses.MISSING
        fields.append((f.name, _value_encoder(hints[f.name]), default))

    def encode(record: Any) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, enc, default in fields:
            value = getattr(record, name)
            if default is not dataclasses.MISSING and value == default:
                continue
            out[name] = enc(value)
        return out

    return encode


def _identity(value: Any) -> Any:
    return value


def _value_encoder(tp: Any) -> _Encoder:
    tp = _unwrap_newtype(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [_value_encoder(a) for a in args if a is not type(None)]
        if len(inner) == 1:
            enc = inner[0]
            return lambda v: None if v is None else enc(v)
        return lambda v: v
    if origin is tuple:
        elem = _value_encoder(args[0]) if args else _identity
        return lambda v: [elem(x) for x in v]
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        val = _value_encoder(args[1])
        return lambda v: {
            str(k.value if isinstance(k, enum.Enum) else k): val(x) for k, x in v.items()
        }
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return lambda v: v.value
    if dataclasses.is_dataclass(tp):
        return lambda v: _encoder(type(v))(v)
    return _identity


def _make_decoder(cls: type[Any]) -> _Decoder:
    hints = typing.get_type_hints(cls)
    fields = [(f.name, _value_decoder(hints[f.name])) for f in dataclasses.fields(cls) if f.init]

    def decode(data: Mapping[str, Any]) -> Any:
        kwargs = {name: dec(data[name]) for name, dec in fields if name in data}
        return cls(**kwargs)

    return decode


def _value_decoder(tp: Any) -> _Decoder:
    tp = _unwrap_newtype(tp)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            dec = _value_decoder(inner[0])
            return lambda v: None if v is None else dec(v)
        if all(typing.get_origin(a) is tuple for a in inner):
            return lambda v: tuple(v)
        return _identity
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            elem = _value_decoder(args[0])
            if elem is _identity:  # strings, ids: no per-element work
                return tuple
            return lambda v: tuple(elem(x) for x in v)
        return lambda v: tuple(v)
    if origin is not None and isinstance(origin, type) and issubclass(origin, Mapping):
        key = _value_decoder(args[0])
        val = _value_decoder(args[1])
        return lambda v: {key(k): val(x) for k, x in v.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if dataclasses.is_dataclass(tp):
        return _decoder(typing.cast("type[Any]", tp))
    if tp is float:
        return float
    return _identity
