import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from memoryapp.core.dates import (
    DateModifier,
    DateQuality,
    FuzzyDate,
    InvalidDateError,
    describe,
)
from memoryapp.core.dates.phrases import parse_date, text_only

# Every row of dates.md section 8 (input -> target EDTF), alternatives on their own rows.
SECTION_8 = [
    ("c. 1955", "1955~"),
    ("circa 1955", "1955~"),
    ("about 1955", "1955~"),
    ("1950s", "195X"),
    ("early 1950s", "[1950..1954]"),  # the table allows 195X + note, or [1950..1954]
    ("the fifties", "195X"),
    ("before 1960", "[..1959]"),
    ("after 1948", "[1948..]"),
    ("between 1948 and 1956", "[1948..1956]"),
    ("1948-1956", "1948/1956"),  # the table allows either; a span is chosen
    ("summer 1955", "1955-22"),
    ("c. 1930?", "1930%"),
    ("vers 1955", "1955~"),
    ("env. 1955", "1955~"),
    ("années 50", "195X"),
    ("les années cinquante", "195X"),
    ("années 1950", "195X"),
    ("avant 1960", "[..1959]"),
    ("après 1948", "[1948..]"),
    ("entre 1948 et 1956", "[1948..1956]"),
    ("printemps 1955", "1955-21"),
    ("été 1955", "1955-22"),
    ("automne 1955", "1955-23"),
    ("hiver 1955", "1955-24"),
    ("mars 1956", "1956-03"),
    ("בערך 1955", "1955~"),
    ("לערך 1955", "1955~"),
    ("לפני 1960", "[..1959]"),
    ("אחרי 1948", "[1948..]"),
    ("שנות ה-50", "195X"),
    ("حوالي 1955", "1955~"),
    ("قبل 1960", "[..1959]"),
    ("بعد 1948", "[1948..]"),
    ("سنوات الخمسينات", "195X"),
    ("الخمسينيات", "195X"),
    ("25 Elul 5715", "1955-09-12"),
    ("כ״ה אלול תשט״ו", "1955-09-12"),
    ("10/7/1955", "1955-07-10"),
]


@pytest.mark.parametrize(("text", "edtf"), SECTION_8)
def test_section_8_phrases_give_their_target_edtf(text, edtf):
    date = parse_date(text)
    assert date.edtf == edtf
    assert date.input == text


