"""The workshop report: cover and contents, the star, every note, votes, people, the plan.

Built twice: the first pass finds the page of each section for the contents and the
outline, the second prints them (layouts are cached, so the second pass is cheaper).
"""

from __future__ import annotations

import io

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from costar_desktop.core import steps
from costar_desktop.core.model import Co, Note, WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.report.action_plan import action_table, details_lines
from costar_desktop.report.bidi import needs_bidi
from costar_desktop.report.flowables import Contents, DrawingBlock, GridTable, Heading, Row, Sections, TextBlock
from costar_desktop.report.star_drawing import star_drawing
from costar_desktop.report.styles import Look, nice_date, portrait

SECTION_KEYS = ("star", "notes_by_co", "notes_by_step", "ranking", "groups", "people", "market",
                "voices", "action_plan")


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


class _Report:
    def __init__(self, data: WorkshopData, lk: Look, group_by: str, sections: Sections, width: float,
                 drawing=None):
        self.data = data
        self.lk = lk
        self.group_by = group_by
        self.sections = sections
        self.width = width
        self.numbers = note_numbers(data)
        self.authors = {p.id: p.name for p in data.participants}
        self.votes = steps.votes_by_note(data)
        self.drawing = drawing or star_drawing(width, data, self.numbers)

    # --- pieces -------------------------------------------------------------------------

    def h1(self, key: str) -> list[Flowable]:
        lk = self.lk
        return [CondPageBreak(lk.h1.line_height * 4),
                Heading(lk.word(key), lk.h1, key, 0, self.sections, space_before=lk.gap * 2,
                        space_after=lk.gap)]

    def h2(self, text: str, key: str) -> Heading:
        lk = self.lk
        return Heading(text, lk.h2, key, 1, None, space_before=lk.gap * 1.5, space_after=lk.gap / 2)

    def text(self, content, style=None, after: float | None = None) -> TextBlock:
        lk = self.lk
        return TextBlock(content, style or lk.body, space_after=lk.gap / 2 if after is None else after)

    def note_line(self, note: Note, *, show_step: bool = True, show_co: bool = False) -> TextBlock:
        meta = []
        author = self.authors.get(note.author_id)
        if author and not self.lk.easy:
            meta.append(author)
        if show_step:
            meta.append(note.step.label)
        if show_co:
            meta.append(note.co.label if note.co else self.lk.word("parking"))
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
        return TextBlock(spans, self.lk.body, space_after=self.lk.gap / 2, indent=0)

    def table(self, widths, heads: list[str], rows: list[list[str]]) -> GridTable:
        lk = self.lk
        header = [TextBlock(h, lk.cell_head) for h in heads]
        body = [Row([TextBlock(c, lk.cell) for c in r]) for r in rows]
        return GridTable(widths, header, body, lk.cell_pad, space_after=lk.gap)

    # --- sections -------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        lk, w = self.lk, self.data.workshop
        story: list[Flowable] = [
            TextBlock(lk.word("report"), lk.h3.replace(colour="#4d4d4d"), space_after=lk.gap),
            TextBlock(w.title.strip() or lk.word("report"), lk.title, space_after=lk.gap * 2),
        ]
        for key, value in (("date", nice_date(w.date, lk.easy)), ("venue", w.venue),
                           ("organisation", w.organisation), ("facilitator", w.facilitator)):
            if value:
                story.append(self.text([(f"{lk.word(key)}: ", True), (value, False)]))
        notes = [n for n in self.data.notes if not n.is_group]
        story.append(self.text(lk.word("totals").format(notes=len(notes),
                                                        people=len(self.data.participants),
                                                        actions=len(self.data.actions)),
                               lk.small, after=lk.gap * 3))
        story.append(TextBlock(lk.word("contents"), lk.h2, space_after=lk.gap))
        story.append(Contents(self.sections, lk.body))
        story.append(PageBreak())
        return story

    def star(self) -> list[Flowable]:
        story = self.h1("star")
        story.append(self.text(self.lk.word("star_intro"), self.lk.small, after=self.lk.gap))
        story.append(DrawingBlock(self.drawing))
        return story

    def notes_by_co(self) -> list[Flowable]:
        story = self.h1("notes_by_co")
        places: list[Co | None] = [*CO_ORDER, None]
        for co in places:
            notes = [n for n in self.data.notes if n.co == co and not n.is_group and n.group_id is None]
            notes += [n for n in self.data.notes if n.co == co and n.group_id is not None]
            if not notes and co is None:
                continue
            label = co.label if co else self.lk.word("parking")
            story.append(self.h2(f"{label} ({len(notes)})", f"co-{co.value if co else 'parking'}"))
            story += [self.note_line(n) for n in notes] or [self.text(self.lk.word("nothing"))]
        return story

    def notes_by_step(self) -> list[Flowable]:
        story = self.h1("notes_by_step")
        lk = self.lk
        for i, step in enumerate(STEP_ORDER, start=1):
            notes = [n for n in self.data.notes if n.step == step and not n.is_group]
            story.append(self.h2(f"{i} {step.label}", f"step-{step.value}"))
            story.append(self.text(steps.STEP_GUIDES[step].question, lk.small))
            if not notes:
                story.append(self.text(lk.word("nothing")))
                continue
            for co in [*CO_ORDER, None]:
                in_co = [n for n in notes if n.co == co]
                if in_co:
                    label = co.label if co else lk.word("parking")
                    story.append(TextBlock(label, lk.h3, space_before=lk.gap / 2, space_after=lk.gap / 3))
                    story += [self.note_line(n, show_step=False) for n in in_co]
        return story

    def ranking(self) -> list[Flowable]:
        story = self.h1("ranking")
        lk = self.lk
        ranked = steps.ranking(self.data)
        if ranked:
            rows = [[str(r.rank), f"{self.numbers[r.note.id]}  {r.note.text.strip()}", str(r.votes),
                     str(r.impact or "–")] for r in ranked]
            story.append(self.table([8, 70, 10, 12], [lk.word("col_rank"), lk.word("col_note"),
                                                      lk.word("col_votes"), lk.word("col_impact")], rows))
        else:
            story.append(self.text(lk.word("nothing")))
        story.append(TextBlock(lk.word("shortlist"), lk.h2, space_before=lk.gap, space_after=lk.gap / 2))
        chosen = steps.shortlist(self.data)
        story += [self.note_line(n, show_step=False, show_co=True) for n in chosen] or [
            self.text(lk.word("nothing"))]
        return story

    def groups(self) -> list[Flowable]:
        story = self.h1("groups")
        cards = [n for n in self.data.notes if n.is_group]
        for card in cards:
            members = steps.group_members(self.data, card.id)
            title = f"{self.numbers[card.id]}  {card.text.strip() or '–'}"
            story.append(TextBlock(title, self.lk.h3, space_before=self.lk.gap, space_after=self.lk.gap / 3))
            story += [self.note_line(n) for n in members] or [self.text(self.lk.word("nothing"))]
        if not cards:
            story.append(self.text(self.lk.word("nothing")))
        return story

    def people(self) -> list[Flowable]:
        story = self.h1("people")
        lk = self.lk
        if not self.data.people:
            return story + [self.text(lk.word("nothing"))]
        rows = [[p.display_name(), lk.word("inside") if p.inside else lk.word("outside"), p.could_bring,
                 p.involvement, ", ".join(self.numbers.get(i, "") for i in p.note_ids) or "–"]
                for p in self.data.people]
        heads = [lk.word(k) for k in ("col_who", "col_where", "col_bring", "col_involve", "col_links")]
        return story + [self.table([24, 13, 25, 26, 12], heads, rows)]

    def market(self) -> list[Flowable]:
        story = self.h1("market")
        lk = self.lk
        if not self.data.market_items:
            return story + [self.text(lk.word("nothing"))]
        audiences: dict = {}
        for item in self.data.market_items:
            audiences.setdefault(item.audience, []).append(item)
        for audience, items in audiences.items():
            story.append(TextBlock(audience.label, lk.h3, space_before=lk.gap, space_after=lk.gap / 3))
            story.append(self.table([50, 50], [lk.word("sceptic"), lk.word("answer")],
                                    [[i.sceptic_says, i.our_answer] for i in items]))
        return story

    def voices(self) -> list[Flowable]:
        story = self.h1("voices")
        lk = self.lk
        v = steps.voices(self.data)
        kinds = sorted({p.kind for p in self.data.participants}, key=lambda k: k.label)
        if kinds:
            rows = [[k.label] + [str(v.by_co[co][k]) for co in CO_ORDER] for k in kinds]
            story.append(self.table([32, 17, 17, 17, 17], [""] + [co.label for co in CO_ORDER], rows))
            rows = [[k.label] + [str(v.by_step[s][k]) for s in STEP_ORDER] for k in kinds]
            story.append(self.table([30, 14, 14, 14, 14, 14], [""] + [s.label for s in STEP_ORDER], rows))
        if v.warnings:
            story.append(TextBlock(lk.word("voices_missing"), lk.h3, space_before=lk.gap, space_after=lk.gap / 3))
            story += [self.text(f"• {w}") for w in v.warnings]
        elif not kinds:
            story.append(self.text(lk.word("nothing")))
        return story

    def action_plan(self) -> list[Flowable]:
        story = self.h1("action_plan")
        details = details_lines(self.data, self.lk)
        if details:
            story.append(self.text(details, self.lk.small, after=self.lk.gap))
        return story + action_table(self.data, self.lk, self.group_by, portrait=True)

    def story(self) -> list[Flowable]:
        story = self.cover()
        for key in SECTION_KEYS:
            story += getattr(self, key)()
            if key == "star":
                story.append(PageBreak())
        story.append(Spacer(1, 0))  # never a page of its own (a full last page left one blank)
        return story


def build_report(data: WorkshopData, out, paper: str, lk: Look, group_by: str, progress) -> None:
    from costar_desktop.report.build import PagedDocument, _Progress, footer_text

    sections = Sections(titles=[(k, lk.word(k)) for k in SECTION_KEYS])
    pagesize = portrait(paper)
    width = pagesize[0] - 2 * lk.margin
    title = data.workshop.title.strip()
    what = lk.word("report")
    drawing = star_drawing(width, data, note_numbers(data))  # the same for both passes
    for final in (False, True):
        target = out if final else io.BytesIO()
        tracker = _Progress(progress, 0.45, 0.95) if final else _Progress(progress, 0.0, 0.45)
        story = _Report(data, lk, group_by, sections, width, drawing).story()
        doc = PagedDocument(target, pagesize, lk, footer_text(data, what, lk.easy),
                            f"{what} – {title}" if title else what, data.workshop.organisation,
                            tracker, outline=True, dry_run=not final)
        doc.build_story(story)
