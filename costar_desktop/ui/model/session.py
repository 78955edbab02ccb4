"""The editing session: the choices that new notes and dots take at the shared screen.

Who is writing (the author of new notes), in which colour, and whose dots a click gives
are held here once. The editor reads them when it makes a note or gives a dot; the toolbar's
"Writing as" and "Colour" boxes and the voting panel's list set them and follow them. They
belong to the window's session, not to the workshop: nothing here is saved in the file.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from costar_desktop.core.palette import DEFAULT_COLOUR


class EditingSession(QObject):
    """The current colour, author and voter; each setter tells only when the value changes."""

    #: The colour of new notes changed (palette key).
    colour_changed = Signal(str)
    #: The author of new notes changed (participant id, or None for nobody in particular).
    author_changed = Signal(object)
    #: The voter whose dots a click gives changed (participant id or None).
    voter_changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._colour = DEFAULT_COLOUR
        self._author_id: str | None = None
        self._voter_id: str | None = None

    @property
    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        if colour != self._colour:
            self._colour = colour
            self.colour_changed.emit(colour)

    @property
    def author_id(self) -> str | None:
        return self._author_id

    def set_author(self, author_id: str | None) -> None:
        if author_id != self._author_id:
            self._author_id = author_id
            self.author_changed.emit(author_id)

    @property
    def voter_id(self) -> str | None:
        return self._voter_id

    def set_voter(self, voter_id: str | None) -> None:
        if voter_id != self._voter_id:
            self._voter_id = voter_id
            self.voter_changed.emit(voter_id)
