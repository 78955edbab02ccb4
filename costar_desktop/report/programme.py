"""The programme on paper: the facilitator's run sheet, the participants' agenda handout (in
large type, or in easy read), and "The day as it ran" for the workshop report.

* **Run sheet** (``run-sheet``, landscape): the workshop's details, the programme's name
  and the start of the day, then one row per block — planned start and end, title, step,
  minutes, method, what it needs, notes for the facilitator — the total and the planned
  end, and a key that says in our words what each method used means.
* **Agenda handout** (``agenda``, portrait, large type): time and title of each block, a
  step block's step in plain words, breaks and lunch shaded and said in words; nothing for
  the facilitator's eyes only (no notes, no materials). In easy read one block a line in
  big type, the step's picture beside it, and plain words ("10:30 Break – a drink and a
  rest").
* **The day as it ran** (in the workshop report, when there is an agenda): each block's
  planned start and length against its real ones, and one sentence for the day
  (core/day_ran.py decides what they say).

``build_pdf`` refuses a kind of the programme while the agenda is empty (``report.NO_BLOCKS``,
a ValueError like its other refusals), so the window and ``costar report`` say the same.
"""

from __future__ import annotations

import dataclasses
import re
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether

from costar_desktop.core import day_ran
from costar_desktop.core.model import WorkshopData
from costar_desktop.core.programme import METHODS, Block, Programme, clock, schedule
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.report.action_plan import details_lines
from costar_desktop.report.easy_read import PLAIN, PictureRow, easy_paragraphs, measures
from costar_desktop.report.flowables import GridTable, Heading, Row, Sections, TextBlock
from costar_desktop.report.pages import PagedDocument, Progress, footer_text
from costar_desktop.report.styles import (
    GROUP_FILL,
    Look,
    date_in_words,
    landscape_page,
    nice_date,
    portrait,
)
from costar_desktop.report.text import Spans, TextStyle

#: Run sheet columns: time, block, step, minutes, method, what it needs, notes.
RUN_SHEET_COLUMNS: list[float] = [10, 20, 9, 6, 12, 17, 26]

#: Words of the programme's PDFs: (standard, easy read).
WORDS = {
    "run_sheet": ("Run sheet", "Run sheet"),
    "agenda": ("Agenda", "Our day"),
    "programme": ("Programme", "Programme"),
    "day_start": ("Start of the day", "We start at"),
    "planned_end": ("Planned end", "We finish at"),
    "total": ("Total", "Total"),
    "col_time": ("Time", "Time"),
    "col_block": ("Block", "What"),
    "col_step": ("Step", "Step"),
    "col_minutes": ("Min", "Minutes"),
    "col_method": ("Method", "How"),
    "col_needs": ("What it needs", "What it needs"),
    "col_notes": ("Notes for the facilitator", "Notes"),
    "methods_key": ("The methods in this programme", "How we work"),
    "break": ("a drink and a rest", "a drink and a rest"),
    "lunch": ("time to eat", "time to eat"),
    "end": ("End of the day", "The day ends. Thank you for coming!"),
    "met_on": ("", "We meet on {date}."),
    "met_at": ("", "We meet at {venue}."),
    "as_it_ran": ("The day as it ran", "How our day went"),
    "as_it_ran_intro": (
        "Each block's planned start and length beside when it really started and how long "
        "it really ran (pauses not counted).",
        "",
    ),
    "col_planned": ("Planned", "Planned"),
    "col_actual": ("As it ran", "As it ran"),
    "col_difference": ("Length", "Length"),
}

#: Words in a block's title that make it a pause (a break or lunch), whole words only.
_PAUSE = re.compile(r"\b(break|breaks|tea|coffee|pause|rest|lunch)\b", re.IGNORECASE)
_LUNCH = re.compile(r"\blunch\b", re.IGNORECASE)


def word(lk: Look, key: str) -> str:
    standard, easy = WORDS[key]
    return easy if lk.easy else standard


def pause_kind(block: Block) -> str | None:
    """ "lunch" or "break" for a block that is a pause (no step, no method, and its title
    says so), else None."""
    if block.step is not None or block.method or not _PAUSE.search(block.title):
        return None
    return "lunch" if _LUNCH.search(block.title) else "break"


def _step_words(block: Block) -> str:
    """ "1 Map": the step's number and name, or "—"."""
    if block.step is None:
        return "—"
    return f"{STEP_ORDER.index(block.step) + 1} {block.step.label}"


def _title(programme: Programme) -> str:
    return programme.name.strip()


# --- the run sheet --------------------------------------------------------------------------


