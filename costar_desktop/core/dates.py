"""Reading a date as a person types it: "21/01/2027", "21 Jan 2027", "2027-01-21".

No Qt here: the window hands in what its locale knows (the order of day, month and year in
the locale's short format, its month and weekday names, the words of its long format) as a
:class:`DateWords`, and gets back a :class:`datetime.date`, ``None`` for an empty text (no
date), or :class:`NotADate`.

The rules, in order:

* An empty text (or only spaces) is no date.
* The text is cut into runs of digits (any script's digits) and runs of letters; spaces,
  punctuation and invisible marks separate them. A run of letters glued to a number that is
  one or two letters long ("21st", "1er", "3e") is an ordinal's ending and is dropped, and so
  are weekday names and the words of the locale's own formats ("de", "г", "年").
* A word is a month if it is a month's name or abbreviation in the locale's language or in
  English, or the start (three letters or more) of the names of only one month; case,
  accents and a final dot do not matter. Names of several words ("كانون الثاني", Welsh
  "Dydd Mawrth", a Tuesday) are read whole first. Where the locale's word for a month is
  an English month's name, the locale's meaning is read; a word the locale gives to two
  months is read as neither. Any other word means the text is not a date.
* With a month's name, one number is the day and the other the year (the year is the one
  with three digits or more, or above 31; otherwise the locale's order says which).
* With numbers only: a number with four digits first means year-month-day (ISO); otherwise
  the locale's order is used, and where it cannot be a date but the other order can (a
  "month" above 12), the other order is taken, since only one reading is possible.
  Eight digits in one run are year, month, day ("20270121") or the locale's order.
* Without a year, the date is the next such day from today (an action plan looks ahead).
  A year of one or two digits is in this century; years run from 1900 to 2999.
* Anything else, a day the month does not have included ("31/02/2027"), is not a date:
  the text is never turned into another date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

EARLIEST_YEAR = 1900
LATEST_YEAR = 2999

ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: Words a date in English may hold besides numbers, months and weekdays.
ENGLISH_FILLERS = ("of", "the")


class NotADate(ValueError):
    """The text cannot be read as one date."""


def fold(word: str) -> str:
    """A word as compared: lower case, without accents, dots, spaces or invisible joiners."""
    word = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in word if not unicodedata.combining(ch) and _kind(ch) != "gap")


def order_of(date_format: str) -> str:
    """The order of day, month and year in a Qt date format: "dd/MM/yyyy" -> "DMY"."""
    found = []
    for letter, code in (("d", "D"), ("M", "M"), ("y", "Y")):
        # "ddd" and "dddd" are the weekday's name, not the day
        positions = [
            m.start()
            for m in re.finditer(letter + "+", _without_quoted(date_format))
            if not (letter == "d" and len(m.group()) > 2)
        ]
        if positions:
            found.append((positions[0], code))
    order = "".join(code for _pos, code in sorted(found))
    return order if sorted(order) == ["D", "M", "Y"] else "DMY"


def format_words(date_format: str) -> list[str]:
    """The words a Qt date format writes besides the date's own: "d 'de' MMMM" -> ["de"]."""
    words = re.findall(r"'([^']*)'", date_format)
    words.append(re.sub(r"[dMyHhmsapAPtz]+", " ", _without_quoted(date_format)))
    return [w for text in words for w in _letter_runs(text)]


def _without_quoted(date_format: str) -> str:
    return re.sub(r"'[^']*'", " ", date_format)


def _kind(ch: str) -> str:
    if unicodedata.decimal(ch, None) is not None:
        return "digit"
    category = unicodedata.category(ch)
    if category[0] in "ZPSC":
        return "gap"
    return "letter"


def _letter_runs(text: str) -> list[str]:
    return [run for kind, run, _glued in _runs(text) if kind == "letter"]


def _runs(text: str) -> list[tuple[str, str, bool]]:
    """(kind, text, glued to the run before) for each run of digits or letters. Invisible
    format marks are dropped first: a joiner inside a word (Persian) keeps it one word."""
    runs: list[tuple[str, str, bool]] = []
    kind_before = "gap"
    for ch in text:
        if unicodedata.category(ch) == "Cf":
            continue
        kind = _kind(ch)
        if kind != "gap":
            if kind == kind_before:
                k, run, glued = runs[-1]
                runs[-1] = (k, run + ch, glued)
            else:
                runs.append((kind, ch, kind_before != "gap"))
        kind_before = kind
    return runs


