"""The print as an object in exports: the back, inscriptions, location and custody chain.

Shared by the CSV, JSON-LD, IIIF, XMP and gallery writers; everything here reads a bundle the
privacy filter has already redacted. In JSON-LD, custody events are CIDOC-CRM E10 Transfers
of Custody (P28 custody surrendered by, P29 custody received by, P4 has time-span) reached
from the item by P30i; containers are E53 Places nested by P89 falls within, and the item's
current and normal locations are P55 and P54, as Spectrum's location and movement control
asks.
"""

from __future__ import annotations

from typing import Any

from memoryapp.core.ids import ContainerId, PersonId
from memoryapp.core.items import FileRole, Item
from memoryapp.core.prints import Container, CustodyEvent, Location, container_path, path_text
from memoryapp.core.privacy import ExportBundle
from memoryapp.exporters.bundle import (
    EDTF_DATATYPE,
    date_text,
    item_urn,
    person_name,
    person_urn,
    safe_id,
)

CRM = "http://www.cidoc-crm.org/cidoc-crm/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"


def back_index(item: Item) -> int | None:
    """The index of the item's back, or None."""
    backs = item.indexes_of(FileRole.BACK)
    return backs[0] if backs else None


def holder_label(bundle: ExportBundle, person: PersonId | None, name: str) -> str:
    """A holder's name: an exported person's primary name, else the name as said."""
    return (person_name(bundle, person) if person is not None else "") or name


def location_label(bundle: ExportBundle, location: Location | None) -> str:
    """``"Box 1/Album 1/Page 3, slot 2"``, or ""."""
    if location is None:
        return ""
    path = path_text(container_path(location.container_id, dict(bundle.containers)))
    return ", ".join(part for part in (path, location.position) if part)


def custody_line(bundle: ExportBundle, event: CustodyEvent) -> str:
    """``"c. 1970 inheritance: Yakout Ohana -> Simha (at the wedding)"``."""
    when = date_text(event.date)
    giver = holder_label(bundle, event.from_person, event.from_name) or "?"
    receiver = holder_label(bundle, event.to_person, event.to_name) or "?"
    line = f"{when} {event.kind}: {giver} -> {receiver}".strip()
    extra = "; ".join(part for part in (event.note, event.evidence) if part)
    return f"{line} ({extra})" if extra else line


def inscription_texts(item: Item) -> list[str]:
    """The inscriptions' texts, each prefixed by the view it is on when not the front."""
    out = []
    for inscription in item.inscriptions:
        index = inscription.file_index
        role = item.role_of(index) if index < len(item.files) else FileRole.OTHER
        prefix = "" if role is FileRole.FRONT else f"{role}: "
        out.append(prefix + inscription.text)
    return out


def physical_extent(item: Item) -> str:
    """The size for ``dcterms:extent`` ("90 x 130 mm"), or ""."""
    return item.physical.size


def physical_medium(item: Item) -> str:
    """Process and mount for ``dcterms:medium`` ("gelatin-silver; album corners"), or ""."""
    physical = item.physical
    parts = [str(physical.process) if physical.process else "", physical.mount]
    return "; ".join(p for p in parts if p)


# -- JSON-LD ----------------------------------------------------------------------------------


def container_urn(collection_id: str, container_id: ContainerId) -> str:
    """The stable identifier of a container: ``urn:memoryapp:<collection>:container:<id>``."""
    return f"urn:memoryapp:{safe_id(collection_id)}:container:{safe_id(container_id)}"


def container_node(bundle: ExportBundle, container: Container) -> dict[str, Any]:
    """A box, album or page as a CIDOC-CRM place inside its parent."""
    cid = bundle.collection_id
    node: dict[str, Any] = {
        "@id": container_urn(cid, container.id),
        "@type": "crm:E53_Place",
        "rdfs:label": container.name,
        "crm:P2_has_type": str(container.kind),
        "memoryapp:id": container.id,
        "memoryapp:note": container.note,
    }
    if container.parent_id is not None and container.parent_id in bundle.containers:
        node["crm:P89_falls_within"] = {"@id": container_urn(cid, container.parent_id)}
    return node


def _agent(bundle: ExportBundle, person: PersonId | None, name: str) -> dict[str, Any] | None:
    if person is not None and person in bundle.people:
        return {"@id": person_urn(bundle.collection_id, person)}
    if name:
        return {"@type": "crm:E39_Actor", "rdfs:label": name}
    return None


def custody_node(bundle: ExportBundle, item: Item, event: CustodyEvent) -> dict[str, Any]:
    """One transfer of custody as CIDOC-CRM E10."""
    node: dict[str, Any] = {
        "@type": "crm:E10_Transfer_of_Custody",
        "crm:P30_transferred_custody_of": {"@id": item_urn(bundle.collection_id, item.id)},
        "crm:P2_has_type": str(event.kind),
        "rdfs:label": custody_line(bundle, event),
    }
    giver = _agent(bundle, event.from_person, event.from_name)
    receiver = _agent(bundle, event.to_person, event.to_name)
    if giver is not None:
        node["crm:P28_custody_surrendered_by"] = giver
    if receiver is not None:
        node["crm:P29_custody_received_by"] = receiver
    if event.date is not None:
        span: dict[str, Any] = {"@type": "crm:E52_Time-Span", "rdfs:label": date_text(event.date)}
        if event.date.edtf:
            span["crm:P82_at_some_time_within"] = {
                "@value": event.date.edtf,
                "@type": EDTF_DATATYPE,
            }
        node["crm:P4_has_time-span"] = span
    if event.note:
        node["crm:P3_has_note"] = event.note
    evidence: list[Any] = []
    if event.evidence_item is not None:
        evidence.append({"@id": item_urn(bundle.collection_id, event.evidence_item)})
    if event.evidence:
        evidence.append(event.evidence)
    if evidence:
        node["crm:P70i_is_documented_in"] = evidence
    return node


def print_nodes(bundle: ExportBundle, item: Item) -> dict[str, Any]:
    """The JSON-LD properties an item gets for its sides, inscriptions, place and custody."""
    cid = bundle.collection_id
    node: dict[str, Any] = {}
    extent, medium = physical_extent(item), physical_medium(item)
    if extent:
        node["dcterms:extent"] = extent
    if medium:
        node["dcterms:medium"] = medium
    if item.inscriptions:
        node["crm:P128_carries"] = [
            {
                "@type": "crm:E34_Inscription",
                "crm:P190_has_symbolic_content": i.text,
                "crm:P72_has_language": i.lang,
                "memoryapp:view": str(item.role_of(i.file_index))
                if i.file_index < len(item.files)
                else "",
                "memoryapp:medium": "" if i.medium is None else str(i.medium),
                "memoryapp:script": i.script,
                "memoryapp:writer": holder_label(bundle, i.writer_id, i.writer),
                "memoryapp:transcribedBy": i.transcribed_by,
                "memoryapp:source": str(i.source),
            }
            for i in item.inscriptions
        ]
    for key, position, where in (
        ("crm:P55_has_current_location", "memoryapp:position", item.location),
        (
            "crm:P54_has_current_permanent_location",
            "memoryapp:normalPosition",
            item.normal_location,
        ),
    ):
        if where is not None and where.container_id in bundle.containers:
            node[key] = {"@id": container_urn(cid, where.container_id)}
            if where.position:
                node[position] = where.position
    if item.custody:
        node["crm:P30i_custody_transferred_through"] = [
            custody_node(bundle, item, e) for e in item.custody
        ]
    return node
