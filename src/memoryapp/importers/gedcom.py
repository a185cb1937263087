"""Read people, their names, life dates, places and families from a GEDCOM file (ged4py)."""

import io
import re
from dataclasses import dataclass, replace
from pathlib import Path

from memoryapp.core.dates import DateQuality, FuzzyDate, InvalidDateError
from memoryapp.core.dates.phrases import parse_date, text_only
from memoryapp.core.errors import ImportFileError
from memoryapp.core.names import Name
from memoryapp.importers.gedcom_lines import clean_gedcom

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1
    )
}
_HEBREW_MONTHS = {
    "TSH": "Tishrei", "CSH": "Cheshvan", "KSL": "Kislev", "TVT": "Tevet", "SHV": "Shevat",
    "ADR": "Adar I", "ADS": "Adar II", "NSN": "Nisan", "IYR": "Iyar", "SVN": "Sivan",
    "TMZ": "Tammuz", "AAV": "Av", "ELL": "Elul",
}  # fmt: skip
_RANGE_WORDS = ("BEF", "AFT", "BET", "FROM", "TO")
_LANG_CODES = {"hebrew": "he", "arabic": "ar", "french": "fr", "english": "en", "yiddish": "yi"}


@dataclass(frozen=True, slots=True)
class GedcomPerson:
    """One INDI record."""

    xref: str
    names: tuple[Name, ...]
    gender: str
    birth: FuzzyDate | None
    birth_place: str
    death: FuzzyDate | None
    death_place: str
    notes: str


@dataclass(frozen=True, slots=True)
class GedcomFamily:
    """One FAM record: partners and children, by xref; ``roles`` gives each partner's tag."""

    partners: tuple[str, ...]
    children: tuple[str, ...]
    roles: tuple[str, ...] = ()  # "HUSB" or "WIFE", one per partner


@dataclass(frozen=True, slots=True)
class GedcomTree:
    """What a GEDCOM file holds that memoryapp uses."""

    people: tuple[GedcomPerson, ...]
    families: tuple[GedcomFamily, ...]
    warnings: tuple[str, ...]


def _dual_year(text: str, *, later: bool) -> str:
    """``1637/38`` read as its earlier (1637) or later (1638) year; other text unchanged.

    A dual year (GEDCOM 5.5.1 ``YEAR/YY``) gives the old-style and the new-style year of a
    date between 1 January and 25 March, before the new year moved to January.
    """
    m = re.fullmatch(r"(.*?)(\d{3,4})/(\d{2})", text)
    if m is None:
        return text
    if not later:
        return m.group(1) + m.group(2)
    year = int(m.group(2))
    second = year - year % 100 + int(m.group(3))
    if second <= year:  # 1699/00
        second += 100
    return f"{m.group(1)}{second}"


def _one_date(text: str, *, later: bool = False) -> str | None:
    """A GEDCOM date (``12 JUN 1955``, ``JUN 1955``, ``1955``) as EDTF, or None.

    A dual year (``12 MAR 1637/38``) reads as its earlier year, or its later one with
    ``later``.
    """
    parts = _dual_year(text, later=later).split()
    if len(parts) == 1 and parts[0].isdigit():
        return f"{int(parts[0]):04d}"
    if len(parts) == 2 and parts[0] in _MONTHS and parts[1].isdigit():
        return f"{int(parts[1]):04d}-{_MONTHS[parts[0]]:02d}"
    if len(parts) == 3 and parts[0].isdigit() and parts[1] in _MONTHS and parts[2].isdigit():
        return f"{int(parts[2]):04d}-{_MONTHS[parts[1]]:02d}-{int(parts[0]):02d}"
    return None


def gedcom_date(text: str) -> FuzzyDate:
    """Convert a GEDCOM 5.5.1/7 date value to a FuzzyDate, keeping the original words.

    Raises:
        InvalidDateError: the value is not a date GEDCOM describes.
    """
    raw = " ".join(text.upper().split())
    if both := re.fullmatch(r"BET (@#DHEBREW@.+) AND (@#DHEBREW@.+)", raw):
        # the days of a festival, as memoryapp writes them: one range, the first day kept
        first, last = gedcom_date(both.group(1)), gedcom_date(both.group(2))
        start, end = first.bounds(), last.bounds()
        if start is None or end is None or start.min is None or end.max is None:
            raise InvalidDateError(f"not a GEDCOM date: {text!r}")
        return replace(first, edtf=f"[{start.min}..{end.max}]", input=text)
    hebrew = re.fullmatch(r"(.*?)@#DHEBREW@\s*(?:(\d+)\s+)?(\w{3})?\s*(\d+)", raw)
    if hebrew:
        day, month, year = hebrew.group(2), hebrew.group(3), hebrew.group(4)
        words = " ".join(x for x in (day, _HEBREW_MONTHS.get(month or "", ""), year) if x)
        return _with_input(parse_date(words), text)
    quality = DateQuality.REGULAR
    if raw.startswith(("EST", "CAL")):
        quality = DateQuality.ESTIMATED if raw.startswith("EST") else DateQuality.CALCULATED
    edtf: str | None = None
    approx = re.fullmatch(
        r"(?:ABT|ABOUT|CIRCA|EST|ESTIMATED|CAL|CALCULATED|INT|INTERPRETED) (.+)", raw
    )
    if _dual_year(raw, later=False) != raw and not raw.startswith(_RANGE_WORDS):
        # "12 MAR 1637/38", "ABT 1637/38": either reading, so a range covering both
        words = approx.group(1).split("(")[0].strip() if approx else raw
        lo, hi = _one_date(words), _one_date(words, later=True)
        edtf = f"[{lo}..{hi}]" if lo and hi else None
    elif approx:
        base = _one_date(approx.group(1).split("(")[0].strip())
        if base:
            edtf = f"{base}~"
    elif m := re.fullmatch(r"(?:BEF|BEFORE) (.+)", raw):
        base = _one_date(m.group(1), later=True)
        if base and base.isdigit():  # "before 1960" is strictly before: 1959 at the latest
            base = f"{int(base) - 1:04d}"
        edtf = f"[..{base}]" if base else None
    elif m := re.fullmatch(r"(?:AFT|AFTER) (.+)", raw):
        base = _one_date(m.group(1))
        edtf = f"[{base}..]" if base else None
    elif m := re.fullmatch(r"(?:BET|BETWEEN) (.+) AND (.+)", raw):
        lo, hi = _one_date(m.group(1)), _one_date(m.group(2), later=True)
        edtf = f"[{lo}..{hi}]" if lo and hi else None
    elif m := re.fullmatch(r"FROM (.+) TO (.+)", raw):
        lo, hi = _one_date(m.group(1)), _one_date(m.group(2), later=True)
        edtf = f"{lo}/{hi}" if lo and hi else None
    elif m := re.fullmatch(r"FROM (.+)", raw):
        lo = _one_date(m.group(1))
        edtf = f"{lo}/.." if lo else None
    elif m := re.fullmatch(r"TO (.+)", raw):
        hi = _one_date(m.group(1), later=True)
        edtf = f"../{hi}" if hi else None
    else:
        edtf = _one_date(raw)
    if edtf is None:
        raise InvalidDateError(f"not a GEDCOM date: {text!r}")
    return FuzzyDate(edtf=edtf, input=text, quality=quality, source="gedcom")


