"""The fields of detected faces and face scans, declared once.

Faces never leave the collection as such: a named face leaves as the person tag it became,
and an unnamed one only as a nameless MWG region when an export asks for it. So every field
that could say who a face may be (suggestions, rejected people) is dropped.
"""

from memoryapp.core.faces import Face, FaceScan, Suggestion
from memoryapp.core.fields.model import Field, declare, drop, keep, label, nested

FACE: tuple[Field, ...] = declare(
    Face,
    keep("id", label("ID")),
    keep("item_id", label("Item")),
    nested("region", label("Face region")),
    keep("file_index", label("File")),
    keep("score", label("Detector score")),
    keep("size_px", label("Face size")),
    keep("state", label("Face state")),
    keep("reject_reason", label("Why set aside")),
    drop("person_id", label("Named as")),
    nested("suggestions", label("Suggestions")),  # each of its fields is dropped
    drop("rejected_people", label("Not these people")),
    keep("described", label("Described")),
    drop("detected_by", label("Detected by")),
    keep("detected_at", label("Detected on")),
    keep("engine", label("Detector")),
    nested("found_region", label("Region found")),
)

SUGGESTION: tuple[Field, ...] = declare(
    Suggestion,
    drop("person_id", label("Suggested person")),
    drop("confidence", label("Confidence")),
)

FACE_SCAN: tuple[Field, ...] = declare(
    FaceScan,
    keep("id", label("Item")),
    keep("sha256", label("File searched")),
    keep("faces", label("Faces found")),
    keep("engine", label("Detector")),
    drop("detected_by", label("Detected by")),
    keep("detected_at", label("Detected on")),
)
