"""Jewish and Muslim festivals as dates: "Pessah 1957", "Aïd el-Kebir 1957", "Kippour 5716".

A festival has a fixed day in its calendar, so a festival and a year is a date: one day
(Kippur, the two Eids, Achoura) or the festival's days as a one-of range (Pessah,
Rosh Hashana, Hanukkah, the month of Ramadan). The year may be Gregorian (the festival
that falls in it), Hebrew (5000-6000, for Jewish festivals) or Hijri (up to 1500, for
Muslim ones). Hijri days are uncertain by sighting, as in ``calendars``. Spellings are
folded by ``search_key`` before they are matched (``calendar_phrases``).
"""

from dataclasses import dataclass

from memoryapp.core.dates.bounds import add_days, format_iso, iso_key
from memoryapp.core.dates.calendars import hebrew_to_edtf, hijri_method, hijri_to_edtf
from memoryapp.core.dates.model import CalendarOriginal

HEBREW_YEARS = range(5000, 6001)
"""Years read as Hebrew years: 1239-2240 CE, never plausible Gregorian years here."""
_HIJRI_LAST_YEAR = 1500  # a festival year up to here is a Hijri year (1500 AH is 2077)


@dataclass(frozen=True, slots=True)
class Festival:
    """A festival: its calendar, first day (month, day), how many days, and its names."""

    calendar: str  # "hebrew" | "hijri"
    month: int
    day: int | None  # None: the whole month (Ramadan)
    days: int
    names: tuple[str, ...]


FESTIVALS: tuple[Festival, ...] = (
    Festival(
        "hebrew",
        1,
        15,
        8,  # 15-22 Nisan, as kept outside Israel (Morocco)
        (
            "pessah",
            "pessa'h",
            "pesah",
            "pessach",
            "pesach",
            "passover",
            "paque juive",
            "la paque juive",
            "פסח",
            "عيد الفصح اليهودي",
        ),
    ),
    Festival(
        "hebrew",
        7,
        1,
        2,  # 1-2 Tishri
        (
            "rosh hashana",
            "rosh hashanah",
            "rosh ha-shana",
            "rosh ha-shanah",
            "roch hachana",
            "roch hachanah",
            "roch ha-chana",
            "ראש השנה",
            "رأس السنة العبرية",
        ),
    ),
    Festival(
        "hebrew",
        7,
        10,
        1,  # 10 Tishri
        (
            "kippur",
            "kippour",
            "yom kippur",
            "yom kippour",
            "yom ha-kippurim",
            "grand pardon",
            "le grand pardon",
            "כיפור",
            "יום כיפור",
            "יום הכיפורים",
            "יום כפור",
            "يوم الغفران",
            "يوم كيبور",
        ),
    ),
    Festival(
        "hebrew",
        9,
        25,
        8,  # 25 Kislev - 2 or 3 Tevet
        (
            "hanukkah",
            "hanukka",
            "hanukah",
            "hanuka",
            "chanukah",
            "chanukkah",
            "hanouka",
            "hanoukka",
            "hanoucca",
            "hanoukah",
            "fete des lumieres",
            "חנוכה",
            "حانوكا",
            "عيد الأنوار",
        ),
    ),
    Festival(
        "hijri",
        9,
        None,
        30,  # the month of Ramadan
        ("ramadan", "ramadhan", "ramazan", "ramadane", "رمضان", "شهر رمضان"),
    ),
    Festival(
        "hijri",
        12,
        10,
        1,  # 10 Dhu al-Hijja
        (
            "aid el-kebir",
            "aid el kbir",
            "aid el-kbir",
            "aid al-kabir",
            "eid el-kebir",
            "aid al-adha",
            "aid el-adha",
            "eid al-adha",
            "eid ul-adha",
            "tabaski",
            "عيد الأضحى",
            "العيد الكبير",
        ),
    ),
    Festival(
        "hijri",
        10,
        1,
        1,  # 1 Shawwal
        (
            "aid el-fitr",
            "aid al-fitr",
            "eid al-fitr",
            "eid el-fitr",
            "eid ul-fitr",
            "aid es-seghir",
            "aid el-seghir",
            "aid es-sghir",
            "aid el-sghir",
            "عيد الفطر",
            "العيد الصغير",
        ),
    ),
    Festival(
        "hijri",
        1,
        10,
        1,  # 10 Muharram
        ("achoura", "achoura'", "ashura", "ashoura", "aachoura", "ashoura'", "عاشوراء", "عاشورا"),
    ),
)


def _start_year(festival: Festival, year: int) -> int:
    """The Gregorian year in which the festival of calendar ``year`` begins."""
    return int(_occurrence(festival, year)[0][:4])


_Ymd = tuple[int, int, int] | tuple[int, int]


def _occurrence(festival: Festival, year: int) -> tuple[str, str, _Ymd]:
    """First day, EDTF and calendar numbers of the festival in calendar ``year``."""
    if festival.calendar == "hebrew":
        first = hebrew_to_edtf(year, festival.month, festival.day)
        if festival.days == 1:
            return first, first, (year, festival.month, festival.day or 1)
        last = format_iso(add_days(iso_key(first), festival.days - 1))
        return first, f"[{first}..{last}]", (year, festival.month, festival.day or 1)
    if festival.day is None:
        first = hijri_to_edtf(year, festival.month, 1).rstrip("?")
        return first, hijri_to_edtf(year, festival.month), (year, festival.month)
    day = hijri_to_edtf(year, festival.month, festival.day)
    return day.rstrip("?"), day, (year, festival.month, festival.day)


def festival_date(festival: Festival, year: int) -> tuple[str, CalendarOriginal]:
    """The festival of ``year`` as Gregorian EDTF, with its calendar original (text empty).

    ``year`` is Hebrew (5000-6000) for a Jewish festival, Hijri (up to 1500) for a Muslim
    one, otherwise Gregorian: the festival that begins in that year. When a Muslim
    festival begins twice in one Gregorian year (the Hijri year is 11 days shorter),
    the date is one of the two.

    Raises:
        ValueError: a year no calendar conversion covers.
    """
    own_year = year in HEBREW_YEARS if festival.calendar == "hebrew" else year <= _HIJRI_LAST_YEAR
    if own_year:
        years = [year]
    elif festival.calendar == "hebrew":
        years = [y for y in (year + 3760, year + 3761) if _start_year(festival, y) == year]
    else:
        guess = round((year - 622) * 33 / 32)
        years = [y for y in range(guess - 2, guess + 3) if _start_year(festival, y) == year]
    if not years:
        raise ValueError(f"no festival found in {year}")
    found = [_occurrence(festival, y) for y in years]
    first_ymd = found[0][2]
    original = CalendarOriginal(
        calendar=festival.calendar,
        text="",
        ymd=first_ymd,
        method=hijri_method(first_ymd[0]) if festival.calendar == "hijri" else None,
    )
    if len(found) == 1:
        return found[0][1], original
    if festival.days == 1:
        return "[" + ",".join(edtf for _, edtf, _ in found) + "]", original
    lo = found[0][1].strip("[]").split("..")[0]
    hi = found[-1][1].strip("[]").split("..")[-1]
    return f"[{lo}..{hi}]", original