def _with_input(date: FuzzyDate, text: str) -> FuzzyDate:
    return replace(date, input=text, source="gedcom")


def read_gedcom(path: Path) -> GedcomTree:
    """Read a GEDCOM file (any encoding ged4py recognises). The file is only read.

    User-defined records (``0 @_P1_@ _PLAC``) and lines that are not GEDCOM are left
    out with a warning per record; the rest is read.

    Raises:
        ImportFileError: the file cannot be read or is not GEDCOM.
    """
    # ged4py is only needed for this rare import.
    from ged4py.parser import GedcomReader, ParserError

    people: list[GedcomPerson] = []
    families: list[GedcomFamily] = []
    try:
        clean = clean_gedcom(path.read_bytes())
    except OSError as exc:
        raise ImportFileError(path, "cannot be read", exc.strerror or str(exc)) from exc
    if not clean.has_header:
        raise ImportFileError(path, "not a GEDCOM file", "it does not start with a HEAD record")
    warnings = list(clean.warnings)
    try:
        with GedcomReader(io.BytesIO(clean.data)) as reader:
            for rec in reader.records0("INDI"):
                people.append(_person(rec, warnings))
            for fam in reader.records0("FAM"):
                spouses = [
                    (str(s.tag), str(s.value))
                    for s in fam.sub_records
                    if s.tag in ("HUSB", "WIFE") and s.value
                ]
                partners = tuple(xref for _, xref in spouses)
                children = tuple(
                    str(s.value) for s in fam.sub_records if s.tag == "CHIL" and s.value
                )
                families.append(GedcomFamily(partners, children, tuple(t for t, _ in spouses)))
    except (OSError, ParserError, UnicodeDecodeError, ValueError) as exc:
        raise ImportFileError(path, "not a readable GEDCOM file", str(exc)) from exc
    return GedcomTree(tuple(people), tuple(families), tuple(warnings))


def _person(rec: object, warnings: list[str]) -> GedcomPerson:
    names: list[Name] = []
    for tag in rec.sub_tags("NAME"):  # type: ignore[attr-defined]
        given, surname, suffix = tag.value
        value = " ".join(p for p in (given, surname, suffix) if p)
        if not value.strip():
            continue
        lang_tag = tag.sub_tag("LANG")
        lang = _LANG_CODES.get(str(lang_tag.value).lower(), "") if lang_tag else ""
        kind_tag = tag.sub_tag("TYPE")
        kind = str(kind_tag.value).lower() if kind_tag else ("birth" if not names else "")
        names.append(Name(value=value, lang=lang, kind=kind))
    xref = str(rec.xref_id)  # type: ignore[attr-defined]
    if not names:
        names.append(Name(value=f"Unnamed ({xref})"))
    birth, birth_place = _event(rec, "BIRT", xref, warnings)
    death, death_place = _event(rec, "DEAT", xref, warnings)
    sex = rec.sub_tag("SEX")  # type: ignore[attr-defined]
    notes = [str(n.value) for n in rec.sub_tags("NOTE") if isinstance(n.value, str)]  # type: ignore[attr-defined]
    return GedcomPerson(
        xref=xref,
        names=tuple(names),
        gender=str(sex.value) if sex and sex.value in ("M", "F") else "",
        birth=birth,
        birth_place=birth_place,
        death=death,
        death_place=death_place,
        notes="\n".join(notes),
    )


def _event(rec: object, tag: str, xref: str, warnings: list[str]) -> tuple[FuzzyDate | None, str]:
    event = rec.sub_tag(tag)  # type: ignore[attr-defined]
    if event is None:
        return None, ""
    date_tag = event.sub_tag("DATE")
    place_tag = event.sub_tag("PLAC")
    place = str(place_tag.value) if place_tag and place_tag.value else ""
    if date_tag is None or date_tag.value is None:
        return None, place
    raw = str(date_tag.value)
    try:
        return gedcom_date(raw), place
    except InvalidDateError:
        warnings.append(f"{xref} {tag}: date {raw!r} kept as text")
        return _with_input(text_only(raw), raw), place
