"""The fields of an item and of its nested values, declared once."""

from memoryapp.core.assertions import Assertion, EvidenceSource
from memoryapp.core.dates import CalendarOriginal, FuzzyDate
from memoryapp.core.fields.model import Field, declare, drop, keep, label, nested, rule, text
from memoryapp.core.items import Item, MediaFile, PersonTag, Region, Rights, Source

ITEM: tuple[Field, ...] = declare(
    Item,
    keep("id", label("ID"), exports={"csv": "dcterms:identifier", "jsonld": "dcterms:identifier"}),
    nested("files", label("Files"), exports={"jsonld": "files"}),
    keep("kind", label("Kind"), option="--kind", exports={"csv": "dcterms:type", "jsonld": "kind"}),
    text(
        "title",
        label("Title"),
        searched=True,
        option="--title",
        exports={"csv": "dcterms:title", "jsonld": "dcterms:title", "xmp": "dc:title"},
    ),
    text(
        "description",
        label("Description"),
        searched=True,
        option="--description",
        exports={"csv": "dcterms:description", "jsonld": "dcterms:description"},
    ),
    nested(
        "dates",
        label("Dates"),
        option="--date",
        exports={"csv": "dcterms:created", "jsonld": "dates"},
    ),
    rule(
        "people",
        label("People"),
        option="--person",
        exports={"csv": "dcterms:subject", "jsonld": "people"},
    ),
    keep(
        "places",
        label("Places"),
        option="--place",
        exports={"csv": "dcterms:spatial", "jsonld": "dcterms:spatial"},
    ),
    text(
        "tags",
        label("Tags"),
        searched=True,
        option="--tag",
        exports={"csv": "dcterms:subject", "jsonld": "tags", "xmp": "dc:subject"},
    ),
    nested("source", label("Source"), exports={"jsonld": "source"}),
    nested("rights", label("Rights"), exports={"jsonld": "rights"}),
    text("notes", label("Notes"), searched=True, option="--notes", exports={"jsonld": "notes"}),
    keep(
        "private",
        label("Private"),
        option="--private",
        exports={"csv": "dcterms:accessRights", "jsonld": "private"},
    ),
    keep("added_at", label("Added"), exports={"jsonld": "addedAt"}),
    keep("orientation", label("Orientation"), exports={"jsonld": "orientation"}),
    rule("lat", label("Latitude"), exports={"jsonld": "geo:lat"}),
    rule("lon", label("Longitude"), exports={"jsonld": "geo:long"}),
    keep("possible_copies", label("Possible copies")),
    keep("trashed_at", label("Moved to the trash")),
    keep(
        "rating",
        label("Rating"),
        option="--rating",
        exports={"xmp": "xmp:Rating"},
    ),
    keep(
        "label",
        label("Colour label"),
        option="--label",
        exports={"xmp": "xmp:Label"},
    ),
    nested("inscriptions", label("Inscriptions"), exports={"jsonld": "inscriptions"}),
    nested("physical", label("Physical description"), exports={"jsonld": "physical"}),
    nested("location", label("Location"), exports={"jsonld": "crm:P55_has_current_location"}),
    nested(
        "normal_location",
        label("Normal location"),
        exports={"jsonld": "crm:P54_has_current_permanent_location"},
    ),
    nested("custody", label("Custody"), exports={"jsonld": "custody"}),
    nested("texts", label("Text"), exports={"csv": "transcription", "jsonld": "texts"}),
)

MEDIA_FILE: tuple[Field, ...] = declare(
    MediaFile,
    keep("sha256", label("SHA-256"), exports={"jsonld": "originalSha256"}),
    rule("path", label("Path")),  # collection-relative; a linked file's folders are redacted
    keep("format", label("Format"), exports={"jsonld": "format"}),
    keep("size", label("Size"), exports={"jsonld": "size"}),
    keep("width", label("Width"), exports={"jsonld": "width"}),
    keep("height", label("Height"), exports={"jsonld": "height"}),
    keep("pages", label("Pages"), exports={"jsonld": "pages"}),
    keep("duration_ms", label("Duration"), exports={"jsonld": "durationMs"}),
    keep("sample_rate", label("Sample rate"), exports={"jsonld": "sampleRate"}),
    keep("channels", label("Channels"), exports={"jsonld": "channels"}),
    text("original_name", label("Original file name"), searched=True),
    keep("linked", label("Linked")),
    keep("phash", label("Perceptual hash")),
    text("damaged", label("Picture damaged"), searched=False, exports={"jsonld": "damaged"}),
    keep("known_sha256", label("Also known by SHA-256"), exports={"jsonld": "knownSha256"}),
    drop("also_imported_from", label("Copies imported from")),  # paths on the family's disks
    keep("role", label("View"), exports={"jsonld": "role"}),
)

