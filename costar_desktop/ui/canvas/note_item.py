"""A sticky note on the canvas: coloured card, author line, its text, and its Co.

The item's position is the note's centre. The item edits its own text, and when
editing ends it emits :attr:`NoteItem.editing_done` once; it never writes to the
document itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsTextItem

from costar_desktop.core.model import DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH, Note
from costar_desktop.core.palette import colour as palette_colour
from costar_desktop.ui.canvas import style

PAD = 10.0
META_HEIGHT = 24.0


def meta_height() -> float:
    """Height of the author line and of the bottom line, growing with the text size."""
    return META_HEIGHT * style.appearance().text_scale
#: When not being edited, very long notes show this many characters, then "…".
DISPLAY_LIMIT = 600


class NoteTextItem(QGraphicsTextItem):
    """The editable text inside a note. Enter, Escape, Tab or losing focus end editing."""

    #: Editing ended; the argument says how ("enter", "escape", "tab", "focus").
    finished = Signal(str)

    def __init__(self, parent: QGraphicsItem):
        super().__init__(parent)
        self.setFont(style.font(style.note_text_point_size()))
        opt = self.document().defaultTextOption()
        opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(opt)
        self.document().setDocumentMargin(2)
        self._editing = False

    @property
    def editing(self) -> bool:
        return self._editing

    def begin(self, select_all: bool) -> None:
        self._editing = True
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.textCursor()
        if select_all:
            cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def end(self, reason: str) -> None:
        if not self._editing:
            return
        self._editing = False
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clearFocus()
        self.finished.emit(reason)

    def sceneEvent(self, event) -> bool:
        # While typing, plain keys belong to the text: the canvas's one-key shortcuts
        # (N, D, S, A, 1–5, Delete, Escape…) must not fire. Ctrl/Alt combinations and
        # function keys still reach the menus.
        if event.type() == QEvent.Type.ShortcutOverride and self._editing:
            mods = event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                        | Qt.KeyboardModifier.AltModifier
                                        | Qt.KeyboardModifier.MetaModifier)
            if not mods and not (Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35):
                event.accept()
                return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift:
                self.textCursor().insertText("\n")
            else:
                self.end("enter")
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.end("escape")
            event.accept()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.end("tab")
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # A context menu or a dialog popping up takes focus only for a moment.
        if event.reason() not in (Qt.FocusReason.PopupFocusReason,
                                  Qt.FocusReason.ActiveWindowFocusReason):
            self.end("focus")


def paint_dot_badge(painter: QPainter, centre: QPointF, count: int) -> None:
    """A black disc with the number of dots in white: visible on every note colour."""
    r = 17.0
    painter.setPen(QPen(QColor("#ffffff"), 2.5))
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(centre, r, r)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.font(13, bold=True))
    painter.drawText(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r),
                     Qt.AlignmentFlag.AlignCenter, str(count))


class NoteItem(QGraphicsObject):
    """One note; ``note_id`` is None for a draft that is not in the document yet."""

    #: Editing ended: (item, text, how). The scene turns it into an undo command.
    editing_done = Signal(object, str, str)
    #: The item's natural height changed while editing (the note grows to fit).
    geometry_changed = Signal()

    def __init__(self, note: Note | None = None, author: str = "", co_label: str = "",
                 parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.note_id: str | None = note.id if note else None
        self._width = note.width if note else DEFAULT_NOTE_WIDTH
        self._height = note.height if note else DEFAULT_NOTE_HEIGHT
        self._colour_key = note.colour if note else "yellow"
        self._text = note.text if note else ""
        self._author = author
        self._co_label = co_label
        self._preview_co: str | None = None
        #: Dots shown on the note (None: hidden or none), and the small words at the bottom.
        self._dots: int | None = None
        self._badges: str = ""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.text_item = NoteTextItem(self)
        self.text_item.setTextWidth(self._width - 2 * PAD)
        self.text_item.setPos(-self._width / 2 + PAD, 0)
        self.text_item.finished.connect(self._on_finished)
        self.text_item.document().contentsChanged.connect(self._relayout)
        self._apply_colour()
        self._show_text()
        if note is not None:
            self.setPos(note.x, note.y)

    # --- what the note shows ------------------------------------------------------

    @property
    def text(self) -> str:
        """The text as typed (while editing, what is in the editor now)."""
        return self.text_item.toPlainText() if self.editing else self._text

    @property
    def editing(self) -> bool:
        return self.text_item.editing

    @property
    def colour_key(self) -> str:
        return self._colour_key

    @property
    def author(self) -> str:
        return self._author

    @property
    def co_label(self) -> str:
        return self._co_label

    def natural_height(self) -> float:
        """The height the note needs for its text: never less than the default."""
        text_h = self.text_item.boundingRect().height()
        return max(DEFAULT_NOTE_HEIGHT, meta_height() + text_h + meta_height() + 2 * PAD / 2)

    def sync(self, note: Note, author: str, co_label: str) -> None:
        """Show the document's values; unchanged values cost nothing (no echo loops)."""
        if (note.x, note.y) != (self.pos().x(), self.pos().y()):
            self.setPos(note.x, note.y)
        if note.colour != self._colour_key:
            self._colour_key = note.colour
            self._apply_colour()
            self.update()
        if note.text != self._text:
            self._text = note.text
            if not self.editing:
                self._show_text()
        if author != self._author or co_label != self._co_label:
            self._author, self._co_label = author, co_label
            self.update()

    def set_status(self, dots: int | None, badges: str) -> None:
        """Dots to show (None for none or hidden) and the bottom-left words (shortlist, impact…)."""
        if (dots, badges) != (self._dots, self._badges):
            self._dots, self._badges = dots, badges
            self.update()

    @property
    def dots(self) -> int | None:
        return self._dots

    @property
    def badges(self) -> str:
        return self._badges

    def set_preview_co(self, label: str | None) -> None:
        """While dragging: show where the note would land."""
        if label != self._preview_co:
            self._preview_co = label
            self.update()

    def _show_text(self) -> None:
        shown = self._text
        if len(shown) > DISPLAY_LIMIT:
            shown = shown[:DISPLAY_LIMIT].rstrip() + " …"
        self.text_item.setPlainText(shown)
        self._relayout()

    def _apply_colour(self) -> None:
        self.text_item.setDefaultTextColor(style.note_fill_and_ink(self._colour_key)[1])

    def apply_appearance(self) -> None:
        """Follow a new theme, text size or colour option."""
        self.text_item.setFont(style.font(style.note_text_point_size()))
        self._apply_colour()
        self._relayout()
        self.update()

    def _relayout(self) -> None:
        h = self.natural_height()
        if h != self._height:
            self.prepareGeometryChange()
            self._height = h
            self.geometry_changed.emit()
        self.text_item.setPos(-self._width / 2 + PAD, -self._height / 2 + meta_height() + PAD / 2)

    # --- editing ------------------------------------------------------------------

    def start_editing(self, select_all: bool = False) -> None:
        if self.editing:
            return
        self.text_item.setPlainText(self._text)
        self.text_item.begin(select_all)
        self.update()

    def finish_editing(self, reason: str = "enter") -> None:
        self.text_item.end(reason)

    def _on_finished(self, reason: str) -> None:
        # Escape keeps what was typed, like Enter: a key press never throws text away.
        typed = self.text_item.toPlainText()
        self.editing_done.emit(self, typed, reason)
        if not self.editing:
            # Show what the document holds now (the new text once it is saved).
            self._show_text()
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_editing()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- drawing --------------------------------------------------------------

    def rect(self) -> QRectF:
        return QRectF(-self._width / 2, -self._height / 2, self._width, self._height)

    def boundingRect(self) -> QRectF:
        return self.rect().adjusted(-14, -14, 16, 16)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        rect = self.rect()
        theme = style.theme()
        fill, ink = style.note_fill_and_ink(self._colour_key)
        meta = meta_height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A soft shadow lifts the note off the star.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 45))
        painter.drawRoundedRect(rect.translated(4, 5), 6, 6)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(QColor(theme.co_line), 1.5))
        painter.drawRoundedRect(rect, 6, 6)

        top = QRectF(rect.left() + PAD, rect.top() + 4, rect.width() - 2 * PAD, meta)
        if style.no_colour_only():
            # The colour's own pattern across the top strip, and its letter in a box.
            strip = QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, meta + 2)
            pattern = style.PATTERNS.get(self._colour_key, Qt.BrushStyle.NoBrush)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(ink, pattern))
            painter.drawRect(strip)
            letter = palette_colour(self._colour_key).letter
            box = QRectF(top.left(), top.top() + 1, meta - 2, meta - 2)
            painter.setBrush(fill)
            painter.setPen(QPen(ink, 2))
            painter.drawRect(box)
            painter.setFont(style.font(style.note_meta_point_size(), bold=True))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
            top.setLeft(box.right() + 6)

        painter.setPen(ink)
        painter.setFont(style.font(style.note_meta_point_size(), bold=True))
        fm = QFontMetricsF(painter.font())
        if self._dots:
            top.setRight(top.right() - 40)
        if self._author:
            back = QRectF(top.left() - 2, top.top() + 2, fm.horizontalAdvance(self._author) + 4,
                          meta - 4).intersected(top.adjusted(-2, 0, 0, 0))
            if style.no_colour_only():
                painter.fillRect(back, fill)  # keep the author readable over the pattern
            painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(self._author, Qt.TextElideMode.ElideRight, top.width()))
        co = self._preview_co if self._preview_co is not None else self._co_label
        bottom = QRectF(rect.left() + PAD, rect.bottom() - meta - 2, rect.width() - 2 * PAD, meta)
        painter.setFont(style.font(style.note_meta_point_size()))
        fm = QFontMetricsF(painter.font())
        co_width = fm.horizontalAdvance(co) + 8
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, co)
        if self._badges:
            painter.setFont(style.font(style.note_meta_point_size(), bold=True))
            fm = QFontMetricsF(painter.font())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(self._badges, Qt.TextElideMode.ElideRight,
                                           max(0.0, bottom.width() - co_width)))
        if self._dots:
            paint_dot_badge(painter, QPointF(rect.right() - 8, rect.top() + 8), self._dots)

        if self.isSelected() or self.editing:
            # Selection is shown by a thick dashed frame, not by colour alone.
            painter.setPen(QPen(QColor(theme.selection), 4, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 9, 9)
        if self.hasFocus() and not self.editing:
            # Keyboard focus: a solid ring outside the selection frame.
            painter.setPen(QPen(QColor(theme.focus), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-11, -11, 11, 11), 13, 13)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)

    def centre(self) -> QPointF:
        return self.pos()
