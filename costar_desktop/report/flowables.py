"""Platypus building blocks that print through our text engine: text, headings, tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from costar_desktop.report.styles import HEADER_FILL, RULE, ZEBRA
from costar_desktop.report.text import Line, Spans, TextStyle, draw_lines, layout


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A block of text in any script that wraps to the frame and splits between pages."""

    def __init__(
        self,
        content: str | Spans,
        style: TextStyle,
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
        indent: float = 0.0,
        lines: list[Line] | None = None,
    ):
        super().__init__()
        self.content = content
        self.style = style
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.indent = indent
        self._lines: list[Line] = lines if lines is not None else []
        self._fixed = lines is not None
        self._width = 0.0

    def lines_for(self, width: float) -> list[Line]:
        if not self._fixed:
            self._lines = layout(self.content, self.style, max(width - self.indent, 1.0))
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (platypus names)
        self._width = availWidth
        lines = self.lines_for(availWidth)
        self.width, self.height = availWidth, len(lines) * self.style.line_height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lines = self.lines_for(availWidth)
        fit = int((availHeight + 1e-6) // self.style.line_height)
        # Two lines at least at either end: a block of three lines or fewer moves whole, and
        # the first part never holds more lines than there is room for (it did when only
        # one line fitted: platypus then stopped with "Splitting error(n==2)").
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        first = TextBlock(
            self.content,
            self.style,
            space_before=self.spaceBefore,
            indent=self.indent,
            lines=lines[:fit],
        )
        rest = TextBlock(
            self.content,
            self.style,
            space_after=self.spaceAfter,
            indent=self.indent,
            lines=lines[fit:],
        )
        return [first, rest]

    def draw(self) -> None:
        draw_lines(
            self.canv, self._lines, self.indent, self.height, self._width - self.indent, self.style
        )


@dataclass
class Sections:
    """Section headings of one document and the pages they landed on (for contents).

    Each title is (key, heading) or (key, heading, level): level 1 and below are
    indented under the section before them.
    """

    titles: Sequence[tuple[str, str] | tuple[str, str, int]] = field(default_factory=list)
    pages: dict[str, int] = field(default_factory=dict)


class Heading(TextBlock):
    """A section heading: starts a PDF bookmark and an outline entry, and records its page."""

    def __init__(
        self,
        text: str,
        style: TextStyle,
        key: str,
        level: int,
        sections: Sections | None,
        *,
        space_before: float = 0.0,
        space_after: float = 0.0,
    ):
        super().__init__(text, style, space_before=space_before, space_after=space_after)
        self.key = key
        self.level = level
        self.sections = sections
        self.keepWithNext = True

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return []  # a heading never breaks across pages

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 4)
        # A bookmark is plain text: without the word joiners that keep easy read's words whole.
        text = (
            self.content if isinstance(self.content, str) else "".join(t for t, _ in self.content)
        )
        title = text.replace("\u2060", "")
        canv.addOutlineEntry(title, self.key, level=self.level, closed=self.level > 0)
        if self.sections is not None:
            self.sections.pages[self.key] = canv.getPageNumber()
        super().draw()


@dataclass
class Row:
    cells: list[Flowable | None]
    #: "data", or "group" for a title row that spans the whole table
    kind: str = "data"
    fill: str | None = None


