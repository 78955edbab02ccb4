"""Blank templates for groups that work on paper: a star poster, note cards, a worksheet.

One PDF, three pages of different sizes: the poster on A3 (Tabloid with US paper), the
cards and the worksheet on the chosen paper. If the workshop has a title and date they
are printed on each page; otherwise there is a line to write them on.

In easy read (report/easy_read.py) every page has pictures beside plain words and no
tables: the poster has a key that puts each Co and step in plain words beside its
picture; the cards (two to a page) have tick boxes with a picture and plain words; the
worksheet is three blocks to fill in, one for each action.
"""

from __future__ import annotations

from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from costar_desktop import __version__
from costar_desktop.core.model import Workshop, WorkshopData
from costar_desktop.core.star import CO_ORDER, STAR, STEP_ORDER
from costar_desktop.core.steps import STEP_GUIDES
from costar_desktop.report.easy_read import PLAIN, easy_lines, easy_text, measures, plain_spans
from costar_desktop.report.pages import Progress
from costar_desktop.report.pictures import DATE, GENERAL, PERSON, draw_picture
from costar_desktop.report.star_drawing import star_drawing
from costar_desktop.report.styles import (
    HEADER_FILL,
    INK,
    MUTED,
    POSTER_SIZES,
    RULE,
    Look,
    date_in_words,
    landscape_page,
    nice_date,
    portrait,
)
from costar_desktop.report.text import Spans, TextStyle, draw_lines, layout, natural_width


def _text(
    canv: Canvas, content: str | Spans, style: TextStyle, x: float, top: float, width: float
) -> float:
    """Draw wrapped text with its top edge at ``top``; returns its height."""
    return draw_lines(canv, layout(content, style, width), x, top, width, style)


def _workshop_line(
    canv: Canvas, w: Workshop, lk: Look, x: float, top: float, width: float
) -> float:
    """The workshop's title and date, or a line to write them on."""
    title = "" if w.title in ("", "Untitled workshop") else w.title.strip()
    if title and lk.easy:
        # The title, then the date in words on a line of its own; no word broken.
        when = date_in_words(w.date.strip())
        return easy_text(canv, f"{title}\n{when}" if when else title, lk.h3, x, top, width)
    if title:
        when = nice_date(w.date, lk.easy)
        return _text(canv, f"{title} · {when}" if when else title, lk.h3, x, top, width)
    label = f"{lk.word('workshop_line')}:"
    h = _text(canv, label, lk.body, x, top, width)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.8)
    start = x + natural_width(label, lk.body) + 8
    canv.line(start, top - h + 3, x + width * 0.65, top - h + 3)
    date_label = f"{lk.word('date')}:"
    dx = x + width * 0.68
    _text(canv, date_label, lk.body, dx, top, width * 0.1)
    canv.line(dx + natural_width(date_label, lk.body) + 8, top - h + 3, x + width, top - h + 3)
    return h


def _bookmark(canv: Canvas, key: str, title: str) -> None:
    canv.bookmarkPage(key)
    canv.addOutlineEntry(title, key, level=0)