@dataclass(frozen=True)
class DateWords:
    """What a locale knows about writing dates, as the reading rules need it."""

    #: "DMY", "MDY" or "YMD": the order of a date written in numbers.
    order: str = "DMY"
    #: Month names and abbreviations (folded) -> 1..12, the locale's and English. A name
    #: with digits ("1月", "M01") is matched only as written, digits and letters together.
    months: Mapping[str, int] = field(default_factory=dict)
    #: Folded words that may stand in a date and say nothing about it: weekdays, "de", "年".
    ignored: frozenset[str] = frozenset()
    #: Names of several words, read whole before their words are looked at: a month
    #: ("كانون الثاني" is January), or None for words to ignore (Welsh "Dydd Mawrth" is a
    #: Tuesday, though "Mawrth" alone is March).
    phrases: Mapping[tuple[str, ...], int | None] = field(default_factory=dict)
    #: Folded names the locale gives to two months: never read as a month, nor as the
    #: start of one.
    unclear: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        order: str = "DMY",
        months: Iterable[tuple[str, int]] = (),
        ignored: Iterable[str] = (),
        also: Iterable[tuple[str, int]] = (),
    ) -> DateWords:
        """From names as a locale spells them (``months``); the names of ``also`` (another
        language the user reads) and English are added where the locale's do not mean
        something else.

        A name of several words ("quinta-feira", "d’abril", "كانون الثاني") is known whole;
        the words of a weekday's name are also ignored one by one. A name the locale gives
        to two months is dropped: such a word is not read as either.
        """
        table: dict[str, int] = {}
        ambiguous: set[str] = set()
        phrases: dict[tuple[str, ...], int | None] = {}
        skip: set[str] = set()

        def add(name: str, month: int) -> None:
            key = fold(name)
            if not key or key in ambiguous:
                return
            if table.get(key, month) != month:
                ambiguous.add(key)
                del table[key]
            else:
                table[key] = month

        for name, month in months:
            pieces = tuple(fold(run) for _kind, run, _glued in _runs(name))
            if _has_digit(name):  # "2-р сар": its number is read, its words ignored
                skip.update(fold(w) for w in _letter_runs(name))
            elif len(pieces) > 1:
                if phrases.get(pieces, month) != month:
                    phrases[pieces] = None
                else:
                    phrases[pieces] = month
            add(name, month)
        first = dict(table)
        english = [
            (spelling, i + 1)
            for i, name in enumerate(ENGLISH_MONTHS)
            for spelling in (name, name[:3])
        ]
        for name, month in [*also, *english]:
            key = fold(name)
            if key and key not in first and key not in ambiguous and not _has_digit(name):
                add(name, month)
        for word in (
            *ignored,
            *ENGLISH_WEEKDAYS,
            *ENGLISH_FILLERS,
            *(w[:3] for w in ENGLISH_WEEKDAYS),
        ):
            skip.add(fold(word))
            pieces = tuple(fold(w) for w in _letter_runs(word))
            skip.update(pieces)
            if len(pieces) > 1 and pieces not in phrases:
                phrases[pieces] = None
        skip = {w for w in skip if w and w not in table}
        return cls(
            order=order if sorted(order) == ["D", "M", "Y"] else "DMY",
            months=table,
            ignored=frozenset(skip),
            phrases=phrases,
            unclear=frozenset(ambiguous),
        )

    def month(self, word: str, start: bool = True) -> int | None:
        """The month a word names, None if it names none (or could be more than one);
        with ``start``, a word may be the start of a month's name ("Janu")."""
        key = fold(word)
        if key in self.months:
            return self.months[key]
        if start and len(key) >= 3 and not _has_digit(key) and key not in self.unclear:
            found = {m for name, m in self.months.items() if name.startswith(key)}
            if len(found) == 1:
                return found.pop()
        return None

    def split(self, word: str) -> list[int | None] | None:
        """A run of letters cut into known words (for scripts written without spaces):
        the month of each piece (None for an ignored word), or None if it cannot be cut."""
        key = fold(word)
        known = {**{w: None for w in self.ignored}, **self.months}
        best: list[list[int | None] | None] = [None] * (len(key) + 1)
        best[0] = []
        for end in range(1, len(key) + 1):
            for start in range(end):
                piece = key[start:end]
                before = best[start]
                if before is not None and piece in known:
                    best[end] = [*before, known[piece]]
                    break
        return best[len(key)]

    def is_ignored(self, word: str) -> bool:
        key = fold(word)
        if key in self.ignored:
            return True
        return len(key) >= 3 and any(w.startswith(key) for w in self.ignored if len(w) > 3)


def _has_digit(text: str) -> bool:
    return any(unicodedata.decimal(ch, None) is not None for ch in text)


ENGLISH = DateWords.build()


Run = tuple[str, str, bool]


def _words_of(runs: list[Run], words: DateWords) -> list[Run | int]:
    """The runs with months written in several runs put together as their number: names
    with digits ("1月", "M01") and names of several words; ignored phrases dropped."""
    out: list[Run | int] = []
    longest = max((len(p) for p in words.phrases), default=1)
    i = 0
    while i < len(runs):
        if i + 1 < len(runs) and runs[i + 1][2]:  # two runs glued: "1月", "M01"
            joined = fold(runs[i][1] + runs[i + 1][1])
            if _has_digit(joined) and joined in words.months:
                out.append(words.months[joined])
                i += 2
                continue
        for k in range(min(longest, len(runs) - i), 1, -1):
            piece = tuple(fold(run) for _kind, run, _glued in runs[i : i + k])
            if piece in words.phrases:
                phrase_month = words.phrases[piece]
                if phrase_month is not None:
                    out.append(phrase_month)
                i += k
                break
        else:
            out.append(runs[i])
            i += 1
    return out


