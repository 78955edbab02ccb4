"""A sticky note on the canvas: coloured card, author line, its text, and its Co.

The item's position is the note's centre. The item edits its own text, and when
editing ends it tells its scene once (``CanvasScene.note_editing_done``); it never
writes to the document itself.
"""

from __future__ import annotations

import math
import weakref
from functools import lru_cache

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontInfo,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPen,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
)
from shiboken6 import isValid

from costar_desktop.core.model import DEFAULT_NOTE_HEIGHT, DEFAULT_NOTE_WIDTH, Note
from costar_desktop.core.note_card import (  # the card's metrics, shared with the PDF's star
    META_HEIGHT,
    PAD,
    TEXT_MARGIN,
    card_height,
    shown_text,
    text_width,
)
from costar_desktop.core.palette import colour as palette_colour
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.contract import NoteScene
from costar_desktop.ui.canvas.note_paint import (
    LargeWords,
    NoteText,
    author_advance,
    forget_fitted_labels,
    large_words,
    note_look,
    note_text,
    paint_dot_badge,
    placed_labels,
)
from costar_desktop.ui.events import focus_gone_for_good, typing_key


def meta_height() -> float:
    """Height of the author line and of the bottom line, growing with the text size."""
    return META_HEIGHT * style.appearance().text_scale


#: Room around the card it paints into: plain (its antialiased edge and the shadow to the
#: right and below), and while selected, focused, edited or dotted (the frames outside the
#: card, the dot badge over its corner).
#: The cached card is only as large as this, and copying it is most of a repaint's work.
PLAIN_MARGINS = (-2.0, -2.0, 6.0, 7.0)
MARKED_MARGINS = (-14.0, -14.0, 16.0, 16.0)
#: Below this size on screen (points; 2.6 pt is 3.5 pixels at 96 dpi) a note's words are
#: drawn as bars. The star fitted into the default window shows them at about 3 pt, as words.
MIN_TEXT_POINTS = 2.6


#: Notes whose words needed a fallback font: laid out again when fonts are added.
_IN_FALLBACK_FONTS: weakref.WeakSet = weakref.WeakSet()
_watching_fonts = False
_fonts_pending = False


def watch_fonts() -> None:
    """Follow fonts added while running (other scripts' fonts are loaded once the window is
    up): labels are fitted again, and words that needed a fallback font are laid out again
    (the added font may be the one meant for them). Once per process."""
    global _watching_fonts
    app = QGuiApplication.instance()
    if not _watching_fonts and isinstance(app, QGuiApplication):
        app.fontDatabaseChanged.connect(_fonts_changed)
        _watching_fonts = True


def _fonts_changed() -> None:
    global _fonts_pending
    forget_fitted_labels()
    if _IN_FALLBACK_FONTS and not _fonts_pending:
        # Each font file added says so; they come several at a time: lay out once for all.
        _fonts_pending = True
        QTimer.singleShot(0, _lay_out_fallback_words)


def _lay_out_fallback_words() -> None:
    global _fonts_pending
    _fonts_pending = False
    for item in list(_IN_FALLBACK_FONTS):
        if isValid(item):
            item.fonts_changed()


_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)
_CACHE_MODE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = QPen(Qt.PenStyle.NoPen)


@lru_cache(maxsize=16)
def _em(point_size: float) -> int:
    """The note words' em in star units (pixels at 100 % zoom): the font's whole pixel size."""
    return QFontInfo(style.font(point_size)).pixelSize()


@lru_cache(maxsize=256)
def _card(width: float, height: float, meta: float) -> tuple[QRectF, QRectF, QRectF, QPointF]:
    """Where a card of this size draws, in item coordinates (the item's origin is its
    centre): the card, the shadow's right and bottom strips, and the words' top left.
    Shared by all notes of the same size; nobody may change them."""
    rect = QRectF(-width / 2, -height / 2, width, height)
    return (
        rect,
        QRectF(rect.right(), rect.top() + 5, 4, rect.height()),
        QRectF(rect.left() + 4, rect.bottom(), rect.width() - 4, 5),
        QPointF(rect.left() + PAD + TEXT_MARGIN, rect.top() + meta + PAD / 2 + TEXT_MARGIN),
    )


@lru_cache(maxsize=32)
def _letter_font(pixel_size: int):
    """The colour's letter beside large words: bold, a little smaller than them."""
    font = style.font(style.NOTE_TEXT_POINT_SIZE, bold=True)
    font.setPixelSize(max(1, round(pixel_size * 0.75)))
    return font


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
            mods = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
            if not mods and not (Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35):
                event.accept()
                return True
        return super().sceneEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        what = typing_key(event)
        if what is None:
            super().keyPressEvent(event)
            return
        if what == "new line":
            self.textCursor().insertText("\n")
        else:
            self.end(what)
        event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if focus_gone_for_good(event):  # not for a context menu popping up
            self.end("focus")