def _run_sheet_rows(programme: Programme, lk: Look) -> list[Row]:
    cell, bold = lk.cell, lk.cell_head
    rows = []
    for block, (start, end) in zip(
        programme.blocks, schedule(programme.day_start, programme.blocks), strict=True
    ):
        method = METHODS[block.method][0] if block.method in METHODS else "—"
        rows.append(
            Row(
                [
                    TextBlock(f"{clock(start)}–{clock(end)}", bold),
                    TextBlock(block.title.strip() or "—", bold),
                    TextBlock(_step_words(block), cell),
                    TextBlock(str(block.minutes), cell),
                    TextBlock(method, cell),
                    TextBlock(block.materials.strip() or "—", cell),
                    TextBlock(block.notes.strip() or "—", cell),
                ],
                fill=GROUP_FILL if pause_kind(block) else None,
            )
        )
    total = programme.minutes
    end = programme.day_start + total
    rows.append(
        Row(
            [
                TextBlock(f"{clock(programme.day_start)}–{clock(end)}", bold),
                TextBlock(word(lk, "total"), bold),
                None,
                TextBlock(str(total), bold),
            ]
        )
    )
    return rows


def _hours(minutes: int) -> str:
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


def run_sheet_story(data: WorkshopData, lk: Look) -> list[Flowable]:
    programme = data.programme
    what = word(lk, "run_sheet")
    story: list[Flowable] = [
        Heading(what, lk.title, "run-sheet", 0, Sections(), space_after=lk.gap / 2)
    ]
    title = data.workshop.title.strip()
    if title:
        story.append(TextBlock(title, lk.h2, space_after=lk.gap / 2))
    details = details_lines(data, lk)
    if details:
        story.append(TextBlock(details, lk.body, space_after=lk.gap / 2))
    end = programme.day_start + programme.minutes
    day: Spans = []
    if _title(programme):
        day += [(f"{word(lk, 'programme')}: ", True), (f"{_title(programme)}   ", False)]
    day += [
        (f"{word(lk, 'day_start')}: ", True),
        (f"{clock(programme.day_start)}   ", False),
        (f"{word(lk, 'planned_end')}: ", True),
        (f"{clock(end)} ({_hours(programme.minutes)})", False),
    ]
    story.append(TextBlock(day, lk.body, space_after=lk.gap * 2))
    head = [
        TextBlock(word(lk, k), lk.cell_head)
        for k in (
            "col_time",
            "col_block",
            "col_step",
            "col_minutes",
            "col_method",
            "col_needs",
            "col_notes",
        )
    ]
    story.append(
        GridTable(
            RUN_SHEET_COLUMNS,
            head,
            _run_sheet_rows(programme, lk),
            lk.cell_pad,
            zebra=False,
            space_after=lk.gap * 2,
        )
    )
    used = list(dict.fromkeys(b.method for b in programme.blocks if b.method in METHODS))
    if used:
        key: list[Flowable] = [TextBlock(word(lk, "methods_key"), lk.h3, space_after=lk.gap / 2)]
        key[0].keepWithNext = True
        for method in used:
            name, description = METHODS[method]
            key.append(
                TextBlock([(f"{name}: ", True), (description, False)], lk.body, space_after=2)
            )
        story += key
    return story


# --- the agenda handout ---------------------------------------------------------------------


def handout_look(lk: Look) -> Look:
    """The standard handout is read by participants: large type even when not easy read."""
    if lk.easy:
        return lk
    body = lk.body.replace(size=14, leading=19)
    return dataclasses.replace(
        lk,
        body=body,
        small=body.replace(size=12, leading=16, colour=lk.small.colour),
        title=lk.title.replace(size=28, leading=34),
        h2=lk.h2.replace(size=18, leading=23),
        cell=body,
        cell_head=body.replace(bold=True),
        gap=8,
        cell_pad=6,
    )


def _pause_words(block: Block, lk: Look) -> str:
    kind = pause_kind(block)
    title = block.title.strip()
    return f"{title} – {word(lk, kind)}" if kind else title


def _handout_lines(programme: Programme, lk: Look) -> list[Row]:
    rows = []
    for block, (start, _end) in zip(
        programme.blocks, schedule(programme.day_start, programme.blocks), strict=True
    ):
        what: Spans = [(_pause_words(block, lk) or "—", True)]
        if block.step is not None:
            what.append((f"\n{_step_words(block)}: {PLAIN[block.step].words}", False))
        rows.append(
            Row(
                [TextBlock(clock(start), lk.cell_head), TextBlock(what, lk.cell)],
                fill=GROUP_FILL if pause_kind(block) else None,
            )
        )
    end = programme.day_start + programme.minutes
    rows.append(
        Row([TextBlock(clock(end), lk.cell_head), TextBlock(word(lk, "end"), lk.cell_head)])
    )
    return rows


