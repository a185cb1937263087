"""Page texts <-> JSON-LD nodes (written by ``jsonld.py``, read back by ``merge.py``).

A page's text is a ``memoryapp:PageText`` node with ``memoryapp:text`` (what a person reads: the
transcription, else the machine's reading), the machine text kept beside it, its language and
script, engine, confidence, reliability and its lines with their boxes (normalized, stored
frame). Readers get untrusted data: a bad node raises ``ValueError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from memoryapp.core.texts import PageText, TextLine, TextSource
from memoryapp.exporters.jsonld_records import (
    M,
    Node,
    flag,
    number,
    objects,
    read_region,
    region_node,
    text,
)

__all__ = ["read_texts", "texts_node"]


def texts_node(texts: tuple[PageText, ...]) -> list[Node]:
    """The JSON-LD nodes of an item's page texts."""
    return [_node(t) for t in texts]


def _node(page: PageText) -> Node:
    node: Node = {
        "@type": f"{M}PageText",
        f"{M}file": page.file,
        f"{M}page": page.page,
        f"{M}text": page.text,
        f"{M}machineText": page.machine_text,
        f"{M}transcription": page.corrected,
        "dcterms:language": page.language,
        f"{M}script": page.script,
        f"{M}source": page.source.value,
        f"{M}engine": page.engine,
        f"{M}confidence": page.confidence,
        f"{M}reliable": page.reliable,
        f"{M}accepted": page.accepted,
        f"{M}transcribedBy": page.transcribed_by,
        f"{M}transcribedAt": page.transcribed_at,
        f"{M}readAt": page.read_at,
        f"{M}lines": [
            {
                f"{M}text": line.text,
                f"{M}box": region_node(line.box),
                f"{M}confidence": line.confidence,
                f"{M}language": line.language,
            }
            for line in page.lines
        ],
    }
    if page.region is not None:
        node[f"{M}region"] = region_node(page.region)
    return node


def read_texts(node: Mapping[str, Any]) -> tuple[PageText, ...]:
    """An item node's page texts (none when it has none)."""
    return tuple(_read(t) for t in objects(node, f"{M}texts"))


def _read(node: Mapping[str, Any]) -> PageText:
    lines = []
    for line in objects(node, f"{M}lines"):
        box = read_region(line.get(f"{M}box"))
        if box is None:
            raise ValueError("a text line needs a box")
        lines.append(
            TextLine(
                text=text(line, f"{M}text"),
                box=box,
                confidence=number(line, f"{M}confidence") or 0.0,
                language=text(line, f"{M}language"),
            )
        )
    return PageText(
        file=int(number(node, f"{M}file") or 0),
        page=int(number(node, f"{M}page") or 1),
        region=read_region(node.get(f"{M}region")),
        machine_text=text(node, f"{M}machineText"),
        lines=tuple(lines),
        corrected=text(node, f"{M}transcription"),
        language=text(node, "dcterms:language"),
        script=text(node, f"{M}script"),
        source=TextSource(text(node, f"{M}source", "ocr")),
        engine=text(node, f"{M}engine"),
        confidence=number(node, f"{M}confidence") or 0.0,
        accepted=flag(node, f"{M}accepted"),
        transcribed_by=text(node, f"{M}transcribedBy"),
        transcribed_at=text(node, f"{M}transcribedAt"),
        read_at=text(node, f"{M}readAt"),
    )
