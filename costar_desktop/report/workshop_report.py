"""The workshop report: cover and contents, the star, then the five steps, each with its
own work, then who spoke, the day as it ran against its agenda (when there is one), and
what breakout tables brought back (when there were any).

Each step's section holds what was done at that step: the notes written there (by Co;
a group card with its notes), and the step's own results — Focus the dots, the ranking
and the shortlist; People the co-producers; Market the worries and our answers; Grow the
action plan. Everything is printed once, under its step; "Nothing recorded yet" only
when a step holds nothing at all.

Built twice: the first pass finds the page of each section for the contents and the
outline, the second prints them (layouts are cached, so the second pass is cheaper).
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from costar_desktop.core import steps
from costar_desktop.core.model import Audience, Co, MarketItem, Note, Step, WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.report import breakouts as breakout_words
from costar_desktop.report.action_plan import action_table
from costar_desktop.report.bidi import needs_bidi
from costar_desktop.report.flowables import (
    Contents,
    DrawingBlock,
    GridTable,
    Heading,
    Row,
    Sections,
    TextBlock,
)
from costar_desktop.report.pages import PagedDocument, Progress, ProgressCallback, footer_text
from costar_desktop.report.programme import as_it_ran_section, word as programme_word
from costar_desktop.report.star_drawing import star_drawing
from costar_desktop.report.styles import Look, nice_date, portrait
from costar_desktop.report.text import Spans, TextStyle

#: The report's sections, in order: the star, one for each step, who spoke.
SECTION_KEYS = ("star", *(f"step-{s.value}" for s in STEP_ORDER), "voices")

#: Words of the report that styles.WORDS does not have (standard, easy read).
REPORT_WORDS = {
    "notes": ("Notes", "What we wrote"),
    "counts": ("Notes by Co and step", "How many notes we wrote"),
    "all": ("All", "All"),
    "col_chosen": ("Shortlist", "Chosen"),
    "chosen": ("Yes", "Yes"),
    "shortlist_line": ("Shortlist: ", "What we chose: "),
    "step_heading": ("{n} {step}", "Step {n}: {step}"),
    "breakouts": ("Breakout tables", "Work from other tables"),
    # Easy read: one sentence a line.
    "breakouts_intro": (
        "Tables worked on their own copies of this workshop, on other laptops. Each line "
        "is one time a table's file was brought back into it, in the order it happened.",
        "Some of us worked at other tables.\nEach table had its own laptop.\n"
        "This is what each table brought back.",
    ),
}


def report_word(lk: Look, key: str) -> str:
    standard, easy = REPORT_WORDS[key]
    return easy if lk.easy else standard


def step_title(lk: Look, step: Step) -> str:
    """A step's heading: "3 People" ("Step 3: People" in easy read)."""
    return report_word(lk, "step_heading").format(n=STEP_ORDER.index(step) + 1, step=step.label)


def section_titles(lk: Look) -> list[tuple[str, str]]:
    """(key, heading) of each section, in order."""
    titles = {"star": lk.word("star"), "voices": lk.word("voices")}
    titles.update({f"step-{s.value}": step_title(lk, s) for s in STEP_ORDER})
    return [(key, titles[key]) for key in SECTION_KEYS]


def note_numbers(data: WorkshopData) -> dict[str, str]:
    """Printed reference of each note ("12") and group card ("G3"), in the order added."""
    numbers: dict[str, str] = {}
    n = g = 0
    for note in data.notes:
        if note.is_group:
            g += 1
            numbers[note.id] = f"G{g}"
        else:
            n += 1
            numbers[note.id] = str(n)
    return numbers


@dataclass
class Part:
    """One piece of a step's work, under its own heading (the ranking, the co-producers …)."""

    key: str
    title: str
    build: Callable[[], list[Flowable]]