MORE = [
    # plain EDTF passes through unchanged
    ("1955~", "1955~"),
    ("195X", "195X"),
    ("[..1959]", "[..1959]"),
    ("1948/1956", "1948/1956"),
    ("1955?", "1955?"),
    ("1955-06", "1955-06"),
    ("1955-22", "1955-22"),
    ("{1950,1952}", "{1950,1952}"),
    # ISO and numeric dates
    ("1955-06-12", "1955-06-12"),
    ("1955/06/12", "1955-06-12"),
    ("12.06.1955", "1955-06-12"),
    ("25/12/1955", "1955-12-25"),
    ("14.7.62", "1962-07-14"),  # a postmark: two-digit years 30-99 are 19xx
    ("3.4.05", "2005-04-03"),  # and 00-29 are 20xx
    ("7/1955", "1955-07"),
    # words
    ("12 June 1955", "1955-06-12"),
    ("June 12, 1955", "1955-06-12"),
    ("the 12th of June 1955", "1955-06-12"),
    ("12 juin 1955", "1955-06-12"),
    ("le 1er juin 1955", "1955-06-01"),
    ("12 ביוני 1955", "1955-06-12"),
    ("12 يونيو 1955", "1955-06-12"),
    ("12 يوليوز 1955", "1955-07-12"),  # Moroccan month names
    ("12 غشت 1955", "1955-08-12"),
    ("١٢ يونيو ١٩٥٥", "1955-06-12"),  # Arabic-Indic digits
    ("June 1955", "1955-06"),
    ("juin 1955", "1955-06"),
    ("Sept. 1955", "1955-09"),
    ("février 1956", "1956-02"),
    ("fevrier 1956", "1956-02"),
    ("ביוני 1955", "1955-06"),
    ("شتنبر 1955", "1955-09"),
    ("أيلول 1955", "1955-09"),
    ("in 1955", "1955"),
    ("en 1955", "1955"),
    ("בשנת 1955", "1955"),
    ("ב-1955", "1955"),
    ("سنة 1955", "1955"),
    ("l'été 1955", "1955-22"),
    ("en été 1955", "1955-22"),
    ("בקיץ 1955", "1955-22"),
    ("في صيف 1955", "1955-22"),
    # decades and their parts
    ("1950's", "195X"),
    ("the 1950s", "195X"),
    ("'50s", "195X"),
    ("50s", "195X"),
    ("195x", "195X"),
    ("19xx", "19XX"),
    ("the twenties", "192X"),
    ("années soixante-dix", "197X"),
    ("les années 1950", "195X"),
    ("שנות החמישים", "195X"),
    ("בשנות ה-50", "195X"),
    ("שנות ה-1950", "195X"),
    ("الخمسينات", "195X"),
    ("خمسينيات القرن العشرين", "195X"),
    ("سنوات 1950", "195X"),
    ("late 1950s", "[1955..1959]"),
    ("the early fifties", "[1950..1954]"),
    ("mid-1950s", "[1953..1956]"),
    ("début des années 50", "[1950..1954]"),
    ("au début des années 50", "[1950..1954]"),
    ("fin des années 50", "[1955..1959]"),
    ("תחילת שנות ה-50", "[1950..1954]"),
    ("סוף שנות ה-50", "[1955..1959]"),
    ("أوائل الخمسينيات", "[1950..1954]"),
    ("أواخر الخمسينيات", "[1955..1959]"),
    ("early 1955", "[1955-01..1955-04]"),
    ("fin 1955", "[1955-09..1955-12]"),
    ("mi-1955", "[1955-05..1955-08]"),
    ("fin juin 1955", "[1955-06-21..1955-06-30]"),
    # qualifiers
    ("c1955", "1955~"),
    ("ca. 1955", "1955~"),
    ("~ 1955", "1955~"),
    ("~1955", "~1955"),  # valid EDTF (level 2: the year approximate): passes through
    ("approx. 1955", "1955~"),
    ("environ 1955", "1955~"),
    ("1955 environ", "1955~"),
    ("1955 בערך", "1955~"),
    ("1955 تقريباً", "1955~"),
    ("1955 ?", "1955?"),
    ("1955 (?)", "1955?"),
    ("vers 1955 ?", "1955%"),
    ("c. June 1955", "1955-06~"),
    ("about 12 June 1955", "1955-06-12~"),
    ("about the fifties", "195X~"),
    ("1955 (uncertain)", "1955?"),
    # before, after, between, spans, lists
    ("before June 1955", "[..1955-05]"),
    ("before 1 June 1955", "[..1955-05-31]"),
    ("avant l'été 1955", "[..1955-05]"),
    ("before the fifties", "[..1949]"),
    ("après juin 1948", "[1948-06..]"),
    ("between June 1955 and 1956", "[1955-06..1956-12]"),  # brought to the finer precision
    ("between 1956 and 1948", "[1948..1956]"),  # ends swapped
    ("entre 1948 et 1956", "[1948..1956]"),
    ("בין 1948 ל-1956", "[1948..1956]"),
    ("בין 1948 לבין 1956", "[1948..1956]"),
    ("بين 1948 و1956", "[1948..1956]"),
    ("بين 1948 و 1956", "[1948..1956]"),
    ("from 1948 to 1956", "1948/1956"),
    ("de 1948 à 1956", "1948/1956"),
    ("du 12 juin 1955 au 14 juillet 1955", "1955-06-12/1955-07-14"),
    ("מ-1948 עד 1956", "1948/1956"),
    ("من 1948 إلى 1956", "1948/1956"),
    ("1948–1956", "1948/1956"),
    ("1948 - 1956", "1948/1956"),
    ("1948-56", "1948/1956"),
    ("1950-60", "1950/1960"),
    ("from about 1950 to about 1959", "1950~/1959~"),
    ("since 1948", "1948/.."),
    ("depuis 1948", "1948/.."),
    ("à partir de 1948", "1948/.."),
    ("מאז 1948", "1948/.."),
    ("מ-1948 ואילך", "1948/.."),
    ("منذ 1948", "1948/.."),
    ("1948 onwards", "1948/.."),
    ("until 1956", "../1956"),
    ("jusqu'en 1956", "../1956"),
    ("עד 1956", "../1956"),
    ("حتى 1956", "../1956"),
    ("1955 or 1956", "[1955,1956]"),
    ("1955, 1956 ou 1957", "[1955,1956,1957]"),
    ("1950 and 1952", "{1950,1952}"),
    ("1950 et 1952", "{1950,1952}"),
]


@pytest.mark.parametrize(("text", "edtf"), MORE)
def test_more_phrases(text, edtf):
    assert parse_date(text).edtf == edtf


