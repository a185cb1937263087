"""Names in any script, shared by people and places."""

from dataclasses import dataclass

from memoryapp.core.text import normalize, script_of


@dataclass(frozen=True, slots=True, kw_only=True)
class Name:
    """One spelling of a person's or a place's name.

    Attributes:
        value: the name as written (stored in NFC).
        script: ISO 15924 code ("Latn", "Hebr", "Arab", "Tfng"); derived when left empty.
        lang: BCP 47 language tag ("fr", "he", "ar", "zgh"), or "" when unknown.
        kind: "birth", "married", "hebrew", "arabic", "nickname", "transliteration",
            "patronymic", "official", "colonial", "local", "alias" ...
        note: free text, e.g. "French colonial spelling".
    """

    value: str
    script: str = ""
    lang: str = ""
    kind: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        value = normalize(self.value)
        if not value:
            raise ValueError("a name cannot be empty")
        object.__setattr__(self, "value", value)
        if not self.script:
            object.__setattr__(self, "script", script_of(value))


def name_values(names: tuple[Name, ...]) -> tuple[str, ...]:
    """Return every spelling, primary first."""
    return tuple(name.value for name in names)