def read_date(text: str, words: DateWords = ENGLISH, today: date | None = None) -> date | None:
    """The date ``text`` means, or None if it is empty; raises NotADate otherwise."""
    if not text.strip():
        return None
    numbers: list[str] = []
    months: list[int] = []
    kind_before = None
    for item in _words_of(_runs(text), words):
        if isinstance(item, int):
            months.append(item)
            kind_before = "letter"
            continue
        kind, run, glued = item
        if kind == "digit":
            numbers.append(run)
        elif glued and kind_before == "digit" and len(run) <= 2 and words.month(run) is None:
            pass  # an ordinal's ending: 21st, 1er, 3e
        elif (month := words.month(run, start=False)) is not None:
            months.append(month)
        elif fold(run) in words.ignored:
            pass  # a weekday, "de", "年": said in full, before starts of names are tried
        elif (month := words.month(run)) is not None:
            months.append(month)  # "Janu", "Sept"
        elif not words.is_ignored(run):
            pieces = words.split(run)  # words written without spaces: 日木曜日
            if pieces is None:
                raise NotADate(text)
            months.extend(m for m in pieces if m is not None)
        kind_before = kind
    today = today or date.today()
    if len(months) > 1:
        raise NotADate(text)
    if months:
        return _with_month_name(text, numbers, months[0], words.order, today)
    return _numbers_only(text, numbers, words.order, today)


def _value(number: str) -> int:
    return int(number)  # int() reads any script's decimal digits


def _year(number: str, text: str) -> int:
    if len(number) > 4 or len(number) == 3:
        raise NotADate(text)
    year = _value(number)
    if len(number) <= 2:
        year += 2000
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise NotADate(text)
    return year


def _is_year(number: str) -> bool:
    return len(number) >= 3 or _value(number) > 31


def _make(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise NotADate(text) from None


def _next(text: str, month: int, day: int, today: date) -> date:
    """The next ``day`` of ``month`` from today (today included)."""
    for year in (today.year, today.year + 1, today.year + 2, today.year + 3, today.year + 4):
        try:
            found = date(year, month, day)
        except ValueError:
            continue  # 29 February waits for a leap year
        if found >= today:
            return found
    raise NotADate(text)


def _with_month_name(text: str, numbers: list[str], month: int, order: str, today: date) -> date:
    if len(numbers) == 1:
        if _is_year(numbers[0]):
            raise NotADate(text)  # a month and a year: which day?
        return _next(text, month, _value(numbers[0]), today)
    if len(numbers) != 2:
        raise NotADate(text)
    first, second = numbers
    if _is_year(first) and not _is_year(second):
        year, day = first, second
    elif _is_year(second) and not _is_year(first):
        day, year = first, second
    elif _is_year(first) or order.startswith("Y"):
        year, day = first, second
    else:
        day, year = first, second
    if len(day) > 2:
        raise NotADate(text)
    return _make(text, _year(year, text), month, _value(day))


def _numbers_only(text: str, numbers: list[str], order: str, today: date) -> date:
    if len(numbers) == 1 and len(numbers[0]) == 8:
        n = numbers[0]
        readings = [(n[:4], n[4:6], n[6:])]  # YYYYMMDD
        if order == "MDY":
            readings.append((n[4:], n[:2], n[2:4]))
        elif order == "DMY":
            readings.append((n[4:], n[2:4], n[:2]))
        for y, m, d in readings:
            try:
                return _make(text, _year(y, text), _value(m), _value(d))
            except NotADate:
                continue
        raise NotADate(text)
    if len(numbers) == 2:
        if any(len(n) > 2 for n in numbers):
            raise NotADate(text)  # a month and a year, or a typing slip
        a, b = (_value(n) for n in numbers)
        day, month = (b, a) if order == "MDY" else (a, b)
        if month > 12 >= day:
            day, month = month, day  # only one reading is possible
        if not 1 <= month <= 12:
            raise NotADate(text)
        return _next(text, month, day, today)
    if len(numbers) != 3:
        raise NotADate(text)
    if len(numbers[0]) >= 3 or (order.startswith("Y") and not len(numbers[2]) >= 3):
        year, first, second = numbers
        first_is_day = False  # year, month, day
    else:
        first, second, year = numbers
        first_is_day = order != "MDY"
    if len(first) > 2 or len(second) > 2:
        raise NotADate(text)
    year_value = _year(year, text)
    a, b = _value(first), _value(second)
    day, month = (a, b) if first_is_day else (b, a)
    if month > 12 >= day:
        day, month = month, day  # only one reading is possible
    return _make(text, year_value, month, day)


def to_iso(value: date | None) -> str:
    """How a date is stored: YYYY-MM-DD, or "" for no date."""
    return value.isoformat() if value is not None else ""