def poster(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """The star on A3 landscape, with the five step questions underneath."""
    if lk.easy:
        return easy_poster(canv, data, paper, lk)
    w, h = landscape(POSTER_SIZES[paper])
    canv.setPageSize((w, h))
    _bookmark(canv, "poster", lk.word("poster_title"))
    m = 14 * mm
    top = h - m
    top -= (
        _text(
            canv,
            lk.word("poster_title"),
            lk.title.replace(size=lk.title.size * 1.2, leading=0),
            m,
            top,
            w - 2 * m,
        )
        + 4
    )
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 8
    question_style = lk.body.replace(size=max(lk.body.size, 11), leading=0)
    band = question_style.line_height * (5 if lk.easy else 4) + 10
    room = top - m - band
    shape = star_drawing(1.0, whole_canvas=False)
    scale = min((w - 2 * m) / shape.width, room / shape.height)
    drawing = star_drawing(
        shape.width * scale, whole_canvas=False, label_size=max(14.0, lk.body.size * 1.2)
    )
    renderPDF.draw(drawing, canv, (w - drawing.width) / 2, m + band)
    col = (w - 2 * m) / len(STEP_ORDER)
    for i, step in enumerate(STEP_ORDER):
        x = m + i * col
        head = question_style.replace(bold=True)
        used = _text(canv, f"{i + 1} {step.label}", head, x, m + band - 4, col - 10)
        _text(canv, STEP_GUIDES[step].question, question_style, x, m + band - 4 - used, col - 10)
    canv.showPage()


def _box(canv: Canvas, x: float, y: float, size: float) -> None:
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.9)
    canv.rect(x, y, size, size, stroke=1, fill=0)


def _tick_rows(
    label: str, options: list[str], width: float, style: TextStyle, box: float
) -> tuple[float, list[list[tuple[str, float, float]]]]:
    """Where the tick boxes go: ((label width, rows of (option, x, option width)))."""
    label_w = natural_width(label, style.replace(bold=True)) + 6
    rows: list[list[tuple[str, float, float]]] = [[]]
    x = label_w
    for option in options:
        ow = natural_width(option, style)
        if rows[-1] and x + box + 3 + ow > width:
            rows.append([])
            x = label_w
        rows[-1].append((option, x, ow))
        x += box + 3 + ow + 8
    return label_w, rows


def cards(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """A sheet of numbered note cards with tick boxes for the Co and the step."""
    if lk.easy:
        return easy_cards(canv, data, paper, lk)
    w, h = portrait(paper)
    canv.setPageSize((w, h))
    _bookmark(canv, "cards", lk.word("cards"))
    m = 12 * mm
    top = h - m
    top -= _text(canv, lk.word("cards"), lk.h2, m, top, w - 2 * m)
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 6
    cols, rows = (1, 3) if lk.easy else (2, 4)
    cw, ch = (w - 2 * m) / cols, (top - m) / rows
    small = lk.small.replace(colour=INK)
    box = small.size * 1.1
    for r in range(rows):
        for c in range(cols):
            n = r * cols + c + 1
            x, y_top = m + c * cw, top - r * ch
            canv.setDash(3, 3)
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.6)
            canv.rect(x + 3, y_top - ch + 3, cw - 6, ch - 6)
            canv.setDash()
            pad = 9
            inner = cw - 2 * pad
            number_style = lk.h2
            _text(canv, str(n), number_style, x + pad, y_top - pad, inner)
            groups = [
                (label, *_tick_rows(label, options, inner, small, box))
                for label, options in (
                    (lk.word("card_co"), [co.label for co in CO_ORDER]),
                    (lk.word("card_step"), [st.label for st in STEP_ORDER]),
                )
            ]
            footer_h = small.line_height * (sum(len(g[2]) for g in groups) + 1) + 8
            # Writing lines.
            line_gap = lk.body.line_height * 1.25
            y = y_top - pad - number_style.line_height - 4 - line_gap
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            while y > y_top - ch + footer_h + 4:
                canv.line(x + pad, y, x + cw - pad, y)
                y -= line_gap
            # Tick boxes: which Co, which step.
            fy = y_top - ch + footer_h
            bold_small = small.replace(bold=True)
            for label, label_w, rows_ in groups:
                _text(canv, label, bold_small, x + pad, fy, label_w + 2)
                for row in rows_:
                    for option, ox, ow in row:
                        bx = x + pad + ox
                        _box(
                            canv,
                            bx,
                            fy - small.line_height + (small.line_height - box) / 2 + 1,
                            box,
                        )
                        _text(canv, option, small, bx + box + 3, fy, ow + 2)
                    fy -= small.line_height
            _text(canv, lk.word("card_who") + ":", small.replace(colour=MUTED), x + pad, fy, inner)
    canv.showPage()


