"""The outline on paper (``outline``, portrait): every note of the board as a nested list.

For readers who cannot take in the star at a glance (low vision, a screen reader reading
the PDF, or simply a list to annotate): the workshop's title and details, one line saying
how the list is built, then each Co (and "not yet placed in a Co" last) as a heading, each
step under it as a heading, and the step's notes in reading order. A group's title is
printed in bold after the word "Group", with how many notes it holds, and its notes are
indented under it. The structure is said in words as well as shown by indentation: a
heading names its Co or step, a group says it is one, a note written at another step than
its group says so.

Each note says who wrote it ("by Table 2", or "anonymous"), its dots when they are revealed,
its impact and whether it is on the shortlist. Dots hidden by the facilitator are never
printed; one sentence says they are hidden. Names are replaced before this module sees the
data when the export asks to anonymise (output/prepare.py).

The nesting itself is :func:`costar_desktop.core.outline.outline`; this module only says it.
In easy read (large type, plain words): body 16 pt, a Co and a step in everyday words with
their terms in brackets ("Step 1: What we do now (Map)").
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, Spacer

from costar_desktop.core.model import Co, Step, WorkshopData
from costar_desktop.core.outline import CoBranch, Entry, entries, outline
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.report.action_plan import details_lines
from costar_desktop.report.bidi import needs_bidi
from costar_desktop.report.easy_read import PLAIN, glued
from costar_desktop.report.flowables import Heading, Sections, TextBlock
from costar_desktop.report.pages import PagedDocument, Progress, footer_text
from costar_desktop.report.styles import Look, portrait
from costar_desktop.report.text import Spans

#: Words of the outline: (standard, easy read).
WORDS = {
    "outline": ("Outline", "Our board as a list"),
    "intro": (
        "Every note on the board as a list: each Co, then each step, then the notes in the "
        "order they are read. A group's title is in bold; its notes are indented under it.",
        "This is every note on our board.\nThe notes are sorted by the 4 ways of working "
        "together, then by step.\nNotes we put together are under their group.",
    ),
    "count": ("{notes} · {groups}", "We wrote {notes}."),
    "one_group": ("1 group", "1 group"),
    "groups": ("{n} groups", "{n} groups"),
    "hidden": (
        "Dots are hidden: the facilitator has not revealed them, so they are not printed.",
        "The dots are hidden for now.",
    ),
    "nothing": ("No notes yet.", "We have not written any notes yet."),
    "step": ("Step {n}: {step}", "Step {n}: {words} ({step})"),
    "group": ("Group: ", "Group: "),
    "one_note": ("1 note", "1 note"),
    "notes": ("{n} notes", "{n} notes"),
    "by": ("by {name}", "by {name}"),
    "anonymous": ("anonymous", "no name"),
    "one_dot": ("1 dot", "1 dot"),
    "dots": ("{n} dots", "{n} dots"),
    "impact": ("impact {n} of 5", "impact {n} of 5"),
    "shortlisted": ("on the shortlist", "chosen"),
    "written_at": ("written at {step}", "written at step {n}: {step}"),
    "no_text": ("(no text)", "(no words)"),
}

#: A note's mark in the list, and how far a grouped note is indented (in body sizes).
BULLET = "•"
INDENT = 2.0


def word(lk: Look, key: str) -> str:
    standard, easy = WORDS[key]
    return easy if lk.easy else standard


def whole(lk: Look, text: str) -> str:
    """In easy read, ``text`` that breaks only between words ("Co-" | "design" never)."""
    return glued(text) if lk.easy else text


def co_heading(lk: Look, co: Co | None) -> str:
    """ "Co-design" ("Planning together how it will work (Co-design)" in easy read); the
    notes in no Co are "Not yet placed in a Co"."""
    if co is None:
        return whole(lk, lk.word("parking"))
    return whole(lk, f"{PLAIN[co].words} ({co.label})") if lk.easy else co.label


def step_heading(lk: Look, step: Step) -> str:
    """ "Step 1: Map" ("Step 1: What we do now (Map)" in easy read)."""
    n = STEP_ORDER.index(step) + 1
    return whole(lk, word(lk, "step").format(n=n, step=step.label, words=PLAIN[step].words))


def _count(lk: Look, n: int, one: str, many: str) -> str:
    return word(lk, one) if n == 1 else word(lk, many).replace("{n}", str(n))


def about(lk: Look, entry: Entry, under: Step | None = None) -> list[str]:
    """What a line says after the note's text: who wrote it, dots, impact, shortlist, and
    (for a note under a group written at another step, ``under``) the step it was written
    at; a group also says how many notes it holds."""
    parts = []
    if entry.is_group:
        parts.append(_count(lk, len(entry.members), "one_note", "notes"))
    if entry.author is not None:
        parts.append(word(lk, "by").format(name=entry.author.strip() or "–"))
    elif not entry.is_group:
        parts.append(word(lk, "anonymous"))
    if entry.dots:
        parts.append(_count(lk, entry.dots, "one_dot", "dots"))
    if entry.impact is not None:
        parts.append(word(lk, "impact").format(n=entry.impact))
    if entry.shortlisted:
        parts.append(word(lk, "shortlisted"))
    if under is not None and entry.step != under:
        n = STEP_ORDER.index(entry.step) + 1
        parts.append(word(lk, "written_at").format(step=entry.step.label, n=n))
    return parts


def entry_line(lk: Look, entry: Entry, under: Step | None = None, indent: float = 0.0) -> TextBlock:
    """One line of the list: a note ("• text (by …)") or a group's title in bold."""
    text = whole(lk, " ".join(entry.text.split()) or word(lk, "no_text"))
    if entry.is_group:
        spans: Spans = [(word(lk, "group"), True), (text, True)]
    else:
        spans = [(f"{BULLET} ", False), (text, False)]
    meta = about(lk, entry, under)
    if meta:
        said = whole(lk, f"({' · '.join(meta)})")
        if needs_bidi(text):
            # After Arabic or Hebrew words the brackets would take the paragraph's direction
            # and turn round: left-to-right marks keep them with our words.
            said = f"\u200e{said}\u200e"
        spans.append((f"  {said}", False))
    gap = lk.gap / 2 if not entry.is_group or not entry.members else lk.gap / 3
    block = TextBlock(spans, lk.body, space_after=gap, indent=indent)
    if entry.is_group and entry.members:
        block.keepWithNext = True  # a group's title never alone at a page's foot
    return block


