"""``texts`` walks records through the registry; its per-type plan must not change answers."""

from typing import Any

from memoryapp.core.assertions import Assertion
from memoryapp.core.fields import REGISTRY, Field, Privacy, texts
from memoryapp.core.fields.walk import records_in
from memoryapp.core.ids import ItemId, PersonId
from memoryapp.core.items import Item, PersonTag


def _walked(record: Any, want: Any) -> list[str]:
    """The walk field by field, asking ``want`` of every field of every record."""
    out: list[str] = []
    for spec in REGISTRY.get(type(record), {}).values():
        value = getattr(record, spec.name)
        if spec.privacy is Privacy.NESTED:
            for inner in records_in(value):
                out += _walked(inner, want)
        elif want(spec):
            stack = [value]
            while stack:
                v = stack.pop(0)
                if isinstance(v, str):
                    out += [v] if v else []
                elif isinstance(v, tuple):
                    stack[:0] = list(v)
                elif isinstance(v, dict):
                    stack[:0] = list(v.values())
    return out


def _searched(spec: Field) -> bool:
    return spec.searched


def _everything(spec: Field) -> bool:
    return True


def test_texts_picks_by_each_want_on_its_own_and_in_order() -> None:
    item = Item(
        id=ItemId("i1"),
        title="Henna night",
        description="",
        tags=("Events|Wedding", "מרים"),
        people=(
            PersonTag(
                person_id=PersonId("miriam"),
                identified_by="Esther",
                assertions=(Assertion(by_name="Simha", note="ⵜⵉⵏⵖⵉⵔ"),),
            ),
        ),
    )
    searched = texts(item, _searched)
    everything = texts(item, _everything)
    assert searched == _walked(item, _searched)
    assert everything == _walked(item, _everything)
    assert "Henna night" in searched
    assert "i1" not in searched
    assert "i1" in everything
    assert "" not in everything
    assert texts(item, lambda spec: False) == []  # a plan per want, never another's
    assert texts(item, _searched) == searched
