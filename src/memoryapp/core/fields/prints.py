"""The fields of the print as an object: inscriptions, physical description, places, custody."""

from memoryapp.core.fields.model import Field, declare, keep, label, nested, rule, text
from memoryapp.core.prints import Container, CustodyEvent, Inscription, Location, Physical

INSCRIPTION: tuple[Field, ...] = declare(
    Inscription,
    text("text", label("Inscription"), searched=True, exports={"csv": "memoryapp:inscription"}),
    keep("file_index", label("View")),
    nested("region", label("Region")),
    keep("script", label("Script")),
    keep("lang", label("Language")),
    rule("writer_id", label("Written by")),  # a withheld person is not named
    text("writer", label("Written by (as said)")),
    keep("medium", label("Medium")),
    text("transcribed_by", label("Transcribed by")),
    keep("transcribed_at", label("Transcribed on")),
    keep("source", label("Transcription source")),
)

PHYSICAL: tuple[Field, ...] = declare(
    Physical,
    keep("process", label("Process"), option="--process", exports={"csv": "dcterms:medium"}),
    keep("width_mm", label("Width (mm)"), option="--width-mm", exports={"csv": "dcterms:extent"}),
    keep("height_mm", label("Height (mm)"), option="--height-mm"),
    text("mount", label("Mount"), option="--mount", exports={"csv": "dcterms:medium"}),
)

LOCATION: tuple[Field, ...] = declare(
    Location,
    keep("container_id", label("Container")),
    text("position", label("Position")),
)

CUSTODY_EVENT: tuple[Field, ...] = declare(
    CustodyEvent,
    keep("kind", label("Kind of transfer")),
    nested("date", label("Date")),
    rule("from_person", label("From")),  # withheld people are not named
    text("from_name", label("From (as said)")),
    rule("to_person", label("To")),
    text("to_name", label("To (as said)")),
    text("note", label("Note")),
    keep("evidence_item", label("Evidence item")),
    text("evidence", label("Evidence")),
)

CONTAINER: tuple[Field, ...] = declare(
    Container,
    keep("id", label("ID")),
    text("name", label("Name"), searched=True),
    keep("kind", label("Kind")),
    keep("parent_id", label("Inside")),
    text("note", label("Note")),
)