def worksheet(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """An empty action plan to fill in by hand."""
    if lk.easy:
        return easy_worksheet(canv, data, paper, lk)
    w, h = landscape_page(paper)
    canv.setPageSize((w, h))
    _bookmark(canv, "worksheet", lk.word("worksheet"))
    m = 14 * mm
    top = h - m
    top -= _text(canv, lk.word("worksheet"), lk.h1, m, top, w - 2 * m) + 2
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 10
    heads = [
        lk.word(k)
        for k in ("col_action", "col_first", "col_owner", "col_due", "col_co", "col_status")
    ]
    fractions = [30, 25, 15, 11, 10, 9]
    widths = [(w - 2 * m) * f / sum(fractions) for f in fractions]
    head_lines = max(
        len(layout(hd, lk.cell_head, cw - 2 * lk.cell_pad))
        for hd, cw in zip(heads, widths, strict=True)
    )
    head_h = lk.cell_head.line_height * head_lines + 2 * lk.cell_pad
    canv.setFillColor(HEADER_FILL)
    canv.rect(m, top - head_h, w - 2 * m, head_h, stroke=0, fill=1)
    x = m
    for head, cw in zip(heads, widths, strict=True):
        _text(canv, head, lk.cell_head, x + lk.cell_pad, top - lk.cell_pad, cw - 2 * lk.cell_pad)
        x += cw
    rows = 5 if lk.easy else 8
    row_h = (top - head_h - m) / rows
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.8)
    bottom = top - head_h - rows * row_h
    for k in range(rows + 2):
        y = top if k == 0 else top - head_h - (k - 1) * row_h
        canv.line(m, y, w - m, y)
    x = m
    for cw in [0.0] + widths:
        x += cw
        canv.line(x, top, x, bottom)
    canv.showPage()


# --- easy read ------------------------------------------------------------------------------


def _easy_height(content: str | Spans, style: TextStyle, width: float) -> float:
    return sum(st.line_height for _, st in easy_lines(content, style, width))


def _key_rows(lk: Look) -> list[tuple[str, list[tuple[str, Spans]]]]:
    """The poster's key: (heading, [(picture, paragraphs)]) for the Four Co's and the steps;
    each step with its question on a line of its own."""
    steps = [
        (PLAIN[st].picture, [*plain_spans(st, i + 1), ("\n" + PLAIN[st].sentence, False)])
        for i, st in enumerate(STEP_ORDER)
    ]
    return [
        (lk.word("key_cos"), [(PLAIN[co].picture, plain_spans(co)) for co in CO_ORDER]),
        (lk.word("key_steps"), steps),
    ]