PERSON_TAG: tuple[Field, ...] = declare(
    PersonTag,
    keep("person_id", label("Person")),
    rule("region", label("Face region"), option="--region"),
    text("identified_by", label("Identified by")),
    keep("identified_at", label("Identified on")),
    keep("certainty", label("Certainty"), option="--certainty"),
    keep("private", label("Private tag")),
    keep("face_id", label("Face")),
    rule("assertions", label("Evidence"), exports={"jsonld": "assertions"}),
)

ASSERTION: tuple[Field, ...] = declare(
    Assertion,
    rule("by_person", label("Identified by (person)")),  # a withheld person's assertion goes
    text("by_name", label("Identified by")),
    keep("method", label("How")),
    nested("source", label("Evidence source")),
    keep("confidence", label("Confidence")),
    keep("date", label("Identified on")),
    keep("status", label("Status")),
    text("note", label("Evidence note")),
)

EVIDENCE_SOURCE: tuple[Field, ...] = declare(
    EvidenceSource,
    keep("item_id", label("Source item")),
    text("text", label("Source text")),
    keep("recording_id", label("Recording")),
    keep("at_ms", label("Moment in the recording")),
    text("file_name", label("Source file")),
)

REGION: tuple[Field, ...] = declare(
    Region,
    keep("x", label("Left")),
    keep("y", label("Top")),
    keep("w", label("Width")),
    keep("h", label("Height")),
)

SOURCE: tuple[Field, ...] = declare(
    Source,
    text(
        "holder",
        label("Held by"),
        searched=True,
        option="--holder",
        exports={
            "csv": "dcterms:rightsHolder",
            "jsonld": "holder",
            "archive-log": "Source / family collection",
        },
    ),
    text(
        "archive_ref",
        label("Archive reference"),
        searched=True,
        option="--archive-ref",
        exports={
            "csv": "dcterms:source",
            "jsonld": "archiveRef",
            "archive-log": "Source reference",
        },
    ),
    text(
        "album",
        label("Album"),
        searched=True,
        option="--album",
        exports={"csv": "dcterms:source", "jsonld": "album", "archive-log": "Source reference"},
    ),
    text(
        "box",
        label("Box"),
        searched=True,
        option="--box",
        exports={"csv": "dcterms:source", "jsonld": "box", "archive-log": "Source reference"},
    ),
    text(
        "page",
        label("Page"),
        searched=True,
        option="--page",
        exports={"csv": "dcterms:source", "jsonld": "page", "archive-log": "Source reference"},
    ),
    text(
        "provenance",
        label("How it reached us"),
        searched=True,
        option="--provenance",
        exports={"csv": "dcterms:provenance", "jsonld": "provenance"},
    ),
    drop(
        "imported_from", label("Imported from"), searched=True, exports={"jsonld": "importedFrom"}
    ),
)

RIGHTS: tuple[Field, ...] = declare(
    Rights,
    keep(
        "uri",
        label("Statement"),
        option="--rights-uri",
        exports={"csv": "dcterms:license", "jsonld": "uri"},
    ),
    text(
        "text",
        label("Rights notes"),
        option="--rights-text",
        exports={"csv": "dcterms:rights", "jsonld": "text", "iiif": "Rights"},
    ),
    text(
        "credit",
        label("Credit"),
        option="--credit",
        exports={
            "csv": "dcterms:creator",
            "jsonld": "credit",
            "archive-log": "Creator / photographer",
        },
    ),
    text("consent", label("Consent"), option="--consent", exports={"jsonld": "consent"}),
)

FUZZY_DATE: tuple[Field, ...] = declare(
    FuzzyDate,
    keep("edtf", label("EDTF")),
    text("input", label("As said"), searched=True),
    keep("modifier", label("Modifier")),
    keep("quality", label("Quality")),
    nested("calendar_original", label("Original calendar")),
    keep("source", label("Read from")),
    text("basis", label("Evidence")),
)

CALENDAR_ORIGINAL: tuple[Field, ...] = declare(
    CalendarOriginal,
    keep("calendar", label("Calendar")),
    keep("text", label("As written")),
    keep("ymd", label("Year, month, day")),
    keep("method", label("Method")),
)
