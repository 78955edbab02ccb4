"""A group of notes on the canvas: a frame around its notes with the group's title on top.

The group's title is a note of kind "group" in the document (its *group title*). The item's
position is the title's position; the frame is drawn around the member notes wherever they are.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject

from costar_desktop.core.model import Note
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.note_item import NoteItem, paint_dot_badge
from costar_desktop.ui.i18n import translate

TITLE_HEIGHT = 44.0
MARGIN = 16.0


class GroupItem(QGraphicsObject):
    """The frame and title of one group; members are ordinary note items."""

    #: The title was double-clicked: the editor asks for a new title (group id).
    rename_requested = Signal(str)

    def __init__(self, card: Note):
        super().__init__()
        self.note_id = card.id
        self._title = card.text
        self._frame = QRectF(-120, -TITLE_HEIGHT / 2, 240, TITLE_HEIGHT)
        self._dots: int | None = None
        self._badges = ""
        self.members: list[NoteItem | GroupItem] = []
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setPos(card.x, card.y)

    # --- what it shows ----------------------------------------------------------------

    @property
    def text(self) -> str:
        return self._title

    @property
    def note_text(self) -> str:
        """The group's title as the document last gave it."""
        return self._title

    @property
    def editing(self) -> bool:
        return False

    @property
    def dots(self) -> int | None:
        return self._dots

    @property
    def badges(self) -> str:
        return self._badges

    def sync(self, card: Note, *_labels) -> None:
        if (card.x, card.y) != (self.pos().x(), self.pos().y()):
            self.setPos(card.x, card.y)
        if card.text != self._title:
            self._title = card.text
            self.update()

    def set_status(self, dots: int | None, badges: str) -> None:
        if (dots, badges) != (self._dots, self._badges):
            self._dots, self._badges = dots, badges
            self.update()

    def set_members(self, members: list[NoteItem | GroupItem]) -> None:
        self.members = list(members)
        self.refresh_frame()

    def refresh_frame(self) -> None:
        """Fit the frame around the members (call after they move or grow)."""
        if self.members:
            box = QRectF()
            for m in self.members:
                box = box.united(m.sceneBoundingRect())
            box = box.adjusted(-MARGIN, -MARGIN - TITLE_HEIGHT, MARGIN, MARGIN)
            frame = self.mapRectFromScene(box)
        else:
            frame = QRectF(-120, -TITLE_HEIGHT / 2, 240, TITLE_HEIGHT)
        if frame != self._frame:
            self.prepareGeometryChange()
            self._frame = frame

    def title_rect(self) -> QRectF:
        f = self._frame
        return QRectF(f.left(), f.top(), f.width(), TITLE_HEIGHT)

    # --- Qt ---------------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self._frame.adjusted(-8, -20, 20, 8)

    def shape(self):
        # Only the frame's title bar and border take clicks; inside, the notes do.
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self.title_rect())
        outer = QPainterPath()
        outer.addRect(self._frame)
        inner = QPainterPath()
        inner.addRect(self._frame.adjusted(10, TITLE_HEIGHT, -10, -10))
        return path.united(outer.subtracted(inner))

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        f = self._frame
        t = style.theme()
        frame_colour = QColor(t.banner)
        painter.setPen(QPen(QColor(t.co_line), 4))
        wash = QColor(t.canvas)
        wash.setAlpha(150)
        painter.setBrush(wash)
        painter.drawRoundedRect(f, 12, 12)
        bar = self.title_rect()
        painter.setBrush(frame_colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(bar, 12, 12)
        painter.setPen(QColor(t.banner_text))
        painter.setFont(style.font(15 * style.appearance().text_scale, bold=True))
        fm = QFontMetricsF(painter.font())
        label = translate("GroupItem", "Group: %1").replace("%1", self._title)
        if self._badges:
            label += f"  ·  {self._badges}"
        text_rect = bar.adjusted(14, 0, -48, 0)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        if self._dots:
            paint_dot_badge(painter, QPointF(f.right() - 10, f.top() + 10), self._dots)
        if self.isSelected():
            painter.setPen(QPen(style.colour(style.theme().selection), 4, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(f.adjusted(-6, -6, 6, 6), 14, 14)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.title_rect().contains(event.pos()):
            self.rename_requested.emit(self.note_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
