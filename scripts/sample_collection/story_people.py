"""The people of the sample archive: the Elbaz family of Tinghir, their neighbours, a teacher and a photographer.

All people are fictional. Each person is a dict:

- ``key``: a short stable key used by relations, items and film scenes.
- ``names``: list of ``{"value", "script", "lang", "kind"}``; ``script`` is an ISO 15924 code
  (Latn, Hebr, Arab, Tfng), ``lang`` a BCP 47 tag, ``kind`` one of birth, married, hebrew,
  arabic, nickname, transliteration. The first name is the one the family uses most.
- ``birth`` / ``death``: dates as the family says them ("c. 1910", "1934"), or None if unknown.
- ``birth_place`` / ``death_place``: place keys, or None.
- ``living``: True, False or None (unknown).
- ``private``: True when the person must not be shown outside the family.
- ``relations``: list of ``{"kind": "parent" | "spouse" | "sibling", "key": ...}``; a
  ``parent`` relation names one of this person's parents.
- ``note``: free text.
"""

# The comments show the escaped strings in their own letters, which RUF003 would flag.
# ruff: noqa: RUF003

from __future__ import annotations

from typing import Any

PEOPLE: list[dict[str, Any]] = [
    {
        "key": "yakut",
        "names": [
            {"value": "Yakut Elbaz", "script": "Latn", "lang": "fr", "kind": "married"},
            {"value": "Yakout", "script": "Latn", "lang": "fr", "kind": "nickname"},
            {"value": "Yakut Ohayon", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u05d9\u05e7\u05d5\u05d8 \u05d0\u05dc\u05d1\u05d6",  # יקוט אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u064a\u0627\u0642\u0648\u062a \u0627\u0644\u0628\u0632",  # ياقوت البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
            {"value": "Jacout Elbaz", "script": "Latn", "lang": "fr", "kind": "transliteration"},
        ],
        "birth": "c. 1910",
        "birth_place": "tinghir_mellah",
        "death": "1998",
        "death_place": "netivot",
        "living": False,
        "private": False,
        "relations": [{"kind": "spouse", "key": "shimon"}],
        "note": "Grandmother. Baked bread for the whole lane on Fridays; left Tinghir in 1963 and "
        "lived in Netivot until she died. Her passport gives her birth as 'vers 1910'.",
    },
    {
        "key": "shimon",
        "names": [
            {"value": "Shimon Elbaz", "script": "Latn", "lang": "en", "kind": "birth"},
            {"value": "Chimon Elbaz", "script": "Latn", "lang": "fr", "kind": "transliteration"},
            {
                "value": "\u05e9\u05de\u05e2\u05d5\u05df \u05d0\u05dc\u05d1\u05d6",  # שמעון אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u0634\u0645\u0639\u0648\u0646 \u0627\u0644\u0628\u0632",  # شمعون البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
        ],
        "birth": "c. 1905",
        "birth_place": "tinghir_mellah",
        "death": "1971",
        "death_place": "netivot",
        "living": False,
        "private": False,
        "relations": [{"kind": "spouse", "key": "yakut"}],
        "note": "Cloth merchant in the mellah; travelled to the souks of Ouarzazate and once, in "
        "1936, to Casablanca, where he sat for a studio portrait.",
    },
    {
        "key": "meir",
        "names": [
            {"value": "Meir Elbaz", "script": "Latn", "lang": "en", "kind": "birth"},
            {
                "value": "\u05de\u05d0\u05d9\u05e8 \u05d0\u05dc\u05d1\u05d6",  # מאיר אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u0645\u0626\u064a\u0631 \u0627\u0644\u0628\u0632",  # مئير البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
            {"value": "Mimi", "script": "Latn", "lang": "fr", "kind": "nickname"},
        ],
        "birth": "1934",
        "birth_place": "tinghir_mellah",
        "death": "2009",
        "death_place": "netivot",
        "living": False,
        "private": False,
        "relations": [
            {"kind": "parent", "key": "shimon"},
            {"kind": "parent", "key": "yakut"},
            {"kind": "sibling", "key": "esther"},
            {"kind": "sibling", "key": "david"},
            {"kind": "sibling", "key": "simone"},
        ],
        "note": "Eldest son. Left from Casablanca on 12 June 1956, reached Haifa and settled in "
        "Netivot, where he worked in building and later ran a grocery.",
    },
    {
        "key": "esther",
        "names": [
            {"value": "Esther Dahan", "script": "Latn", "lang": "fr", "kind": "married"},
            {"value": "Esther Elbaz", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u05d0\u05e1\u05ea\u05e8 \u05d3\u05d4\u05df",  # אסתר דהן
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u0625\u0633\u062a\u064a\u0631 \u0627\u0644\u0628\u0632",  # إستير البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
        ],
        "birth": "1938",
        "birth_place": "tinghir_mellah",
        "death": None,
        "death_place": None,
        "living": None,
        "private": False,
        "relations": [
            {"kind": "parent", "key": "shimon"},
            {"kind": "parent", "key": "yakut"},
            {"kind": "spouse", "key": "avraham"},
            {"kind": "sibling", "key": "meir"},
            {"kind": "sibling", "key": "david"},
            {"kind": "sibling", "key": "simone"},
        ],
        "note": "Emigrated with her parents in 1963; married Avraham Dahan in Yavneh in 1965. "
        "Keeps Box 3.",
    },
    {
        "key": "avraham",
        "names": [
            {"value": "Avraham Dahan", "script": "Latn", "lang": "en", "kind": "birth"},
            {
                "value": "\u05d0\u05d1\u05e8\u05d4\u05dd \u05d3\u05d4\u05df",  # אברהם דהן
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {"value": "Abraham Dahan", "script": "Latn", "lang": "fr", "kind": "transliteration"},
        ],
        "birth": "c. 1935",
        "birth_place": "ouarzazate",
        "death": "2011",
        "death_place": "yavneh",
        "living": False,
        "private": False,
        "relations": [{"kind": "spouse", "key": "esther"}],
        "note": "From a family of Ouarzazate; met Esther at the ma'abara office in Yavneh.",
    },
    {
        "key": "david",
        "names": [
            {"value": "David Elbaz", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u05d3\u05d5\u05d3 \u05d0\u05dc\u05d1\u05d6",  # דוד אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u062f\u0627\u0648\u062f \u0627\u0644\u0628\u0632",  # داود البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
            {"value": "Dédé", "script": "Latn", "lang": "fr", "kind": "nickname"},
        ],
        "birth": "1941",
        "birth_place": "tinghir_mellah",
        "death": "2015",
        "death_place": "paris",
        "living": False,
        "private": False,
        "relations": [
            {"kind": "parent", "key": "shimon"},
            {"kind": "parent", "key": "yakut"},
            {"kind": "sibling", "key": "meir"},
            {"kind": "sibling", "key": "esther"},
            {"kind": "sibling", "key": "simone"},
        ],
        "note": "Went to Paris in 1962 and became a tailor in Belleville. Lahcen Aït Ali's "
        "childhood friend; went back to Tinghir in 2004, when Lahcen took him to the cemetery.",
    },
    {
        "key": "simone",
        "names": [
            {"value": "Simone Abergel", "script": "Latn", "lang": "fr", "kind": "married"},
            {"value": "Sultana Elbaz", "script": "Latn", "lang": "fr", "kind": "birth"},
            {"value": "Simone", "script": "Latn", "lang": "fr", "kind": "nickname"},
            {
                "value": "\u05e1\u05d5\u05dc\u05d8\u05e0\u05d4 \u05d0\u05dc\u05d1\u05d6",  # סולטנה אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {
                "value": "\u0633\u0644\u0637\u0627\u0646\u0629 \u0627\u0644\u0628\u0632",  # سلطانة البز
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
        ],
        "birth": "1945",
        "birth_place": "tinghir_mellah",
        "death": None,
        "death_place": None,
        "living": True,
        "private": True,
        "relations": [
            {"kind": "parent", "key": "shimon"},
            {"kind": "parent", "key": "yakut"},
            {"kind": "sibling", "key": "meir"},
            {"kind": "sibling", "key": "esther"},
            {"kind": "sibling", "key": "david"},
        ],
        "note": "Youngest; settled in Montreal in 1967. Living: she asked that her pictures stay "
        "inside the family.",
    },
    {
        "key": "yossi",
        "names": [
            {"value": "Yossi Elbaz", "script": "Latn", "lang": "en", "kind": "birth"},
            {
                "value": "\u05d9\u05d5\u05e1\u05d9 \u05d0\u05dc\u05d1\u05d6",  # יוסי אלבז
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {"value": "Joseph Elbaz", "script": "Latn", "lang": "fr", "kind": "transliteration"},
        ],
        "birth": "1960",
        "birth_place": "netivot",
        "death": None,
        "death_place": None,
        "living": True,
        "private": False,
        "relations": [{"kind": "parent", "key": "meir"}],
        "note": "Meir's son. Started this archive in 2003 with a family tree drawn in a school "
        "notebook.",
    },
    {
        "key": "moha",
        "names": [
            {"value": "Moha Aït Ali", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u2d4e\u2d53\u2d43\u2d30 \u2d30\u2d62\u2d5c \u2d44\u2d4d\u2d49",  # ⵎⵓⵃⴰ ⴰⵢⵜ ⵄⵍⵉ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "birth",
            },
            {
                "value": "\u0645\u0648\u062d\u0627 \u0622\u064a\u062a \u0639\u0644\u064a",  # موحا آيت علي
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
            {"value": "Moha Ait Ali", "script": "Latn", "lang": "en", "kind": "transliteration"},
        ],
        "birth": "c. 1912",
        "birth_place": "afanour",
        "death": "1990",
        "death_place": "tinghir",
        "living": False,
        "private": False,
        "relations": [{"kind": "spouse", "key": "itto"}],
        "note": "Neighbour; farmed the family's apricot and almond trees in the palm grove and "
        "kept the key of the Elbaz house after 1963.",
    },
    {
        "key": "itto",
        "names": [
            {"value": "Itto Aït Ali", "script": "Latn", "lang": "fr", "kind": "married"},
            {
                "value": "\u2d49\u2d5c\u2d5c\u2d53",  # ⵉⵜⵜⵓ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "birth",
            },
            {
                "value": "\u0625\u064a\u0637\u0648",  # إيطو
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
        ],
        "birth": "c. 1918",
        "birth_place": "afanour",
        "death": "2001",
        "death_place": "tinghir",
        "living": False,
        "private": False,
        "relations": [{"kind": "spouse", "key": "moha"}],
        "note": "Moha's wife; she and Yakut shared the oven and the news.",
    },
    {
        "key": "lahcen",
        "names": [
            {"value": "Lahcen Aït Ali", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u2d4d\u2d43\u2d59\u2d4f \u2d30\u2d62\u2d5c \u2d44\u2d4d\u2d49",  # ⵍⵃⵙⵏ ⴰⵢⵜ ⵄⵍⵉ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "birth",
            },
            {
                "value": "\u0644\u062d\u0633\u0646 \u0622\u064a\u062a \u0639\u0644\u064a",  # لحسن آيت علي
                "script": "Arab",
                "lang": "ar",
                "kind": "arabic",
            },
            {"value": "Lahsen", "script": "Latn", "lang": "fr", "kind": "transliteration"},
        ],
        "birth": "1940",
        "birth_place": "tinghir",
        "death": None,
        "death_place": None,
        "living": None,
        "private": False,
        "relations": [{"kind": "parent", "key": "moha"}, {"kind": "parent", "key": "itto"}],
        "note": "Stayed in Tinghir. Wrote to David for forty years, in Arabic, with a line of "
        "Tifinagh at the top.",
    },
    {
        "key": "raphael",
        "names": [
            {"value": "Raphaël Azoulay", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u05e8\u05e4\u05d0\u05dc \u05d0\u05d6\u05d5\u05dc\u05d0\u05d9",  # רפאל אזולאי
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
            {"value": "M. Azoulay", "script": "Latn", "lang": "fr", "kind": "nickname"},
        ],
        "birth": "c. 1915",
        "birth_place": "casablanca",
        "death": None,
        "death_place": None,
        "living": False,
        "private": False,
        "relations": [],
        "note": "Teacher at the school of the mellah in the late 1940s and 1950s; wore round "
        "glasses. Death date unknown.",
    },
    {
        "key": "elie",
        "names": [
            {"value": "Élie Benhamou", "script": "Latn", "lang": "fr", "kind": "birth"},
            {
                "value": "\u05d0\u05dc\u05d9 \u05d1\u05e0\u05d7\u05de\u05d5",  # אלי בנחמו
                "script": "Hebr",
                "lang": "he",
                "kind": "hebrew",
            },
        ],
        "birth": "c. 1895",
        "birth_place": "casablanca",
        "death": "c. 1965",
        "death_place": "casablanca",
        "living": False,
        "private": False,
        "relations": [],
        "note": "Photographer, owner of the studio 'Photo Atlas', boulevard de la Gare, "
        "Casablanca. His stamp is on the mount of Shimon's 1936 portrait.",
    },
]
