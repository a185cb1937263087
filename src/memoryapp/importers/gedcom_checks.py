"""Sanity checks on a family tree read from GEDCOM: ancestor cycles and impossible dates."""

import datetime as dt
from collections.abc import Iterator

from memoryapp.core.dates import FuzzyDate
from memoryapp.importers.gedcom import GedcomPerson, GedcomTree

# A father may die before his child is born; a child is born at most ~10 months later.
_FATHER_GRACE = dt.timedelta(days=300)


def tree_warnings(tree: GedcomTree) -> tuple[str, ...]:
    """One sentence per ancestor cycle and per child born before a parent or after their death."""
    return (*_cycles(tree), *_impossible_dates(tree))


def _label(person: GedcomPerson | None, xref: str) -> str:
    return f"{xref} {person.names[0].value}" if person else xref


def _parents(tree: GedcomTree) -> dict[str, list[str]]:
    parents: dict[str, list[str]] = {}
    for family in tree.families:
        for child in family.children:
            for partner in family.partners:
                if partner not in parents.setdefault(child, []):
                    parents[child].append(partner)
    return parents


def _cycles(tree: GedcomTree) -> Iterator[str]:
    """Each ancestor cycle once: someone who is, through their parents, their own ancestor."""
    people = {p.xref: p for p in tree.people}
    parents = _parents(tree)
    done: set[str] = set()
    seen_cycles: set[frozenset[str]] = set()
    for start in parents:
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(parents.get(start, ())))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, rest = stack[-1]
            parent = next(rest, None)
            if parent is None:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            if parent in on_path:
                cycle = path[path.index(parent) :]
                key = frozenset(cycle)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    chain = " → ".join([*cycle, parent][::-1])
                    who = _label(people.get(parent), parent)
                    yield f"ancestor cycle: {who} is their own ancestor ({chain}, each a parent of the next)"
            elif parent not in done:
                stack.append((parent, iter(parents.get(parent, ()))))
                path.append(parent)
                on_path.add(parent)


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _range(date: FuzzyDate | None) -> tuple[dt.date | None, dt.date | None]:
    bounds = date.bounds() if date else None
    return (_day(bounds.min), _day(bounds.max)) if bounds else (None, None)


def _impossible_dates(tree: GedcomTree) -> Iterator[str]:
    people = {p.xref: p for p in tree.people}
    for family in tree.families:
        for child_xref in family.children:
            child = people.get(child_xref)
            if child is None or child.birth is None:
                continue
            born_min, born_max = _range(child.birth)
            for index, parent_xref in enumerate(family.partners):
                parent = people.get(parent_xref)
                if parent is None:
                    continue
                parent_born, _ = _range(parent.birth)
                _, parent_died = _range(parent.death)
                who = _label(child, child_xref)
                whose = _label(parent, parent_xref)
                if born_max and parent_born and born_max < parent_born:
                    yield (
                        f"impossible dates: {who} (born {child.birth.input or child.birth.edtf}) "
                        f"was born before their parent {whose} "
                        f"(born {_said(parent.birth)})"
                    )
                role = family.roles[index] if index < len(family.roles) else ""
                grace = _FATHER_GRACE if role == "HUSB" else dt.timedelta(0)
                if born_min and parent_died and born_min > parent_died + grace:
                    yield (
                        f"impossible dates: {who} (born {child.birth.input or child.birth.edtf}) "
                        f"was born after the death of their parent {whose} "
                        f"(died {_said(parent.death)})"
                    )


def _said(date: FuzzyDate | None) -> str:
    return (date.input or date.edtf or "") if date else ""