def branch_story(lk: Look, branch: CoBranch, sections: Sections) -> list[Flowable]:
    """One Co: its heading, then each step's heading and lines."""
    key = f"co-{branch.co.value if branch.co else 'parking'}"
    story: list[Flowable] = [
        CondPageBreak(lk.h1.line_height * 4),
        Heading(
            co_heading(lk, branch.co),
            lk.h1,
            key,
            0,
            sections,
            space_before=lk.gap * 2,
            space_after=lk.gap,
        ),
    ]
    indent = lk.body.size * INDENT
    for part in branch.steps:
        story.append(
            Heading(
                step_heading(lk, part.step),
                lk.h2,
                f"{key}-{part.step.value}",
                1,
                sections,
                space_before=lk.gap,
                space_after=lk.gap / 2,
            )
        )
        for top in part.entries:
            story.append(entry_line(lk, top))
            for member in top.members:
                story.append(entry_line(lk, member, part.step, indent))
    return story


def outline_story(data: WorkshopData, lk: Look) -> list[Flowable]:
    """The whole outline: title, workshop details, how to read it, then every Co."""
    sections = Sections()
    story: list[Flowable] = [
        Heading(word(lk, "outline"), lk.title, "outline", 0, sections, space_after=lk.gap / 2)
    ]
    title = data.workshop.title.strip()
    if title:
        story.append(TextBlock(title, lk.h2, space_after=lk.gap / 2))
    details = details_lines(data, lk)
    if details:
        story.append(TextBlock(details, lk.body, space_after=lk.gap))
    branches = outline(data)
    listed = list(entries(branches))
    groups = sum(1 for e in listed if e.is_group)
    count = word(lk, "count").format(
        notes=_count(lk, len(listed) - groups, "one_note", "notes"),
        groups=_count(lk, groups, "one_group", "groups"),
    )
    story.append(TextBlock(word(lk, "intro"), lk.small, space_after=lk.gap / 2))
    story.append(TextBlock(count, lk.small, space_after=lk.gap / 2))
    if data.workshop.votes_hidden and data.votes:
        story.append(TextBlock(word(lk, "hidden"), lk.small, space_after=lk.gap / 2))
    if not branches:
        story.append(TextBlock(word(lk, "nothing"), lk.body, space_before=lk.gap))
    for branch in branches:
        story += branch_story(lk, branch, sections)
    story.append(Spacer(1, 0))
    return story


def build_outline_pdf(
    data: WorkshopData, out: BinaryIO, paper: str, lk: Look, progress: Progress
) -> None:
    """The outline as a PDF on ``paper`` (portrait), with bookmarks for each Co and step."""
    what = word(lk, "outline")
    title = data.workshop.title.strip()
    doc = PagedDocument(
        out,
        portrait(paper),
        lk,
        footer_text(data, what, lk.easy),
        f"{what} – {title}" if title else what,
        data.workshop.organisation,
        progress,
        outline=True,
    )
    doc.build_story(outline_story(data, lk))
