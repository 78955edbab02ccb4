"""The room's QR code: segno makes the matrix, QPainter draws it (no Pillow).

Black modules on white, a quiet zone of four modules (what scanners need to find the
code), every module a whole number of pixels so the edges stay sharp, always square and
centred in the space it is given. Error correction M: a projected code survives a glare
or a head in front of part of it, and the code stays small enough to scan from afar.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Modules of white around the code, as the QR standard asks.
QUIET_ZONE = 4
ERROR_CORRECTION = "m"
DARK = QColor("#000000")
LIGHT = QColor("#ffffff")


def qr_matrix(url: str) -> list[list[bool]]:
    """The code's modules (True: dark), without the quiet zone."""
    code = segno.make_qr(url, error=ERROR_CORRECTION, boost_error=False)
    return [[bool(m) for m in row] for row in code.matrix]


def _layout(matrix_size: int, width: int, height: int) -> tuple[int, int, int]:
    """(module size, left, top) of the code with its quiet zone, centred in width×height."""
    modules = matrix_size + 2 * QUIET_ZONE
    module = max(1, min(width, height) // modules)
    side = module * modules
    return module, (width - side) // 2, (height - side) // 2


def _paint(painter: QPainter, matrix: list[list[bool]], width: int, height: int) -> None:
    module, left, top = _layout(len(matrix), width, height)
    side = module * (len(matrix) + 2 * QUIET_ZONE)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRect(left, top, side, side), LIGHT)
    origin_x = left + QUIET_ZONE * module
    origin_y = top + QUIET_ZONE * module
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):  # one rectangle per run of dark modules
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            painter.fillRect(
                QRect(
                    origin_x + start * module, origin_y + r * module, (c - start) * module, module
                ),
                DARK,
            )


def qr_image(url: str, px: int) -> QImage:
    """A ``px``×``px`` white image with the code of ``url`` drawn as large as whole-pixel
    modules allow (for screenshots and printing)."""
    matrix = qr_matrix(url)
    image = QImage(px, px, QImage.Format.Format_RGB32)
    image.fill(LIGHT)
    painter = QPainter(image)
    try:
        _paint(painter, matrix, px, px)
    finally:
        painter.end()
    return image


class QrCode(QWidget):
    """A QR code of a URL that fills its square and scales with the widget."""

    def __init__(self, url: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._url = ""
        self._matrix: list[list[bool]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("QR code to join the room"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.set_url(url)

    def url(self) -> str:
        return self._url

    def set_url(self, url: str) -> None:
        self._url = url
        self._matrix = qr_matrix(url) if url else []
        self.setAccessibleDescription(url)
        self.setToolTip(url)
        self.update()

    def matrix(self) -> list[list[bool]]:
        """The modules drawn (True: dark), without the quiet zone."""
        return [list(row) for row in self._matrix]

    def module_size(self) -> int:
        """Pixels per module at the widget's present size (0 when there is no code)."""
        if not self._matrix:
            return 0
        return _layout(len(self._matrix), self.width(), self.height())[0]

    def module_centre(self, row: int, column: int) -> QPointF:
        """The centre of a module of the matrix, in the widget's coordinates."""
        module, left, top = _layout(len(self._matrix), self.width(), self.height())
        return QPointF(
            left + (QUIET_ZONE + column + 0.5) * module, top + (QUIET_ZONE + row + 0.5) * module
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        # Two pixels a module at the least: smaller codes are hard to scan on a projector.
        n = (len(self._matrix) or 25) + 2 * QUIET_ZONE
        return QSize(2 * n, 2 * n)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        try:
            _paint(painter, self._matrix, self.width(), self.height())
        finally:
            painter.end()
