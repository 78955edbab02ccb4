"""Sizes, type and wording of printed pages, in a standard and an easy-read version.

Easy read follows the usual advice for people with learning disabilities or low vision:
body text of at least 16 pt, generous spacing, short plain headings, one idea per line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.lib.pagesizes import A3, A4, LETTER, TABLOID, landscape
from reportlab.lib.units import mm

from costar_desktop.core.dates import ENGLISH_MONTHS, ENGLISH_WEEKDAYS
from costar_desktop.report.text import TextStyle

PAGE_SIZES = {"a4": A4, "letter": LETTER}
POSTER_SIZES = {"a4": A3, "letter": TABLOID}

INK = "#1a1a1a"
MUTED = "#4d4d4d"
RULE = "#9a9a9a"
HEADER_FILL = "#e8e8e8"
ZEBRA = "#f5f5f5"
GROUP_FILL = "#dde8f0"


def portrait(paper: str) -> tuple[float, float]:
    size: tuple[float, float] = PAGE_SIZES[paper]
    return size


def landscape_page(paper: str) -> tuple[float, float]:
    size: tuple[float, float] = landscape(PAGE_SIZES[paper])
    return size


@dataclass(frozen=True)
class Look:
    """Every style one document needs."""

    easy: bool
    body: TextStyle
    small: TextStyle
    title: TextStyle
    h1: TextStyle
    h2: TextStyle
    h3: TextStyle
    cell: TextStyle
    cell_head: TextStyle
    footer: TextStyle
    margin: float
    gap: float
    cell_pad: float
    words: dict[str, str] = field(default_factory=dict)

    def word(self, key: str) -> str:
        return self.words[key]


def look(easy_read: bool) -> Look:
    if easy_read:
        body = TextStyle(size=16, leading=24, colour=INK)
        return Look(
            easy=True,
            body=body,
            small=body.replace(colour=MUTED),
            title=body.replace(size=30, leading=38, bold=True),
            h1=body.replace(size=24, leading=32, bold=True),
            h2=body.replace(size=20, leading=28, bold=True),
            h3=body.replace(size=17, leading=25, bold=True),
            cell=body,
            cell_head=body.replace(bold=True),
            footer=body.replace(size=12, leading=16, colour=MUTED),
            margin=18 * mm,
            gap=10,
            cell_pad=6,
            words=EASY_WORDS,
        )
    body = TextStyle(size=10, leading=13.5, colour=INK)
    return Look(
        easy=False,
        body=body,
        small=body.replace(size=8.5, leading=11, colour=MUTED),
        title=body.replace(size=24, leading=30, bold=True),
        h1=body.replace(size=17, leading=22, bold=True),
        h2=body.replace(size=13, leading=17, bold=True),
        h3=body.replace(size=11, leading=15, bold=True),
        cell=body.replace(size=9.5, leading=12.5),
        cell_head=body.replace(size=9.5, leading=12.5, bold=True),
        footer=body.replace(size=8, leading=10, colour=MUTED),
        margin=15 * mm,
        gap=5,
        cell_pad=3.5,
        words=WORDS,
    )


#: Headings and labels. Easy read uses everyday words and says what a section is for.
WORDS = {
    "action_plan": "Action plan",
    "report": "Workshop report",
    "contents": "Contents",
    "star": "The Co-Production Star",
    "star_intro": "Each note is drawn where it was placed on the star; its number leads to its text below.",
    "notes_by_co": "Notes of each Co",
    "parking": "Not yet placed in a Co",
    "notes_by_step": "Notes by step and Co",
    "ranking": "Voting ranking",
    "shortlist": "Shortlist",
    "groups": "Groups",
    "people": "Co-producers",
    "market": "Sceptics and our answers",
    "voices": "Voices",
    "col_action": "Action",
    "col_first": "First step",
    "col_owner": "Owner",
    "col_due": "Due",
    "col_co": "Co",
    "col_status": "Status",
    "col_rank": "Rank",
    "col_note": "Note",
    "col_votes": "Dots",
    "col_impact": "Impact",
    "col_who": "Who",
    "col_where": "Inside or outside",
    "col_bring": "Could bring",
    "col_involve": "How involved",
    "col_links": "Linked to",
    "sceptic": "They might say",
    "answer": "Our answer",
    "inside": "Inside",
    "outside": "Outside",
    "no_actions": "No actions have been agreed yet.",
    "nothing": "Nothing recorded yet.",
    "no_owner": "No owner yet",
    "no_date": "No date yet",
    "by": "by",
    "date": "Date",
    "venue": "Venue",
    "organisation": "Organisation",
    "facilitator": "Facilitator",
    "page": "Page {n} of ",
    "members": "{n} notes",
    "group_owner": "Owner: {owner}",
    "group_month": "Due in {month}",
    "voices_missing": "Missing voices",
    "totals": "{notes} notes · {people} participants · {actions} actions",
    "templates": "Blank templates",
    "cards": "Note cards",
    "worksheet": "Action plan worksheet",
    "card_co": "Which Co?",
    "card_step": "Which step?",
    "card_who": "Written by (optional)",
    "poster_title": "Co-Production Star",
    "workshop_line": "Workshop",
    #: After a text longer than it may print (report/limits.py); {n} is e.g. "980,000".
    "text_cut": "(text cut — {n} more characters in the file)",
}

EASY_WORDS = {
    **WORDS,
    "action_plan": "What we will do",
    "report": "What happened at our workshop",
    "contents": "What is in this report",
    "star": "Our star",
    "star_intro": "Each number on the star is one note. Find the number below to read the note.",
    "notes_by_co": "What we said about each Co",
    "parking": "Notes not on the star yet",
    "notes_by_step": "What we said at each step",
    "ranking": "What people liked most",
    "shortlist": "What we chose",
    "groups": "Notes we put together",
    "people": "People who can help",
    "market": "Worries and our answers",
    "voices": "Who spoke",
    "col_action": "What",
    "col_first": "First thing to do",
    "col_owner": "Who",
    "col_due": "By when",
    "col_co": "Co",
    "col_status": "Done?",
    "col_votes": "Dots",
    "col_note": "Note",
    "col_where": "Inside or outside",
    "col_bring": "What they can bring",
    "col_involve": "What they will do",
    "sceptic": "Someone might say",
    "answer": "We can say",
    "no_actions": "We have not agreed any actions yet.",
    "nothing": "Nothing here yet.",
    "no_owner": "Nobody yet",
    "group_owner": "Who: {owner}",
    "group_month": "By {month}",
    "no_date": "No date yet",
    "voices_missing": "Who we did not hear from",
    "worksheet": "What we will do – worksheet",
    "text_cut": "(text cut here — {n} more letters are in the file)",
    # The easy-read action plan (report/easy_read.py): one block for each action.
    "plan_title": "Our plan",
    "plan_met_on": "We met on {date}.",
    "plan_met_at": "We met at {venue}.",
    "plan_facilitator": "{name} ran the meeting.",
    "plan_intro": "These are the things we agreed to do.",
    "plan_what": "What we will do:",
    "plan_first": "First step:",
    "plan_who": "Who:",
    "plan_when": "By when:",
    "plan_nothing_yet": "We have not agreed this yet.",
    "plan_started": "We have started this.",
    "plan_done": "This is done.",
    "plan_carried": "We agreed this before, at {title}.",
    # Blank templates in easy read.
    "card_co": "Which way of working together?",
    "card_step": "Which step?",
    "card_who": "Your name (if you want)",
    "key_cos": "4 ways to work together",
    "key_steps": "5 steps",
}

#: English month names, as core/dates.py reads and writes them.
_MONTHS = ENGLISH_MONTHS


def nice_date(iso: str, easy: bool = False) -> str:
    """'2027-01-15' -> '15 Jan 2027' ('15 January 2027' in easy read); other text as is."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    month = _MONTHS[d.month - 1]
    return f"{d.day} {month if easy else month[:3]} {d.year}"


_WEEKDAYS = ENGLISH_WEEKDAYS


def date_in_words(iso: str) -> str:
    """'2027-01-21' -> 'Thursday 21 January 2027': the whole date in words, for easy read
    (no numbers to decode, the day of the week to hold on to). Other text as is."""
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{_WEEKDAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]} {d.year}"


def month_label(iso: str) -> str:
    try:
        d = date.fromisoformat(iso)
    except (TypeError, ValueError):
        return ""
    return f"{_MONTHS[d.month - 1]} {d.year}"
