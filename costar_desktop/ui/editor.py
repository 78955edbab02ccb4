"""The workshop editor: the canvas plus the thin glue from gestures to undo commands."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from costar_desktop.core.model import Note, Step
from costar_desktop.core.palette import DEFAULT_COLOUR
from costar_desktop.ui import commands
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.canvas.view import CanvasView
from costar_desktop.ui.document import WorkshopDocument


class WorkshopEditor(QWidget):
    """Shows one document on the star and turns what the user does into commands."""

    #: The selection of notes changed.
    selection_changed = Signal()

    def __init__(self, document: WorkshopDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.scene = CanvasScene(document.geometry, self)
        self.scene.set_document(document)
        self.view = CanvasView(self.scene, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.current_colour = DEFAULT_COLOUR
        self.current_author_id: str | None = None
        self.current_step = Step.MAP

        self.scene.note_typed.connect(self._on_note_typed)
        self.scene.note_edited.connect(self._on_note_edited)
        self.scene.notes_moved.connect(self._on_notes_moved)
        self.scene.new_note_wanted.connect(self.start_note_at)
        self.scene.selectionChanged.connect(self.selection_changed)

    # --- commands -------------------------------------------------------------------

    def push(self, command: commands.DocumentCommand) -> bool:
        """Run a command through the undo stack; False (and the screen put back) if not saved."""
        self.document.undo_stack.push(command)
        if command.failed:
            self._resync()
            return False
        return True

    def _resync(self) -> None:
        """Put every item back where the document says it is (after a failed save)."""
        for note_id in list(self.document.notes):
            self.scene._on_note_changed(note_id)

    # --- notes ----------------------------------------------------------------------

    def author_name(self, author_id: str | None) -> str:
        p = self.document.participants.get(author_id) if author_id else None
        return p.name if p else ""

    def start_note_at(self, centre: QPointF) -> None:
        """Start typing a new note centred at ``centre`` (scene coordinates)."""
        self.view.setFocus()
        self.scene.start_new_note(centre, self.current_colour,
                                  self.author_name(self.current_author_id))

    def new_note(self) -> None:
        """Start a new note under the pointer (or in the middle of the view)."""
        self.start_note_at(self.view.pointer_scene_pos())

    def _on_note_typed(self, x: float, y: float, text: str, height: float) -> None:
        note = Note(text=text, x=x, y=y, height=height, colour=self.current_colour,
                    author_id=self.current_author_id, co=self.document.co_for(x, y),
                    step=self.current_step)
        if self.push(commands.AddNotesCommand(self.document, [note])):
            self.scene.select_notes([note.id])
        else:
            # Not saved: keep the typed text on screen, in a draft, so nothing is lost.
            draft = self.scene.start_new_note(QPointF(x, y), self.current_colour,
                                              self.author_name(self.current_author_id))
            draft.text_item.setPlainText(text)

    def _on_note_edited(self, note_id: str, text: str, height: float) -> None:
        note = self.document.notes.get(note_id)
        if note is None or text == note.text:
            return
        if not text.strip():
            self.push(commands.DeleteNotesCommand(self.document, [note_id]))
            return
        if not self.push(commands.EditNoteTextCommand(self.document, note_id, text, height)):
            # Keep what was typed on screen, in the editor, so it is not lost.
            item = self.scene.note_item(note_id)
            if item is not None:
                item.start_editing()
                item.text_item.setPlainText(text)

    def _on_notes_moved(self, positions: dict) -> None:
        self.push(commands.MoveNotesCommand(self.document, positions))

    def selected_note_ids(self) -> list[str]:
        return self.scene.selected_note_ids()

    def edit_selected(self) -> None:
        ids = self.selected_note_ids()
        if len(ids) == 1:
            self.scene.note_item(ids[0]).start_editing()

    def delete_selected(self) -> None:
        ids = self.selected_note_ids()
        if ids:
            self.push(commands.DeleteNotesCommand(self.document, ids))

    def recolour(self, colour: str) -> None:
        """Colour the selected notes (undoable); new notes take this colour too."""
        self.current_colour = colour
        ids = self.selected_note_ids()
        if ids:
            self.push(commands.RecolourNotesCommand(self.document, ids, colour))

    def set_author_of_selected(self, author_id: str | None) -> None:
        ids = self.selected_note_ids()
        if ids:
            self.push(commands.SetNoteAuthorCommand(self.document, ids, author_id))

    def select_all(self) -> None:
        self.scene.select_notes(list(self.document.notes))

    def finish_editing(self) -> None:
        """End any text editing in progress (before closing or saving elsewhere)."""
        item = self.scene.editing_item()
        if item is not None:
            item.finish_editing("focus")
