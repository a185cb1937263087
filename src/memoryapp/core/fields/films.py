"""The fields of films, scenes, scene links and their nested values, declared once."""

from memoryapp.core.fields.model import Field, declare, keep, label, nested, rule, text
from memoryapp.core.films import (
    Alteration,
    Consent,
    Film,
    Licence,
    PlannedUse,
    Scene,
    SceneLink,
    Usage,
)

_LOG = "archive-log"

FILM: tuple[Field, ...] = declare(
    Film,
    keep("id", label("ID")),
    text("title", label("Title")),
    keep("fps", label("Frame rate")),
    keep("drop_frame", label("Drop-frame timecode")),
    keep("start_frame", label("Start timecode")),
    keep("languages", label("Languages")),
    text("director", label("Director")),
    text("production", label("Production company")),
    keep("frame_width", label("Delivery frame width")),
    nested("planned_use", label("Planned use")),
    text("notes", label("Notes")),
)

PLANNED_USE: tuple[Field, ...] = declare(
    PlannedUse,
    keep("media", label("Media")),
    keep("territories", label("Territories")),
    keep("start", label("From")),
    keep("until", label("Until")),
    keep("perpetual", label("In perpetuity")),
)

SCENE: tuple[Field, ...] = declare(
    Scene,
    keep("id", label("ID")),
    keep("film_id", label("Film")),
    keep("number", label("Scene"), exports={_LOG: "Scene"}),
    text("title", label("Scene title"), exports={_LOG: "Scene title"}),
    text("synopsis", label("Synopsis")),
    keep("places", label("Places")),
    rule("people", label("People")),
    nested("period", label("Period")),
    keep("duration_frames", label("Planned duration")),
    keep("tc_in", label("TC in")),
    keep("tc_out", label("TC out")),
    keep("status", label("Status")),
    text("wishlist", label("Wish list")),
    text("notes", label("Notes")),
)

SCENE_LINK: tuple[Field, ...] = declare(
    SceneLink,
    keep("id", label("ID")),
    keep("item_id", label("Item"), exports={_LOG: "Item ID"}),
    keep("scene_id", label("Scene")),
    keep("role", label("Role")),
    keep("rank", label("Rank")),
    nested("crop", label("Crop")),
    rule("crop_person", label("Frame on person")),
    nested("pan_from", label("Pan from")),
    nested("pan_to", label("Pan to")),
    keep("hold_frames", label("Hold")),
    keep("clearance", label("Clearance"), exports={_LOG: "Clearance status"}),
    text("rights_holder", label("Rights holder"), exports={_LOG: "Rights holder"}),
    text("rights_contact", label("Rights holder contact"), exports={_LOG: "Rights holder contact"}),
    nested("licence", label("Licence")),
    text("credit", label("Credit line"), exports={_LOG: "Credit line"}),
    text("captions", label("Captions"), exports={_LOG: "Caption [lang]"}),
    nested("consents", label("Consents")),
    nested("alterations", label("Alterations")),
    text("note", label("Note"), exports={_LOG: "Notes"}),
    nested("uses", label("Uses in the cut")),
    keep("used_frames", label("Frames used")),
    keep("used_in_cut", label("Cut"), exports={_LOG: "Cut"}),
    keep("segment_id", label("Testimony segment")),
)

LICENCE: tuple[Field, ...] = declare(
    Licence,
    keep("media", label("Media"), exports={_LOG: "Media"}),
    keep("territories", label("Territories"), exports={_LOG: "Territory"}),
    keep("term_start", label("Term start")),
    keep("term_end", label("Term end")),
    keep("perpetual", label("In perpetuity")),
    keep("exclusive", label("Exclusive")),
    keep("max_seconds", label("Licensed seconds")),
    keep("alterations_allowed", label("Alterations allowed")),
    text("restrictions", label("Restrictions")),
    keep("fee", label("Fee"), exports={_LOG: "Fee"}),
    keep("currency", label("Currency"), exports={_LOG: "Currency"}),
    keep("fee_basis", label("Fee basis"), exports={_LOG: "Fee basis"}),
    keep("invoice", label("Invoice"), exports={_LOG: "Invoice"}),
    keep("paid", label("Paid"), exports={_LOG: "Paid"}),
    text("document", label("Licence document"), exports={_LOG: "Licence document"}),
    keep("waiver", label("Rights waiver"), exports={_LOG: "Rights waiver"}),
)

CONSENT: tuple[Field, ...] = declare(
    Consent,
    text("given_by", label("Given by")),
    text("relation", label("Relation")),
    keep("given_on", label("Given on")),
    text("scope", label("Scope")),
    keep("language", label("Language of the form")),
    keep("revoked", label("Revoked")),
    keep("revoked_on", label("Revoked on")),
    text("note", label("Note")),
)

ALTERATION: tuple[Field, ...] = declare(
    Alteration,
    keep("kind", label("Alteration")),
    text("tool", label("Tool")),
    text("by", label("By")),
    keep("on", label("On")),
    keep("changes_meaning", label("Changes the meaning")),
    text("note", label("Note")),
)

USAGE: tuple[Field, ...] = declare(
    Usage,
    keep("event", label("EDL event")),
    keep("rec_in", label("Record in")),
    keep("rec_out", label("Record out")),
)
