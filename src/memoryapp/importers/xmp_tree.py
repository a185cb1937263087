"""Parse XMP packets (RDF/XML) into plain Python values, safely (defusedxml).

Every property becomes one of: text, a list (``rdf:Bag``/``rdf:Seq``), a ``LangAlt``
(``rdf:Alt`` with ``xml:lang``) or a struct (``dict``). Property names are written
``prefix:Name`` with the prefix chosen by namespace URI (so both MicrosoftPhoto URIs, with and
without the trailing ``/``, read the same); names in unknown namespaces keep ``{uri}Name``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # only for the Element type and ParseError
from dataclasses import dataclass
from typing import Final, TypeAlias

from defusedxml import DefusedXmlException  # type: ignore[import-untyped,unused-ignore]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped,unused-ignore]

from memoryapp.core.embedded import MEMORYAPP_XMP_NS

_RDF: Final = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_XML_LANG: Final = "{http://www.w3.org/XML/1998/namespace}lang"
_MAX_DEPTH: Final = 40
_MAX_VALUES: Final = 200_000
_PREFIXES: Final = {
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/photoshop/1.0/": "photoshop",
    "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/": "Iptc4xmpCore",
    "http://iptc.org/std/Iptc4xmpExt/2008-02-29/": "Iptc4xmpExt",
    "http://ns.adobe.com/xap/1.0/rights/": "xmpRights",
    "http://ns.adobe.com/lightroom/1.0/": "lr",
    "http://www.digikam.org/ns/1.0/": "digiKam",
    "http://ns.microsoft.com/photo/1.0/": "MicrosoftPhoto",
    "http://ns.microsoft.com/photo/1.0": "MicrosoftPhoto",
    "http://ns.microsoft.com/photo/1.2/": "MP",
    "http://ns.microsoft.com/photo/1.2/t/RegionInfo#": "MPRI",
    "http://ns.microsoft.com/photo/1.2/t/Region#": "MPReg",
    "http://www.metadataworkinggroup.com/schemas/regions/": "mwg-rs",
    "http://www.metadataworkinggroup.com/schemas/keywords/": "mwg-kw",
    "http://ns.adobe.com/xap/1.0/sType/Dimensions#": "stDim",
    "http://ns.adobe.com/xmp/sType/Area#": "stArea",
    "http://ns.adobe.com/exif/1.0/": "exif",
    "http://cipa.jp/exif/1.0/": "exifEX",
    "http://ns.adobe.com/tiff/1.0/": "tiff",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    MEMORYAPP_XMP_NS: "memoryapp",
    "http://www.w3.org/XML/1998/namespace": "xml",
}
_PACKET_START: Final = re.compile(rb"<(?:[\w.-]+:)?x[am]pmeta\b|<rdf:RDF\b")
_META_END: Final = re.compile(rb"</(?:[\w.-]+:)?x[am]pmeta\s*>")
_RDF_END: Final = re.compile(rb"</rdf:RDF\s*>")
_PACKET_END: Final = re.compile(rb"<\?xpacket\s+end\s*=")
_BAD_XML_CHARS: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True, slots=True)
class LangAlt:
    """An ``rdf:Alt`` of language alternatives: ``((lang, text), ...)`` in stored order."""

    items: tuple[tuple[str, str], ...]

    def default(self) -> str | None:
        """Return ``x-default``, else the untagged item, else the first by sorted language."""
        for lang, text in self.items:
            if lang.lower() == "x-default":
                return text
        for lang, text in self.items:
            if not lang:
                return text
        if not self.items:
            return None
        return sorted(self.items, key=lambda item: item[0].lower())[0][1]


XmpValue: TypeAlias = "str | LangAlt | list[XmpValue] | dict[str, XmpValue]"
XmpStruct: TypeAlias = "dict[str, XmpValue]"


class XmpError(ValueError):
    """An XMP packet that cannot be parsed as XML."""


def _name(tag: str) -> str:
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        prefix = _PREFIXES.get(uri)
        return f"{prefix}:{local}" if prefix else tag
    return tag


def _is_rdf(tag: str, local: str) -> bool:
    return tag == f"{{{_RDF}}}{local}"


def _attributes(elem: ET.Element) -> XmpStruct:
    out: XmpStruct = {}
    for key, value in elem.attrib.items():
        if key.startswith(f"{{{_RDF}}}") or key == _XML_LANG or not key.startswith("{"):
            continue
        out[_name(key)] = value
    return out


def _text_of(value: XmpValue | None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        inner = value.get("rdf:value")
        return inner if isinstance(inner, str) else ""
    return ""


class _Reader:
    """Turns RDF/XML elements into values; resolves ``rdf:nodeID`` references."""

    def __init__(self, nodes: dict[str, ET.Element]) -> None:
        self.nodes = nodes
        self.budget = _MAX_VALUES

    def struct(self, elem: ET.Element, depth: int) -> XmpStruct:
        out = _attributes(elem)
        if depth > _MAX_DEPTH:
            return out
        for child in elem:
            if not isinstance(child.tag, str):
                continue
            if _is_rdf(child.tag, "Description"):
                for key, value in self.struct(child, depth + 1).items():
                    out.setdefault(key, value)
                continue
            found = self.value(child, depth + 1)
            if found is not None:
                out.setdefault(_name(child.tag), found)
        return out

    def container(self, node: ET.Element, depth: int) -> XmpValue | None:
        """Read an ``rdf:Bag``/``Seq``/``Alt``/``Description`` node."""
        tag = str(node.tag)
        if _is_rdf(tag, "Bag") or _is_rdf(tag, "Seq"):
            items = [self.value(li, depth + 1) for li in node if _is_rdf(str(li.tag), "li")]
            return [item for item in items if item is not None]
        if _is_rdf(tag, "Alt"):
            alts: list[tuple[str, str]] = []
            for li in node:
                if _is_rdf(str(li.tag), "li"):
                    lang = li.get(_XML_LANG, "")
                    inner = self.value(li, depth + 1)
                    if isinstance(inner, dict) and not lang:
                        lang_value = inner.get("xml:lang")
                        lang = lang_value if isinstance(lang_value, str) else ""
                    alts.append((lang, _text_of(inner)))
            return LangAlt(tuple(alts))
        if _is_rdf(tag, "Description"):
            return self.struct(node, depth + 1)
        return None

    def value(self, elem: ET.Element, depth: int) -> XmpValue | None:
        self.budget -= 1
        if self.budget < 0:
            raise XmpError("too many values (node references loop?)")
        if depth > _MAX_DEPTH:
            return None
        resource = elem.get(f"{{{_RDF}}}resource")
        if resource is not None:
            return resource
        parse_type = elem.get(f"{{{_RDF}}}parseType")
        if parse_type == "Resource":
            return self.struct(elem, depth)
        if parse_type == "Literal":
            return "".join(elem.itertext())
        children = [c for c in elem if isinstance(c.tag, str)]
        if children:
            found = self.container(children[0], depth)
            return found if found is not None else self.struct(elem, depth)
        node_id = elem.get(f"{{{_RDF}}}nodeID")
        if node_id is not None and node_id in self.nodes:
            return self.container(self.nodes[node_id], depth + 1)
        attributes = _attributes(elem)
        if attributes:
            return attributes
        return elem.text or ""


def _as_utf8(packet: bytes) -> bytes:
    """Re-encode a UTF-16 or UTF-32 packet as UTF-8 (ExifTool accepts all of them)."""
    head = packet[:64]
    for bom, codec in ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
                       (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):  # fmt: skip
        if head.startswith(bom):
            return packet[len(bom) :].decode(codec, "replace").encode("utf-8")
    if b"\x00<\x00" in head:
        start = head.index(b"\x00<\x00")
        return packet[start:].decode("utf-16-be", "replace").encode("utf-8")
    if b"<\x00?\x00" in head or b"<\x00x\x00" in head:
        start = head.index(b"<\x00")
        return packet[start:].decode("utf-16-le", "replace").encode("utf-8")
    return packet


def _to_xml(packet: bytes) -> list[bytes]:
    """The packet's XML, up to its end marker: the likeliest cut first.

    Whatever follows the first ``</x:xmpmeta>`` (or ``</rdf:RDF>``) before the packet's
    ``<?xpacket end=...?>`` is junk (padding, a damaged copy, other data): the first cut is
    tried first, the last one after it.
    """
    packet = _as_utf8(packet)
    start = _PACKET_START.search(packet)
    if start is None:
        raise XmpError("no x:xmpmeta or rdf:RDF element")
    body = packet[start.start() :]
    closing = _META_END if b"meta" in start.group() else _RDF_END
    ends = list(closing.finditer(body))
    if not ends:
        return [body]
    marker = _PACKET_END.search(body, ends[0].end())
    cuts = [ends[0].end()]
    if marker is not None:
        cuts += [end.end() for end in ends if end.end() <= marker.start()][-1:]
    cuts.append(ends[-1].end())
    return [body[:cut] for cut in dict.fromkeys(cuts)]


def _parse_xml(body: bytes) -> ET.Element:
    try:
        root: ET.Element = fromstring(body, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException, ValueError) as first_error:
        text = _BAD_XML_CHARS.sub("", body.decode("utf-8", "replace"))
        text = re.sub(r"^<\?xml[^>]*\?>", "", text)
        try:
            root = fromstring(text.encode("utf-8"), forbid_dtd=True)
        except (ET.ParseError, DefusedXmlException, ValueError) as exc:
            raise XmpError(f"not well-formed XML: {first_error}") from exc
    return root


def parse_packet(packet: bytes) -> XmpStruct:
    """Parse one XMP packet (or sidecar) into ``{"prefix:Name": value}``.

    All top-level ``rdf:Description`` elements are merged; the first value of a name wins.
    Junk after the packet's end (``</x:xmpmeta>``, ``<?xpacket end=...?>``) is ignored.

    Raises:
        XmpError: When the packet is not well-formed XML (after one lenient retry) or holds
            forbidden XML constructs (entities, external references).
    """
    bodies = _to_xml(packet)
    error: XmpError | None = None
    for body in bodies:
        try:
            root = _parse_xml(body)
            break
        except XmpError as exc:
            error = error or exc
    else:
        assert error is not None
        raise error
    out: XmpStruct = {}
    rdf_roots = [root] if _is_rdf(str(root.tag), "RDF") else list(root.iter(f"{{{_RDF}}}RDF"))
    nodes = {
        node_id: node
        for rdf in rdf_roots
        for node in rdf
        if (node_id := node.get(f"{{{_RDF}}}nodeID")) is not None
    }
    reader = _Reader(nodes)
    for rdf in rdf_roots:
        for desc in rdf:
            if isinstance(desc.tag, str) and _is_rdf(desc.tag, "Description"):
                for key, value in reader.struct(desc, 0).items():
                    out.setdefault(key, value)
    return out


def find_packets(data: bytes, limit: int = 8) -> list[bytes]:
    """Find up to ``limit`` XMP packets in arbitrary bytes (PDF, GIF and unknown files)."""
    found: list[bytes] = []
    pos = 0
    while len(found) < limit:
        start = _PACKET_START.search(data, pos)
        if start is None:
            break
        closing = _META_END if b"meta" in start.group() else _RDF_END
        end = closing.search(data, start.end())
        if end is None:
            break
        found.append(data[start.start() : end.end()])
        pos = end.end()
    return found
