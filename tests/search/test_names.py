"""Whole names found by a phrase equal a plain look at every name, one by one."""

import random

from varied_collection import varied_records

from memoryapp.search.names import NameIndex
from memoryapp.search.vocabulary import EXACT, word_pairs


def _folded_words(text: str) -> list[str]:
    return [folded for _, folded in word_pairs(text)]


def _plain_exact(names: dict[str, tuple[str, ...]], phrase: str) -> set[str]:
    """Owners with a name holding the phrase, or its words run together or apart whole."""
    wanted = " ".join(_folded_words(phrase))
    joined = wanted.replace(" ", "")
    found = set()
    for owner, spellings in names.items():
        for name in spellings:
            words = _folded_words(name)
            runs = {
                "".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
            }
            if wanted in " ".join(words) or joined in runs:
                found.add(owner)
    return found


def test_phrases_meet_the_same_names_as_a_plain_look() -> None:
    records = varied_records(count=10)
    names = {p.id: tuple(n.value for n in p.names) for p in records.people}
    names["p-joined"] = ("Yakut Elbaz", "Yakut El Baz", "Esther Ben Haim")
    names["p-one"] = ("Ohana",)
    index = NameIndex()
    index.rebuild(names.items())
    rng = random.Random(11)
    spellings = [name for spelled in names.values() for name in spelled]
    phrases = [
        "Miriam Elbaz", "el baz", "Elbaz", "ben haim", "benhaim", "Ohana", "hana", "מרים אלבז",
        "אלבז", "عمار", "yakutelbaz", "nobody here", "a", "z", "Esther Ben", "n h",
    ]  # fmt: skip
    for _ in range(200):
        name = rng.choice(spellings)
        start = rng.randrange(len(name))
        phrases.append(name[start : start + rng.randrange(1, 12)])
        words = name.split()
        if len(words) > 1:
            phrases.append("".join(words))
    for phrase in phrases:
        if not _folded_words(phrase):
            continue
        met = {owner for owner, level in index.match_phrase(phrase).items() if level == EXACT}
        assert met == _plain_exact(names, phrase), phrase
