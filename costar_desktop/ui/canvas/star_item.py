"""The star itself: four Co sectors, the ring of five steps, the hub and the parking area."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from costar_desktop.core.model import Co
from costar_desktop.core.star import CO_ORDER, STEP_ORDER, StarGeometry
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas import style
from costar_desktop.ui.i18n import translate

#: Star units around a Co's name that a click or tap still takes for the name (a shaky
#: finger lands near the words, not on them).
LABEL_HIT_PAD = 24.0


def _polygon(points) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in points])


class CoLabelTarget(QGraphicsRectItem):
    """Where a Co's name can be clicked (interactions.py: CoLabelClick): draws nothing,
    shows a pointing hand and says what a click does."""

    def __init__(self, co: Co, rect: QRectF, parent: QGraphicsItem):
        super().__init__(rect, parent)
        self.co = co
        self.setPen(Qt.PenStyle.NoPen)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            translate("StarItem", "Zoom to %1 (click again for the whole star)").replace(
                "%1", i18n.label(co)
            )
        )


class StarItem(QGraphicsItem):
    """Draws the star from :class:`StarGeometry`; holds no workshop state."""

    def __init__(self, geometry: StarGeometry):
        super().__init__()
        self.geometry = geometry
        self.setZValue(-100)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._co_paths = {co: self._path(geometry.co_region(co)) for co in CO_ORDER}
        self._step_paths = {s: self._path(geometry.ring_segment(s)) for s in STEP_ORDER}
        self._outline = self._path(geometry.outline())
        left, top, width, height = geometry.canvas_rect()
        self._rect = QRectF(left, top, width, height)
        pad = LABEL_HIT_PAD
        self.label_targets = [
            CoLabelTarget(
                co, QRectF(*geometry.co_label_box(co)).adjusted(-pad, -pad, pad, pad), self
            )
            for co in CO_ORDER
        ]

    @staticmethod
    def _path(points) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(_polygon(points))
        path.closeSubpath()
        return path

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def co_label_at(self, pos: QPointF) -> Co | None:
        """The Co whose name is at this scene point (with :data:`LABEL_HIT_PAD` around it)."""
        return next((t.co for t in self.label_targets if t.rect().contains(pos)), None)

    def co_path(self, co) -> QPainterPath:
        return self._co_paths[co]

    def step_path(self, step) -> QPainterPath:
        return self._step_paths[step]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        g = self.geometry
        t = style.theme()
        c = style.colour
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Parking area: a dashed frame around the whole drawing, with a label.
        painter.setPen(QPen(c(t.parking_text), 3, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._rect, 24, 24)
        painter.setFont(style.font(22, bold=True))
        painter.setPen(c(t.parking_text))
        painter.drawText(
            QRectF(self._rect.left() + 30, self._rect.top() + 20, 900, 60),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("StarItem", "Parking area – notes that have no Co yet"),
        )

        # The Four Co's.
        line = QPen(c(t.co_line), 4)
        line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        for co in CO_ORDER:
            painter.setPen(line)
            painter.setBrush(QBrush(c(t.co_fills[co])))
            painter.drawPath(self._co_paths[co])
        painter.setFont(style.font(34, bold=True))
        painter.setPen(c(t.label_text))
        for co in CO_ORDER:
            left, top, width, height = g.co_label_box(co)
            bearing = g.co_centre_bearing(co)
            align = {
                0.0: Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                180.0: Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                90.0: Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                270.0: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            }[bearing]
            painter.drawText(QRectF(left, top, width, height), align, i18n.label(co))

        # The five steps on the inner ring.
        painter.setFont(style.font(20, bold=True))
        for i, step in enumerate(STEP_ORDER, start=1):
            painter.setPen(QPen(c(t.co_line), 3))
            painter.setBrush(QBrush(c(t.step_fill if i % 2 else t.step_fill_alt)))
            painter.drawPath(self._step_paths[step])
        for i, step in enumerate(STEP_ORDER, start=1):
            x, y = g.step_label_anchor(step)
            painter.setPen(c(t.step_text))
            label = f"{i} {i18n.label(step)}"
            # Longer words (other languages) get a smaller size rather than being cut off.
            size = 20.0
            while (
                size > 11
                and QFontMetricsF(style.font(size, bold=True)).horizontalAdvance(label) > 200
            ):
                size -= 1
            painter.setFont(style.font(size, bold=True))
            painter.drawText(QRectF(x - 105, y - 30, 210, 60), Qt.AlignmentFlag.AlignCenter, label)

        # The hub.
        r = g.step_ring_inner
        painter.setPen(QPen(c(t.co_line), 3))
        painter.setBrush(QBrush(c(t.hub_fill)))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(c(t.hub_text))
        painter.setFont(style.font(15, bold=True))
        painter.drawText(
            QRectF(-r, -r, 2 * r, 2 * r),
            Qt.AlignmentFlag.AlignCenter,
            translate("StarItem", "Co-Production\nStar"),
        )
