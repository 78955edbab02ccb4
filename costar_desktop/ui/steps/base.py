"""What every step panel shares: binding to the open document and its editor."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from costar_desktop.ui.document import WorkshopDocument


class StepPanel(QWidget):
    """A side panel that follows the open document (or shows nothing when none is open)."""

    #: Document signals that make this panel refresh itself.
    watches: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: WorkshopDocument | None = None
        self.editor = None
        # Many changes in one go (a move of 500 notes) cause one refresh, not 500.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)

    def bind(self, document: WorkshopDocument | None, editor) -> None:
        if self.document is not None:
            for name in self.watches:
                try:
                    getattr(self.document, name).disconnect(self.schedule_refresh)
                except (RuntimeError, TypeError):
                    pass
        self.document, self.editor = document, editor
        if document is not None:
            for name in self.watches:
                getattr(document, name).connect(self.schedule_refresh)
        self.setEnabled(document is not None)
        self.refresh()

    def schedule_refresh(self, *_args) -> None:
        """Refresh once control returns to the event loop."""
        self._pending.start()

    def push(self, command) -> bool:
        if self.editor is None:
            return False
        return self.editor.push(command)

    def refresh(self, *_args) -> None:  # pragma: no cover - overridden
        raise NotImplementedError
