"""The page machinery every paged PDF shares: pages of one size with a footer (title, what
this is, page N of M), the page total drawn once it is known, and progress while drawing.

The builders (action_plan, workshop_report, easy_read) import this; build.py only chooses
the builder and writes the result, so nothing here imports a builder (no import cycle).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from costar_desktop import __version__
from costar_desktop.core.model import WorkshopData
from costar_desktop.report.styles import RULE, Look, nice_date
from costar_desktop.report.text import Line, TextStyle, draw_lines, layout, natural_width

ProgressCallback = Callable[[float], None]
# Binary streams: ASCII85 only makes files bigger, and reportlab's pure-Python encoder is slow.
rl_config.useA85 = 0
_TOTAL_FORM = "costarPageTotal"


class _Canvas(Canvas):  # type: ignore[misc]  # reportlab has no type information
    """A canvas that prints the number of pages once it knows it (a form drawn at the end)."""

    footer_style: TextStyle = TextStyle()

    def save(self) -> None:
        total = str(max(self.getPageNumber() - 1, 1))
        style = self.footer_style
        self.beginForm(
            _TOTAL_FORM,
            lowerx=0,
            lowery=-2 * style.line_height,
            upperx=200,
            uppery=style.line_height,
        )
        draw_lines(self, layout(total, style, 200), 0, 0, 200, style)
        self.endForm()
        super().save()


def _canvas_maker(style: TextStyle, dry_run: bool) -> type[_Canvas]:
    class Maker(_Canvas):
        footer_style = style

    Maker.dry_run = dry_run  # a first pass that only finds where things fall: draw nothing
    return Maker


class Progress:
    """Maps flowables drawn to 0..1 within [start, end] and calls back no more than 100 times."""

    def __init__(self, callback: ProgressCallback | None, start: float = 0.0, end: float = 1.0):
        self.callback = callback
        self.start, self.end = start, end
        self.total = 1
        self.done = 0
        self.last = -1.0

    def report(self, fraction: float) -> None:
        if self.callback is None:
            return
        value = self.start + (self.end - self.start) * min(max(fraction, 0.0), 1.0)
        if value - self.last >= 0.01 or value >= self.end:
            self.last = value
            self.callback(value)

    def step(self) -> None:
        self.done += 1
        self.report(self.done / self.total)


class PagedDocument(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type information
    """Pages of one size with a footer: workshop title, what this is, page N of M."""

    def __init__(
        self,
        out: BinaryIO,
        pagesize: tuple[float, float],
        lk: Look,
        footer_left: str,
        title: str,
        author: str,
        progress: Progress,
        outline: bool = False,
        dry_run: bool = False,
    ):
        super().__init__(
            out,
            pagesize=pagesize,
            leftMargin=lk.margin,
            rightMargin=lk.margin,
            topMargin=lk.margin,
            bottomMargin=lk.margin + lk.footer.line_height * 2,
            title=title,
            author=author,
            creator=f"CoStar Desktop {__version__}",
            subject=footer_left,
            invariant=1,
        )
        self.look = lk
        self.footer_left = footer_left
        self.progress = progress
        self.show_outline = outline
        self.dry_run = dry_run
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._footer)])

    def _footer(self, canv: Any, doc: Any) -> None:  # reportlab's canvas and document
        lk = self.look
        style = lk.footer
        y = lk.margin + style.line_height
        width = self.pagesize[0] - 2 * lk.margin
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(lk.margin, y + 4, lk.margin + width, y + 4)
        label = lk.word("page").format(n=canv.getPageNumber())
        label_w = natural_width(label, style) + style.size * 0.3  # the label ends in a space
        number_w = natural_width("0000", style)
        left_w = width - label_w - number_w - 12
        draw_lines(canv, self._left_lines(style, left_w), lk.margin, y, left_w, style)
        x = lk.margin + width - number_w - label_w
        draw_lines(canv, layout(label, style, label_w + 1), x, y, label_w + 1, style)
        canv.translate(x + label_w, y)
        canv.doForm(_TOTAL_FORM)
        canv.restoreState()
        if self.show_outline and canv.getPageNumber() == 1:
            canv.showOutline()

    def _left_lines(self, style: TextStyle, width: float) -> list[Line]:
        """The footer's left text on one line, shortened from the end if it is too long."""
        parts = self.footer_left.split(" · ")
        for k in range(len(parts), 0, -1):
            lines = layout(" · ".join(parts[:k]), style, width)
            if len(lines) == 1:
                return lines
        return layout(parts[0], style, width)[:1]

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (platypus name)
        self.progress.step()

    def build_story(self, story: list[Any]) -> None:  # reportlab flowables
        self.progress.total = max(len(story), 1)
        self.build(story, canvasmaker=_canvas_maker(self.look.footer, self.dry_run))


def footer_text(data: WorkshopData, what: str, easy: bool) -> str:
    """What this is, the date, then the title: the title goes last so that, in any
    script or direction, it cannot pull our words out of their places (bidi)."""
    w = data.workshop
    return " · ".join(p for p in (what, nice_date(w.date, easy), w.title.strip()) if p)
