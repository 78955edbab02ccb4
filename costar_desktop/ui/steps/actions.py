"""Grow step: the table model of the action plan, its editors and its filter.

The table is typed into as a spreadsheet: a key or F2 opens a cell, Tab and Shift+Tab commit
it and open the next (or previous) cell that can be typed in, across rows, Enter commits,
Escape drops what was typed in that cell only. Each cell committed is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
)

from costar_desktop.core.model import Action, ActionStatus, Co
from costar_desktop.core.star import CO_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.date_entry import DateLineEdit, display
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from costar_desktop.ui.model.commands_steps import UpdateEntityCommand

#: The index of the top level, the default parent of rowCount() and columnCount().
_ROOT = QModelIndex()

COLUMNS = ("action", "first_step", "owner", "due", "co", "note_ids", "status", "review_date")
HEADERS = (
    QT_TRANSLATE_NOOP("ActionsPanel", "Action"),
    QT_TRANSLATE_NOOP("ActionsPanel", "First step"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Owner"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Due"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Co"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Linked notes"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Status"),
    QT_TRANSLATE_NOOP("ActionsPanel", "Review"),
)
DATE_COLUMNS = (3, 7)


class ActionsModel(QAbstractTableModel):
    """The document's actions; every edit becomes an undo command through ``push``."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.ids: list[str] = []
        #: The action objects last shown, by id (the document replaces those it changes).
        self._shown: dict[str, Action] = {}

    @property
    def document(self):
        return self.panel.document

    def reload(self) -> bool:
        """Follow the document; True if rows came or went (the table was reset).

        When only values changed, only the rows that changed are told (the document
        replaces an action it changes), so an open cell editor, the current cell and the
        selection stay: a reset would close the cell being typed in and make Tab start again
        from the first column.
        """
        ids = list(self.document.actions) if self.document is not None else []
        shown = dict(self._shown)
        self._shown = dict(self.document.actions) if self.document is not None else {}
        if ids != self.ids:
            self.beginResetModel()
            self.ids = ids
            self.endResetModel()
            return True
        last = len(COLUMNS) - 1
        notes = COLUMNS.index("note_ids")
        for row, action_id in enumerate(ids):
            if shown.get(action_id) is not self._shown[action_id]:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            elif self._shown[action_id].note_ids:  # a linked note's words may have changed
                self.dataChanged.emit(self.index(row, notes), self.index(row, notes))
        return False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("ActionsPanel", HEADERS[section])
        return None

    def action(self, row: int) -> Action:
        return self.document.actions[self.ids[row]]

    def _text(self, a: Action, field: str) -> str:
        value = getattr(a, field)
        if field == "co":
            return i18n.label(value) if value else "–"
        if field == "status":
            return i18n.label(value)
        if field == "note_ids":
            notes = [
                self.document.notes[i].text.split("\n")[0]
                for i in value
                if i in self.document.notes
            ]
            return "; ".join(notes)
        if field in ("due", "review_date"):
            return display(value)
        return value

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ids[index.row()] not in self.document.actions:
            return None  # removed a moment ago; the model reloads straight after
        a = self.action(index.row())
        field = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(a, field)
            if field == "action" and a.carried_from and role == Qt.ItemDataRole.ToolTipRole:
                text += translate("ActionsPanel", "\n(carried over from “%1”)").replace(
                    "%1", a.carried_from
                )
            return text
        if role == Qt.ItemDataRole.EditRole:
            value = getattr(a, field)
            return value.value if hasattr(value, "value") else value
        if role == Qt.ItemDataRole.UserRole:  # for sorting: empty dates last
            value = getattr(a, field)
            if field in ("due", "review_date"):
                return value or "9999-12-31"
            if field == "co":
                return CO_ORDER.index(value) if value else 9
            if field == "status":
                return list(ActionStatus).index(value)
            return self._text(a, field).casefold()
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if COLUMNS[index.column()] == "note_ids":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.document is None:
            return False  # e.g. a cell left open while its workshop was closed
        if index.row() >= len(self.ids) or self.ids[index.row()] not in self.document.actions:
            return False
        a = self.action(index.row())
        field = COLUMNS[index.column()]
        if field == "co":
            value = Co(value) if value else None
        elif field == "status":
            value = ActionStatus(value)
        elif isinstance(value, str):
            value = value.strip()
        if getattr(a, field) == value:
            return False
        if field == "action" and not value:
            return False  # an action needs words; remove it instead
        return self.panel.push(
            UpdateEntityCommand(
                self.document,
                "actions",
                a.id,
                {field: value},
                translate("ActionsPanel", "Edit action"),
            )
        )


