"""Grow step: the table model of the action plan, its editors and its filter."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate

from costar_desktop.ui.i18n import translate
from costar_desktop.ui import i18n
from costar_desktop.core.model import Action, ActionStatus, Co
from costar_desktop.core.star import CO_ORDER
from costar_desktop.ui.commands_steps import UpdateEntityCommand

COLUMNS = ("action", "first_step", "owner", "due", "co", "note_ids", "status", "review_date")
HEADERS = (QT_TRANSLATE_NOOP("ActionsPanel", "Action"), QT_TRANSLATE_NOOP("ActionsPanel", "First step"),
           QT_TRANSLATE_NOOP("ActionsPanel", "Owner"), QT_TRANSLATE_NOOP("ActionsPanel", "Due"),
           QT_TRANSLATE_NOOP("ActionsPanel", "Co"), QT_TRANSLATE_NOOP("ActionsPanel", "Linked notes"),
           QT_TRANSLATE_NOOP("ActionsPanel", "Status"), QT_TRANSLATE_NOOP("ActionsPanel", "Review"))
DATE_COLUMNS = (3, 7)
NO_DATE = QDate(2000, 1, 1)


class ActionsModel(QAbstractTableModel):
    """The document's actions; every edit becomes an undo command through ``push``."""

    def __init__(self, panel):
        super().__init__(panel)
        self.panel = panel
        self.ids: list[str] = []

    @property
    def document(self):
        return self.panel.document

    def reload(self) -> None:
        self.beginResetModel()
        self.ids = list(self.document.actions) if self.document is not None else []
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
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
            notes = [self.document.notes[i].text.split("\n")[0] for i in value if i in self.document.notes]
            return "; ".join(notes)
        if field in ("due", "review_date"):
            date = QDate.fromString(value, "yyyy-MM-dd")
            return date.toString("d MMM yyyy") if date.isValid() else ""
        return value

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.ids[index.row()] not in self.document.actions:
            return None  # removed a moment ago; the model reloads straight after
        a = self.action(index.row())
        field = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(a, field)
            if field == "action" and a.carried_from and role == Qt.ItemDataRole.ToolTipRole:
                text += translate("ActionsPanel", "\n(carried over from “%1”)").replace("%1", a.carried_from)
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

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        if COLUMNS[index.column()] == "note_ids":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
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
        return self.panel.push(UpdateEntityCommand(
            self.document, "actions", a.id, {field: value}, translate("ActionsPanel", "Edit action")))


class DateDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(self.tr("No date"))
        editor.setDisplayFormat("d MMM yyyy")
        return editor

    def setEditorData(self, editor, index):
        date = QDate.fromString(index.data(Qt.ItemDataRole.EditRole) or "", "yyyy-MM-dd")
        editor.setDate(date if date.isValid() else QDate.currentDate())

    def setModelData(self, editor, model, index):
        date = editor.date()
        model.setData(index, "" if date == NO_DATE else date.toString("yyyy-MM-dd"))


class ChoiceDelegate(QStyledItemDelegate):
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
        a = self.sourceModel().action(row)
        if self.owner and self.owner not in a.owner.casefold():
            return False
        if self.co != "all" and (a.co.value if a.co else "none") != self.co:
            return False
        if self.status != "all" and a.status.value != self.status:
            return False
        return True
