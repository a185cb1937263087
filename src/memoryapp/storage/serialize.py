"""Records <-> JSON-ready dicts: explicit, typed, lean (defaults are not written).

Every record type is a frozen dataclass of the core. Its JSON form uses the field names as
keys, enums as their values, tuples as lists, nested records as objects. Fields equal to
their default are left out, so the catalogue stays small at 100,000 items and a field added
later reads back as its default from older files.
"""

import dataclasses
import enum
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from memoryapp.core.films import Film, Scene, SceneLink
from memoryapp.core.items import Item
from memoryapp.core.people import Person
from memoryapp.core.places import Place

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
