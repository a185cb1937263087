"""A tiny XML writer: element trees with prefixed names, every value escaped.

XMP sidecars need exact namespace prefixes and a stable layout, which ElementTree's global
prefix registry makes awkward. This writer never concatenates raw values: text goes through
``xml.sax.saxutils.escape`` and attributes through ``quoteattr``, after characters that XML
1.0 forbids (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF) are removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NAME = re.compile(r"[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?")
_ENTITIES = {"\r": "&#13;"}  # keep a carriage return through parsing


def xml_safe(text: str) -> str:
    """Remove the characters XML 1.0 cannot hold (NUL, C0 controls, surrogates)."""
    return _NOT_XML.sub("", text)


@dataclass(slots=True)
class Node:
    """An element: a prefixed name, attributes, then either text or child elements."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str | None = None

    def add(self, child: Node) -> Node:
        """Append ``child`` and return it (for chaining)."""
        self.children.append(child)
        return child


def node(
    tag: str,
    text: str | None = None,
    *,
    attrs: Mapping[str, str] | None = None,
    children: Iterable[Node] = (),
) -> Node:
    """Build an element; ``tag`` and attribute names must be plain (prefixed) XML names.

    Raises:
        ValueError: When a name is not a valid XML name (names never come from user data).
    """
    for name in (tag, *(attrs or {})):
        if not _NAME.fullmatch(name):
            raise ValueError(f"not an XML name: {name!r}")
    return Node(tag, dict(attrs or {}), list(children), text)


def render(root: Node, *, indent: str = " ") -> str:
    """Serialize ``root`` with one element per line (text-only elements stay inline)."""
    lines: list[str] = []
    _render(root, 0, indent, lines)
    return "\n".join(lines)


def _render(element: Node, depth: int, indent: str, lines: list[str]) -> None:
    pad = indent * depth
    attrs = "".join(
        f" {name}={quoteattr(xml_safe(value), _ENTITIES)}" for name, value in element.attrs.items()
    )
    if element.children:
        lines.append(f"{pad}<{element.tag}{attrs}>")
        for child in element.children:
            _render(child, depth + 1, indent, lines)
        lines.append(f"{pad}</{element.tag}>")
    elif element.text is not None:
        body = escape(xml_safe(element.text), _ENTITIES)
        lines.append(f"{pad}<{element.tag}{attrs}>{body}</{element.tag}>")
    else:
        lines.append(f"{pad}<{element.tag}{attrs}/>")