class NoteItem(QGraphicsRectItem):
    """One note; ``note_id`` is None for a draft that is not in the document yet.

    The note paints its own text from glyph runs laid out once per change (see
    :class:`~costar_desktop.ui.canvas.note_paint.NoteText`), and
    keeps the painted card in a pixmap cache (device coordinates): a repaint of many notes
    is a blit per note, not a Python call. The editable text item exists only once the
    note has been edited (see :attr:`text_item`). Far out (text under a few pixels) the
    card is drawn without words: colour, frame, dots, selection and focus stay.

    A plain graphics item, not a QObject: making a QGraphicsObject costs about 12 us more
    in PySide (a minute part of a note, but 60 ms of opening 5,000), and a note has no
    signal anybody needs to connect to: it calls its scene when editing ends.

    It is a rectangle item only so that Qt knows its bounds without calling Python (Qt
    asks about five times per note and paint): the rectangle item's own rectangle is the
    note's bounds, card plus margins (see :meth:`update_marks`), drawn with no pen; the
    card itself is :meth:`rect`.
    """

    def __init__(
        self,
        note: Note | None = None,
        author: str = "",
        co_label: str = "",
        parent: QGraphicsItem | None = None,
    ):
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
        self._editor: NoteTextItem | None = None
        #: Author, Co and badges fitted to the note (see _lay_out_labels); None: to do.
        self._labels: tuple | None = None
        self._marked = False
        #: How much of its colour the note keeps (below 1: a note of another step).
        self._strength = 1.0
        #: Where the note comes in the stacking order of its layer (see CanvasScene).
        self.order = 0.0
        #: Screen pixels the words must reach (presentation mode's overview), or None.
        self._readable_px: float | None = None
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setCacheMode(_CACHE_MODE)
        # What _show_text does, without telling anyone: nothing shows or watches it yet.
        self._words: NoteText = self._new_words(None)
        self._height = self.natural_height()
        self.setPen(_NO_PEN)
        self._set_bounds()
        if note is not None:
            self.setPos(note.x, note.y)

    # --- what the note shows ------------------------------------------------------

    @property
    def text_item(self) -> NoteTextItem:
        """The editable text; made on first use (most notes are never edited)."""
        if self._editor is None:
            editor = NoteTextItem(self)
            editor.setTextWidth(self._width - 2 * PAD)
            editor.setDefaultTextColor(style.note_fill_and_ink(self._colour_key)[1])
            editor.setPlainText(self._shown_text())
            editor.finished.connect(self._on_finished)
            editor.document().contentsChanged.connect(self._on_typed)
            editor.setVisible(False)
            self._editor = editor
            self._place_editor()
        return self._editor

    @property
    def text(self) -> str:
        """The text as typed (while editing, what is in the editor now)."""
        editor = self._editor
        return editor.toPlainText() if editor is not None and editor.editing else self._text

    @property
    def editing(self) -> bool:
        return self._editor is not None and self._editor.editing

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
        if self._editor is not None and self._editor.isVisible():
            text_h = self._editor.boundingRect().height()
        else:
            text_h = self._words.height + 2 * TEXT_MARGIN
        return card_height(text_h, style.appearance().text_scale)

    def height_for(self, text: str) -> float:
        """The height the card takes once it shows ``text`` (words typed elsewhere, such
        as the spotlight's editor)."""
        words = note_text(shown_text(text), text_width(self._width))
        return card_height(words.height + 2 * TEXT_MARGIN, style.appearance().text_scale)

    def sync(self, note: Note, author: str, co_label: str) -> None:
        """Show the document's values; unchanged values cost nothing (no echo loops)."""
        if (note.x, note.y) != (self.pos().x(), self.pos().y()):
            old = self.sceneBoundingRect()
            self.setPos(note.x, note.y)
            self._cover_changed(old)
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
            self._changed()

    def set_status(self, dots: int | None, badges: str) -> None:
        """Dots to show (None for none or hidden) and the bottom-left words (shortlist, impact…)."""
        if (dots, badges) != (self._dots, self._badges):
            had_dots = bool(self._dots)
            self._dots, self._badges = dots, badges
            self._changed()
            if bool(dots) != had_dots:
                self.update_marks(for_dots=True)  # the badge sits over the card's corner

    @property
    def dots(self) -> int | None:
        return self._dots

    @property
    def badges(self) -> str:
        return self._badges

    @property
    def faded(self) -> bool:
        """A note of another step: drawn in paler, solid colours."""
        return self._strength < 1.0

    def set_strength(self, strength: float) -> None:
        """How much of its colour the note keeps: 1.0, or the theme's share for notes of
        other steps."""
        if strength != self._strength:
            self._strength = strength
            self.update()

    def set_readable_px(self, px: float | None) -> None:
        """Words must reach ``px`` pixels on screen (None: drawn as usual). When the view's
        zoom would draw them smaller, a resting note of the current step sets its words
        that large on its card: as many as fit, and "…" (see :meth:`large_words`). The
        card keeps its size and place, so drags, tidying and hidden cards are as before."""
        if px != self._readable_px:
            self._readable_px = px
            self.update()

    @property
    def readable_px(self) -> float | None:
        return self._readable_px

    def large_words(self, scale: float) -> LargeWords | None:
        """The words set large at view scale ``scale``, or None when the note draws its
        words as usual there (no size asked for, large enough already, another step's
        note, being edited, or a card too small for one line at that size)."""
        px = self._readable_px
        if px is None or self._strength < 1.0 or self.editing or scale <= 0:
            return None
        if scale * _em(style.note_text_point_size()) >= px:
            return None
        letter = palette_colour(self._colour_key).letter if style.no_colour_only() else ""
        return large_words(
            self._text,
            math.ceil(px / scale - 1e-6),
            self._width,
            self._height,
            bool(self._dots),
            letter,
        )

    def words_em(self, scale: float) -> float:
        """The em of the words this note draws at view scale ``scale``, in star units."""
        large = self.large_words(scale)
        if large is not None:
            return float(large.pixel_size)
        return float(_em(style.note_text_point_size()))

    def shown_words(self, scale: float) -> str:
        """The words this note draws at view scale ``scale``."""
        large = self.large_words(scale)
        return large.shown if large is not None else self._shown_text()

    def set_preview_co(self, label: str | None) -> None:
        """While dragging: show where the note would land."""
        if label != self._preview_co:
            self._preview_co = label
            self._changed()

    @property
    def note_text(self) -> str:
        """The note's text as the document last gave it (not what is being typed)."""
        return self._text

    @property
    def words(self):
        """The note's words as laid out for painting (made again only when they change)."""
        return self._words

    @property
    def labels(self) -> tuple | None:
        """The author and Co labels as the last paint laid them out: (font, static text,
        position) each; None until painted."""
        return self._labels

    def _shown_text(self) -> str:
        return shown_text(self._text)

    def _new_words(self, before: NoteText | None) -> NoteText:
        """The words laid out as the note shows them now (``before``: as they were); the
        note joins or leaves the notes that need a fallback font."""
        words = note_text(self._shown_text(), text_width(self._width))
        if not words.main_font_only:
            _IN_FALLBACK_FONTS.add(self)
        elif before is not None and not before.main_font_only:
            _IN_FALLBACK_FONTS.discard(self)
        return words

    def _lay_out_words(self) -> None:
        self._words = self._new_words(self._words)

    def _show_text(self) -> None:
        """Lay out the text as it is shown when not editing, and fit the note to it."""
        self._lay_out_words()
        if self._editor is not None and not self.editing:
            self._editor.setPlainText(self._shown_text())
        self._relayout()
        self._changed()

    def _changed(self) -> None:
        """Something the note shows changed: its labels are fitted again when next painted."""
        self._labels = None
        self.update()

    def _apply_colour(self) -> None:
        if self._editor is not None:
            self._editor.setDefaultTextColor(style.note_fill_and_ink(self._colour_key)[1])

    def apply_appearance(self) -> None:
        """Follow a new theme, text size or colour option."""
        if self._editor is not None:
            self._editor.setFont(style.font(style.note_text_point_size()))
        self._apply_colour()
        self._show_text()

    def fonts_changed(self) -> None:
        """Fonts were added and this note's words needed a fallback font: lay them out again
        (see :func:`watch_fonts`; words in the main note font stay as they are)."""
        if not self.editing:
            self._show_text()

    def _on_typed(self) -> None:
        """The editor's text changed: fit the card to it and, while editing, tell the
        scene what it says now (presentation mode shows it as a caption)."""
        self._relayout()
        if self.editing:
            self._tell_typed()

    def _tell_typed(self) -> None:
        scene = self.scene()
        if isinstance(scene, NoteScene) and self._editor is not None:
            scene.note_being_typed(self, self._editor.toPlainText())

    def _relayout(self) -> None:
        h = self.natural_height()
        if h != self._height:
            self._height = h
            self._set_bounds()
            self._labels = None
        self._place_editor()

    def _place_editor(self) -> None:
        if self._editor is not None:
            self._editor.setPos(-self._width / 2 + PAD, -self._height / 2 + meta_height() + PAD / 2)

    # --- editing ------------------------------------------------------------------

    def start_editing(self, select_all: bool = False) -> None:
        if self.editing:
            return
        editor = self.text_item
        editor.setPlainText(self._text)
        editor.setVisible(True)
        editor.begin(select_all)
        self._relayout()
        self.update_marks()
        self._tell_typed()

    def finish_editing(self, reason: str = "enter") -> None:
        if self._editor is not None:
            self._editor.end(reason)

    def _on_finished(self, reason: str) -> None:
        # Escape keeps what was typed, like Enter: a key press never throws text away.
        if self._editor is None:
            return  # only its editor says it finished, so there is one
        typed = self._editor.toPlainText()
        scene = self.scene()
        # The scene is told directly: one connection per note would cost more than the
        # note itself when thousands are loaded.
        if isinstance(scene, NoteScene):
            scene.note_editing_done(self, typed, reason)
        if not self.editing and self._editor is not None:
            # Show what the document holds now (the new text once it is saved).
            self._editor.setVisible(False)
            self._show_text()
        self.update_marks()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.start_editing()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    # --- drawing --------------------------------------------------------------

    def rect(self) -> QRectF:
        """The card (the rectangle item's own rectangle is the note's bounds)."""
        return QRectF(-self._width / 2, -self._height / 2, self._width, self._height)

    def scene_card(self) -> QRectF:
        """The card in scene coordinates."""
        pos = self.pos()
        return QRectF(
            pos.x() - self._width / 2, pos.y() - self._height / 2, self._width, self._height
        )

    def _set_bounds(self, for_dots: bool = False) -> None:
        in_scene = self.scene() is not None
        old = self.sceneBoundingRect() if in_scene else None
        self.setRect(self.rect().adjusted(*(MARKED_MARGINS if self._marked else PLAIN_MARGINS)))
        if not in_scene or old is None:
            return
        # Room made for a dot's badge uncovers nothing, and what it might hide more is not
        # worth working out: phones in a room give dots many times a second.
        if not (for_dots and self.sceneBoundingRect().contains(old)):
            self._cover_changed(old)

    def _cover_changed(self, old: QRectF | None = None) -> None:
        """The note moved (from ``old``), changed size or stopped (or started) resting: the
        cards it covered are drawn again (see hidden_cards)."""
        scene = self.scene()
        if isinstance(scene, NoteScene):
            area = self.sceneBoundingRect()
            if old is None or old.intersects(area):
                scene.cover_changed(area if old is None else area.united(old))
            else:  # apart: a long move does not uncover everything in between
                scene.cover_changed(old, area)

    def update_marks(self, for_dots: bool = False) -> None:
        """Selection, focus, editing or dots changed: make room for what is drawn outside the
        card, or give it back. The scene calls this when the selection changes (Qt has no
        cheaper hook)."""
        marked = bool(self._dots) or self.isSelected() or self.hasFocus() or self.editing
        if marked != self._marked:
            self._marked = marked
            self._set_bounds(for_dots)
        else:
            self._cover_changed()
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        # Called for every note that comes into view at a new scale: each Qt call counts.
        meta = meta_height()
        rect, shadow_right, shadow_below, words_at = _card(self._width, self._height, meta)
        look = note_look(self._colour_key, self._strength)
        # A soft shadow lifts the note off the star: only its right and bottom edges show
        # past the card, so only they are filled (a whole shadow card cost more than the
        # note), square and without antialiasing (a few pixels nobody sees round).
        painter.setRenderHint(_ANTIALIASING, False)
        painter.fillRect(shadow_right, look.shadow)
        painter.fillRect(shadow_below, look.shadow)
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(look.border)
        painter.setBrush(look.fill_brush)
        painter.drawRoundedRect(rect, 6, 6)
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if self._readable_px is not None:
            large = self.large_words(scale)
            if large is not None:
                self._paint_large(painter, rect, look, large, scale)
                return
        if scale * style.note_text_point_size() < MIN_TEXT_POINTS:
            self._paint_far(painter, rect, look, meta, scale)
            return
        if self._labels is None:
            self._labels = self._lay_out_labels(rect, meta)
        if style.no_colour_only():
            self._paint_pattern(painter, rect, look, meta)
        painter.setPen(look.ink)
        for font, static, at in self._labels:
            painter.setFont(font)
            painter.drawStaticText(at, static)
        if not self.editing:
            self._words.draw(painter, words_at)
        self._paint_marks(painter, rect, scale)

    def _lay_out_labels(self, rect: QRectF, meta: float) -> tuple:
        """The author (top left), the Co (bottom right) and the badges (bottom left), fitted
        once per change, not per paint: (font, text, where) in item coordinates. Placed
        labels are shared by all notes that show the same words at the same size."""
        co = self._preview_co if self._preview_co is not None else self._co_label
        return placed_labels(
            self._author,
            co,
            self._badges,
            rect.width(),
            rect.height(),
            meta,
            style.note_meta_point_size(),
            style.no_colour_only(),
            bool(self._dots),
        )

    def _paint_pattern(self, painter: QPainter, rect: QRectF, look, meta: float) -> None:
        """The colour's own pattern across the top strip, and its letter in a box."""
        strip = QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, meta + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            QBrush(look.ink, style.PATTERNS.get(self._colour_key, Qt.BrushStyle.NoBrush))
        )
        painter.drawRect(strip)
        box = QRectF(rect.left() + PAD, rect.top() + 5, meta - 2, meta - 2)
        painter.setBrush(look.fill_brush)
        painter.setPen(QPen(look.ink, 2))
        painter.drawRect(box)
        painter.setFont(style.font(style.note_meta_point_size(), bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, palette_colour(self._colour_key).letter)
        if self._author:
            # Keep the author readable over the pattern.
            advance = author_advance(self._author, style.note_meta_point_size())
            width = min(advance + 4, rect.right() - box.right() - 6)
            painter.fillRect(QRectF(box.right() + 4, rect.top() + 6, width, meta - 4), look.fill)

    def _paint_large(
        self, painter: QPainter, rect: QRectF, look, large: LargeWords, scale: float
    ) -> None:
        """The words set large (see :meth:`large_words`): they take the author's and the
        Co's lines too, which could not be read at this zoom. The colour's pattern and
        letter, dots, selection and focus stay."""
        if large.strip is not None and large.letter_box is not None:
            corner = rect.topLeft()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                QBrush(look.ink, style.PATTERNS.get(self._colour_key, Qt.BrushStyle.NoBrush))
            )
            painter.drawRect(large.strip.translated(corner))
            box = large.letter_box.translated(corner)
            painter.setBrush(look.fill_brush)
            painter.setPen(QPen(look.ink, max(2.0, 1.5 / max(scale, 0.01))))
            painter.drawRect(box)
            painter.setFont(_letter_font(large.pixel_size))
            painter.drawText(
                box, Qt.AlignmentFlag.AlignCenter, palette_colour(self._colour_key).letter
            )
        painter.setPen(look.ink)
        large.draw(painter, rect.topLeft())
        self._paint_marks(painter, rect, scale)

    def _paint_far(self, painter: QPainter, rect: QRectF, look, meta: float, scale: float) -> None:
        """Far out, words would be a few pixels high: bars stand for the text."""
        if style.no_colour_only():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                QBrush(look.ink, style.PATTERNS.get(self._colour_key, Qt.BrushStyle.NoBrush))
            )
            painter.drawRect(QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 2, meta + 2))
        lines = max(1, min(4, int((rect.height() - 2 * meta) // 26)))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for i in range(lines):
            width = rect.width() - 2 * PAD - (40 if i == lines - 1 and lines > 1 else 0)
            painter.fillRect(
                QRectF(rect.left() + PAD, rect.top() + meta + PAD + i * 26, width, 12), look.bars
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_marks(painter, rect, scale)

    def _paint_marks(self, painter: QPainter, rect: QRectF, scale: float) -> None:
        """Dots, selection and focus: shown at every distance."""
        theme = style.theme()
        if self._dots:
            if self._strength < 1.0:
                painter.setOpacity(self._strength)  # faded with its note
            paint_dot_badge(painter, QPointF(rect.right() - 8, rect.top() + 8), self._dots)
            painter.setOpacity(1.0)
        if self.isSelected() or self.editing:
            # Selection is shown by a thick dashed frame, not by colour alone; far out it
            # is kept about 2 pixels wide (within the note's bounds).
            width = min(8.0, max(4.0, 2.0 / max(scale, 0.01)))
            painter.setPen(QPen(QColor(theme.selection), width, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 9, 9)
        if self.hasFocus() and not self.editing:
            # Keyboard focus: a solid ring outside the selection frame.
            painter.setPen(QPen(QColor(theme.focus), 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-11, -11, 11, 11), 13, 13)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update_marks()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update_marks()

    def centre(self) -> QPointF:
        return self.pos()