@pytest.mark.parametrize(
    ("text", "modifier", "quality"),
    [
        ("c. 1955", DateModifier.ABOUT, DateQuality.REGULAR),
        ("1955?", DateModifier.NONE, DateQuality.REGULAR),
        ("est. 1955", DateModifier.ABOUT, DateQuality.ESTIMATED),
        ("calc. 1954", DateModifier.NONE, DateQuality.CALCULATED),
        ("1954 (calculated)", DateModifier.NONE, DateQuality.CALCULATED),
        ("the fifties", DateModifier.RANGE, DateQuality.REGULAR),
        ("before 1960", DateModifier.BEFORE, DateQuality.REGULAR),
        ("after 1948", DateModifier.AFTER, DateQuality.REGULAR),
        ("between 1948 and 1956", DateModifier.RANGE, DateQuality.REGULAR),
        ("from 1948 to 1956", DateModifier.SPAN, DateQuality.REGULAR),
        ("since 1948", DateModifier.FROM, DateQuality.REGULAR),
        ("until 1956", DateModifier.TO, DateQuality.REGULAR),
        ("summer 1955", DateModifier.RANGE, DateQuality.REGULAR),
        ("12 June 1955", DateModifier.NONE, DateQuality.REGULAR),
        # a qualifier EDTF cannot carry becomes quality estimated
        ("about summer 1955", DateModifier.RANGE, DateQuality.ESTIMATED),
        ("before c. 1960", DateModifier.BEFORE, DateQuality.ESTIMATED),
        ("c. early 1950s", DateModifier.RANGE, DateQuality.ESTIMATED),
    ],
)
def test_phrases_set_modifier_and_quality(text, modifier, quality):
    date = parse_date(text)
    assert (date.modifier, date.quality) == (modifier, quality)


def test_est_keeps_the_approximation_in_edtf():
    assert parse_date("est. 1955").edtf == "1955~"


def test_two_digit_decades_are_never_2050():
    for text in ("années 50", "שנות ה-50", "50s", "the 50s", "سنوات 50"):
        bounds = parse_date(text).bounds()
        assert bounds is not None
        assert bounds.min == "1950-01-01", text


def test_day_first_and_month_first():
    assert parse_date("10/7/1955").edtf == "1955-07-10"
    assert parse_date("10/7/1955", day_first=False).edtf == "1955-10-07"
    assert parse_date("7/25/1955").edtf == "1955-07-25"  # day-first impossible: month first
    assert parse_date("25/7/1955", day_first=False).edtf == "1955-07-25"


def test_lang_is_accepted_as_a_hint():
    assert parse_date("vers 1955", lang="fr").edtf == parse_date("vers 1955").edtf


def test_input_is_kept_verbatim_in_nfc():
    date = parse_date("  e\u0301te\u0301 1955 ")
    assert date.input == "été 1955"
    assert date.source == "user"


@pytest.mark.parametrize(
    "text",
    ["before we left", "the summer grandpa left", "", "   ", "1955-02-30", "31 June 1955",
     "hello", "30 février 1956", "13/13/1955", "années 55", "summer 1955 in Tinghir"],
)  # fmt: skip
def test_words_that_are_not_a_date_raise_naming_the_text(text):
    with pytest.raises(InvalidDateError) as caught:
        parse_date(text)
    if text.strip():
        assert repr(text.strip()) in str(caught.value)


def test_text_only_keeps_the_words():
    date = text_only("  before we left ")
    assert date == FuzzyDate(edtf=None, input="before we left", modifier=DateModifier.TEXTONLY)
    assert date.bounds() is None
    with pytest.raises(InvalidDateError):
        text_only("  ")


# ---- what describe() writes, parse_date() reads back ----------------------------------------------

ROUND_TRIP = [
    "1955", "1955-06", "1955-06-12", "1955-06-01", "1955~", "1955?", "1930%", "195X", "195X~",
    "1955-21", "1955-22", "1955-23", "1955-24", "[..1959]", "[..1955-05]", "[1948..]",
    "[1948..1956]", "[1950..1954]", "[1953..1956]", "[1955..1959]", "[1955-01..1955-04]",
    "[1955-06-11..1955-06-20]", "1948/1956", "1948/..", "../1956", "1950~/1959~",
    "[1955,1956]", "[1955,1956,1957]", "{1950,1952}", "1955-06~", "195X/196X",
]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "fr", "he", "ar"])
@pytest.mark.parametrize("edtf", ROUND_TRIP)
def test_parse_date_reads_back_what_describe_writes(edtf, lang):
    words = describe(FuzzyDate(edtf=edtf), lang)
    assert parse_date(words).edtf == edtf, words


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1800, max_value=2030),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from(["en", "fr", "he", "ar"]),
    st.sampled_from(["", "~", "?", "%"]),
)
def test_described_days_months_and_years_read_back(year, month, day, lang, qualifier):
    for edtf in (f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"):
        value = edtf + qualifier
        assert parse_date(describe(FuzzyDate(edtf=value), lang)).edtf == value


@settings(max_examples=150, deadline=None)
@given(
    st.from_regex(
        r"(?:1[89]|20)[0-9]{2}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1[0-9]|2[0-8]))?)?[?~%]?",
        fullmatch=True,
    )
)
def test_plain_edtf_passes_through_unchanged(edtf):
    date = parse_date(edtf)
    assert date.edtf == edtf
    assert date.input == edtf