def _easy_block(block: Block, start: int, lk: Look) -> Flowable:
    m = measures(lk)
    line: Spans = [(f"{clock(start)}  ", True), (_pause_words(block, lk) or "—", False)]
    parts: list[tuple[str | Spans, TextStyle]] = [(line, m.heading)]
    picture = None
    if block.step is not None:
        plain = PLAIN[block.step]
        parts.append(([(plain.words, True), (f" ({plain.term})", False)], m.body))
        picture = plain.picture
    return PictureRow(
        picture,
        parts,
        picture_size=m.big_picture if picture else 0.0,
        column=m.column,
        space_after=m.block_gap,
        part_gap=m.row_gap / 2,
    )


def agenda_story(data: WorkshopData, lk: Look) -> list[Flowable]:
    programme, w = data.programme, data.workshop
    end = programme.day_start + programme.minutes
    title = w.title.strip()
    if not lk.easy:
        story: list[Flowable] = [
            Heading(word(lk, "agenda"), lk.title, "agenda", 0, Sections(), space_after=lk.gap)
        ]
        if title:
            story.append(TextBlock(title, lk.h2, space_after=lk.gap / 2))
        details = " · ".join(p for p in (nice_date(w.date), w.venue) if p.strip())
        if details:
            story.append(TextBlock(details, lk.body, space_after=lk.gap * 2))
        story.append(
            GridTable([18, 82], [], _handout_lines(programme, lk), lk.cell_pad, zebra=False)
        )
        return story
    m = measures(lk)
    story = [easy_paragraphs(word(lk, "agenda"), lk.title, lk.gap / 2)]
    if title:
        story.append(easy_paragraphs(title, lk.h2, lk.gap))
    sentences = []
    if date_in_words(w.date.strip()):
        sentences.append(word(lk, "met_on").format(date=date_in_words(w.date.strip())))
    if w.venue.strip():
        sentences.append(word(lk, "met_at").format(venue=w.venue.strip()))
    sentences.append(f"{word(lk, 'day_start')} {clock(programme.day_start)}.")
    sentences.append(f"{word(lk, 'planned_end')} {clock(end)}.")
    story.append(easy_paragraphs("\n".join(sentences), lk.body, m.block_gap * 2))
    for block, (start, _end) in zip(
        programme.blocks, schedule(programme.day_start, programme.blocks), strict=True
    ):
        story.append(KeepTogether([_easy_block(block, start, lk)]))
    end_line: Spans = [(f"{clock(end)}  ", True), (word(lk, "end"), False)]
    story.append(PictureRow(None, [(end_line, m.heading)], picture_size=0.0, column=m.column))
    return story


# --- building ---------------------------------------------------------------------------


def build_programme_pdf(
    data: WorkshopData, kind: str, out: BinaryIO, paper: str, lk: Look, progress: Progress
) -> None:
    """The run sheet (``run-sheet``) or the agenda handout (``agenda``); ``build_pdf`` has
    already refused an agenda with no blocks."""
    if kind == "run-sheet":
        what, story, size = word(lk, "run_sheet"), run_sheet_story(data, lk), landscape_page(paper)
    else:
        lk = handout_look(lk)
        what, story, size = word(lk, "agenda"), agenda_story(data, lk), portrait(paper)
    title = data.workshop.title.strip()
    doc = PagedDocument(
        out,
        size,
        lk,
        footer_text(data, what, lk.easy),
        f"{what} – {title}" if title else what,
        data.workshop.organisation,
        progress,
    )
    doc.build_story(story)


# --- the workshop report's section ----------------------------------------------------------


def as_it_ran_section(data: WorkshopData, lk: Look) -> list[Flowable]:
    """What the report prints under "The day as it ran" (nothing without an agenda): the
    day's sentence, and (not in easy read) a row for each block."""
    programme = data.programme
    if not programme.blocks:
        return []
    story: list[Flowable] = []
    intro = word(lk, "as_it_ran_intro")
    if intro:
        story.append(TextBlock(intro, lk.small, space_after=lk.gap))
    story.append(TextBlock(day_ran.summary(programme), lk.body, space_after=lk.gap))
    if lk.easy:
        return story
    rows = [
        Row(
            [
                TextBlock(r.block.title.strip() or "—", lk.cell),
                TextBlock(day_ran.planned_words(r), lk.cell),
                TextBlock(day_ran.actual_words(r), lk.cell),
                TextBlock(day_ran.difference_words(r), lk.cell),
            ]
        )
        for r in day_ran.as_it_ran(programme)
    ]
    head = [
        TextBlock(word(lk, k), lk.cell_head)
        for k in ("col_block", "col_planned", "col_actual", "col_difference")
    ]
    story.append(GridTable([40, 22, 22, 16], head, rows, lk.cell_pad, space_after=lk.gap))
    return story
