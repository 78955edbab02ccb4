"""The words of the report's "Breakout tables" section: one line for each time a table's
file was brought back ("Table 3 added 14 notes and 6 dots …"), and in easy read a few
short sentences for each, in everyday words.

Plain functions of a :class:`~costar_desktop.core.model.BreakoutLine`, so they can be
checked without building a PDF. The section itself is laid out in workshop_report.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from costar_desktop.core.breakouts import sentence
from costar_desktop.core.merge_words import KIND_WORDS
from costar_desktop.core.model import BreakoutLine
from costar_desktop.report.bidi import needs_bidi
from costar_desktop.report.text import Spans

#: Left-to-right mark: keeps our words in their place after an Arabic or Hebrew name.
_LRM = "\u200e"

#: Each kind in everyday words (singular, plural), as easy read names them elsewhere.
EASY_KIND_WORDS: dict[str, tuple[str, str]] = {
    "notes": ("note", "notes"),
    "groups": ("group of notes", "groups of notes"),
    "dots": ("dot", "dots"),
    "participants": ("person or group taking part", "people or groups taking part"),
    "co_producers": ("person who can help", "people who can help"),
    "worries": ("worry", "worries"),
    "actions": ("thing we will do", "things we will do"),
    "details": ("detail of the workshop", "details of the workshop"),
}


def _name(line: BreakoutLine) -> str:
    """The table's name; marked so that a right-to-left name keeps the line left to right."""
    return f"{_LRM}{line.table}{_LRM}" if needs_bidi(line.table) else line.table


def line_spans(line: BreakoutLine) -> Spans:
    """The standard report's line: the table's name in bold, then what its file did."""
    said = sentence(line)
    rest = said[len(line.table) :] if said.startswith(line.table) else f": {said}"
    return [(_name(line), True), (rest, False)]


def _listed(counts: Mapping[str, int]) -> str:
    """ "14 notes and 6 dots", in everyday words; "" when there is nothing."""
    parts = []
    for kind in KIND_WORDS:
        n = counts.get(kind, 0)
        if n > 0:
            one, many = EASY_KIND_WORDS.get(kind, KIND_WORDS[kind])
            parts.append(f"{n:,} {one if n == 1 else many}")
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def easy_sentences(line: BreakoutLine) -> list[str]:
    """Easy read: one short sentence for each thing the table's file did."""
    said = []
    for counts, verb in (
        (line.added, "They added"),
        (line.changed, "They changed"),
        (line.removed, "They took away"),
    ):
        listed = _listed(counts)
        if listed:
            said.append(f"{verb} {listed}.")
    if not said:
        said.append("They brought back no changes.")
    if line.conflicts > 0:
        choices = "1 choice" if line.conflicts == 1 else f"{line.conflicts:,} choices"
        said.append(f"The facilitator made {choices} about what to keep.")
    return said


def easy_heading(line: BreakoutLine) -> str:
    """Easy read: the table's name above its sentences."""
    return _name(line)
