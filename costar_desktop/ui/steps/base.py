"""What every step panel shares: binding to the open document and its editor."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core.model import Step
from costar_desktop.ui.model.commands_steps import (
    AddEntityCommand,
    RemoveEntityCommand,
    UpdateEntityCommand,
)
from costar_desktop.ui.model.document import WorkshopDocument


class Record(Protocol):
    """What a register's table needs of each of its records."""

    @property
    def id(self) -> str: ...


class StepPanel(QWidget):
    """A side panel that follows the open document (or shows nothing when none is open)."""

    # What each panel declares (the step tools walk ui/steps/panels.py's list of them):
    #: Its name, also the objectName of its dock ("dock_<key>").
    key: str = ""
    #: Its title in the View → Panels menu and on its dock's tab (context "StepTools").
    title: str = ""
    #: The key of the panel whose dock it shares (below it); "" for a dock of its own.
    dock: str = ""
    #: The step that brings its dock to the front, if any.
    step: Step | None = None
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea
    #: The document's signals (``WorkshopDocument.note_changed``…) that make it refresh.
    watches: tuple[Signal, ...] = ()

    #: Something went wrong that the user must hear of (title, message); the window shows it.
    problem = Signal(str, str)

    #: How long (ms) a change waits before panels show it: none, unless phones in the room
    #: are sending notes and dots many times a second; then panels catch up at most this
    #: often rather than after every one (see :meth:`set_refresh_delay`).
    refresh_delay_ms = 0

    @classmethod
    def set_refresh_delay(cls, ms: int) -> None:
        """Panels show changes at most every ``ms`` milliseconds (0: at once)."""
        StepPanel.refresh_delay_ms = max(0, int(ms))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: WorkshopDocument | None = None
        self.editor = None
        # Many changes in one go (a move of 500 notes) cause one refresh, not 500.
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.refresh)
        #: Changed while out of sight: refresh when shown (or asked for) again.
        self._stale = False
        #: Whether the panel's dock is on screen (a dock behind another's tab is not, though
        #: Qt still calls it visible); the step tools say so.
        self._in_sight = True

    def bind(self, document: WorkshopDocument | None, editor) -> None:
        if self.document is not None:
            for signal in self.watches:
                try:
                    signal.__get__(self.document, type(self.document)).disconnect(
                        self.schedule_refresh
                    )
                except (RuntimeError, TypeError):
                    pass
        self.document, self.editor = document, editor
        if document is not None:
            for signal in self.watches:
                signal.__get__(document, type(document)).connect(self.schedule_refresh)
        self.setEnabled(document is not None)
        self._stale = False
        self.refresh()

    def schedule_refresh(self, *_args) -> None:
        """Refresh once control returns to the event loop. A panel out of sight (a tab behind
        another, a closed dock) is refreshed when it is shown again instead: with thousands of
        notes a recount costs milliseconds on every change."""
        if self._in_sight and self.isVisible():
            delay = StepPanel.refresh_delay_ms
            if delay == 0:
                self._pending.setInterval(0)
                self._pending.start()
            elif not self._pending.isActive():  # under a stream of changes: at most this often
                self._pending.setInterval(delay)
                self._pending.start()
        else:
            self._stale = True

    def set_in_sight(self, in_sight: bool) -> None:
        """The panel's dock came on screen (its tab chosen, the dock shown) or went away."""
        self._in_sight = in_sight
        if in_sight:
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        """Catch up with changes made while the panel was out of sight."""
        if self._stale:
            self._stale = False
            self._pending.stop()
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._in_sight:
            self.refresh_if_stale()

    def push(self, command) -> bool:
        if self.editor is None:
            return False
        return self.editor.push(command)

    def refresh(self, *_args) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class RegisterPanel(StepPanel):
    """A table of one kind of record with Add…, Edit… and Remove, each an undo command.

    Subclasses name the collection, the columns, how a record reads as a row, and the
    dialog that adds or changes one.
    """

    collection = ""
    columns: tuple[str, ...] = ()
    stretch_columns: tuple[int, ...] = ()

    def __init__(self, intro: str, accessible_name: str, parent=None):
        super().__init__(parent)
        label = QLabel(intro)
        label.setWordWrap(True)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(list(self.columns))
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for col in self.stretch_columns:
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(accessible_name)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Add…"), self.add),
            (self.tr("&Edit…"), self.edit),
            (self.tr("&Remove"), self.remove),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    # --- what subclasses say ------------------------------------------------------------

    def records(self, document: WorkshopDocument) -> Mapping[str, Record]:  # pragma: no cover
        """The document's records of this register (its ``collection``), by id."""
        raise NotImplementedError

    def row_values(self, obj) -> tuple[str, ...]:  # pragma: no cover - abstract
        raise NotImplementedError

    def dialog(self, obj=None):  # pragma: no cover - abstract
        raise NotImplementedError

    def new_object(self, values: dict):  # pragma: no cover - abstract
        raise NotImplementedError

    undo_texts = ("Add", "Edit", "Remove")

    # --- the table and its buttons --------------------------------------------------------

    def refresh(self, *_args) -> None:
        current = self.current_id()
        self.table.setRowCount(0)
        if self.document is None:
            return
        for obj in self.records(self.document).values():
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate(self.row_values(obj)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, obj.id)
                self.table.setItem(r, c, item)
            if obj.id == current:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        item = self.table.item(rows[0].row(), 0) if rows else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def add(self) -> None:
        if self.document is None:
            return
        dlg = self.dialog()
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.push(
                AddEntityCommand(
                    self.document,
                    self.collection,
                    self.new_object(dlg.values()),
                    self.undo_texts[0],
                )
            )

    def edit(self) -> None:
        obj_id = self.current_id()
        if obj_id is None or self.document is None:
            return
        obj = self.records(self.document)[obj_id]
        dlg = self.dialog(obj)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            changes = {k: v for k, v in dlg.values().items() if getattr(obj, k) != v}
            if changes:
                self.push(
                    UpdateEntityCommand(
                        self.document, self.collection, obj_id, changes, self.undo_texts[1]
                    )
                )

    def remove(self) -> None:
        obj_id = self.current_id()
        if obj_id is not None and self.document is not None:
            self.push(
                RemoveEntityCommand(self.document, self.collection, obj_id, self.undo_texts[2])
            )
