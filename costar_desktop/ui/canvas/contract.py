"""What a note item may ask of the scene it lies in: the narrow contract between them.

A note is a plain ``QGraphicsRectItem``, not a QObject (thousands lie on the canvas, so no
signals and no connection per note): it tells its scene directly. It does so only
through the methods declared here, and only when its scene is a :class:`NoteScene`; in
any other scene (a test's, a print preview's) a note keeps what it knows to itself.
:class:`~costar_desktop.ui.canvas.scene.CanvasScene` is the one that acts on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

if TYPE_CHECKING:
    from costar_desktop.ui.canvas.note_item import NoteItem
    from costar_desktop.ui.model.document import WorkshopDocument


class NoteScene(QGraphicsScene):
    """A scene that note items report to, and that the hidden-cards helper reads."""

    #: The document shown, if any.
    document: WorkshopDocument | None = None

    def note_editing_done(self, item: NoteItem, text: str, reason: str) -> None:
        """``item`` finished editing with ``text``; ``reason`` is "enter", "tab", "escape"
        or "focus"."""

    def note_being_typed(self, item: NoteItem, text: str) -> None:
        """``item`` is being edited and now says ``text`` (editing began, or a key was
        typed); :meth:`note_editing_done` follows when editing ends."""

    def cover_changed(self, *areas: QRectF) -> None:
        """A card moved, resized or changed its place in the stack within these areas."""

    @property
    def draft(self) -> NoteItem | None:
        """The new note being typed, if any."""
        return None

    def editing_item(self) -> NoteItem | None:
        """The note whose text is being edited, if any."""
        return None

    def note_items(self) -> list[NoteItem]:
        """The notes on the scene."""
        return []
