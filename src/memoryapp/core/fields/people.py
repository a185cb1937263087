"""The fields of people, places and their names, declared once."""

from memoryapp.core.fields.model import Field, declare, drop, keep, label, nested, rule, text
from memoryapp.core.names import Name
from memoryapp.core.people import Person, Relation
from memoryapp.core.places import Place

PERSON: tuple[Field, ...] = declare(
    Person,
    keep("id", label("ID"), exports={"jsonld": "id"}),
    nested("names", label("Names"), option="--name", exports={"jsonld": "names"}),
    keep("gender", label("Gender"), option="--gender", exports={"jsonld": "gender"}),
    nested("birth", label("Born"), option="--birth", exports={"jsonld": "birth"}),
    keep("birth_place", label("Birth place"), option="--birth-place"),
    nested("death", label("Died"), option="--death", exports={"jsonld": "death"}),
    keep("death_place", label("Death place"), option="--death-place"),
    keep("living", label("Living"), option="--living", exports={"jsonld": "living"}),
    rule("relations", label("Relations"), option="--relation", exports={"jsonld": "relations"}),
    text("notes", label("Notes"), option="--note", exports={"jsonld": "notes"}),
    keep("private", label("Private"), option="--private", exports={"jsonld": "private"}),
    drop("never_suggest", label("Never suggest for faces"), option="--never-suggest"),
)

NAME: tuple[Field, ...] = declare(
    Name,
    keep("value", label("Name")),  # a kept person's own name; withheld people are removed whole
    keep("script", label("Script")),
    keep("lang", label("Language")),
    keep("kind", label("Kind of name")),
    text("note", label("Note on the name")),
)

RELATION: tuple[Field, ...] = declare(
    Relation,
    keep("kind", label("Relation")),
    keep("person_id", label("Relative")),
)

PLACE: tuple[Field, ...] = declare(
    Place,
    keep("id", label("ID"), exports={"jsonld": "id"}),
    nested("names", label("Names"), option="--name", exports={"jsonld": "names"}),
    keep("kind", label("Kind of place"), option="--type", exports={"jsonld": "kind"}),
    keep("parent_id", label("Inside"), option="--parent", exports={"jsonld": "parent"}),
    rule("lat", label("Latitude"), option="--lat", exports={"jsonld": "geo:lat"}),
    rule("lon", label("Longitude"), option="--lon", exports={"jsonld": "geo:long"}),
    keep(
        "do_not_pinpoint",
        label("Do not pinpoint"),
        option="--no-pinpoint",
        exports={"jsonld": "doNotPinpoint"},
    ),
    text("notes", label("Notes"), option="--note", exports={"jsonld": "notes"}),
)
