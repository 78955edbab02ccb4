"""The star in the report: the canvas's Co colours, and every note's number readable.

An organiser compared the printed star of a real workshop with the screen: the Four Co's
had other colours on paper, and where notes overlapped some numbers (1, 5 and 12) were
hidden under other notes or printed over each other.
"""

from __future__ import annotations

import itertools
import random

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import HexColor

from costar_desktop.core import themes
from costar_desktop.core.model import Co, Note, Step, Workshop, WorkshopData
from costar_desktop.core.star import CO_ORDER, STAR, point_at
from costar_desktop.report.star_drawing import star_drawing
from costar_desktop.report.workshop_report import note_numbers

WIDTH = 510.0  # the star's width in the A4 report (the page less its margins)
PALETTE = ["yellow", "orange", "sky", "green", "blue", "red", "pink", "white"]


def _region_point(co: Co) -> tuple[float, float]:
    """A point well inside a Co's area (star units): halfway between the step ring and
    the valleys, on the Co's middle bearing, away from any name."""
    return point_at(STAR.co_centre_bearing(co), (STAR.step_ring_outer + STAR.valley_radius) / 2)


def _to_drawing(x: float, y: float, width: float = WIDTH) -> tuple[float, float]:
    left, top, w, h = STAR.canvas_rect()
    scale = width / w
    return (x - left) * scale, (top + h - y) * scale


