"""The place hierarchy (``Place.parent_id``): what lies inside a place, what it lies in."""

from collections.abc import Iterable

__all__ = ["PlaceTree"]


class PlaceTree:
    """Parents and children of places. A cycle in the hierarchy is cut where it closes."""

    def __init__(self) -> None:
        self._parent: dict[str, str | None] = {}
        self._children: dict[str, list[str]] = {}

    def rebuild(self, places: Iterable[tuple[str, str | None]]) -> None:
        """Take ``(place id, parent id)`` pairs, forgetting the old hierarchy."""
        self._parent = dict(places)
        self._children = {}
        for place, parent in self._parent.items():
            if parent is not None:
                self._children.setdefault(parent, []).append(place)

    def state(self) -> dict[str, str | None]:
        """``{place: parent}`` (``snapshot``); :meth:`rebuild` takes its items back."""
        return self._parent

    def and_descendants(self, place: str) -> list[str]:
        """The place and every place inside it, at any depth."""
        seen = {place}
        out = [place]
        at = 0
        while at < len(out):
            for child in self._children.get(out[at], ()):
                if child not in seen:
                    seen.add(child)
                    out.append(child)
            at += 1
        return out

    def with_ancestors(self, place: str) -> list[str]:
        """The place and every place it lies in, nearest first."""
        chain = [place]
        parent = self._parent.get(place)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = self._parent.get(parent)
        return chain

    def depth(self, place: str) -> int:
        """How many places contain this one (0 for a country or a place without parent)."""
        return len(self.with_ancestors(place)) - 1
