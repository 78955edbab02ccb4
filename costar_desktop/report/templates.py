"""Blank templates for groups that work on paper: a star poster, note cards, a worksheet.

One PDF, three pages of different sizes: the poster on A3 (Tabloid with US paper), the
cards and the worksheet on the chosen paper. If the workshop has a title and date they
are printed on each page; otherwise there is a line to write them on.
"""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from costar_desktop import __version__
from costar_desktop.core.model import Workshop, WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.core.steps import STEP_GUIDES
from costar_desktop.report.star_drawing import star_drawing
from costar_desktop.report.styles import (
    HEADER_FILL, INK, MUTED, POSTER_SIZES, RULE, Look, landscape_page, nice_date, portrait,
)
from costar_desktop.report.text import TextStyle, draw_lines, layout, natural_width


def _text(canv, content, style: TextStyle, x: float, top: float, width: float) -> float:
    """Draw wrapped text with its top edge at ``top``; returns its height."""
    return draw_lines(canv, layout(content, style, width), x, top, width, style)


def _workshop_line(canv, w: Workshop, lk: Look, x: float, top: float, width: float) -> float:
    """The workshop's title and date, or a line to write them on."""
    title = "" if w.title in ("", "Untitled workshop") else w.title.strip()
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


def _bookmark(canv, key: str, title: str) -> None:
    canv.bookmarkPage(key)
    canv.addOutlineEntry(title, key, level=0)


def poster(canv, data: WorkshopData, paper: str, lk: Look) -> None:
    """The star on A3 landscape, with the five step questions underneath."""
    w, h = landscape(POSTER_SIZES[paper])
    canv.setPageSize((w, h))
    _bookmark(canv, "poster", lk.word("poster_title"))
    m = 14 * mm
    top = h - m
    top -= _text(canv, lk.word("poster_title"), lk.title.replace(size=lk.title.size * 1.2, leading=0),
                 m, top, w - 2 * m) + 4
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 8
    question_style = lk.body.replace(size=max(lk.body.size, 11), leading=0)
    band = question_style.line_height * (5 if lk.easy else 4) + 10
    room = top - m - band
    shape = star_drawing(1.0, whole_canvas=False)
    scale = min((w - 2 * m) / shape.width, room / shape.height)
    drawing = star_drawing(shape.width * scale, whole_canvas=False, label_size=max(14.0, lk.body.size * 1.2))
    renderPDF.draw(drawing, canv, (w - drawing.width) / 2, m + band)
    col = (w - 2 * m) / len(STEP_ORDER)
    for i, step in enumerate(STEP_ORDER):
        x = m + i * col
        head = question_style.replace(bold=True)
        used = _text(canv, f"{i + 1} {step.label}", head, x, m + band - 4, col - 10)
        _text(canv, STEP_GUIDES[step].question, question_style, x, m + band - 4 - used, col - 10)
    canv.showPage()


def _box(canv, x: float, y: float, size: float) -> None:
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.9)
    canv.rect(x, y, size, size, stroke=1, fill=0)


def _tick_rows(label: str, options: list[str], width: float, style: TextStyle, box: float):
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


def cards(canv, data: WorkshopData, paper: str, lk: Look) -> None:
    """A sheet of numbered note cards with tick boxes for the Co and the step."""
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
            groups = [(label, *_tick_rows(label, options, inner, small, box)) for label, options in (
                (lk.word("card_co"), [co.label for co in CO_ORDER]),
                (lk.word("card_step"), [st.label for st in STEP_ORDER]))]
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
                        _box(canv, bx, fy - small.line_height + (small.line_height - box) / 2 + 1, box)
                        _text(canv, option, small, bx + box + 3, fy, ow + 2)
                    fy -= small.line_height
            _text(canv, lk.word("card_who") + ":", small.replace(colour=MUTED), x + pad, fy, inner)
    canv.showPage()


def worksheet(canv, data: WorkshopData, paper: str, lk: Look) -> None:
    """An empty action plan to fill in by hand."""
    w, h = landscape_page(paper)
    canv.setPageSize((w, h))
    _bookmark(canv, "worksheet", lk.word("worksheet"))
    m = 14 * mm
    top = h - m
    top -= _text(canv, lk.word("worksheet"), lk.h1, m, top, w - 2 * m) + 2
    top -= _workshop_line(canv, data.workshop, lk, m, top, w - 2 * m) + 10
    heads = [lk.word(k) for k in ("col_action", "col_first", "col_owner", "col_due", "col_co",
                                  "col_status")]
    fractions = [30, 25, 15, 11, 10, 9]
    widths = [(w - 2 * m) * f / sum(fractions) for f in fractions]
    head_lines = max(len(layout(hd, lk.cell_head, cw - 2 * lk.cell_pad)) for hd, cw in zip(heads, widths))
    head_h = lk.cell_head.line_height * head_lines + 2 * lk.cell_pad
    canv.setFillColor(HEADER_FILL)
    canv.rect(m, top - head_h, w - 2 * m, head_h, stroke=0, fill=1)
    x = m
    for head, cw in zip(heads, widths):
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


def build_templates(data: WorkshopData, out, paper: str, lk: Look, progress) -> None:
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
