"""Live captions (issue 27): in presentation mode, while the facilitator types a note on the
star, its words are shown large in a band along the bottom of the screen, above the
floating bar, so that the person who said it can say "that's not what I meant" before it
is saved.

The band follows the canvas's note editor (``CanvasScene.typing`` at every change of its
text, ``CanvasScene.typing_ended`` when the note is finished or given up). Words are set at
:data:`~costar_desktop.ui.canvas.readable.CAPTION_PX_AT_1080` on a 1080-pixel-high window
(scaled with the window and the text size); a long note shows its last
:data:`MAX_LINES` lines, the end being typed, after "…". Edit → Preferences turns
captions off (``Appearance.live_captions``).

Screen readers: the band has an accessible name; it never takes focus and nothing is
announced as keys are typed (the focused note editor already echoes the typing). The words'
label keeps a fixed accessible name, so changing its text sends no name-change event per
key.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from costar_desktop.ui.appearance import FONT_FAMILIES, appearance
from costar_desktop.ui.canvas import accessibility, readable

if TYPE_CHECKING:
    from costar_desktop.ui.shell.editor import WorkshopEditor

#: A long note shows this many lines at most: its end, the part being typed.
MAX_LINES = 3
#: The words "Being written:" beside the caption, as a share of the caption's size.
TITLE_SCALE = 0.55
#: Pixels between the band and the floating bar (or the bottom of the canvas).
GAP = 16
#: The band's side margins within the canvas, in pixels.
SIDE = 24
BORDER = 3

_WRAP = QTextOption()
_WRAP.setWrapMode(QTextOption.WrapMode.WordWrap)


def caption_font(pixel_size: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(max(1, pixel_size))
    font.setBold(bold)
    return font


def _line_count(text: str, font: QFont, width: float) -> int:
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    layout.setTextOption(_WRAP)
    layout.beginLayout()
    count = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0.0, 0.0))
        count += 1
    layout.endLayout()
    return count


def last_lines(text: str, font: QFont, width: float, max_lines: int = MAX_LINES) -> str:
    """``text`` as it fits in ``max_lines`` lines ``width`` pixels wide: all of it, or its
    end after "…" (from a word's start where possible)."""
    if _line_count(text, font, width) <= max_lines:
        return text
    start = 0
    while start < len(text):
        # Drop the first word (or, in a text without spaces, the first character) and try.
        space = min(
            (i for i in (text.find(" ", start), text.find("\n", start)) if i >= 0), default=-1
        )
        start = space + 1 if space >= 0 else start + 1
        shown = "…" + text[start:].lstrip()
        if _line_count(shown, font, width) <= max_lines:
            return shown
    return "…"


def band_width(view: QRect) -> int:
    """How wide a band across the canvas is."""
    return max(200, view.width() - 2 * SIDE)


def place_band(band: QWidget, view: QRect, bottom: int) -> None:
    """Put ``band`` across the canvas (``view``, in the band's parent's coordinates), as
    tall as its words need, ending :data:`GAP` pixels above ``bottom``."""
    width = band_width(view)
    height = band.heightForWidth(width)
    if height <= 0:
        height = band.sizeHint().height()
    band.setGeometry(view.left() + SIDE, max(view.top(), bottom - GAP - height), width, height)


class LiveCaption(QFrame):
    """The band that shows the note being typed, large, while presenting."""

    def __init__(self, editor: WorkshopEditor, bar: QWidget):
        super().__init__(editor)
        self.setObjectName("liveCaption")
        self.editor = editor
        self.bar = bar
        self._presenting = False
        #: The whole text being typed (the band may show only its end).
        self._typed = ""
        # A click on the band reaches the star under it (clicking away finishes the note).
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Live caption"))
        self.setAccessibleDescription(
            self.tr("The words of the note being written, shown large for the room to check.")
        )
        self.title = QLabel(self.tr("✎ Being written:"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A fixed name: a label without one tells screen readers of every new text.
        self.words.setAccessibleName(self.tr("Words being written"))
        self.row = row = QHBoxLayout(self)
        row.setContentsMargins(20, 10, 20, 12)
        row.setSpacing(18)
        row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.words, 1)
        editor.scene.typing.connect(self.show_words)
        editor.scene.typing_ended.connect(self.end)
        appearance().changed.connect(self.restyle)
        self.restyle()
        self.hide()

    # --- what it shows --------------------------------------------------------------------

    def enabled(self) -> bool:
        """Captions are wanted now: presenting, and the setting is on."""
        return self._presenting and appearance().live_captions

    def set_presenting(self, on: bool) -> None:
        self._presenting = on
        if not on:
            self.end()

    def show_words(self, text: str) -> None:
        """The note being typed says ``text`` now."""
        self._typed = text
        if not self.enabled() or not text.strip():
            self.hide()
            return
        self.place()
        self.show()
        self.raise_()

    def end(self) -> None:
        """The note was finished or given up."""
        self._typed = ""
        self.words.clear()
        self.hide()

    # --- how it looks -----------------------------------------------------------------------

    def pixel_size(self) -> int:
        """The caption's words, in pixels: the readable size for this window and text size."""
        return math.ceil(
            readable.px_for(
                readable.CAPTION_PX_AT_1080, self.window().height(), appearance().text_scale
            )
        )

    def restyle(self) -> None:
        t = appearance().theme
        self.setStyleSheet(
            f"#liveCaption {{ background: {t.banner}; border: {BORDER}px solid {t.banner_text};"
            f" border-radius: 12px; }}"
            f"#liveCaption QLabel {{ color: {t.banner_text}; background: transparent; }}"
        )
        if not appearance().live_captions:
            self.end()
        elif self.isVisible():
            self.place()

    def place(self) -> None:
        """Fit the words into the band, at most :data:`MAX_LINES` lines, and put the band
        along the bottom of the canvas, just above the floating bar."""
        px = self.pixel_size()
        self.words.setFont(caption_font(px))
        self.title.setFont(caption_font(round(px * TITLE_SCALE), bold=True))
        # The title stands on the first line's baseline.
        drop = QFontMetrics(self.words.font()).ascent() - QFontMetrics(self.title.font()).ascent()
        self.title.setContentsMargins(0, max(0, drop), 0, 0)
        view = self.editor.view.geometry()
        width = band_width(view)
        margins = self.row.contentsMargins()
        room = (
            width
            - 2 * BORDER
            - margins.left()
            - margins.right()
            - self.row.spacing()
            - self.title.sizeHint().width()
            - 4  # the label's own rounding
        )
        self.words.setText(last_lines(self._typed, self.words.font(), room))
        bottom = self.bar.geometry().top() if self.bar.isVisible() else view.bottom()
        place_band(self, view, bottom)

    def shown_words(self) -> str:
        """The words the band shows (what the room reads), or "" when hidden."""
        return self.words.text() if self.isVisible() else ""


#: How long a notice stays on the shared screen, in milliseconds.
NOTICE_MS = 7000
#: A notice's words, as a share of the caption's size.
NOTICE_SCALE = 0.75


class Notice(QFrame):
    """What the window would say in its status bar ("Table 1 has no dots left…"), shown
    above the floating bar while presenting: presentation mode hides the status bar, and a
    key that seems to do nothing leaves the room wondering."""

    def __init__(self, editor: WorkshopEditor, bar: QWidget, caption: LiveCaption):
        super().__init__(editor)
        self.setObjectName("presentationNotice")
        self.editor = editor
        self.bar = bar
        self.caption = caption
        #: Where the notice must end above (in the editor's coordinates), or None: the
        #: spotlight's buttons, when it is shown.
        self.keep_clear: Callable[[], int | None] = lambda: None
        self._presenting = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Message"))
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 10)
        row.addWidget(self.words, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(NOTICE_MS)
        self.timer.timeout.connect(self.hide)
        editor.message.connect(self.show_message)
        appearance().changed.connect(self.restyle)
        self.restyle()
        self.hide()

    def set_presenting(self, on: bool) -> None:
        self._presenting = on
        if not on:
            self.timer.stop()
            self.hide()

    def show_message(self, text: str) -> None:
        if not self._presenting or not text.strip():
            return
        self.words.setText(text)
        self.place()
        self.show()
        self.raise_()
        self.timer.start()
        accessibility.announce(self, text)

    def shown_text(self) -> str:
        """What the room reads now, or "" when nothing is shown."""
        return self.words.text() if self.isVisible() else ""

    def restyle(self) -> None:
        t = appearance().theme
        self.setStyleSheet(
            f"#presentationNotice {{ background: {t.base}; border: {BORDER}px solid {t.text};"
            f" border-radius: 12px; }}"
            f"#presentationNotice QLabel {{ color: {t.text}; background: transparent; }}"
        )
        if self.isVisible():
            self.place()

    def place(self) -> None:
        """Above the floating bar, or above the caption while a note is being typed, and
        above whatever :attr:`keep_clear` says (the spotlight's buttons)."""
        self.words.setFont(caption_font(round(self.caption.pixel_size() * NOTICE_SCALE)))
        view = self.editor.view.geometry()
        if self.caption.isVisible():
            bottom = self.caption.geometry().top()
        elif self.bar.isVisible():
            bottom = self.bar.geometry().top()
        else:
            bottom = view.bottom()
        clear = self.keep_clear()
        if clear is not None:
            bottom = min(bottom, clear)
        place_band(self, view, bottom)
