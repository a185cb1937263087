"""The fields of a page's text and of its lines, declared once."""

from memoryapp.core.fields.model import Field, declare, keep, label, nested, text
from memoryapp.core.texts import PageText, TextLine

# Search reads page texts through core.texts.searchable_texts (unreliable readings stay out),
# so none of these is ``searched`` by the generic walk.
PAGE_TEXT: tuple[Field, ...] = declare(
    PageText,
    keep("file", label("File"), exports={"jsonld": "file"}),
    keep("page", label("Page"), exports={"jsonld": "page"}),
    nested("region", label("Region of the page"), exports={"jsonld": "region"}),
    text("machine_text", label("Machine text"), exports={"jsonld": "machineText"}),
    nested("lines", label("Lines"), exports={"jsonld": "lines"}),
    text("corrected", label("Transcription"), exports={"jsonld": "transcription"}),
    keep("language", label("Language"), exports={"jsonld": "language"}),
    keep("script", label("Script"), exports={"jsonld": "script"}),
    keep("source", label("Read from"), exports={"jsonld": "source"}),
    keep("engine", label("Engine"), exports={"jsonld": "engine"}),
    keep("confidence", label("Confidence"), exports={"jsonld": "confidence"}),
    keep("accepted", label("Accepted for search"), exports={"jsonld": "accepted"}),
    text("transcribed_by", label("Transcribed by"), exports={"jsonld": "transcribedBy"}),
    keep("transcribed_at", label("Transcribed on"), exports={"jsonld": "transcribedAt"}),
    keep("read_at", label("Read on"), exports={"jsonld": "readAt"}),
)

TEXT_LINE: tuple[Field, ...] = declare(
    TextLine,
    text("text", label("Line")),
    nested("box", label("Line box")),
    keep("confidence", label("Confidence")),
    keep("language", label("Language")),
)
