import pytest

from legal_docs.numbering import InvalidNumber, fold, parse_number, parse_number_query


@pytest.mark.parametrize(
    ("typed", "normalised", "key"),
    [
        ("15/2024/QĐ-UBND", "15/2024/QĐ-UBND", "15/2024/QD-UBND"),
        ("211/QĐ-TTg", "211/QĐ-TTg", "211/QD-TTG"),
        ("4414/UBND-NL5", "4414/UBND-NL5", "4414/UBND-NL5"),
        ("15/2024/qđ-ubnd", "15/2024/QĐ-UBND", "15/2024/QD-UBND"),
        ("15/2024/QD-UBND", "15/2024/QD-UBND", "15/2024/QD-UBND"),
        # U+00D0 (Icelandic eth) from legacy fonts, an en dash, spaces and a leading zero.
        ("Số: 015 / 2024 / QÐ – UBND", "15/2024/QĐ-UBND", "15/2024/QD-UBND"),
        ("27/2022/NĐ-CP", "27/2022/NĐ-CP", "27/2022/ND-CP"),
        ("05/2022/TT-BNNPTNT", "5/2022/TT-BNNPTNT", "5/2022/TT-BNNPTNT"),
        ("01/2020/TTLT-BTC-BNNPTNT", "1/2020/TTLT-BTC-BNNPTNT", "1/2020/TTLT-BTC-BNNPTNT"),
        ("318/QĐ-TTg", "318/QĐ-TTg", "318/QD-TTG"),
        ("120/KH-UBND", "120/KH-UBND", "120/KH-UBND"),
        ("12/QyĐ-UBND", "12/QyĐ-UBND", "12/QYD-UBND"),
        ("3608\u00a0/UBND\u2011NL5", "3608/UBND-NL5", "3608/UBND-NL5"),
    ],
)
def test_real_numbers_are_normalised(typed, normalised, key):
    number = parse_number(typed)
    assert str(number) == normalised
    assert number.key == key


def test_nfd_input_is_composed():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Số: 12/2024/QyĐ-SởNN")
    assert decomposed != "Số: 12/2024/QyĐ-SởNN"
    assert str(parse_number(decomposed)) == "12/2024/QyĐ-SởNN"


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "QĐ-UBND", "abc/QĐ-UBND", "0/QĐ-TTg", "15/1800/QĐ-UBND", "15/2024/QĐ_UBND", "15/2024/", "15//QĐ"],
)
def test_malformed_numbers_are_refused_with_a_message(typed):
    with pytest.raises(InvalidNumber) as error:
        parse_number(typed)
    assert str(error.value)


def test_type_code_is_told_apart_from_the_issuer():
    known = {"QD", "CV", "ND"}
    assert parse_number("211/QĐ-TTg").type_code(known) == "QĐ"
    assert parse_number("4414/UBND-NL5").type_code(known) is None


@pytest.mark.parametrize(
    ("typed", "lookup"),
    [
        ("4414", ("startswith", "4414/")),
        ("04414", ("startswith", "4414/")),
        ("4414/UBND-NL5", ("whole_or_start", "4414/UBND-NL5")),
        ("15/2024/qđ-ubnd", ("whole_or_start", "15/2024/QD-UBND")),
        ("15/2024/QD-UBND", ("whole_or_start", "15/2024/QD-UBND")),
        ("15/2024", ("whole_or_start", "15/2024")),
        ("QĐ-UBND", ("contains", "QD-UBND")),
    ],
)
def test_number_queries(typed, lookup):
    query = parse_number_query(typed)
    assert (query.lookup, query.value) == lookup


def test_number_query_refuses_garbage():
    with pytest.raises(InvalidNumber):
        parse_number_query("<script>")


def test_fold_removes_vietnamese_accents():
    assert fold("Quyết Định Đề án") == "quyet dinh de an"
