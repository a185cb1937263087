"""The field registry: every field of every record type, declared once.

Search, ``--json`` output, the details form, the exporters, the privacy filter and the CLI's
``edit`` read it, so a new field is classified in one place: ``fields_of(Item)`` lists an
item's fields, ``field_of(Source, "album")`` one of them, ``texts(record, want)`` walks a
record's text through its nested values.
"""

from memoryapp.core.fields.model import Field, Privacy, hints_of, label
from memoryapp.core.fields.registry import REGISTRY, field_of, fields_of
from memoryapp.core.fields.walk import (
    column_values,
    map_records,
    map_text,
    nested_types,
    raw_texts,
    records_in,
    texts,
    unclassified,
)

__all__ = [
    "REGISTRY",
    "Field",
    "Privacy",
    "column_values",
    "field_of",
    "fields_of",
    "hints_of",
    "label",
    "map_records",
    "map_text",
    "nested_types",
    "raw_texts",
    "records_in",
    "texts",
    "unclassified",
]