class _Report:
    def __init__(
        self,
        data: WorkshopData,
        lk: Look,
        group_by: str,
        sections: Sections,
        width: float,
        drawing: Any = None,  # a reportlab Drawing
    ):
        self.data = data
        self.lk = lk
        self.group_by = group_by
        self.sections = sections
        self.width = width
        self.numbers = note_numbers(data)
        self.authors = {p.id: p.name for p in data.participants}
        self.votes = steps.votes_by_note(data)
        self.drawing = drawing or star_drawing(width, data, self.numbers)
        cards = {n.id for n in data.notes if n.is_group}
        #: Notes printed with their group card rather than on their own.
        self.members = {card: steps.group_members(data, card) for card in cards}
        self.grouped = {n.id for members in self.members.values() for n in members}

    # --- pieces -------------------------------------------------------------------------

    def h1(self, key: str, title: str) -> list[Flowable]:
        lk = self.lk
        return [
            CondPageBreak(lk.h1.line_height * 4),
            Heading(
                title, lk.h1, key, 0, self.sections, space_before=lk.gap * 2, space_after=lk.gap
            ),
        ]

    def h2(self, text: str, key: str, in_contents: bool = False) -> Heading:
        lk = self.lk
        return Heading(
            text,
            lk.h2,
            key,
            1,
            self.sections if in_contents else None,
            space_before=lk.gap * 1.5,
            space_after=lk.gap / 2,
        )

    def h3(self, text: str, key: str | None = None) -> TextBlock:
        """A heading within a step's work; with ``key``, a bookmark too (below the h2)."""
        lk = self.lk
        if key is None:
            block = TextBlock(text, lk.h3, space_before=lk.gap, space_after=lk.gap / 3)
            block.keepWithNext = True  # with what it heads, never alone at a page's foot
            return block
        return Heading(text, lk.h3, key, 2, None, space_before=lk.gap, space_after=lk.gap / 3)

    def text(
        self, content: str | Spans, style: TextStyle | None = None, after: float | None = None
    ) -> TextBlock:
        lk = self.lk
        return TextBlock(
            content, style or lk.body, space_after=lk.gap / 2 if after is None else after
        )

    def note_line(self, note: Note, *, show_step: bool = True, indent: float = 0.0) -> TextBlock:
        meta = []
        author = self.authors.get(note.author_id) if note.author_id is not None else None
        if author and not self.lk.easy:
            meta.append(author)
        if show_step:
            meta.append(note.step.label)
        if self.votes.get(note.id) and note.group_id is None:
            meta.append(f"{self.votes[note.id]} ●")
        text = note.text.strip() or "–"
        spans = [(f"{self.numbers.get(note.id, '')}  ", True), (text, False)]
        if meta:
            about = f"({' · '.join(meta)})"
            if needs_bidi(text):
                # After Arabic or Hebrew words the brackets would take the paragraph's
                # direction and turn round: left-to-right marks keep them with our words.
                about = f"\u200e{about}\u200e"
            spans.append((f"  {about}", False))
        return TextBlock(spans, self.lk.body, space_after=self.lk.gap / 2, indent=indent)

    def table(self, widths: Sequence[float], heads: list[str], rows: list[list[str]]) -> GridTable:
        lk = self.lk
        header = [TextBlock(h, lk.cell_head) for h in heads]
        body = [Row([TextBlock(c, lk.cell) for c in r]) for r in rows]
        return GridTable(widths, header, body, lk.cell_pad, space_after=lk.gap)

    # --- what each step holds --------------------------------------------------------------

    def step_notes(self, step: Step) -> list[Note]:
        """The notes and group cards listed under a step: those written at it, except
        notes in a group (they are listed with their group card, wherever it is)."""
        return [n for n in self.data.notes if n.step == step and n.id not in self.grouped]

    def parts(self, step: Step) -> list[Part]:
        """The step's own work, each piece only when something is recorded for it."""
        lk, data = self.lk, self.data
        found: list[Part] = []
        if step == Step.FOCUS and (steps.ranking(data) or steps.shortlist(data)):
            found.append(Part("ranking", lk.word("ranking"), self.ranking))
        elif step == Step.PEOPLE and data.people:
            found.append(Part("people", lk.word("people"), self.people))
        elif step == Step.MARKET and data.market_items:
            found.append(Part("market", lk.word("market"), self.market))
        elif step == Step.GROW and data.actions:
            found.append(Part("action_plan", lk.word("action_plan"), self.action_plan))
        return found

    def contents_titles(self) -> list[tuple[str, str, int]]:
        """Every section, with the pieces of each step's work below it."""
        titles: list[tuple[str, str, int]] = []
        for key, title in section_titles(self.lk):
            titles.append((key, title, 0))
            if key.startswith("step-"):
                step = Step(key[len("step-") :])
                titles += [(f"{key}-{part.key}", part.title, 1) for part in self.parts(step)]
        if self.data.programme.blocks:
            titles.append(("day", programme_word(self.lk, "as_it_ran"), 0))
        if self.data.breakouts:
            titles.append(("breakouts", report_word(self.lk, "breakouts"), 0))
        return titles

    # --- sections -------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        lk, w = self.lk, self.data.workshop
        story: list[Flowable] = [
            TextBlock(lk.word("report"), lk.h3.replace(colour="#4d4d4d"), space_after=lk.gap),
            TextBlock(w.title.strip() or lk.word("report"), lk.title, space_after=lk.gap * 2),
        ]
        for key, value in (
            ("date", nice_date(w.date, lk.easy)),
            ("venue", w.venue),
            ("organisation", w.organisation),
            ("facilitator", w.facilitator),
        ):
            if value:
                story.append(self.text([(f"{lk.word(key)}: ", True), (value, False)]))
        notes = [n for n in self.data.notes if not n.is_group]
        story.append(
            self.text(
                lk.word("totals").format(
                    notes=len(notes),
                    people=len(self.data.participants),
                    actions=len(self.data.actions),
                ),
                lk.small,
                after=lk.gap * 3,
            )
        )
        story.append(TextBlock(lk.word("contents"), lk.h2, space_after=lk.gap))
        story.append(Contents(self.sections, lk.body))
        story.append(PageBreak())
        return story

    def star(self) -> list[Flowable]:
        lk = self.lk
        story = self.h1("star", lk.word("star"))
        story.append(self.text(lk.word("star_intro"), lk.small, after=lk.gap))
        story.append(DrawingBlock(self.drawing, space_after=lk.gap))
        notes = [n for n in self.data.notes if not n.is_group]
        if notes and not lk.easy:  # easy read has no tables of figures
            # How many notes each Co has at each step: the Co's share at a glance, the
            # notes themselves follow under their steps.
            count = Counter((n.co, n.step) for n in notes)
            places: list[Co | None] = [*CO_ORDER] + (
                [None] if any(n.co is None for n in notes) else []
            )
            rows = []
            for co in places:
                row = [count[(co, s)] for s in STEP_ORDER]
                rows.append([co.label if co else lk.word("parking"), *map(str, row), str(sum(row))])
            heads = ["", *(s.label for s in STEP_ORDER), report_word(lk, "all")]
            story.append(
                TextBlock(
                    report_word(lk, "counts"), lk.h2, space_before=lk.gap, space_after=lk.gap / 2
                )
            )
            story.append(self.table([27, 12, 12, 12, 12, 12, 10], heads, rows))
        return story

    def step(self, step: Step) -> list[Flowable]:
        lk = self.lk
        key = f"step-{step.value}"
        story = self.h1(key, step_title(lk, step))
        question = self.text(steps.STEP_GUIDES[step].question, lk.small)
        question.keepWithNext = True  # never the last words on a page
        story.append(question)
        parts = self.parts(step)
        notes = self.step_notes(step)
        if not parts and not notes:
            return story + [self.text(lk.word("nothing"))]
        for part in parts:
            story.append(self.h2(part.title, f"{key}-{part.key}", in_contents=True))
            story += part.build()
        if notes:
            story.append(self.h2(report_word(lk, "notes"), f"{key}-notes"))
            for co in [*CO_ORDER, None]:
                in_co = [n for n in notes if n.co == co]
                if not in_co:
                    continue
                label = co.label if co else lk.word("parking")
                story.append(self.h3(label, f"{key}-co-{co.value if co else 'parking'}"))
                for note in in_co:
                    story += self.listed(note, step)
        return story

    def listed(self, note: Note, step: Step) -> list[Flowable]:
        """A note's line; a group card's line with the lines of its notes below it."""
        if not note.is_group:
            return [self.note_line(note, show_step=False)]
        lines: list[Flowable] = [self.note_line(note, show_step=False)]
        indent = self.lk.body.size * 2
        for member in self.members.get(note.id, []):
            # A note keeps its own step; it is named when it is not the group's.
            lines.append(self.note_line(member, show_step=member.step != step, indent=indent))
        return lines

    def ranking(self) -> list[Flowable]:
        lk = self.lk
        ranked = steps.ranking(self.data)
        chosen = steps.shortlist(self.data)
        picked = {n.id for n in chosen}
        yes = report_word(lk, "chosen")
        rows = [
            [
                str(r.rank),
                f"{self.numbers[r.note.id]}  {r.note.text.strip()}",
                str(r.votes),
                str(r.impact or "–"),
                yes if r.note.id in picked else "",
            ]
            for r in ranked
        ]
        in_ranking = {r.note.id for r in ranked}
        # Shortlisted without dots or an impact rating: after the ranked notes, without a rank.
        rows += [
            ["–", f"{self.numbers[n.id]}  {n.text.strip()}", "0", "–", yes]
            for n in chosen
            if n.id not in in_ranking
        ]
        heads = [lk.word(k) for k in ("col_rank", "col_note", "col_votes", "col_impact")]
        # Easy read: columns wide enough for their headings' words at 16 pt, unbroken.
        widths = [11, 49, 11, 14.5, 14.5] if lk.easy else [8, 60, 10, 10, 12]
        story: list[Flowable] = [self.table(widths, heads + [report_word(lk, "col_chosen")], rows)]
        if chosen:
            numbers = ", ".join(self.numbers[n.id] for n in chosen)
            story.append(self.text([(report_word(lk, "shortlist_line"), True), (numbers, False)]))
        return story

    def people(self) -> list[Flowable]:
        lk = self.lk
        rows = [
            [
                p.display_name(),
                lk.word("inside") if p.inside else lk.word("outside"),
                p.could_bring,
                p.involvement,
                ", ".join(self.numbers.get(i, "") for i in p.note_ids) or "–",
            ]
            for p in self.data.people
        ]
        heads = [
            lk.word(k) for k in ("col_who", "col_where", "col_bring", "col_involve", "col_links")
        ]
        return [
            self.table([22, 15.5, 24, 24, 14.5] if lk.easy else [24, 13, 25, 26, 12], heads, rows)
        ]

    def market(self) -> list[Flowable]:
        lk = self.lk
        story: list[Flowable] = []
        audiences: dict[Audience, list[MarketItem]] = {}
        for item in self.data.market_items:
            audiences.setdefault(item.audience, []).append(item)
        for audience, items in audiences.items():
            story.append(self.h3(audience.label))
            story.append(
                self.table(
                    [50, 50],
                    [lk.word("sceptic"), lk.word("answer")],
                    [[i.sceptic_says, i.our_answer] for i in items],
                )
            )
        return story

    def action_plan(self) -> list[Flowable]:
        # The workshop's details are on the cover; the printed action plan alone has them.
        return action_table(self.data, self.lk, self.group_by, portrait=True)

    def voices(self) -> list[Flowable]:
        lk = self.lk
        story = self.h1("voices", lk.word("voices"))
        v = steps.voices(self.data)
        kinds = sorted({p.kind for p in self.data.participants}, key=lambda k: k.label)
        if kinds:
            rows = [[k.label] + [str(v.by_co[co][k]) for co in CO_ORDER] for k in kinds]
            story.append(
                self.table([32, 17, 17, 17, 17], [""] + [co.label for co in CO_ORDER], rows)
            )
            rows = [[k.label] + [str(v.by_step[s][k]) for s in STEP_ORDER] for k in kinds]
            widths = (
                [25, 15, 15, 15, 15, 15] if lk.easy else [30, 14, 14, 14, 14, 14]
            )  # "Market" whole
            story.append(self.table(widths, [""] + [s.label for s in STEP_ORDER], rows))
        if v.warnings:
            story.append(self.h3(lk.word("voices_missing")))
            story += [self.text(f"• {w}") for w in v.warnings]
        elif not kinds:
            story.append(self.text(lk.word("nothing")))
        return story

    def breakouts(self) -> list[Flowable]:
        """Each time a table's file was brought back, in order: a line each (in easy read,
        the table's name and a short sentence for each thing its file did)."""
        lk = self.lk
        story = self.h1("breakouts", report_word(lk, "breakouts"))
        words = report_word(lk, "breakouts_intro")
        # Easy read: one idea a line.
        intro = (
            [self.text(s) for s in words.split("\n")]
            if lk.easy
            else [self.text(words, lk.small, after=lk.gap)]
        )
        for block in intro:
            block.keepWithNext = True  # with the first table's line, never alone on a page
        story += intro
        for line in self.data.breakouts:
            if lk.easy:
                story.append(self.h3(breakout_words.easy_heading(line)))
                story += [self.text(s) for s in breakout_words.easy_sentences(line)]
            else:
                story.append(self.text(breakout_words.line_spans(line)))
        return story

    def story(self) -> list[Flowable]:
        story = self.cover()
        story += self.star()
        story.append(PageBreak())
        for step in STEP_ORDER:
            story += self.step(step)
        story += self.voices()
        if self.data.programme.blocks:  # the day as it ran (report/programme.py)
            story += self.h1("day", programme_word(self.lk, "as_it_ran"))
            story += as_it_ran_section(self.data, self.lk)
        if self.data.breakouts:
            story += self.breakouts()
        story.append(Spacer(1, 0))  # never a page of its own (a full last page left one blank)
        return story


def build_report(
    data: WorkshopData,
    out: BinaryIO,
    paper: str,
    lk: Look,
    group_by: str,
    progress: ProgressCallback | None,
) -> None:
    sections = Sections()
    pagesize = portrait(paper)
    width = pagesize[0] - 2 * lk.margin
    title = data.workshop.title.strip()
    what = lk.word("report")
    drawing = star_drawing(width, data, note_numbers(data))  # the same for both passes
    for final in (False, True):
        target = out if final else io.BytesIO()
        tracker = Progress(progress, 0.45, 0.95) if final else Progress(progress, 0.0, 0.45)
        report = _Report(data, lk, group_by, sections, width, drawing)
        sections.titles = report.contents_titles()
        story = report.story()
        doc = PagedDocument(
            target,
            pagesize,
            lk,
            footer_text(data, what, lk.easy),
            f"{what} – {title}" if title else what,
            data.workshop.organisation,
            tracker,
            outline=True,
            dry_run=not final,
        )
        doc.build_story(story)
