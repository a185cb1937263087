"""The fields of testimony segments and their nested values, declared once."""

from memoryapp.core.fields.model import Field, declare, keep, label, nested, rule, text
from memoryapp.core.segments import Anchor, Segment, SegmentConsent, Transcript

SEGMENT: tuple[Field, ...] = declare(
    Segment,
    keep("id", label("ID")),
    keep("recording_id", label("Recording")),
    keep("start_ms", label("Start")),
    keep("end_ms", label("End")),
    rule("speakers", label("Speakers")),  # a withheld speaker withholds the segment
    keep("languages", label("Languages")),
    nested("transcripts", label("Transcripts")),
    nested("items", label("Items")),
    rule("people", label("People")),  # withheld people are left out
    keep("places", label("Places")),
    nested("dates", label("Dates")),
    text("tags", label("Tags")),
    nested("consents", label("Consents")),
    keep("private", label("Private")),
    text("note", label("Note")),
)

TRANSCRIPT: tuple[Field, ...] = declare(
    Transcript,
    keep("lang", label("Language")),
    text("text", label("Transcript"), searched=True),
    text("by", label("Transcribed by")),
    keep("at", label("Transcribed on")),
    keep("corrected", label("Corrected")),
)

ANCHOR: tuple[Field, ...] = declare(
    Anchor,
    keep("item_id", label("Item")),
    nested("region", label("Region")),
    keep("face", label("Face")),
)

SEGMENT_CONSENT: tuple[Field, ...] = declare(
    SegmentConsent,
    keep("person_id", label("Consent given by")),
    keep("given_on", label("Given on")),
    keep("uses", label("Uses")),
    keep("revoked", label("Revoked")),
    keep("revoked_on", label("Revoked on")),
    text("note", label("Note")),
)