class ActionTable(QTableView):
    """The action plan's table: Tab and Shift+Tab go from cell to cell with the editor open."""

    def editor_index(self, editor) -> QModelIndex:
        """The cell an open editor edits (editors sit exactly over their cell)."""
        index = self.indexAt(editor.geometry().center())
        return index if index.isValid() else self.currentIndex()

    def neighbour(self, index: QModelIndex, forward: bool) -> QModelIndex:
        """The next (or previous) cell that can be typed in, in the order shown: along the
        row, then from the last column to the first of the next row; invalid at the end."""
        model = self.model()
        header = self.horizontalHeader()
        columns = [
            header.logicalIndex(v)
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]
        rows = [r for r in range(model.rowCount()) if not self.isRowHidden(r)]
        if not index.isValid() or index.row() not in rows or index.column() not in columns:
            return QModelIndex()
        r, c = rows.index(index.row()), columns.index(index.column())
        step = 1 if forward else -1
        while True:
            c += step
            if not 0 <= c < len(columns):
                r += step
                if not 0 <= r < len(rows):
                    return QModelIndex()
                c = 0 if forward else len(columns) - 1
            cell = model.index(rows[r], columns[c])
            if cell.flags() & Qt.ItemFlag.ItemIsEditable:
                return cell

    def move_editing(self, editor, delegate, forward: bool) -> None:
        """Commit the open cell (one undo step) and open the next or previous one."""
        here = self.editor_index(editor)
        target = QPersistentModelIndex(self.neighbour(here, forward))  # follows re-sorting
        delegate.commitData.emit(editor)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if target.isValid():
            index = self.model().index(target.row(), target.column())
            self.setCurrentIndex(index)
            self.edit(index)

    def closeEditor(self, editor, hint) -> None:
        if (
            isinstance(editor, DateLineEdit)
            and not editor.is_readable()
            and hint != QAbstractItemDelegate.EndEditHint.RevertModelCache
        ):
            # Not a date: keep what was typed, in its cell, and say so (Escape drops it).
            editor.show_problem()
            QTimer.singleShot(0, lambda: self._back_to(editor))
            return
        super().closeEditor(editor, hint)

    def _back_to(self, editor) -> None:
        try:
            index = self.editor_index(editor)
        except RuntimeError:  # closed meanwhile
            return
        if index.isValid() and index != self.currentIndex():
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit_open_editor(self) -> None:
        """Commit the cell being typed in, if any (before the workshop closes)."""
        editor = QApplication.focusWidget()
        while editor is not None and editor.parentWidget() is not self.viewport():
            editor = editor.parentWidget()
        if editor is not None and self.state() == QTableView.State.EditingState:
            delegate = self.itemDelegateForIndex(self.editor_index(editor))
            if delegate is not None:
                delegate.commitData.emit(editor)
                delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class CellDelegate(QStyledItemDelegate):
    """Tab and Shift+Tab in an open cell go to the next or previous cell of the table."""

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            mods = event.modifiers()
            view = self.parent()
            if isinstance(view, ActionTable) and not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                forward = (
                    event.key() == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier
                )
                view.move_editing(editor, self, forward)
                return True
        return super().eventFilter(editor, event)


class DateDelegate(CellDelegate):
    """A typed date: the user's locale's formats, ISO dates and English month names; empty
    for no date. A text that is not a date is said so and kept, never saved or changed."""

    #: Words saying that the date being typed is not a date ("" once it is gone).
    problem = Signal(str)

    def createEditor(self, parent, option, index):
        editor = DateLineEdit(parent)
        editor.setPlaceholderText(self.tr("No date"))
        editor.setAccessibleName(
            str(index.model().headerData(index.column(), Qt.Orientation.Horizontal) or "")
        )
        editor.problem.connect(self.problem)
        return editor

    def setEditorData(self, editor, index):
        editor.set_iso(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        if editor.check():
            model.setData(index, editor.iso())

    def eventFilter(self, editor, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            if not editor.check():
                return True  # stays open with what was typed, and says why
        elif kind == QEvent.Type.FocusOut and not editor.is_readable():
            inside = QApplication.focusWidget()
            while inside is not None and inside is not editor:
                inside = inside.parentWidget()
            if inside is None:  # focus left for good (not into the calendar)
                editor.show_problem()
            return False  # not committed, not closed: what was typed stays
        return super().eventFilter(editor, event)


class ChoiceDelegate(CellDelegate):
    def __init__(self, choices: list[tuple[str, str | None]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor, index):
        i = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(0, i))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class ActionFilter(QSortFilterProxyModel):
    """Show only actions of an owner (words in the name), a Co and a status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.owner = ""
        self.co = "all"
        self.status = "all"
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_filters(self, owner: str, co: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()
            self.owner, self.co, self.status = owner.casefold().strip(), co, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.owner, self.co, self.status = owner.casefold().strip(), co, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ActionsModel), model
        a = model.action(row)
        if self.owner and self.owner not in a.owner.casefold():
            return False
        if self.co != "all" and (a.co.value if a.co else "none") != self.co:
            return False
        if self.status != "all" and a.status.value != self.status:
            return False
        return True
