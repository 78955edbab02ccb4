"""How much of a text prints: all of it up to a limit, then a visible cut.

The app accepts notes, actions and worries of up to 20,000 characters and names and titles
of up to 500, but a file changed by another program can hold any length, and the read-only
paths (``costar report``) print files as they are. Every text of a workshop goes through
:func:`printable_data` before a PDF is laid out, so no text costs more than its limit,
wherever it is printed, and a cut text ends with "(text cut — N more characters in the
file)".

The limits, by where a text prints:

* **Notes and group titles** flow over pages in the report's lists: up to 20,000
  characters (what the app itself accepts: nothing typed in the app is ever cut there)
  and 200 lines. 20,000 characters are about four pages of body text; real notes are a
  sentence or a paragraph (the sample's longest is 150 characters).
* **Actions, first steps, worries and answers, what co-producers bring and do** print
  only in table cells, some of them a sixth of a page wide: up to 2,000 characters and
  40 lines. That is ten long sentences, a page and a half in the action plan's first-step
  column, six pages in easy read; a cell longer than a page is split between pages.
* **Titles, names, owners, places, dates** are one line in the app: up to 500 characters
  (what the app accepts), with line breaks printed as spaces.
* **The workshop's title on blank templates** sits above cards and a worksheet that must
  keep their room for writing: up to 100 characters, two lines in easy read (the
  sample's title has 43).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, TypeVar

from costar_desktop.core.model import MAX_FIELD_CHARS, MAX_NOTE_CHARS, WorkshopData
from costar_desktop.report.bidi import needs_bidi
from costar_desktop.report.text import may_cut_before

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

_Record = TypeVar("_Record", bound="DataclassInstance")

NOTE_CHARS, NOTE_LINES = MAX_NOTE_CHARS, 200
CELL_CHARS, CELL_LINES = 2_000, 40
SHORT_CHARS = MAX_FIELD_CHARS
TEMPLATE_TITLE_CHARS = 100

#: Text fields that print in table cells only (the rest of a record's text is short).
CELL_FIELDS = frozenset(
    {"action", "first_step", "sceptic_says", "our_answer", "could_bring", "involvement"}
)
#: Text fields that never print (identifiers, times, colour keys).
NOT_PRINTED = frozenset(
    {"id", "created", "updated", "colour", "kind", "author_id", "group_id", "note_id", "voter_id"}
)

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: A cut steps back to a space if there is one among the last this many characters.
_WORD_ROOM = 40


def cut(text: str, chars: int, lines: int | None, marker: str) -> str:
    """``text`` whole if it has at most ``chars`` characters and ``lines`` lines; else its
    beginning, ended at a space or at least between two clusters, then " … " and ``marker``
    with ``{n}``, the number of characters left out, written with thousands separators.
    ``lines`` None: a one-line field, whose line breaks print as spaces."""
    end = min(len(text), chars)
    at_break = False
    if lines is not None:
        for k, brk in enumerate(_LINE_BREAK.finditer(text, 0, end)):
            if k + 1 >= lines:
                end, at_break = brk.start(), True  # the break that would begin one line too many
                break
    if end < len(text):
        if not at_break:
            limit = end
            while end > 0 and not may_cut_before(text, end):
                end -= 1  # never inside a letter and its marks, an emoji sequence or a flag
            if end == 0:
                end = limit  # one "character" longer than the limit: cut it after all
            space = text.rfind(" ", max(0, end - _WORD_ROOM), end + 1)
            if space > 0:
                end = space  # and at the end of a word when there is one nearby
        kept = text[:end].rstrip()
        left_out = len(text) - len(kept)
        note = marker.format(n=f"{left_out:,}")
        if needs_bidi(kept):
            # Left-to-right marks around our words: in an Arabic or Hebrew paragraph the
            # brackets would otherwise take the paragraph's direction and turn round.
            note = f"\u200e{note}\u200e"
        text = f"{kept} … {note}"
    if lines is None and ("\n" in text or "\r" in text):
        text = _LINE_BREAK.sub(" ", text)
    return text


def _field_limits(name: str) -> tuple[int, int | None]:
    if name == "text":
        return NOTE_CHARS, NOTE_LINES
    if name in CELL_FIELDS:
        return CELL_CHARS, CELL_LINES
    return SHORT_CHARS, None


def _printable(record: _Record, marker: str, short_chars: int = SHORT_CHARS) -> _Record:
    """The record itself if no text of it needs cutting, else a copy with them cut."""
    changes: dict[str, str] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if f.name in NOT_PRINTED or not isinstance(value, str):
            continue
        chars, lines = _field_limits(f.name)
        if lines is None:
            chars = short_chars
        if len(value) > chars or "\n" in value or "\r" in value:
            shown = cut(value, chars, lines, marker)
            if shown != value:
                changes[f.name] = shown
    return dataclasses.replace(record, **changes) if changes else record


def printable_data(data: WorkshopData, marker: str, kind: str = "report") -> WorkshopData:
    """The workshop as it prints in a PDF of ``kind``: every text within its limit (see
    the module's notes), ``marker`` (with ``{n}``) after each cut. ``data`` itself is not
    changed."""
    title_chars = TEMPLATE_TITLE_CHARS if kind == "templates" else SHORT_CHARS
    return dataclasses.replace(
        data,
        workshop=_printable(data.workshop, marker, title_chars),
        participants=[_printable(p, marker) for p in data.participants],
        notes=[_printable(n, marker) for n in data.notes],
        people=[_printable(p, marker) for p in data.people],
        market_items=[_printable(m, marker) for m in data.market_items],
        actions=[_printable(a, marker) for a in data.actions],
    )
