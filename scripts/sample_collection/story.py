"""The story behind memoryapp's sample collection: a family archive from Tinghir and its diaspora.

This module is data only: plain dicts and lists of literals, read by the drawing code in this
package and by the builder of ``sample_collection/``. Everyone in it is fictional; the places are
real. Non-Latin letters are written as escapes (ruff RUF001), with the readable text in a
comment beside them.

- ``PEOPLE`` (from ``story_people``), ``PLACES`` (from ``story_places``) and ``ITEMS`` (from
  ``story_items``) describe the archive; their module docstrings give the fields.
- ``FILM`` is the documentary project built on it: ``key``, ``title``, ``fps``, ``start_tc``
  (SMPTE, non-drop), ``languages``, ``note`` and ``scenes``; each scene has ``number``,
  ``title``, ``synopsis``, ``places`` (keys), ``period`` (a date as people say it),
  ``people`` (keys), ``items`` (keys), ``duration_s`` (planned seconds) and ``status``
  (planned, research, scripted, rough cut, edited or locked).
- ``COLLECTION`` names the collection and its owner.
"""

from __future__ import annotations

from typing import Any

from scripts.sample_collection.story_items import ITEMS
from scripts.sample_collection.story_people import PEOPLE
from scripts.sample_collection.story_places import PLACES

__all__ = ["COLLECTION", "FILM", "ITEMS", "PEOPLE", "PLACES"]

COLLECTION: dict[str, Any] = {
    "title": "Elbaz family archive (Tinghir)",
    "owner": "Yossi Elbaz",
    "languages": ["fr", "he", "ar", "en"],
    "note": "A fictional family's shoeboxes, drawn for memoryapp's sample collection.",
}

FILM: dict[str, Any] = {
    "key": "leaving_tinghir",
    "title": "Leaving Tinghir",
    "fps": 25,
    "start_tc": "01:00:00:00",
    "languages": ["en", "fr", "he"],
    "note": "A 25-minute documentary for the grandchildren, told from the family's boxes.",
    "scenes": [
        {
            "number": 1,
            "title": "The mellah",
            "synopsis": "A wedding, a ketubah and a door: the Elbaz house in the lanes of the "
            "old ksar of Tinghir.",
            "places": ["tinghir_mellah", "tinghir_synagogue"],
            "period": "1930s",
            "people": ["yakut", "shimon"],
            "items": ["wedding_1932", "ketubah_1932", "mellah_street", "shop"],
            "duration_s": 180,
            "status": "edited",
        },
        {
            "number": 2,
            "title": "Neighbours",
            "synopsis": "Moha, Itto and Lahcen; the shared oven, the apricot trees, two boys at "
            "the river.",
            "places": ["afanour", "tinghir"],
            "period": "c. 1955",
            "people": ["moha", "itto", "lahcen", "david"],
            "items": ["moha_family", "david_lahcen", "id_card_moha"],
            "duration_s": 150,
            "status": "rough cut",
        },
        {
            "number": 3,
            "title": "The school of the mellah",
            "synopsis": "M. Azoulay's class and David's certificate: French lessons under the "
            "protectorate.",
            "places": ["tinghir_mellah"],
            "period": "between 1948 and 1956",
            "people": ["raphael", "david"],
            "items": ["class_photo", "certificat_1953"],
            "duration_s": 120,
            "status": "rough cut",
        },
        {
            "number": 4,
            "title": "12 June 1956",
            "synopsis": "The quay at Casablanca, Meir's certificate in Haifa, his first letter "
            "from Netivot.",
            "places": ["casablanca", "netivot"],
            "period": "1956-1957",
            "people": ["meir", "shimon", "yakut", "esther"],
            "items": ["departure_1956", "teudat_oleh", "hebrew_letter_1957"],
            "duration_s": 200,
            "status": "scripted",
        },
        {
            "number": 5,
            "title": "Before we left",
            "synopsis": "The kasbah photo, the passport with a thumbprint, the door photographed "
            "one last time.",
            "places": ["glaoui_kasbah", "tinghir_mellah", "casablanca"],
            "period": "1962-1963",
            "people": ["yakut", "shimon", "esther", "simone"],
            "items": ["kasbah_family", "kasbah_family_verso", "passport_yakut", "house_door"],
            "duration_s": 170,
            "status": "scripted",
        },
        {
            "number": 6,
            "title": "Paris, summer 1962",
            "synopsis": "David's room in Belleville, his letter to Meir, a postcard home.",
            "places": ["belleville", "paris"],
            "period": "summer 1962",
            "people": ["david"],
            "items": ["david_paris", "letter_david_1962", "postcard_front", "postcard_back"],
            "duration_s": 160,
            "status": "research",
        },
        {
            "number": 7,
            "title": "Netivot and Montreal",
            "synopsis": "Housing blocks, a wedding in Yavneh, snow in Montreal, a telegram, a bar "
            "mitzvah.",
            "places": ["netivot", "yavneh", "montreal"],
            "period": "années 60",
            "people": ["meir", "yossi", "esther", "avraham", "simone"],
            "items": [
                "meir_netivot",
                "esther_wedding",
                "envelope_1969",
                "telegram_1971",
                "barmitzvah_1973",
            ],
            "duration_s": 240,
            "status": "research",
        },
        {
            "number": 8,
            "title": "Return to Tinghir",
            "synopsis": "Lahcen's letter after Yakut's death, the blue door, the cemetery visit.",
            "places": ["tinghir", "tinghir_cemetery", "todra_gorge"],
            "period": "1998-2004",
            "people": ["lahcen", "david", "yakut"],
            "items": [
                "yakut_1985",
                "arabic_letter_1998",
                "lahcen_door",
                "cemetery_2004",
                "todra_gorge",
            ],
            "duration_s": 210,
            "status": "planned",
        },
    ],
}
