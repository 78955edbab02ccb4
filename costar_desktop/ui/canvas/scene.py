"""The scene: the star plus one item per note, kept in step with the document.

The scene subscribes to the document once (:meth:`CanvasScene.set_document`) and
updates its items when the document says something changed. User gestures come
out as signals (a new note typed, a note edited, notes moved); the editor turns
them into undo commands.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from costar_desktop.core.model import Note
from costar_desktop.core.star import STAR, StarGeometry
from costar_desktop.ui.canvas import style
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.canvas.star_item import StarItem
from costar_desktop.ui.document import WorkshopDocument

NO_CO_LABEL = "No Co yet"
NEXT_NOTE_GAP = 24.0


class CanvasScene(QGraphicsScene):
    """The star and its notes."""

    #: A new note was typed: (centre x, centre y, text, height). Empty drafts are dropped.
    note_typed = Signal(float, float, str, float)
    #: An existing note's text was edited: (note id, text, height).
    note_edited = Signal(str, str, float)
    #: Notes were dragged: {note id: (x, y)} of their new centres.
    notes_moved = Signal(dict)
    #: Empty space was double-clicked: start a new note here.
    new_note_wanted = Signal(QPointF)

    def __init__(self, geometry: StarGeometry = STAR, parent=None):
        super().__init__(parent)
        self.geometry = geometry
        left, top, width, height = geometry.canvas_rect()
        self.setSceneRect(QRectF(left, top, width, height).adjusted(-200, -200, 200, 200))
        self.setBackgroundBrush(style.CANVAS_BACKGROUND)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.star_item = StarItem(geometry)
        self.addItem(self.star_item)
        self.document: WorkshopDocument | None = None
        self._items: dict[str, NoteItem] = {}
        self._draft: NoteItem | None = None
        self._press_positions: dict[NoteItem, QPointF] = {}
        self._z = 0.0
        # Items taken off the scene while one of their own events is still running
        # (a note deleted by emptying it, a finished draft) are kept alive until the
        # event loop is back in control, so Qt never runs code of a deleted item.
        self._graveyard: list[NoteItem] = []

    # --- the document -------------------------------------------------------------

    def set_document(self, document: WorkshopDocument | None) -> None:
        """Show ``document``'s notes and follow its changes from now on."""
        if self.document is not None:
            for signal, slot in self._connections():
                signal.disconnect(slot)
        for item in list(self._items.values()):
            self._bury(item)
        self._items.clear()
        self._discard_draft()
        self.document = document
        if document is None:
            return
        for signal, slot in self._connections():
            signal.connect(slot)
        for note in document.notes.values():
            self._add_item(note)

    def _connections(self):
        d = self.document
        return [
            (d.note_added, self._on_note_added),
            (d.note_changed, self._on_note_changed),
            (d.note_removed, self._on_note_removed),
            (d.participants_changed, self._on_participants_changed),
        ]

    def _labels(self, note: Note) -> tuple[str, str]:
        author = self.document.participants.get(note.author_id) if note.author_id else None
        return (author.name if author else "", note.co.label if note.co else NO_CO_LABEL)

    def _add_item(self, note: Note) -> NoteItem:
        author, co = self._labels(note)
        item = NoteItem(note, author, co)
        item.editing_done.connect(self._on_editing_done)
        self._z += 0.001
        item.setZValue(self._z)
        self.addItem(item)
        self._items[note.id] = item
        return item

    def _on_note_added(self, note_id: str) -> None:
        if note_id not in self._items:
            self._add_item(self.document.notes[note_id])

    def _on_note_changed(self, note_id: str) -> None:
        item = self._items.get(note_id)
        note = self.document.notes.get(note_id)
        if item is not None and note is not None:
            item.sync(note, *self._labels(note))

    def _on_note_removed(self, note_id: str) -> None:
        item = self._items.pop(note_id, None)
        if item is not None:
            self._bury(item)

    def _bury(self, item: NoteItem) -> None:
        if item.scene() is self:
            self.removeItem(item)
        if not self._graveyard:
            QTimer.singleShot(0, self._graveyard.clear)
        self._graveyard.append(item)

    def _on_participants_changed(self) -> None:
        for note_id in self._items:
            self._on_note_changed(note_id)

    # --- looking up items ---------------------------------------------------------

    def note_item(self, note_id: str) -> NoteItem | None:
        return self._items.get(note_id)

    def note_items(self) -> list[NoteItem]:
        return list(self._items.values())

    def selected_note_ids(self) -> list[str]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, NoteItem) and i.note_id]

    def select_notes(self, note_ids) -> None:
        self.clearSelection()
        for nid in note_ids:
            item = self._items.get(nid)
            if item is not None:
                item.setSelected(True)

    def editing_item(self) -> NoteItem | None:
        item = self.focusItem()
        while item is not None and not isinstance(item, NoteItem):
            item = item.parentItem()
        return item if item is not None and item.editing else None

    @property
    def draft(self) -> NoteItem | None:
        return self._draft

    # --- new notes ------------------------------------------------------------------

    def start_new_note(self, centre: QPointF, colour: str = "yellow", author: str = "") -> NoteItem:
        """Put an empty draft note at ``centre`` and start typing into it."""
        self._discard_draft()
        self.clearSelection()
        draft_note = Note(x=centre.x(), y=centre.y(), colour=colour)
        co = self.geometry.co_at(centre.x(), centre.y())
        item = NoteItem(draft_note, author, co.label if co else NO_CO_LABEL)
        item.note_id = None
        item.editing_done.connect(self._on_editing_done)
        item.setZValue(self._z + 1)
        self.addItem(item)
        self._draft = item
        item.start_editing()
        return item

    def _discard_draft(self) -> None:
        if self._draft is not None:
            draft, self._draft = self._draft, None
            draft.editing_done.disconnect(self._on_editing_done)
            self._bury(draft)

    def _on_editing_done(self, item: NoteItem, text: str, reason: str) -> None:
        height = item.natural_height()
        if item is self._draft:
            centre = item.pos()
            width = item.rect().width()
            self._discard_draft()
            if text.strip():
                self.note_typed.emit(centre.x(), centre.y(), text, height)
            if reason == "tab":
                self.start_new_note(centre + QPointF(width + NEXT_NOTE_GAP, 0),
                                    colour=item.colour_key, author=item.author)
            return
        if item.note_id is not None:
            self.note_edited.emit(item.note_id, text, height)
            if reason == "tab":
                self.start_new_note(item.pos() + QPointF(item.rect().width() + NEXT_NOTE_GAP, 0),
                                    colour=item.colour_key, author=item.author)

    # --- mouse --------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_positions = {i: i.pos() for i in self.selectedItems()
                                     if isinstance(i, NoteItem) and i.note_id}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if self._press_positions and event.buttons() & Qt.MouseButton.LeftButton:
            for item in self._press_positions:
                co = self.geometry.co_at(item.pos().x(), item.pos().y())
                item.set_preview_co(co.label if co else NO_CO_LABEL)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pressed, self._press_positions = self._press_positions, {}
        moved = {}
        for item, before in pressed.items():
            item.set_preview_co(None)
            if item.pos() != before and item.note_id in self._items:
                moved[item.note_id] = (item.pos().x(), item.pos().y())
        if moved:
            self.notes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        hit = [i for i in self.items(event.scenePos()) if i is not self.star_item]
        if not hit and event.button() == Qt.MouseButton.LeftButton:
            self.new_note_wanted.emit(event.scenePos())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
