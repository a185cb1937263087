"""The places of the sample archive, from the mellah of Tinghir to Montreal.

Each place is a dict:

- ``key``: short stable key; ``parent``: the key of the enclosing place, or None.
- ``kind``: mellah, ksar, douar, kasbah, zaouia, cemetery, synagogue, quarter, village, town,
  city, region or country (and ``valley`` for the Todra gorge, a kind memoryapp's core knows).
- ``names``: list of ``{"value", "script", "lang", "kind"}`` with ``kind`` one of official,
  local, historical, variant; the first is the preferred name.
- ``lat`` / ``lon``: WGS 84 degrees, or None. Town and city points are real; points of places
  inside Tinghir are approximate (``note`` says so).
- ``do_not_pinpoint``: True when the exact spot must not be shown or exported.
- ``note``: free text.
"""

# The comments show the escaped strings in their own letters, which RUF003 would flag.
# ruff: noqa: RUF003

from __future__ import annotations

from typing import Any

PLACES: list[dict[str, Any]] = [
    {
        "key": "morocco",
        "kind": "country",
        "parent": None,
        "names": [
            {"value": "Morocco", "script": "Latn", "lang": "en", "kind": "official"},
            {"value": "Maroc", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u0627\u0644\u0645\u063a\u0631\u0628",  # المغرب
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {
                "value": "\u2d4d\u2d4e\u2d56\u2d54\u2d49\u2d31",  # ⵍⵎⵖⵔⵉⴱ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "official",
            },
            {
                "value": "\u05de\u05e8\u05d5\u05e7\u05d5",  # מרוקו
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 31.7917,
        "lon": -7.0926,
        "do_not_pinpoint": False,
        "note": "French protectorate until 1956 ('Empire chérifien' on school papers).",
    },
    {
        "key": "draa_tafilalet",
        "kind": "region",
        "parent": "morocco",
        "names": [
            {"value": "Drâa-Tafilalet", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u062f\u0631\u0639\u0629 \u062a\u0627\u0641\u064a\u0644\u0627\u0644\u062a",  # درعة تافيلالت
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {
                "value": "\u2d37\u2d54\u2d44\u2d30 \u2d5c\u2d30\u2d3c\u2d49\u2d4d\u2d30\u2d4d\u2d5c",  # ⴷⵔⵄⴰ ⵜⴰⴼⵉⵍⴰⵍⵜ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "official",
            },
            {"value": "Souss-Massa-Drâa", "script": "Latn", "lang": "fr", "kind": "historical"},
        ],
        "lat": 31.1500,
        "lon": -5.3900,
        "do_not_pinpoint": False,
        "note": "Region since 2015; Tinghir and Ouarzazate were in Souss-Massa-Drâa from 1997 "
        "to 2015. The point is a rough centre.",
    },
    {
        "key": "tinghir",
        "kind": "town",
        "parent": "draa_tafilalet",
        "names": [
            {"value": "Tinghir", "script": "Latn", "lang": "fr", "kind": "official"},
            {"value": "Tinerhir", "script": "Latn", "lang": "fr", "kind": "historical"},
            {"value": "Tineghir", "script": "Latn", "lang": "fr", "kind": "variant"},
            {
                "value": "\u2d5c\u2d49\u2d4f\u2d56\u2d49\u2d54",  # ⵜⵉⵏⵖⵉⵔ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "official",
            },
            {
                "value": "\u062a\u0646\u063a\u064a\u0631",  # تنغير
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {
                "value": "\u05d8\u05d9\u05e0\u05d2\u05f3\u05d9\u05e8",  # טינג׳יר
                "script": "Hebr",
                "lang": "he",
                "kind": "local",
            },
            {
                "value": "\u05d8\u05d9\u05e0\u05d2'\u05d9\u05e8",  # טינג'יר
                "script": "Hebr",
                "lang": "he",
                "kind": "variant",
            },
        ],
        "lat": 31.5147,
        "lon": -5.5328,
        "do_not_pinpoint": False,
        "note": "Oasis town of the Todgha valley. The second Hebrew spelling uses an ASCII "
        "apostrophe instead of a geresh, as people type it.",
    },
    {
        "key": "tinghir_mellah",
        "kind": "mellah",
        "parent": "tinghir",
        "names": [
            {"value": "Mellah de Tinghir", "script": "Latn", "lang": "fr", "kind": "local"},
            {"value": "the mellah", "script": "Latn", "lang": "en", "kind": "variant"},
            {
                "value": "\u0645\u0644\u0627\u062d \u062a\u0646\u063a\u064a\u0631",  # ملاح تنغير
                "script": "Arab",
                "lang": "ar",
                "kind": "local",
            },
            {
                "value": "\u05d4\u05de\u05dc\u05d0\u05d7 \u05e9\u05dc \u05d8\u05d9\u05e0\u05d2\u05f3\u05d9\u05e8",  # המלאח של טינג׳יר
                "script": "Hebr",
                "lang": "he",
                "kind": "local",
            },
        ],
        "lat": 31.5163,
        "lon": -5.5302,
        "do_not_pinpoint": False,
        "note": "The Jewish lanes inside the old ksar of Tinghir. Point approximate.",
    },
    {
        "key": "tinghir_synagogue",
        "kind": "synagogue",
        "parent": "tinghir_mellah",
        "names": [
            {"value": "Synagogue of the mellah", "script": "Latn", "lang": "en", "kind": "local"},
            {"value": "Slat Elbaz", "script": "Latn", "lang": "fr", "kind": "local"},
            {
                "value": "\u05d1\u05d9\u05ea \u05d4\u05db\u05e0\u05e1\u05ea \u05d1\u05de\u05dc\u05d0\u05d7",  # בית הכנסת במלאח
                "script": "Hebr",
                "lang": "he",
                "kind": "local",
            },
        ],
        "lat": 31.5165,
        "lon": -5.5305,
        "do_not_pinpoint": False,
        "note": "A small prayer room; the family called it 'Slat Elbaz' after its founder. "
        "Point approximate.",
    },
    {
        "key": "glaoui_kasbah",
        "kind": "kasbah",
        "parent": "tinghir",
        "names": [
            {"value": "Kasbah du Glaoui", "script": "Latn", "lang": "fr", "kind": "local"},
            {"value": "Glaoui kasbah", "script": "Latn", "lang": "en", "kind": "variant"},
            {
                "value": "\u0642\u0635\u0628\u0629 \u0627\u0644\u0643\u0644\u0627\u0648\u064a",  # قصبة الكلاوي
                "script": "Arab",
                "lang": "ar",
                "kind": "local",
            },
        ],
        "lat": 31.5180,
        "lon": -5.5290,
        "do_not_pinpoint": False,
        "note": "On the hill above the town; built about 1919, abandoned in 1956. Point approximate.",
    },
    {
        "key": "tinghir_cemetery",
        "kind": "cemetery",
        "parent": "tinghir",
        "names": [
            {
                "value": "Jewish cemetery of Tinghir",
                "script": "Latn",
                "lang": "en",
                "kind": "local",
            },
            {"value": "Cimetière juif de Tinghir", "script": "Latn", "lang": "fr", "kind": "local"},
            {
                "value": "\u05d1\u05d9\u05ea \u05d4\u05e2\u05dc\u05de\u05d9\u05df \u05d4\u05d9\u05d4\u05d5\u05d3\u05d9 \u05d1\u05d8\u05d9\u05e0\u05d2\u05f3\u05d9\u05e8",  # בית העלמין היהודי בטינג׳יר
                "script": "Hebr",
                "lang": "he",
                "kind": "local",
            },
            {
                "value": "\u0645\u0642\u0628\u0631\u0629 \u0627\u0644\u064a\u0647\u0648\u062f \u0628\u062a\u0646\u063a\u064a\u0631",  # مقبرة اليهود بتنغير
                "script": "Arab",
                "lang": "ar",
                "kind": "local",
            },
        ],
        "lat": 31.5120,
        "lon": -5.5360,
        "do_not_pinpoint": True,
        "note": "Whitewashed graves on a stony slope. Do not publish the exact spot.",
    },
    {
        "key": "afanour",
        "kind": "ksar",
        "parent": "tinghir",
        "names": [
            {"value": "Afanour", "script": "Latn", "lang": "fr", "kind": "local"},
            {"value": "Ksar Afanour", "script": "Latn", "lang": "fr", "kind": "variant"},
            {
                "value": "\u2d30\u2d3c\u2d30\u2d4f\u2d53\u2d54",  # ⴰⴼⴰⵏⵓⵔ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "local",
            },
            {
                "value": "\u0623\u0641\u0627\u0646\u0648\u0631",  # أفانور
                "script": "Arab",
                "lang": "ar",
                "kind": "local",
            },
        ],
        "lat": 31.5230,
        "lon": -5.5430,
        "do_not_pinpoint": False,
        "note": "Ksar across the palm grove from the old ksar of Tinghir; the Aït Ali family "
        "came from there. Point approximate.",
    },
    {
        "key": "todra_gorge",
        "kind": "valley",
        "parent": "draa_tafilalet",
        "names": [
            {"value": "Todra gorge", "script": "Latn", "lang": "en", "kind": "official"},
            {"value": "Gorges du Todra", "script": "Latn", "lang": "fr", "kind": "official"},
            {"value": "Todgha", "script": "Latn", "lang": "fr", "kind": "variant"},
            {
                "value": "\u0645\u0636\u0627\u064a\u0642 \u062a\u0648\u062f\u063a\u0649",  # مضايق تودغى
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {
                "value": "\u2d5c\u2d53\u2d37\u2d56\u2d30",  # ⵜⵓⴷⵖⴰ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "local",
            },
        ],
        "lat": 31.59,
        "lon": -5.59,
        "do_not_pinpoint": False,
        "note": "The gorge of the Todgha river, 15 km upstream of Tinghir; a natural feature, "
        "so kind 'valley'.",
    },
    {
        "key": "ouarzazate",
        "kind": "city",
        "parent": "draa_tafilalet",
        "names": [
            {"value": "Ouarzazate", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u0648\u0631\u0632\u0627\u0632\u0627\u062a",  # ورزازات
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {
                "value": "\u2d61\u2d30\u2d54\u2d63\u2d30\u2d63\u2d30\u2d5c",  # ⵡⴰⵔⵣⴰⵣⴰⵜ
                "script": "Tfng",
                "lang": "zgh",
                "kind": "official",
            },
        ],
        "lat": 30.9189,
        "lon": -6.8934,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "casablanca_settat",
        "kind": "region",
        "parent": "morocco",
        "names": [
            {"value": "Casablanca-Settat", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u0627\u0644\u062f\u0627\u0631 \u0627\u0644\u0628\u064a\u0636\u0627\u0621 \u0633\u0637\u0627\u062a",  # الدار البيضاء سطات
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
        ],
        "lat": 33.0,
        "lon": -7.6,
        "do_not_pinpoint": False,
        "note": "Rough centre.",
    },
    {
        "key": "casablanca",
        "kind": "city",
        "parent": "casablanca_settat",
        "names": [
            {"value": "Casablanca", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u0627\u0644\u062f\u0627\u0631 \u0627\u0644\u0628\u064a\u0636\u0627\u0621",  # الدار البيضاء
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
            {"value": "Casa", "script": "Latn", "lang": "fr", "kind": "variant"},
            {
                "value": "\u05e7\u05d6\u05d1\u05dc\u05e0\u05e7\u05d4",  # קזבלנקה
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 33.5731,
        "lon": -7.5898,
        "do_not_pinpoint": False,
        "note": "Port of departure in 1956 and 1963.",
    },
    {
        "key": "israel",
        "kind": "country",
        "parent": None,
        "names": [
            {"value": "Israel", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05d9\u05e9\u05e8\u05d0\u05dc",  # ישראל
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
            {"value": "Israël", "script": "Latn", "lang": "fr", "kind": "official"},
        ],
        "lat": 31.0461,
        "lon": 34.8516,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "southern_district",
        "kind": "region",
        "parent": "israel",
        "names": [
            {"value": "Southern District", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05de\u05d7\u05d5\u05d6 \u05d4\u05d3\u05e8\u05d5\u05dd",  # מחוז הדרום
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 30.8,
        "lon": 34.8,
        "do_not_pinpoint": False,
        "note": "Rough centre.",
    },
    {
        "key": "netivot",
        "kind": "town",
        "parent": "southern_district",
        "names": [
            {"value": "Netivot", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05e0\u05ea\u05d9\u05d1\u05d5\u05ea",  # נתיבות
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
            {"value": "Azata", "script": "Latn", "lang": "he", "kind": "historical"},
        ],
        "lat": 31.4231,
        "lon": 34.5886,
        "do_not_pinpoint": False,
        "note": "Founded in 1956 as Azata; many of its first families came from southern Morocco.",
    },
    {
        "key": "central_district",
        "kind": "region",
        "parent": "israel",
        "names": [
            {"value": "Central District", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05de\u05d7\u05d5\u05d6 \u05d4\u05de\u05e8\u05db\u05d6",  # מחוז המרכז
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 32.0,
        "lon": 34.9,
        "do_not_pinpoint": False,
        "note": "Rough centre.",
    },
    {
        "key": "yavneh",
        "kind": "city",
        "parent": "central_district",
        "names": [
            {"value": "Yavneh", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05d9\u05d1\u05e0\u05d4",  # יבנה
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
            {"value": "Yavne", "script": "Latn", "lang": "en", "kind": "variant"},
        ],
        "lat": 31.8780,
        "lon": 34.7390,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "france",
        "kind": "country",
        "parent": None,
        "names": [
            {"value": "France", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u05e6\u05e8\u05e4\u05ea",  # צרפת
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
            {
                "value": "\u0641\u0631\u0646\u0633\u0627",  # فرنسا
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
        ],
        "lat": 46.2276,
        "lon": 2.2137,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "ile_de_france",
        "kind": "region",
        "parent": "france",
        "names": [{"value": "Île-de-France", "script": "Latn", "lang": "fr", "kind": "official"}],
        "lat": 48.8499,
        "lon": 2.6370,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "paris",
        "kind": "city",
        "parent": "ile_de_france",
        "names": [
            {"value": "Paris", "script": "Latn", "lang": "fr", "kind": "official"},
            {
                "value": "\u05e4\u05e8\u05d9\u05d6",  # פריז
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
            {
                "value": "\u0628\u0627\u0631\u064a\u0633",  # باريس
                "script": "Arab",
                "lang": "ar",
                "kind": "official",
            },
        ],
        "lat": 48.8566,
        "lon": 2.3522,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "belleville",
        "kind": "quarter",
        "parent": "paris",
        "names": [{"value": "Belleville", "script": "Latn", "lang": "fr", "kind": "official"}],
        "lat": 48.8722,
        "lon": 2.3767,
        "do_not_pinpoint": False,
        "note": "David's room was in the rue de Belleville.",
    },
    {
        "key": "canada",
        "kind": "country",
        "parent": None,
        "names": [
            {"value": "Canada", "script": "Latn", "lang": "en", "kind": "official"},
            {
                "value": "\u05e7\u05e0\u05d3\u05d4",  # קנדה
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 56.1304,
        "lon": -106.3468,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "quebec",
        "kind": "region",
        "parent": "canada",
        "names": [
            {"value": "Québec", "script": "Latn", "lang": "fr", "kind": "official"},
            {"value": "Quebec", "script": "Latn", "lang": "en", "kind": "variant"},
        ],
        "lat": 52.9399,
        "lon": -73.5491,
        "do_not_pinpoint": False,
        "note": "",
    },
    {
        "key": "montreal",
        "kind": "city",
        "parent": "quebec",
        "names": [
            {"value": "Montréal", "script": "Latn", "lang": "fr", "kind": "official"},
            {"value": "Montreal", "script": "Latn", "lang": "en", "kind": "variant"},
            {
                "value": "\u05de\u05d5\u05e0\u05d8\u05e8\u05d9\u05d0\u05d5\u05dc",  # מונטריאול
                "script": "Hebr",
                "lang": "he",
                "kind": "official",
            },
        ],
        "lat": 45.5019,
        "lon": -73.5674,
        "do_not_pinpoint": False,
        "note": "",
    },
]
