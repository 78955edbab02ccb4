"""Easy read: plain words for our terms, unbroken words, pictures beside short sentences.

"Easy read" is the way UK public services write for people with learning disabilities.
In short, as we apply it here:

* everyday words instead of terms; a term that people meet on the star (Co-commission,
  Map …) is never printed without its plain words beside it;
* short sentences, one idea each, left aligned, in large type (16 pt and more) with a lot
  of white space around them;
* a picture on the left of each block and its words on the right; no tables;
* no word broken across two lines: a word that does not fit moves to the next line
  whole, and a single word wider than the column is printed smaller rather than cut.

:data:`PLAIN` is the one table of plain words for the Four Co's and the five steps; the
action plan, the templates and anything else in easy read take their words from it.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from costar_desktop.core.model import Action, ActionStatus, Co, Step, WorkshopData
from costar_desktop.report import bidi
from costar_desktop.report.fonts import font_book
from costar_desktop.report.pages import PagedDocument, Progress, footer_text
from costar_desktop.report.pictures import (
    CO_PICTURES,
    DATE,
    GENERAL,
    PERSON,
    STEP_PICTURES,
    draw_picture,
)
from costar_desktop.report.styles import RULE, Look, date_in_words, portrait
from costar_desktop.report.text import Line, Spans, TextStyle, draw_lines, layout, natural_width


@dataclass(frozen=True)
class Plain:
    """A term of the Co-Production Star in plain words."""

    #: The word on the star and in the app: "Co-commission", "Map".
    term: str
    #: What it means, in everyday words: what easy read prints instead of the term.
    words: str
    #: One short sentence (a Co) or question (a step) that says a little more.
    sentence: str
    #: Its picture in resources/pictures/.
    picture: str


PLAIN: dict[Co | Step, Plain] = {
    Co.COMMISSION: Plain(
        Co.COMMISSION.label,
        "Deciding together what is needed",
        "We decide together what is needed and where the money goes.",
        CO_PICTURES[Co.COMMISSION],
    ),
    Co.DESIGN: Plain(
        Co.DESIGN.label,
        "Planning together how it will work",
        "We plan together how the service will work.",
        CO_PICTURES[Co.DESIGN],
    ),
    Co.DELIVER: Plain(
        Co.DELIVER.label, "Doing it together", "We do the work together.", CO_PICTURES[Co.DELIVER]
    ),
    Co.ASSESS: Plain(
        Co.ASSESS.label,
        "Checking together how well it works",
        "We check together how well the service works.",
        CO_PICTURES[Co.ASSESS],
    ),
    Step.MAP: Plain(
        Step.MAP.label, "What we do now", "What do we already do together?", STEP_PICTURES[Step.MAP]
    ),
    Step.FOCUS: Plain(
        Step.FOCUS.label,
        "What matters most",
        "Which ideas will help the most?",
        STEP_PICTURES[Step.FOCUS],
    ),
    Step.PEOPLE: Plain(
        Step.PEOPLE.label, "Who can help", "Who can work with us?", STEP_PICTURES[Step.PEOPLE]
    ),
    Step.MARKET: Plain(
        Step.MARKET.label,
        "Answering worries",
        "Who is not sure? What can we tell them?",
        STEP_PICTURES[Step.MARKET],
    ),
    Step.GROW: Plain(
        Step.GROW.label,
        "Doing more",
        "What will we do? Who will do it? By when?",
        STEP_PICTURES[Step.GROW],
    ),
}


def plain_spans(key: Co | Step, number: int | None = None) -> Spans:
    """The plain words in bold, then the term in brackets: "Doing it together (Co-deliver)".
    With ``number`` (a step's place in the order): "1 What we do now (Map)"."""
    p = PLAIN[key]
    lead = f"{number} " if number is not None else ""
    return [(f"{lead}{p.words}", True), (f" ({p.term})", False)]


# --- lines that never break a word ----------------------------------------------------------

#: The smallest size a word too wide for its column is shrunk to. A word that would need
#: less (a web address of a hundred letters) cannot be read whole anyway: it is printed at
#: the text's own size and cut where a line is full, as in the other PDFs.
MIN_WORD_SIZE = 10.0
WORD_JOINER = "\u2060"
_LRM, _RLM = "\u200e", "\u200f"
#: The text engine may break a line after a hyphen, dash or slash inside a word
#: ("Co-" | "commission"); a word joiner after it (it prints nothing and is not
#: copied) keeps the word whole.
_BREAK_AFTER = re.compile(r"([-\u2010\u2013\u2014/])(?=\w)")
_TOKENS = re.compile(r"[^ ]+| +")


def glued(text: str) -> str:
    """``text`` with a word joiner after each hyphen, dash or slash inside a word, so that
    no line breaks there (easy read breaks lines only between words)."""
    return _BREAK_AFTER.sub(r"\1" + WORD_JOINER, text)


def _has_cjk(word: str) -> bool:
    """Chinese, Japanese and Korean may break between characters: not one word to shrink."""
    return any(
        0x2E80 <= ord(ch) <= 0x9FFF
        or 0xAC00 <= ord(ch) <= 0xD7AF
        or 0xF900 <= ord(ch) <= 0xFAFF
        or 0xFF00 <= ord(ch) <= 0xFFEF
        or 0x20000 <= ord(ch) <= 0x3FFFF
        for ch in word
    )


def _paragraphs(spans: Spans) -> list[Spans]:
    paragraphs: list[Spans] = [[]]
    for text, bold in spans:
        for k, part in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
            if k:
                paragraphs.append([])
            if part:
                paragraphs[-1].append((part, bold))
    return paragraphs


EasyLine = tuple[Line, TextStyle]


def easy_lines(content: str | Spans, style: TextStyle, width: float) -> list[EasyLine]:
    """``content`` in lines no wider than ``width``, each with the style it prints in.

    Lines break only between words (at spaces, and between CJK characters), never after a
    hyphen or slash inside a word. A word wider than ``width`` gets a line of its own in
    a smaller size that fits (every line keeps the style's line height)."""
    spans = [(content, False)] if isinstance(content, str) else list(content)
    spans = [(glued(text), bold) for text, bold in spans if text]
    out: list[EasyLine] = []
    for para in _paragraphs(spans):
        if not para:
            out.append((Line([], 0.0, False), style))
            continue
        wide = _too_wide(para, style, width)
        if not wide:
            out += [(line, style) for line in layout(para, style, width)]
        else:
            out += _lines_with_wide_words(para, wide, style, width)
    return out


@functools.lru_cache(maxsize=1)
def _widest_em() -> float:
    """The widest advance, in ems, of any character below U+2000 in any shipped font."""
    book = font_book()
    return (
        max(
            (
                w
                for face in book.faces.values()
                for cp, w in face.font.face.charWidths.items()
                if cp < 0x2000
            ),
            default=1000,
        )
        / 1000
    )


def _too_wide(para: Spans, style: TextStyle, width: float) -> dict[tuple[int, int], float]:
    """(span, start) -> width of each word wider than ``width``."""
    found: dict[tuple[int, int], float] = {}
    # A word of characters below U+2000 and fewer than this fits whatever they are, so it
    # need not be measured (most words; measuring them all doubled the time of a plan).
    short = int(width / (style.size * _widest_em() * 1.5))
    for i, (text, bold) in enumerate(para):
        word_style = style.replace(bold=style.bold or bold)
        for m in _TOKENS.finditer(text):
            word = m.group()
            if word[0] == " " or (len(word) <= short and max(word) < "\u2000") or _has_cjk(word):
                continue
            w = natural_width(word, word_style)
            if w > width + 0.01:
                found[(i, m.start())] = w
    return found


def _lines_with_wide_words(
    para: Spans, wide: dict[tuple[int, int], float], style: TextStyle, width: float
) -> list[EasyLine]:
    """Runs of ordinary words are laid out as usual; each wide word gets its own line."""
    whole = "".join(text for text, _ in para)
    # Laid out in pieces, every piece must keep the paragraph's direction (an Arabic
    # paragraph stays right-aligned where a piece starts with an English word, an English
    # one left-aligned where a piece starts with an Arabic word): an invisible mark leads.
    lead = ""
    if bidi.needs_bidi(whole):
        lead = _RLM if bidi.base_level(whole) == 1 else _LRM
    out: list[EasyLine] = []
    run: Spans = []

    def flush() -> None:
        if any(text.strip() for text, _ in run):
            out.extend(
                (line, style)
                for line in layout([(lead, False), *run] if lead else run, style, width)
            )
        run.clear()

    for i, (text, bold) in enumerate(para):
        for m in _TOKENS.finditer(text):
            w = wide.get((i, m.start()))
            if w is None:
                if run or not m.group().isspace():  # no line begins with a space
                    run.append((m.group(), bold))
                continue
            flush()
            word = lead + m.group()
            size = math.floor(style.size * width / w * 0.99 * 4) / 4
            if size >= MIN_WORD_SIZE:
                small = style.replace(size=size, leading=style.line_height)
                out.extend((line, small) for line in layout([(word, bold)], small, width))
            else:
                out.extend((line, style) for line in layout([(word, bold)], style, width))
    flush()
    return out


def draw_easy_lines(canv: Any, lines: list[EasyLine], x: float, top: float, width: float) -> float:
    """Draw lines from ``easy_lines`` with the top of the first at ``top``; their height."""
    y = top
    for line, style in lines:
        draw_lines(canv, [line], x, y, width, style)
        y -= style.line_height
    return top - y


def easy_text(
    canv: Any, content: str | Spans, style: TextStyle, x: float, top: float, width: float
) -> float:
    """Lay out and draw easy-read text on a canvas; returns its height."""
    return draw_easy_lines(canv, easy_lines(content, style, width), x, top, width)


# --- a picture on the left, words on the right ---------------------------------------------


@dataclass(frozen=True)
class Measures:
    """The sizes of easy-read blocks, from the look's body text."""

    heading: TextStyle
    body: TextStyle
    big_picture: float  # the Co of an action
    small_picture: float  # who, by when
    column: float  # the pictures' column, gap included
    row_gap: float
    block_gap: float


def measures(lk: Look) -> Measures:
    body = lk.body
    # On A4 the longest Co heading, "Deciding together what is needed (Co-commission)" at
    # 17 pt, fits on one line beside the pictures' column.
    return Measures(
        heading=lk.h3.replace(bold=False),
        body=body,
        big_picture=body.line_height * 2.3,
        small_picture=body.line_height * 1.5,
        column=body.line_height * 2.8,
        row_gap=body.line_height / 4,
        block_gap=body.line_height * 0.6,
    )


class PictureRow(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A picture and, to its right, paragraphs of easy-read text.

    The text is centred beside the picture when it is shorter, and starts at the picture's
    top when it is taller. A row taller than what is left of a page is split between lines
    (two lines at least at either end); the picture stays with the first part.
    """

    def __init__(
        self,
        picture: str | None,
        parts: list[tuple[str | Spans, TextStyle]],
        *,
        picture_size: float,
        column: float,
        picture_box: float | None = None,
        space_after: float = 0.0,
        part_gap: float = 0.0,
        lines: list[tuple[Line, TextStyle, float]] | None = None,
    ):
        super().__init__()
        self.picture = picture
        self.parts = parts
        self.picture_size = picture_size
        self.column = column
        #: Pictures are centred in a box this wide at the left (so small and big line up).
        self.picture_box = picture_box or picture_size
        self.part_gap = part_gap
        self.spaceAfter = space_after
        self._lines: list[tuple[Line, TextStyle, float]] = lines if lines is not None else []
        self._fixed = lines is not None
        self._for_width: float | None = None

    def _text_width(self, width: float) -> float:
        return max(width - self.column, 1.0)

    def lines_for(self, width: float) -> list[tuple[Line, TextStyle, float]]:
        """(line, style, space above it) for every line of every part."""
        if self._fixed or self._for_width == width:
            return self._lines
        lines: list[tuple[Line, TextStyle, float]] = []
        for k, (content, style) in enumerate(self.parts):
            for j, (line, st) in enumerate(easy_lines(content, style, self._text_width(width))):
                lines.append((line, st, self.part_gap if k and not j else 0.0))
        self._lines, self._for_width = lines, width
        return lines

    @staticmethod
    def _height_of(lines: Iterable[tuple[Line, TextStyle, float]]) -> float:
        return sum(st.line_height + gap for _, st, gap in lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (platypus names)
        lines = self.lines_for(availWidth)
        self.width = availWidth
        self.height = max(self._height_of(lines), self.picture_size if self.picture else 0.0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines_for(availWidth)
        if self.picture and self.picture_size > availHeight:
            return []
        used, fit = 0.0, 0
        for _, st, gap in lines:
            if used + gap + st.line_height > availHeight + 1e-6:
                break
            used += gap + st.line_height
            fit += 1
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        first = PictureRow(
            self.picture,
            self.parts,
            picture_size=self.picture_size,
            column=self.column,
            picture_box=self.picture_box,
            lines=lines[:fit],
        )
        rest_lines = [
            (line, st, 0.0 if k == 0 else gap) for k, (line, st, gap) in enumerate(lines[fit:])
        ]
        rest = PictureRow(
            None,
            self.parts,
            picture_size=self.picture_size,
            column=self.column,
            picture_box=self.picture_box,
            space_after=self.spaceAfter,
            lines=rest_lines,
        )
        return [first, rest]

    def draw(self) -> None:
        canv = self.canv
        if getattr(canv, "dry_run", False):
            return
        text_h = self._height_of(self._lines)
        if self.picture:
            draw_picture(
                canv,
                self.picture,
                (self.picture_box - self.picture_size) / 2,
                self.height - self.picture_size,
                self.picture_size,
            )
        top = self.height - max(self.height - text_h, 0.0) / 2
        width = self._text_width(self.width)
        for line, style, gap in self._lines:
            top -= gap
            draw_lines(canv, [line], self.column, top, width, style)
            top -= style.line_height


class Rule(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A thin line across the column between two blocks."""

    def __init__(self, space_before: float, space_after: float):
        super().__init__()
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = availWidth, 1.0
        return self.width, self.height

    def draw(self) -> None:
        if getattr(self.canv, "dry_run", False):
            return
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 0.5, self.width, 0.5)


# --- the action plan ------------------------------------------------------------------------

PLAN_MARGIN = 15 * mm


def _labelled(label: str, value: str) -> Spans:
    return [(label + " ", True), (value, False)]


def _status_sentence(action: Action, lk: Look) -> str:
    return {
        ActionStatus.DONE: lk.word("plan_done"),
        ActionStatus.IN_PROGRESS: lk.word("plan_started"),
    }.get(action.status, "")


def action_block(action: Action, lk: Look, rule_above: bool = False) -> list[Flowable]:
    """One action: the picture of its Co (our star when it has none) beside what we will
    do and the first step; a person beside who does it; a calendar beside by when. Its
    parts stay on one page when they can (with the rule that leads them)."""
    m = measures(lk)
    nothing = lk.word("plan_nothing_yet")
    parts: list[tuple[str | Spans, TextStyle]] = []
    if action.co:
        parts.append((plain_spans(action.co), m.heading))
    parts.append((_labelled(lk.word("plan_what"), action.action.strip() or nothing), m.body))
    if action.carried_from.strip():
        parts.append((lk.word("plan_carried").format(title=action.carried_from.strip()), m.body))
    parts.append((_labelled(lk.word("plan_first"), action.first_step.strip() or nothing), m.body))
    when: list[tuple[str | Spans, TextStyle]] = [
        (
            _labelled(
                lk.word("plan_when"), date_in_words(action.due.strip()) or lk.word("no_date")
            ),
            m.body,
        )
    ]
    status = _status_sentence(action, lk)
    if status:
        when.append((status, m.body))
    picture = PLAIN[action.co].picture if action.co else GENERAL
    rule = [Rule(0.0, m.block_gap)] if rule_above else []
    return [
        KeepTogether(
            [
                *rule,
                PictureRow(
                    picture,
                    parts,
                    picture_size=m.big_picture,
                    column=m.column,
                    space_after=m.row_gap,
                    part_gap=m.row_gap / 2,
                ),
                PictureRow(
                    PERSON,
                    [
                        (
                            _labelled(
                                lk.word("plan_who"), action.owner.strip() or lk.word("no_owner")
                            ),
                            m.body,
                        )
                    ],
                    picture_size=m.small_picture,
                    column=m.column,
                    picture_box=m.big_picture,
                    space_after=m.row_gap,
                ),
                PictureRow(
                    DATE,
                    when,
                    picture_size=m.small_picture,
                    column=m.column,
                    picture_box=m.big_picture,
                    part_gap=0.0,
                ),
            ]
        )
    ]


def easy_paragraphs(content: str | Spans, style: TextStyle, space_after: float = 0.0) -> PictureRow:
    """Easy-read text without a picture (titles, the opening sentences)."""
    return PictureRow(
        None, [(content, style)], picture_size=0.0, column=0.0, space_after=space_after
    )


def plan_story(data: WorkshopData, lk: Look, actions: list[Action]) -> list[Flowable]:
    """The easy-read plan: a title, who met where and when, then one block per action."""
    w = data.workshop
    m = measures(lk)
    story: list[Flowable] = [easy_paragraphs(lk.word("plan_title"), lk.title, lk.gap / 2)]
    title = w.title.strip()
    if title:
        story.append(easy_paragraphs(title, lk.h2, lk.gap))
    sentences = []
    if date_in_words(w.date.strip()):
        sentences.append(lk.word("plan_met_on").format(date=date_in_words(w.date.strip())))
    if w.venue.strip():
        sentences.append(lk.word("plan_met_at").format(venue=w.venue.strip()))
    if w.facilitator.strip():
        sentences.append(lk.word("plan_facilitator").format(name=w.facilitator.strip()))
    sentences.append(lk.word("plan_intro") if actions else lk.word("no_actions"))
    story.append(easy_paragraphs("\n".join(sentences), lk.body, m.block_gap))
    for k, action in enumerate(actions):
        if k:
            story.append(Spacer(1, m.block_gap))
        story += action_block(action, lk, rule_above=True)
    return story


def build_easy_action_plan(
    data: WorkshopData,
    out: BinaryIO,
    paper: str,
    lk: Look,
    actions: list[Action],
    progress: Progress,
) -> None:
    what = lk.word("plan_title")
    title = data.workshop.title.strip()
    # White space goes between the blocks rather than round the page: five actions of
    # a sentence or two each fit on two pages.
    lk = dataclasses.replace(lk, margin=PLAN_MARGIN)
    doc = PagedDocument(
        out,
        portrait(paper),
        lk,
        footer_text(data, what, True),
        f"{what} – {title}" if title else what,
        data.workshop.organisation,
        progress,
    )
    doc.build_story(plan_story(data, lk, actions))