def _pixel(path, x: float, y: float, height: float, dpi: int = 72) -> str:
    """The colour PDFium paints at drawing point (x, y) of a one-page PDF (y up)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        pdf.close()
    r, g, b = image.getpixel((round(x * dpi / 72), round((height - y) * dpi / 72)))
    return f"#{r:02x}{g:02x}{b:02x}"


# --- the Co colours ----------------------------------------------------------------------


def test_the_printed_star_fills_each_co_with_the_canvas_colour():
    drawing = star_drawing(WIDTH)
    fills = {}
    for item in drawing.contents:
        if isinstance(item, Polygon) and item.fillColor is not None:
            first = (item.points[0], item.points[1])
            for co in CO_ORDER:
                expected = _to_drawing(*STAR.co_region(co)[0])
                if abs(first[0] - expected[0]) < 1e-6 and abs(first[1] - expected[1]) < 1e-6:
                    fills[co] = item.fillColor
    assert set(fills) == set(CO_ORDER)
    for co in CO_ORDER:
        assert fills[co] == HexColor(themes.DEFAULT.co_fills[co]), co.label


def test_paper_and_screen_paint_each_co_in_the_same_colour(tmp_path, qapp, monkeypatch):
    """Both painted for real and read back pixel by pixel: the canvas's StarItem (Qt, in
    the default look) and the PDF's star (rendered by PDFium)."""
    pytest.importorskip("PySide6")
    from PySide6.QtGui import QColor, QImage, QPainter

    from costar_desktop.ui.canvas import style
    from costar_desktop.ui.canvas.star_item import StarItem

    monkeypatch.setattr(style, "theme", lambda: themes.DEFAULT)  # the look the app starts in
    left, top, w, h = STAR.canvas_rect()
    scale = 0.25
    image = QImage(int(w * scale), int(h * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#000000"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-left, -top)
    StarItem(STAR).paint(painter, None)
    painter.end()

    path = tmp_path / "star.pdf"
    drawing = star_drawing(WIDTH)
    renderPDF.drawToFile(drawing, str(path))
    for co in CO_ORDER:
        x, y = _region_point(co)
        screen = image.pixelColor(int((x - left) * scale), int((y - top) * scale)).name()
        paper = _pixel(path, *_to_drawing(x, y), drawing.height)
        assert screen == paper == themes.DEFAULT.co_fills[co], (co.label, screen, paper)


def test_notes_print_in_the_colours_the_canvas_gives_them():
    notes = [
        Note(id=f"n{i}", text=key, colour=key, x=-1400 + 200 * i, y=-900)
        for i, key in enumerate(PALETTE)
    ]
    drawing = star_drawing(WIDTH, WorkshopData(Workshop(), [], notes), {})
    group = [item for item in drawing.contents if isinstance(item, Group)][-1]
    cards = [item for item in group.contents if isinstance(item, Rect)]
    for card, key in zip(cards, PALETTE, strict=True):
        assert card.fillColor == HexColor(themes.note_colours(themes.DEFAULT, key)[0]), key


# --- numbers that can be read ------------------------------------------------------------


def pile(count: int = 30, spread: float = 60.0, seed: int = 4) -> WorkshopData:
    """``count`` notes heaped in one Co, each within ``spread`` star units of the same place."""
    rng = random.Random(seed)
    x, y = point_at(
        STAR.co_centre_bearing(Co.DESIGN), (STAR.step_ring_outer + STAR.valley_radius) / 2
    )
    notes = [
        Note(
            id=f"n{i:02d}",
            text=f"Idea {i + 1} for peer support",
            colour=PALETTE[i % 8],
            x=x + rng.uniform(-spread, spread),
            y=y + rng.uniform(-spread, spread),
            co=Co.DESIGN,
            step=Step.MAP,
            created=f"2026-11-26T09:{i:02d}:00.000Z",
        )
        for i in range(count)
    ]
    return WorkshopData(Workshop(title="A crowded board"), [], notes)


def _numbers_group(drawing) -> Group:
    notes = [item for item in drawing.contents if isinstance(item, Group)][-1]
    return [item for item in notes.contents if isinstance(item, Group)][-1]


@pytest.mark.parametrize("count, spread", [(30, 60.0), (12, 10.0), (45, 200.0)])
def test_no_number_hides_another_and_each_is_joined_to_its_note(count, spread):
    from costar_desktop.report.star_drawing import number_labels
    from costar_desktop.report.star_labels import Box

    data = pile(count, spread)
    numbers = note_numbers(data)
    labels = number_labels(WIDTH, data, numbers)
    assert [lb.number for lb in labels] == [str(i) for i in range(1, count + 1)]
    assert not any(lb.crowded for lb in labels)
    drawing = star_drawing(WIDTH, data, numbers)
    page = Box(0, 0, drawing.width, drawing.height)
    for a, b in itertools.combinations(labels, 2):
        assert not a.box.overlaps(b.box), (a.number, b.number)
    cards = {lb.note_id: lb.card for lb in labels}
    order = [n.id for n in data.notes]
    for lb in labels:
        assert lb.box.within(page), lb.number
        assert lb.card.contains(*lb.anchor), lb.number  # the leader ends on its own card
        if not lb.leader:
            # Printed on its own card, where no note drawn after it lies.
            assert lb.box.within(lb.card), lb.number
            later = order[order.index(lb.note_id) + 1 :]
            assert not any(cards[k].overlaps(lb.box) for k in later), lb.number

    # The drawing prints exactly these: each number centred in its box, over every card,
    # and a leader line from the box's edge to the note for each number moved aside.
    group = _numbers_group(drawing)
    strings = {s.text: s for s in group.contents if isinstance(s, String)}
    lines = [
        (round(i.x1, 6), round(i.y1, 6), round(i.x2, 6), round(i.y2, 6))
        for i in group.contents
        if isinstance(i, Line)
    ]
    dots = [(round(i.cx, 6), round(i.cy, 6)) for i in group.contents if isinstance(i, Circle)]
    for lb in labels:
        s = strings[lb.number]
        assert abs(s.x - lb.box.centre[0]) < 1e-6 and lb.box.y0 < s.y < lb.box.centre[1]
        if lb.leader:
            (x0, y0), (x1, y1) = lb.leader_start, lb.anchor
            assert (round(x0, 6), round(y0, 6), round(x1, 6), round(y1, 6)) in lines, lb.number
            assert (round(x1, 6), round(y1, 6)) in dots, lb.number
            edge = lb.box
            assert (
                min(abs(x0 - edge.x0), abs(x0 - edge.x1), abs(y0 - edge.y0), abs(y0 - edge.y1))
                < 1e-6
            )
    assert len(lines) == sum(lb.leader for lb in labels)
    notes_group = [item for item in drawing.contents if isinstance(item, Group)][-1]
    assert notes_group.contents[-1] is group  # the numbers are drawn last, over every card


def test_the_printed_numbers_can_each_be_found_apart(tmp_path):
    """Read back from the PDF itself (PDFium's boxes of the printed characters): thirty
    notes in one heap give thirty separate numbers whose glyphs do not touch."""
    import pypdfium2 as pdfium

    data = pile(30, 60.0)
    drawing = star_drawing(WIDTH, data, note_numbers(data), step_labels=False)  # no other digits
    path = tmp_path / "star.pdf"
    renderPDF.drawToFile(drawing, str(path))
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = pdf[0].get_textpage()
        runs: list[tuple[str, list]] = []
        current = ""
        boxes: list = []
        for i in range(text.count_chars()):
            ch = text.get_text_range(i, 1)
            if ch.isdigit():
                current += ch
                boxes.append(text.get_charbox(i))
            elif current:
                runs.append((current, boxes))
                current, boxes = "", []
        if current:
            runs.append((current, boxes))
    finally:
        pdf.close()
    assert sorted(r for r, _ in runs) == sorted(str(i) for i in range(1, 31))
    # (left, bottom, right, top) of each number's glyphs
    glyphs = [
        (
            r,
            (
                min(b[0] for b in bs),
                min(b[1] for b in bs),
                max(b[2] for b in bs),
                max(b[3] for b in bs),
            ),
        )
        for r, bs in runs
    ]
    for (ra, a), (rb, b) in itertools.combinations(glyphs, 2):
        apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        assert apart, (ra, rb)


def test_the_sample_keeps_every_number_on_its_card():
    """Where nothing overlaps, nothing moves: the sample's numbers sit on their notes."""
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.report.star_drawing import number_labels

    data = demo_workshop()
    labels = number_labels(WIDTH, data, note_numbers(data))
    assert labels and not any(lb.leader or lb.crowded for lb in labels)
    for lb in labels:
        assert lb.box.within(lb.card)
