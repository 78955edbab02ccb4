"""The card the room reads from the back: the QR code, the short address and the join code.

Drawn like a printed sign (dark words on white, whatever the theme: a QR code needs its
white quiet zone anyway, and a projector washes out anything else), in two forms:

- full: the QR code as tall as the card, and beside it the plain words, the address and
  the code, each at least ``JOIN_CODE_PX_AT_1080`` scaled by the window's height;
- compact: for a corner of the canvas in presentation mode, the QR code about a quarter
  of the window's height with the code under it, and the address under that.

When joining is stopped, the QR code and the code are taken away (nobody new can join)
and the card says so in words.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas.readable import (
    CAPTION_PX_AT_1080,
    JOIN_CODE_PX_AT_1080,
    ZOOMED_PX_AT_1080,
    px_for,
)
from costar_desktop.ui.room.qr import QrCode

INK = QColor("#111111")
PAPER = QColor("#ffffff")
EDGE = QColor("#555555")
#: The QR code's side in compact form, as a share of the window's height.
COMPACT_QR_SHARE = 0.25


def grouped(code: str) -> str:
    """A join code as it is read aloud and shown: in threes ("123 456")."""
    digits = code.strip()
    if len(digits) <= 4:
        return digits
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


class RoomCard(QWidget):
    """What the room reads to join: ``set_room(url, address, code, joining)``.

    ``compact`` chooses the corner form (presentation mode). Sizes follow the height of
    the window the card is in and the user's text size."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False):
        super().__init__(parent)
        self.setObjectName("room_card")
        self.setAccessibleName(self.tr("How to join the room"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._compact = compact
        self._url = ""
        self._address = ""
        self._code = ""
        self._joining = True
        self._reference: float | None = None
        self.qr = QrCode(parent=self)
        self.words = self._label("room_card_words")
        self.words.setWordWrap(True)
        self.address_caption = self._label("room_card_address_caption")
        self.address_label = self._label("room_card_address")
        self.code_caption = self._label("room_card_code_caption")
        self.code_label = self._label("room_card_code")
        self.stopped_label = self._label("room_card_stopped")
        self.stopped_label.setWordWrap(True)
        # Its own look, whatever the window's style sheet says.
        self.setStyleSheet("QLabel { background: transparent; color: #111111; }")
        self._update_texts()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, INK)
        label.setPalette(palette)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- what it shows -------------------------------------------------------------------

    def set_room(self, url: str, address: str, code: str, joining: bool = True) -> None:
        """The QR code's ``url`` (it carries the join code), the short ``address`` people
        type (``http://192.168.1.20:8080``), the join ``code``, and whether new phones
        may join."""
        self._url, self._address, self._code = url, address, code
        self.qr.set_url(url)
        self.set_joining(joining)

    def set_joining(self, joining: bool) -> None:
        """False: the room is not taking new phones (the QR code and the code go away)."""
        self._joining = joining
        self._update_texts()

    def joining(self) -> bool:
        return self._joining

    def compact(self) -> bool:
        return self._compact

    def set_compact(self, compact: bool) -> None:
        self._compact = compact
        self._update_texts()

    def _update_texts(self) -> None:
        self.words.setText(self.tr("Scan the code, or open this address and type the code"))
        self.address_caption.setText(self.tr("Address"))
        self.address_label.setText(self._address)
        self.address_label.setAccessibleName(self.tr("Address: %1").replace("%1", self._address))
        self.code_caption.setText(self.tr("Join code"))
        self.code_label.setText(grouped(self._code))
        self.code_label.setAccessibleName(self.tr("Join code: %1").replace("%1", self._code))
        self.stopped_label.setText(
            self.tr("The room is not taking new phones.")
            if self._compact
            else self.tr(
                "The room is not taking new phones.\nPhones already in the room can still "
                "send notes."
            )
        )
        joining = self._joining
        self.qr.setVisible(joining)
        self.code_label.setVisible(joining)
        self.code_caption.setVisible(joining and not self._compact)
        self.words.setVisible(joining and not self._compact)
        self.address_caption.setVisible(not self._compact)
        self.stopped_label.setVisible(not joining)
        self.setAccessibleDescription(
            " ".join(
                w.text().replace("\n", " ")
                for w in (self.words, self.address_label, self.code_label, self.stopped_label)
                if not w.isHidden()
            )
        )
        self._place()
        self.updateGeometry()
        self.update()

    # --- sizes and places ----------------------------------------------------------------

    def reference_height(self) -> float:
        """The height the sizes scale with: the window's the card is in, or the one set
        with :meth:`set_reference_height` (a dialog sizes it by the main window)."""
        if self._reference is not None:
            return self._reference
        return float(self.window().height())

    def set_reference_height(self, height: float | None) -> None:
        """Scale with this height rather than the card's own window's (None: its window)."""
        self._reference = None if height is None else float(height)
        self.updateGeometry()

    def _px(self, px_at_1080: float) -> int:
        return max(8, round(px_for(px_at_1080, self.reference_height(), appearance().text_scale)))

    def _font(self, px_at_1080: float, bold: bool = False, digits: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(self._px(px_at_1080))
        font.setBold(bold)
        if digits:
            font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return font

    def _fonts(self) -> None:
        room = JOIN_CODE_PX_AT_1080
        self.words.setFont(self._font(CAPTION_PX_AT_1080))
        self.address_caption.setFont(self._font(ZOOMED_PX_AT_1080))
        self.code_caption.setFont(self._font(ZOOMED_PX_AT_1080))
        if self._compact:
            self.address_label.setFont(self._font(ZOOMED_PX_AT_1080, bold=True))
            self.code_label.setFont(self._font(room, bold=True, digits=True))
            self.stopped_label.setFont(self._font(ZOOMED_PX_AT_1080, bold=True))
        else:
            self.address_label.setFont(self._font(room, bold=True))
            self.code_label.setFont(self._font(room * 1.5, bold=True, digits=True))
            self.stopped_label.setFont(self._font(CAPTION_PX_AT_1080, bold=True))

    def _margin(self) -> int:
        return self._px(24 if not self._compact else 12)

    def sizeHint(self) -> QSize:
        self._fonts()
        m = self._margin()
        if self._compact:
            qr = round(self.reference_height() * COMPACT_QR_SHARE)
            width = max(
                qr,
                self.code_label.sizeHint().width(),
                self.address_label.sizeHint().width(),
                self.stopped_label.fontMetrics().horizontalAdvance("M" * 12),
            )
            height = (
                (qr if self._joining else self.stopped_label.heightForWidth(width))
                + (self.code_label.sizeHint().height() if self._joining else 0)
                + self.address_label.sizeHint().height()
            )
            return QSize(width + 4 * m, height + 2 * m + m // 2)
        text_width = max(
            self.address_label.sizeHint().width(),
            self.code_label.sizeHint().width(),
            self.words.fontMetrics().horizontalAdvance("M" * 18),
        )
        height = round(self.reference_height() * 0.55)
        return QSize(height + text_width + 3 * m, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        self._fonts()
        m = self._margin()
        w, h = self.width(), self.height()
        if self._compact:
            inner = w - 2 * m
            y = m
            if self._joining:
                side = max(0, min(inner, round(self.reference_height() * COMPACT_QR_SHARE)))
                self.qr.setGeometry((w - side) // 2, y, side, side)
                y += side + m // 2
                code_h = self.code_label.sizeHint().height()
                self.code_label.setGeometry(m, y, inner, code_h)
                self.code_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                y += code_h
            else:
                stopped_h = self.stopped_label.heightForWidth(inner)
                self.stopped_label.setGeometry(m, y, inner, stopped_h)
                self.stopped_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                y += stopped_h
            self.address_label.setGeometry(m, y, inner, self.address_label.sizeHint().height())
            self.address_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            return
        side = max(0, min(h - 2 * m, (w - 3 * m) // 2))
        self.qr.setGeometry(m, (h - side) // 2, side, side)
        left = 2 * m + side if self._joining else m
        inner = max(0, w - left - m)
        blocks: list[tuple[QLabel, int]] = []
        if self._joining:
            blocks.append((self.words, m))
        else:
            blocks.append((self.stopped_label, m))
        blocks += [(self.address_caption, m // 3), (self.address_label, m)]
        if self._joining:
            blocks += [(self.code_caption, m // 3), (self.code_label, 0)]
        heights = []
        horizontal = Qt.AlignmentFlag.AlignLeft if self._joining else Qt.AlignmentFlag.AlignHCenter
        for label, _gap in blocks:
            label.setAlignment(horizontal | Qt.AlignmentFlag.AlignVCenter)
            heights.append(
                label.heightForWidth(inner) if label.wordWrap() else label.sizeHint().height()
            )
        total = sum(heights) + sum(gap for _label, gap in blocks)
        y = max(m, (h - total) // 2)
        for (label, gap), height in zip(blocks, heights, strict=True):
            label.setGeometry(left, y, inner, height)
            y += height + gap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(EDGE)
            pen.setWidthF(max(1.0, self._px(3)))
            painter.setPen(pen)
            painter.setBrush(PAPER)
            inset = pen.widthF() / 2
            radius = self._px(16)
            painter.drawRoundedRect(
                QRectF(QRect(0, 0, self.width(), self.height())).adjusted(
                    inset, inset, -inset, -inset
                ),
                radius,
                radius,
            )
        finally:
            painter.end()