class GridTable(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A table of text cells with the header repeated on every page it runs over.

    A row that does not fit at the bottom of a page moves to the next one; a row that is
    first and still does not fit (taller than what is left of a page) is split between
    pages, each cell at a line. A group title row is never left alone at the bottom of a
    page.
    """

    def __init__(
        self,
        widths: Sequence[float],
        header: list[Flowable],
        rows: list[Row],
        pad: float,
        *,
        zebra: bool = True,
        space_after: float = 0.0,
    ):
        super().__init__()
        self.fractions = widths
        self.header = header
        self.rows = rows
        self.pad = pad
        self.zebra = zebra
        self.spaceAfter = space_after
        self._heights: list[float] = []
        self._head_h = 0.0
        self._cols: list[float] = []
        self._wrapped_for: float | None = None

    def _columns(self, width: float) -> list[float]:
        total = sum(self.fractions)
        return [width * f / total for f in self.fractions]

    def _row_height(self, cells: list[Flowable | None], kind: str) -> float:
        if kind == "group":
            cell = cells[0]
            assert cell is not None  # a group row's one cell is its title
            title_h: float = cell.wrap(sum(self._cols) - 2 * self.pad, 1e6)[1]
            return title_h + 2 * self.pad
        h = 0.0
        # A row has a cell (or None) per column; as ever, a short row leaves the rest blank.
        for cell, w in zip(cells, self._cols, strict=False):
            if cell is not None:
                h = max(h, cell.wrap(w - 2 * self.pad, 1e6)[1])
        return h + 2 * self.pad

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._wrapped_for != availWidth:  # row heights depend on the width only
            self._cols = self._columns(availWidth)
            self._head_h = self._row_height(self.header, "data") if self.header else 0.0
            self._heights = [self._row_height(r.cells, r.kind) for r in self.rows]
            self._wrapped_for = availWidth
        self.width, self.height = availWidth, self._head_h + sum(self._heights)
        return self.width, self.height

    def _part(self, rows: list[Row], heights: list[float] | None = None) -> GridTable:
        part = GridTable(
            self.fractions,
            self.header,
            rows,
            self.pad,
            zebra=self.zebra,
            space_after=self.spaceAfter,
        )
        if heights is not None:
            part._cols, part._head_h, part._heights = self._cols, self._head_h, heights
            part._wrapped_for = self._wrapped_for
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        room = availHeight - self._head_h
        used, fit = 0.0, 0
        for h in self._heights:
            if used + h > room:
                break
            used += h
            fit += 1
        while fit > 0 and self.rows[fit - 1].kind == "group":
            fit -= 1
        if fit == 0:
            return self._split_first_row(room)
        if fit >= len(self.rows):
            return []
        return [
            self._part(self.rows[:fit], self._heights[:fit]),
            self._part(self.rows[fit:], self._heights[fit:]),
        ]

    def _split_first_row(self, room: float) -> list[Flowable]:
        """Break the first data row between pages, cell by cell, below the group title
        rows that lead it (a title is kept with its first row). A title taller than half
        the room may end a page alone, and one taller than the room is split itself."""
        lead = 0
        while lead < len(self.rows) - 1 and self.rows[lead].kind == "group":
            lead += 1
        lead_h = sum(self._heights[:lead])
        cut = None
        if room - lead_h >= 3 * self.pad + 30:
            cut = self._split_row(self.rows[lead], room - lead_h)
        if cut is None and lead:
            if lead_h <= room < 2 * lead_h:
                # A title taller than half the room that leaves no two lines for its row
                # (a name of hundreds of characters): it may end a page alone.
                return [
                    self._part(self.rows[:lead], self._heights[:lead]),
                    self._part(self.rows[lead:], self._heights[lead:]),
                ]
            lead, lead_h = 0, 0.0
            cut = self._split_row(self.rows[0], room)
        if cut is None:
            return []
        (head, head_h), (tail, tail_h) = cut
        return [
            self._part(self.rows[:lead] + [head], self._heights[:lead] + [head_h]),
            self._part([tail] + self.rows[lead + 1 :], [tail_h] + self._heights[lead + 1 :]),
        ]

    def _split_row(
        self, row: Row, room: float
    ) -> tuple[tuple[Row, float], tuple[Row, float]] | None:
        """The row's first part, no taller than ``room``, and the rest, each with its
        height; None if a cell that does not fit cannot be split there."""
        widths = [sum(self._cols)] if row.kind == "group" else self._cols
        heads: list[Flowable | None] = []
        tails: list[Flowable | None] = []
        head_h = tail_h = 0.0
        # A group row's one cell spans the table; a data row's, as above, may be short.
        for cell, w in zip(row.cells, widths, strict=False):
            if cell is None:
                heads.append(None)
                tails.append(None)
                continue
            inner = w - 2 * self.pad
            h = cell.wrap(inner, 1e6)[1]
            if h <= room - 2 * self.pad:
                heads.append(cell)
                tails.append(None)
                head_h = max(head_h, h)
                continue
            parts = cell.split(inner, room - 2 * self.pad)
            if len(parts) != 2:
                return None
            heads.append(parts[0])
            tails.append(parts[1])
            head_h = max(head_h, parts[0].wrap(inner, 1e6)[1])
            tail_h = max(tail_h, parts[1].wrap(inner, 1e6)[1])
        if all(t is None for t in tails):
            return None
        return (
            (Row(heads, row.kind, row.fill), head_h + 2 * self.pad),
            (Row(tails, row.kind, row.fill), tail_h + 2 * self.pad),
        )

    def draw(self) -> None:
        canv = self.canv
        if getattr(canv, "dry_run", False):
            return
        y = self.height
        width = sum(self._cols)
        if self.header:
            self._draw_row(self.header, "data", y, self._head_h, HEADER_FILL, bold_rule=True)
            y -= self._head_h
        for i, (row, h) in enumerate(zip(self.rows, self._heights, strict=True)):
            fill = row.fill or (ZEBRA if self.zebra and i % 2 and row.kind == "data" else None)
            self._draw_row(row.cells, row.kind, y, h, fill)
            y -= h
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(0, y, width, y)

    def _draw_row(
        self,
        cells: list[Flowable | None],
        kind: str,
        top: float,
        h: float,
        fill: str | None,
        bold_rule: bool = False,
    ) -> None:
        canv = self.canv
        width = sum(self._cols)
        if fill:
            canv.setFillColor(fill)
            canv.rect(0, top - h, width, h, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(1.0 if bold_rule else 0.6)
        canv.line(0, top, width, top)
        if kind == "group":
            title = cells[0]
            assert title is not None  # a group row's one cell is its title
            title.wrap(width - 2 * self.pad, 1e6)
            title.drawOn(canv, self.pad, top - self.pad - title.height)
            return
        x = 0.0
        for cell, w in zip(cells, self._cols, strict=False):  # a short row: see _row_height
            if cell is not None:
                cell.wrap(w - 2 * self.pad, 1e6)
                cell.drawOn(canv, x + self.pad, top - self.pad - cell.height)
            x += w


class Contents(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """The table of contents: one line per section with its page, each a link."""

    def __init__(self, sections: Sections, style: TextStyle, space_after: float = 0.0):
        super().__init__()
        self.sections = sections
        self.style = style
        self.spaceAfter = space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = len(self.sections.titles) * self.style.line_height
        return self.width, self.height

    def draw(self) -> None:
        canv = self.canv
        lh = self.style.line_height
        number_w = self.style.size * 3
        top = self.height
        for key, title, *level in self.sections.titles:
            page = self.sections.pages.get(key)
            indent = self.style.size * 1.5 * (level[0] if level else 0)
            room = self.width - number_w - indent
            title_lines = layout(title, self.style, room)[:1]
            draw_lines(canv, title_lines, indent, top, room, self.style)
            number = layout(str(page) if page else "", self.style, number_w)
            draw_lines(
                canv, number, self.width - number_w, top, number_w, self.style.replace(align="end")
            )
            canv.setStrokeColor(RULE)
            canv.setDash(1, 2)
            canv.setLineWidth(0.5)
            left = indent + (title_lines[0].width if title_lines else 0) + 4
            canv.line(left, top - lh + 4, self.width - number_w, top - lh + 4)
            canv.setDash()
            canv.linkRect("", key, (0, top - lh, self.width, top), relative=1, thickness=0)
            top -= lh


class DrawingBlock(Flowable):  # type: ignore[misc]  # reportlab has no type information
    """A reportlab graphics drawing (drawn only on the final pass)."""

    def __init__(self, drawing: Any, space_after: float = 0.0):  # a reportlab Drawing
        super().__init__()
        self.drawing = drawing
        self.spaceAfter = space_after

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = self.drawing.width, self.drawing.height
        return self.width, self.height

    def draw(self) -> None:
        if not getattr(self.canv, "dry_run", False):
            self.drawing.drawOn(self.canv, 0, 0)
