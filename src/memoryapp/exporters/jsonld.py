"""JSON-LD with DCMI terms: the lossless exchange format (``collection.jsonld`` + ``media/``).

The document is one ``dcmitype:Collection`` node whose ``dcterms:hasPart`` are the items,
with the people (``memoryapp:person``) and places (``memoryapp:place``) beside them. Every
node has a stable ``@id``: ``urn:memoryapp:<collection id>:item:<item id>`` (and ``:person:``,
``:place:``). Items carry the Dublin Core view (title, description, ``dcterms:created`` as
EDTF, human date, subjects, spatial coverage, creator, rights, type) and the full record in
memoryapp's namespace ``http://memoryapp.org/ns/1.0/``, which ``merge.py`` reads back.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from memoryapp.core.items import Item
from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import (
    EDTF_DATATYPE,
    FORMAT_NAME,
    FORMAT_VERSION,
    NAMESPACE,
    ExportOptions,
    Written,
    collection_urn,
    date_text,
    dcmi_type,
    item_urn,
    people_shown,
    person_urn,
    place_urn,
    write_extra_files,
)
from memoryapp.exporters.jsonld_records import (
    M,
    date_node,
    person_node,
    place_node,
    rights_node,
    source_node,
    tag_node,
    text_exports,
)
from memoryapp.exporters.jsonld_texts import texts_node
from memoryapp.exporters.media_copy import CopiedMedia, StagedMedia, stage_media
from memoryapp.exporters.print_export import CRM, RDFS, container_node, print_nodes
from memoryapp.exporters.segment_records import segment_nodes

FILE_NAME = "collection.jsonld"
MEDIA_DIR = "media"
CONTEXT: dict[str, Any] = {
    "@version": 1.1,
    "dcterms": "http://purl.org/dc/terms/",
    "dcmitype": "http://purl.org/dc/dcmitype/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "memoryapp": NAMESPACE,
    "memoryapp:embedded": {"@type": "@json"},
    "crm": CRM,
    "rdfs": RDFS,
}


def build_document(bundle: ExportBundle, staged: StagedMedia) -> dict[str, Any]:
    """The whole JSON-LD document for a redacted bundle and the media written for it."""
    cid = bundle.collection_id
    person_ref: dict[str, str] = {pid: person_urn(cid, pid) for pid in bundle.people}
    place_ref: dict[str, str] = {pid: place_urn(cid, pid) for pid in bundle.places}
    return {
        "@context": CONTEXT,
        "@id": collection_urn(cid),
        "@type": "dcmitype:Collection",
        "dcterms:title": bundle.title,
        f"{M}format": FORMAT_NAME,
        f"{M}formatVersion": FORMAT_VERSION,
        f"{M}collectionId": cid,
        "dcterms:hasPart": [
            _item(bundle, item, staged, person_ref, place_ref) for item in bundle.items
        ],
        f"{M}person": [
            person_node(
                p, person_ref[pid], place_ref, person_ref, redacted=pid in bundle.redacted_people
            )
            for pid, p in bundle.people.items()
        ],
        f"{M}place": [place_node(p, place_ref[pid], place_ref) for pid, p in bundle.places.items()],
        f"{M}container": [container_node(bundle, c) for c in bundle.containers.values()],
        f"{M}segment": segment_nodes(bundle, staged),
    }


def _file(item: Item, index: int, copied: tuple[str, CopiedMedia] | None) -> dict[str, Any]:
    media = item.files[index]
    node: dict[str, Any] = {
        f"{M}originalSha256": media.sha256,
        f"{M}format": media.format,
        f"{M}size": media.size,
        f"{M}width": media.width,
        f"{M}height": media.height,
        f"{M}pages": media.pages,
        f"{M}originalName": media.original_name,
        f"{M}role": str(item.role_of(index)),
    }
    if media.known_sha256:  # the same file under other hashes (a copy met in a merge)
        node[f"{M}knownSha256"] = list(media.known_sha256)
    if copied is not None:
        path, copy = copied
        node |= {
            f"{M}path": path,
            f"{M}sha256": copy.sha256,
            f"{M}cleaned": copy.cleaned,
            f"{M}derivative": copy.derivative,
        }
    return node


def _item(
    bundle: ExportBundle,
    item: Item,
    staged: StagedMedia,
    person_ref: dict[Any, str],
    place_ref: dict[Any, str],
) -> dict[str, Any]:
    taken = item.taken
    copies = dict(enumerate(staged.files.get(item.id, ())))
    node: dict[str, Any] = {
        "@id": item_urn(bundle.collection_id, item.id),
        "@type": f"dcmitype:{dcmi_type(item)}",
        "dcterms:identifier": item.id,
        "dcterms:title": item.title,
        "dcterms:description": item.description,
        "dcterms:subject": people_shown(bundle, item) + list(item.tags),
        "dcterms:spatial": [{"@id": place_ref[p]} for p in item.places if p in place_ref],
        "dcterms:isPartOf": {"@id": collection_urn(bundle.collection_id)},
    }
    if taken is not None and taken.edtf:
        node["dcterms:created"] = {"@value": taken.edtf, "@type": EDTF_DATATYPE}
    if taken is not None:
        node["dcterms:date"] = date_text(taken)
    if item.rights.credit:
        node["dcterms:creator"] = item.rights.credit
    if item.rights.text:
        node["dcterms:rights"] = item.rights.text
    if item.rights.uri:
        node["dcterms:license"] = {"@id": item.rights.uri}
    if item.source.holder:
        node["dcterms:provenance"] = item.source.holder
    node |= {
        f"{M}kind": str(item.kind),
        f"{M}private": item.private,
        f"{M}dates": [{f"{M}role": str(role)} | date_node(d) for role, d in item.dates.items()],
        f"{M}people": [
            tag_node(t, person_ref[t.person_id], person_ref)
            for t in item.people
            if t.person_id in person_ref
        ],
        f"{M}tags": list(item.tags),
        f"{M}files": [_file(item, i, copies.get(i)) for i in range(len(item.files))],
        f"{M}source": source_node(item.source),
        f"{M}rights": rights_node(item.rights),
        f"{M}notes": item.notes,
        f"{M}orientation": item.orientation,
        f"{M}addedAt": item.added_at,
        f"{M}embedded": dict(bundle.embedded.get(item.id, {})),
    }
    if item.texts:
        node[f"{M}texts"] = texts_node(item.texts)
    if item.lat is not None and item.lon is not None:
        node["geo:lat"] = item.lat
        node["geo:long"] = item.lon
    node |= print_nodes(bundle, item)  # sides, inscriptions, location, custody (CIDOC-CRM)
    extra = text_exports(item)  # text fields the registry maps and this node does not name
    return node | {key: value for key, value in extra.items() if key not in node}


def dumps(document: dict[str, Any]) -> str:
    """Serialize as UTF-8 JSON text (no NaN or Infinity, non-ASCII kept)."""
    return json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write(bundle: ExportBundle, folder: Path, options: ExportOptions) -> Written:
    """Write ``collection.jsonld`` and (unless told not to) ``media/`` into ``folder``."""
    staged = stage_media(bundle, folder, MEDIA_DIR) if options.include_media else StagedMedia()
    (folder / FILE_NAME).write_text(dumps(build_document(bundle, staged)), encoding="utf-8")
    files = [FILE_NAME, *(p for item in bundle.items for p in staged.paths(item.id))]
    files += write_extra_files(folder, options)
    return Written(files=tuple(files), warnings=tuple(staged.warnings))