def easy_poster(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """The star on the left; on the right a key: each Co and each step in plain words
    beside its picture, the steps with a simple question."""
    w, h = landscape(POSTER_SIZES[paper])
    canv.setPageSize((w, h))
    _bookmark(canv, "poster", lk.word("poster_title"))
    m = 14 * mm
    top = h - m
    top -= (
        easy_text(
            canv,
            lk.word("poster_title"),
            lk.title.replace(size=lk.title.size * 1.2, leading=0),
            m,
            top,
            w - 2 * m,
        )
        + 4
    )
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 16
    key_w = (w - 2 * m) * 0.42
    gap = 12
    # The largest type (20 pt down to the body's 16 pt) at which the key fits its column.
    for size in (20, 19, 18, 17, 16):
        style = lk.body.replace(size=size, leading=round(size * 1.45))
        head = style.replace(size=size + 4, leading=round((size + 4) * 1.4), bold=True)
        pic = style.line_height * 2
        text_w = key_w - pic - gap
        rows = _key_rows(lk)
        needed = sum(
            head.line_height
            + gap
            + sum(max(pic, _easy_height(c, style, text_w)) + gap for _, c in items)
            for _, items in rows
        )
        if needed <= top - m:
            break
    x = w - m - key_w
    y = top
    for heading, items in rows:
        y -= easy_text(canv, heading, head, x, y, key_w) + gap
        for name, content in items:
            text_h = _easy_height(content, style, text_w)
            row_h = max(pic, text_h)
            draw_picture(canv, name, x, y - pic, pic)
            easy_text(canv, content, style, x + pic + gap, y - max(row_h - text_h, 0) / 2, text_w)
            y -= row_h + gap
    star_w = w - 2 * m - key_w - 2 * gap
    room = top - m
    shape = star_drawing(1.0, whole_canvas=False)
    scale = min(star_w / shape.width, room / shape.height)
    # Words on the star as large as its step ring has room for (the key repeats them large).
    ring_size = 1.25 * 44 * shape.width * scale / STAR.star_rect()[2]
    drawing = star_drawing(shape.width * scale, whole_canvas=False, label_size=ring_size)
    renderPDF.draw(drawing, canv, m + (star_w - drawing.width) / 2, m + (room - drawing.height) / 2)
    canv.showPage()


def _option(
    canv: Canvas,
    name: str,
    content: str | Spans,
    style: TextStyle,
    x: float,
    top: float,
    width: float,
    box: float,
    pic: float,
    below: bool,
) -> None:
    """A tick box, a picture and its words: beside them, or (``below``) under them."""
    _box(canv, x, top - (pic + box) / 2, box)
    draw_picture(canv, name, x + box + 4, top - pic, pic)
    if below:
        easy_text(canv, content, style, x, top - pic - 4, width)
    else:
        left = box + pic + 12
        easy_text(canv, content, style, x + left, top, width - left)


def easy_cards(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """Two big note cards to a page. On each: its number and lines to write on; beside
    them, tick boxes for the way of working together; below, tick boxes for the step.
    Every box has a picture and plain words."""
    w, h = portrait(paper)
    canv.setPageSize((w, h))
    _bookmark(canv, "cards", lk.word("cards"))
    m = 12 * mm
    top = h - m
    top -= easy_text(canv, lk.word("cards"), lk.h2, m, top, w - 2 * m)
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 6
    option = lk.body.replace(leading=round(lk.body.size * 1.2))
    label = lk.body.replace(bold=True)
    box, pic, pad, gap = lk.body.size, lk.body.size * 1.75, 10, 6
    ch = (top - m) / 2
    inner = w - 2 * m - 2 * pad
    co_w = max(inner / 2, min(natural_width(lk.word("card_co"), label) + 4, inner * 0.56))
    co_text = co_w - box - pic - 16
    co_h = [max(pic, _easy_height(PLAIN[c].words, option, co_text)) + gap for c in CO_ORDER]
    step_w = inner / len(STEP_ORDER)
    step_words = [f"{i + 1} {PLAIN[st].words}" for i, st in enumerate(STEP_ORDER)]
    step_h = pic + 4 + max(_easy_height(t, option, step_w - 10) for t in step_words)
    for n in (1, 2):
        x, y_top = m, top - (n - 1) * ch
        canv.setDash(3, 3)
        canv.setStrokeColor(MUTED)
        canv.setLineWidth(0.6)
        canv.rect(x + 3, y_top - ch + 3, w - 2 * m - 6, ch - 6)
        canv.setDash()
        left = x + pad
        # At the bottom, across the card: which step.
        y = y_top - ch + pad + step_h
        for i, (st, words) in enumerate(zip(STEP_ORDER, step_words, strict=True)):
            _option(
                canv,
                PLAIN[st].picture,
                words,
                option,
                left + i * step_w,
                y,
                step_w - 10,
                box,
                pic,
                True,
            )
        y += label.line_height
        easy_text(canv, lk.word("card_step"), label, left, y, inner)
        y += gap * 2
        # Top right: which way of working together.
        co_x = left + inner - co_w
        cy = y_top - pad
        cy -= easy_text(canv, lk.word("card_co"), label, co_x, cy, co_w)
        for co, row_h in zip(CO_ORDER, co_h, strict=True):
            _option(
                canv, PLAIN[co].picture, PLAIN[co].words, option, co_x, cy, co_w, box, pic, False
            )
            cy -= row_h
        # Top left: the number, lines to write on, and the writer's name.
        write_w = co_x - left - 16
        number_h = easy_text(canv, str(n), lk.h2, left, y_top - pad, write_w)
        name = lk.word("card_who") + ":"
        easy_text(canv, name, lk.body.replace(colour=MUTED), left, y + lk.body.line_height, write_w)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        line_gap = lk.body.line_height * 1.3
        ly = y_top - pad - number_h - line_gap
        while ly > y + lk.body.line_height + 8:
            canv.line(left, ly, left + write_w, ly)
            ly -= line_gap
    canv.showPage()


def _write_line(canv: Canvas, x0: float, x1: float, y: float) -> None:
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.8)
    canv.line(x0, y, x1, y)


def easy_worksheet(canv: Canvas, data: WorkshopData, paper: str, lk: Look) -> None:
    """Three actions to fill in, each a block: our star beside "What we will do:" and
    "First step:" with lines to write on; a person beside "Who:" and a calendar beside
    "By when:". No table."""
    w, h = portrait(paper)
    canv.setPageSize((w, h))
    _bookmark(canv, "worksheet", lk.word("worksheet"))
    m = 14 * mm
    top = h - m
    top -= easy_text(canv, lk.word("worksheet"), lk.h1, m, top, w - 2 * m) + 2
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 10
    ms = measures(lk)
    label = lk.body.replace(bold=True)
    blocks = 3
    bh = (top - m) / blocks
    text_x = m + ms.column
    right = w - m
    small = ms.small_picture
    for b in range(blocks):
        y = top - b * bh
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.8)
        canv.line(m, y, right, y)
        y -= ms.row_gap * 2
        draw_picture(canv, GENERAL, m, y - ms.big_picture, ms.big_picture)
        bottom = top - (b + 1) * bh + ms.row_gap * 2
        # Who and by when share the block's last row, side by side.
        half = (right - m) / 2
        for k, (name, key) in enumerate(((PERSON, "plan_who"), (DATE, "plan_when"))):
            x = m + k * half
            draw_picture(canv, name, x + (ms.big_picture - small) / 2, bottom, small)
            word = lk.word(key)
            lx = x + ms.column
            easy_text(
                canv, word, label, lx, bottom + (small + label.line_height) / 2, half - ms.column
            )
            baseline = bottom + small / 2 - label.size * 0.4
            _write_line(canv, lx + natural_width(word, label) + 8, x + half - 16, baseline)
        # What we will do, and the first step: lines to write on in what is left.
        room = y - (bottom + small + ms.row_gap)
        line_gap = min((room - 2 * label.line_height) / 3, lk.body.line_height * 1.6)
        for key, lines in (("plan_what", 2), ("plan_first", 1)):
            y -= easy_text(canv, lk.word(key), label, text_x, y, right - text_x)
            for _ in range(lines):
                y -= line_gap
                _write_line(canv, text_x, right, y)
            y -= ms.row_gap
    canv.showPage()


def build_templates(
    data: WorkshopData, out: BinaryIO, paper: str, lk: Look, progress: Progress
) -> None:
    canv = Canvas(out, pagesize=portrait(paper), invariant=1)
    canv.setTitle(lk.word("templates"))
    canv.setCreator(f"CoStar Desktop {__version__}")
    canv.showOutline()
    pages = (poster, cards, worksheet)
    progress.total = len(pages)
    for page in pages:
        page(canv, data, paper, lk)
        progress.step()
    canv.save()
