import pytest

from memoryapp.search.query import (
    And,
    DateFilter,
    Filter,
    MatchAll,
    Not,
    Or,
    QueryError,
    Term,
    parse_date_range,
    parse_query,
)


def test_parse_query_empty_text_matches_all():
    assert parse_query("   ") == MatchAll()


def test_parse_query_words_side_by_side_are_anded():
    assert parse_query("wedding Tinghir") == And(
        (Term("wedding", position=0), Term("Tinghir", position=8))
    )


def test_parse_query_quoted_phrase_is_one_term():
    assert parse_query('"Miriam Elbaz"') == Term("Miriam Elbaz", phrase=True, position=0)


def test_parse_query_fields_with_plain_and_quoted_values():
    node = parse_query('person:"Miriam Elbaz" place:Tinghir tag:Events|Wedding')
    assert node == And(
        (
            Filter("person", "Miriam Elbaz", 0),
            Filter("place", "Tinghir", 22),
            Filter("tag", "Events|Wedding", 36),
        )
    )


def test_parse_query_field_names_ignore_case():
    assert parse_query("PLACE:Tinghir") == Filter("place", "Tinghir", 0)


def test_parse_query_unknown_field_is_text():
    assert parse_query("foo:bar") == Term("foo:bar", position=0)


def test_parse_query_or_binds_looser_than_and():
    node = parse_query("a b OR c")
    assert node == Or((And((Term("a", position=0), Term("b", position=2))), Term("c", position=7)))


def test_parse_query_parentheses_group():
    node = parse_query("a (b OR c)")
    assert node == And((Term("a", position=0), Or((Term("b", position=3), Term("c", position=8)))))


def test_parse_query_explicit_and_equals_implicit():
    assert parse_query("a AND b") == And((Term("a", position=0), Term("b", position=6)))


def test_parse_query_minus_and_not_exclude():
    assert parse_query("-is:private") == Not(Filter("is", "private", 1))
    assert parse_query("NOT wedding") == Not(Term("wedding", position=4))


def test_parse_query_lowercase_or_is_a_word():
    assert parse_query("or") == Term("or", position=0)


def test_parse_query_hyphen_inside_word_is_not_negation():
    assert parse_query("Aït-Benhaddou") == Term("Aït-Benhaddou", position=0)


def test_parse_query_gershayim_inside_hebrew_word_is_not_a_quote():
    assert parse_query('תשט"ו') == Term('תשט"ו', position=0)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("1955", 19550101, 19551231),
        ("195X", 19500101, 19591231),
        ("1950s", 19500101, 19591231),
        ("19XX", 19000101, 19991231),
        ("1950..1960", 19500101, 19601231),
        ("..1960", None, 19601231),
        ("1948..", 19480101, None),
        ("1955-02", 19550201, 19550228),
        ("1956-02", 19560201, 19560229),
        ("1955-06-12", 19550612, 19550612),
        ("1950/1959", 19500101, 19591231),
    ],
)
def test_parse_date_range_forms(text, low, high):
    assert parse_date_range(text) == (low, high)
    assert parse_query(f"date:{text}") == DateFilter(low, high, text, 0)


@pytest.mark.parametrize(
    ("text", "position", "reason"),
    [
        ('wedding "Tinghir', 8, "never closed"),
        ("(a OR b", 0, "never closed"),
        ("a)", 1, "no matching"),
        ("()", 0, "empty parentheses"),
        ("a OR", 2, "OR needs something on its right"),
        ("OR a", 0, "OR needs something on its left"),
        ("a -", 2, None),
        ("NOT", 0, "needs something to exclude"),
        ("person: a", 0, "person: needs a value"),
        ("date:soon", 0, "cannot read the date"),
        ("date:1960..1950", 0, "ends before it starts"),
        ("date:1955-13", 0, "cannot read the date"),
        ("has:wings", 0, "unknown has:wings"),
        ("x is:lost", 2, "unknown is:lost"),
    ],
)
def test_parse_query_errors_carry_position(text, position, reason):
    if reason is None:  # a lone "-" is ignored rather than an error
        assert parse_query(text) == Term("a", position=0)
        return
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    assert caught.value.position == position
    assert reason in caught.value.reason
    assert isinstance(caught.value, ValueError)
    assert f"at character {position + 1}" in str(caught.value)


def test_parse_query_is_possible_copy_spellings():
    assert parse_query("is:possible_copy") == Filter("is", "possible-copy", 0)
