"""Reading a typed date (core/dates.py): the rules, without Qt."""

from datetime import date

import pytest

from costar_desktop.core.dates import (
    ENGLISH,
    DateWords,
    NotADate,
    format_words,
    order_of,
    read_date,
    to_iso,
)

TODAY = date(2026, 11, 5)
UK = DateWords.build("DMY")
US = DateWords.build("MDY")
JAPAN = DateWords.build(
    "YMD", [(f"{m}月", m) for m in range(1, 13)], ["木曜日", "木", "年", "月", "日"]
)
GERMAN = DateWords.build(
    "DMY", [("Januar", 1), ("Jan.", 1), ("März", 3), ("Mär", 3), ("Mai", 5)], ["Donnerstag", "Do."]
)
SPANISH = DateWords.build("DMY", [("enero", 1), ("ene", 1)], ["jueves", "de"])


@pytest.mark.parametrize(
    "words, text",
    [
        (UK, "21/01/2027"),
        (UK, "21 Jan 2027"),
        (UK, "2027-01-21"),
        (UK, "21 January 2027"),
        (UK, "Thursday, 21 January 2027"),
        (UK, "21/1/27"),
        (UK, "21.01.2027"),
        (UK, "21-01-2027"),
        (UK, " 21  jan  2027 "),
        (UK, "21st January 2027"),
        (UK, "the 21st of January, 2027"),
        (UK, "JAN 21 2027"),
        (UK, "21 Janu 2027"),
        (UK, "2027/01/21"),
        (UK, "20270121"),
        (UK, "21012027"),
        (UK, "Thu 21 Jan 2027"),
        (US, "1/21/2027"),
        (US, "1/21/27"),
        (US, "January 21, 2027"),
        (US, "Thursday, January 21, 2027"),
        (US, "21/01/2027"),  # "month" 21 cannot be: only one reading is left
        (US, "2027-01-21"),
        (JAPAN, "2027/01/21"),
        (JAPAN, "2027年1月21日"),
        (JAPAN, "2027年1月21日木曜日"),
        (JAPAN, "27/1/21"),
        (JAPAN, "21/01/2027"),
        (JAPAN, "21 Jan 2027"),
        (GERMAN, "21.01.2027"),
        (GERMAN, "21. Januar 2027"),
        (GERMAN, "Donnerstag, 21. Januar 2027"),
        (GERMAN, "21 Jan. 2027"),
        (GERMAN, "21 January 2027"),
        (GERMAN, "21.01.27"),
        (SPANISH, "jueves, 21 de enero de 2027"),
        (SPANISH, "21 ene 2027"),
        (UK, "٢١/٠١/٢٠٢٧"),  # Arabic-Indic digits
    ],
)
def test_dates_as_people_type_them(words, text):
    assert read_date(text, words, TODAY) == date(2027, 1, 21)


def test_months_in_the_locales_language_without_accents_and_cases():
    assert read_date("3 MARZ 2027", GERMAN, TODAY) == date(2027, 3, 3)
    assert read_date("3. März 2027", GERMAN, TODAY) == date(2027, 3, 3)
    assert read_date("4 Mai 2027", GERMAN, TODAY) == date(2027, 5, 4)


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_text_is_no_date(text):
    assert read_date(text, UK, TODAY) is None
    assert to_iso(read_date(text, UK, TODAY)) == ""


@pytest.mark.parametrize(
    "words, text",
    [
        (UK, "31/02/2027"),
        (UK, "29/02/2027"),
        (UK, "32/01/2027"),
        (UK, "21/13/2027"),
        (UK, "13/13/2027"),
        (UK, "Dec 3202"),
        (UK, "3202"),
        (UK, "21"),
        (UK, "next tuesday"),
        (UK, "21 Jam 2027"),
        (UK, "21 Ma 2027"),
        (UK, "January 2027"),
        (UK, "21 Jan Feb 2027"),
        (UK, "21/01/20277"),
        (UK, "21/01/207"),
        (UK, "21/01/1850"),
        (UK, "01/2027"),
        (UK, "21/01/2027 10am"),
        (UK, "2027-01-21-03"),
        (UK, "x"),
        (UK, "soon"),
        (UK, "ASAP"),
        (UK, "123/01/2027"),
    ],
)
def test_what_is_not_a_date_is_refused_never_changed(words, text):
    with pytest.raises(NotADate):
        read_date(text, words, TODAY)


def test_ambiguous_numbers_follow_the_locales_order():
    assert read_date("03/04/2027", UK, TODAY) == date(2027, 4, 3)
    assert read_date("03/04/2027", US, TODAY) == date(2027, 3, 4)
    assert read_date("27/04/03", JAPAN, TODAY) == date(2027, 4, 3)


def test_without_a_year_the_next_such_day():
    assert read_date("21/01", UK, TODAY) == date(2027, 1, 21)
    assert read_date("21 Dec", UK, TODAY) == date(2026, 12, 21)
    assert read_date("5 November", UK, TODAY) == TODAY
    assert read_date("29/02", UK, TODAY) == date(2028, 2, 29)


def test_a_leap_day_is_a_date_in_a_leap_year():
    assert read_date("29/02/2028", UK, TODAY) == date(2028, 2, 29)


def test_english_is_always_understood():
    assert read_date("21 January 2027", ENGLISH, TODAY) == date(2027, 1, 21)
    assert read_date("21 Sept 2027", ENGLISH, TODAY) == date(2027, 9, 21)


@pytest.mark.parametrize(
    "fmt, order",
    [
        ("dd/MM/yyyy", "DMY"),
        ("M/d/yy", "MDY"),
        ("yyyy/MM/dd", "YMD"),
        ("dd.MM.yy", "DMY"),
        ("yyyy. MM. dd.", "YMD"),
        ("dddd, MMMM d, yyyy", "MDY"),
        ("d\u200f/M\u200f/yyyy", "DMY"),
        ("", "DMY"),
    ],
)
def test_the_order_of_a_locales_format(fmt, order):
    assert order_of(fmt) == order


def test_the_words_of_a_locales_format():
    assert format_words("dddd, d 'de' MMMM 'de' yyyy") == ["de", "de"]
    assert format_words("yyyy年M月d日dddd") == ["年", "月", "日"]
    assert format_words("dddd, d MMMM yyyy\u202f'г'.") == ["г"]
