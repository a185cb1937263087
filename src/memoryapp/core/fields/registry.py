"""Every record type's fields, by type and name."""

from collections.abc import Mapping
from typing import Any

from memoryapp.core.fields.faces import FACE, FACE_SCAN, SUGGESTION
from memoryapp.core.fields.films import (
    ALTERATION,
    CONSENT,
    FILM,
    LICENCE,
    PLANNED_USE,
    SCENE,
    SCENE_LINK,
    USAGE,
)
from memoryapp.core.fields.items import (
    ASSERTION,
    CALENDAR_ORIGINAL,
    EVIDENCE_SOURCE,
    FUZZY_DATE,
    ITEM,
    MEDIA_FILE,
    PERSON_TAG,
    REGION,
    RIGHTS,
    SOURCE,
)
from memoryapp.core.fields.model import Field
from memoryapp.core.fields.people import NAME, PERSON, PLACE, RELATION
from memoryapp.core.fields.prints import CONTAINER, CUSTODY_EVENT, INSCRIPTION, LOCATION, PHYSICAL
from memoryapp.core.fields.segments import ANCHOR, SEGMENT, SEGMENT_CONSENT, TRANSCRIPT
from memoryapp.core.fields.texts import PAGE_TEXT, TEXT_LINE

_DECLARED = (
    ITEM, MEDIA_FILE, PERSON_TAG, ASSERTION, EVIDENCE_SOURCE, REGION, SOURCE, RIGHTS,
    FUZZY_DATE, CALENDAR_ORIGINAL,
    PERSON, NAME, RELATION, PLACE,
    FILM, PLANNED_USE, SCENE, SCENE_LINK, LICENCE, CONSENT, ALTERATION, USAGE,
    INSCRIPTION, PHYSICAL, LOCATION, CUSTODY_EVENT, CONTAINER,
    FACE, SUGGESTION, FACE_SCAN,
    PAGE_TEXT, TEXT_LINE,
    SEGMENT, TRANSCRIPT, ANCHOR, SEGMENT_CONSENT,
)  # fmt: skip

REGISTRY: Mapping[type[Any], Mapping[str, Field]] = {
    fields[0].record: {f.name: f for f in fields} for fields in _DECLARED
}
"""``{record type: {field name: Field}}`` in declaration order."""


def fields_of(record: type[Any]) -> tuple[Field, ...]:
    """The declared fields of a record type, in order (none for an unknown type)."""
    return tuple(REGISTRY.get(record, {}).values())


def field_of(record: type[Any], name: str) -> Field | None:
    """The declaration of one field, or None when the registry does not classify it."""
    return REGISTRY.get(record, {}).get(name)
