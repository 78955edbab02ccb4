"""Grow step: the action plan panel — the table, its filters, and carrying a plan over."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from costar_desktop.core import steps
from costar_desktop.core.model import Action, ActionStatus, Step
from costar_desktop.core.star import CO_ORDER
from costar_desktop.output import open_actions_from
from costar_desktop.storage import StorageError
from costar_desktop.storage.values import describe_repairs
from costar_desktop.ui import date_entry, i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.commands_steps import (
    AddActionsCommand,
    AddEntityCommand,
    RemoveEntityCommand,
    UpdateEntityCommand,
)
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.actions import (
    COLUMNS,
    DATE_COLUMNS,
    ActionFilter,
    ActionsModel,
    ActionTable,
    CellDelegate,
    ChoiceDelegate,
    DateDelegate,
)
from costar_desktop.ui.steps.base import StepPanel


class LinkNotesDialog(QDialog):
    """Choose the notes (shortlisted first) that an action comes from."""

    def __init__(self, document, action: Action, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes this action comes from"))
        self.list = QListWidget()
        data = document.snapshot()
        short = steps.shortlist(data)
        rest = [n for n in steps.votable_notes(data) if n not in short]
        for n in short + rest:
            label = ("★ " if n.shortlisted else "") + n.text.split("\n")[0]
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if n.id in action.note_ids else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def note_ids(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


class ActionsPanel(StepPanel):
    """The action plan: what, first step, who, by when, Co, linked notes, status, review."""

    key = "actions"
    title = QT_TRANSLATE_NOOP("StepTools", "Action plan")
    step = Step.GROW
    area = Qt.DockWidgetArea.BottomDockWidgetArea
    watches = (D.note_changed, D.note_removed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ActionsModel(self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = ActionTable()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's own order first
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            int(self.view.fontMetrics().height() * 2.4)
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Action plan"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._text_delegate = CellDelegate(self.view)
        self.view.setItemDelegate(self._text_delegate)
        self._date_delegate = DateDelegate(self.view)
        for col in DATE_COLUMNS:
            self.view.setItemDelegateForColumn(col, self._date_delegate)
        #: Says, under the table, why a date being typed is not one (hidden otherwise).
        self.date_message = QLabel()
        self.date_message.setWordWrap(True)
        self.date_message.setTextFormat(Qt.TextFormat.PlainText)
        self.date_message.setAccessibleName(self.tr("Date not understood"))
        self.date_message.hide()
        self._date_delegate.problem.connect(self._show_date_problem)
        self._size_date_columns()
        self._co_delegate = ChoiceDelegate(
            [(self.tr("– (no Co)"), None)] + [(i18n.label(co), co.value) for co in CO_ORDER],
            self.view,
        )
        self._status_delegate = ChoiceDelegate(
            [(i18n.label(s), s.value) for s in ActionStatus], self.view
        )
        self.view.setItemDelegateForColumn(COLUMNS.index("co"), self._co_delegate)
        self.view.setItemDelegateForColumn(COLUMNS.index("status"), self._status_delegate)

        self.owner_filter = QLineEdit()
        self.owner_filter.setPlaceholderText(self.tr("Owner contains…"))
        self.owner_filter.setAccessibleName(self.tr("Show actions of owner"))
        self.co_filter = QComboBox()
        self.co_filter.setAccessibleName(self.tr("Show actions of Co"))
        self.co_filter.addItem(self.tr("Every Co"), "all")
        for co in CO_ORDER:
            self.co_filter.addItem(i18n.label(co), co.value)
        self.co_filter.addItem(self.tr("No Co"), "none")
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show actions with status"))
        self.status_filter.addItem(self.tr("Every status"), "all")
        for s in ActionStatus:
            self.status_filter.addItem(i18n.label(s), s.value)
        for w in (self.owner_filter,):
            w.textChanged.connect(self._apply_filters)
        for w in (self.co_filter, self.status_filter):
            w.currentIndexChanged.connect(self._apply_filters)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.owner_filter, 1)
        filters.addWidget(self.co_filter)
        filters.addWidget(self.status_filter)

        self.add_button = QPushButton(self.tr("&Add action"))
        self.from_note_button = QPushButton(self.tr("Action from selected &note"))
        self.link_button = QPushButton(self.tr("&Link notes…"))
        self.remove_button = QPushButton(self.tr("&Remove action"))
        self.carry_button = QPushButton(self.tr("&Carry over from an earlier workshop…"))
        self.add_button.clicked.connect(self.add)
        self.from_note_button.clicked.connect(self.from_note)
        self.link_button.clicked.connect(self.link_notes)
        self.remove_button.clicked.connect(self.remove)
        self.carry_button.clicked.connect(self.carry_over_dialog)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.from_note_button, self.link_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.carry_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.date_message)
        layout.addLayout(buttons)

    def bind(self, document, editor) -> None:
        if self.document is not None:
            try:
                self.document.actions_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass
        super().bind(document, editor)
        if document is not None:
            # Rows come and go at once, so the table never shows an action that is gone.
            document.actions_changed.connect(self.refresh)

    def refresh(self, *_args) -> None:
        current = self.current_id()
        if self.model.reload() and current is not None:
            self.select(current)  # rows came or went; otherwise the current cell stayed

    def _size_date_columns(self) -> None:
        """Date columns wide enough for the longest date and the calendar button, so a date
        being typed is seen whole."""
        metrics = self.view.fontMetrics()
        texts = [date_entry.display(QDate(2027, m, 28)) for m in range(1, 13)]
        texts.append(date_entry.example())
        width = max(metrics.horizontalAdvance(t) for t in texts) + metrics.height() * 3
        for col in DATE_COLUMNS:
            self.view.horizontalHeader().resizeSection(col, max(width, 100))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_date_columns()

    def _show_date_problem(self, message: str) -> None:
        self.date_message.setText(message)
        self.date_message.setVisible(bool(message))

    def finish_editing(self) -> None:
        """Commit the cell being typed in (before the workshop closes or is saved elsewhere)."""
        self.view.commit_open_editor()

    def _apply_filters(self, *_args) -> None:
        self.proxy.set_filters(
            self.owner_filter.text(), self.co_filter.currentData(), self.status_filter.currentData()
        )

    def current_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0])
        return self.model.ids[source.row()] if 0 <= source.row() < len(self.model.ids) else None

    def select(self, action_id: str) -> None:
        if action_id in self.model.ids:
            index = self.proxy.mapFromSource(self.model.index(self.model.ids.index(action_id), 0))
            if index.isValid():
                self.view.selectRow(index.row())
                self.view.scrollTo(index)

    def visible_actions(self) -> list[str]:
        """Action texts in the order and with the filters shown."""
        return [self.proxy.index(r, 0).data() for r in range(self.proxy.rowCount())]

    def add(self) -> None:
        if self.document is None:
            return
        action = Action(action=self.tr("New action"))
        if self.push(AddEntityCommand(self.document, "actions", action, self.tr("Add action"))):
            self.select(action.id)
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def from_note(self) -> None:
        if self.editor is None:
            return
        action = self.editor.make_action_from_selection()
        if action is not None:
            self.select(action.id)

    def link_notes(self) -> None:
        aid = self.current_id()
        if aid is None or self.document is None:
            return
        dlg = LinkNotesDialog(self.document, self.document.actions[aid], self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            ids = dlg.note_ids()
            if sorted(ids) != sorted(self.document.actions[aid].note_ids):
                self.push(
                    UpdateEntityCommand(
                        self.document,
                        "actions",
                        aid,
                        {"note_ids": ids},
                        self.tr("Link notes to action"),
                    )
                )

    def remove(self) -> None:
        aid = self.current_id()
        if aid is not None and self.document is not None:
            self.push(RemoveEntityCommand(self.document, "actions", aid, self.tr("Remove action")))

    def carry_over_dialog(self) -> None:
        if self.document is None:
            return  # the action is disabled without a workshop
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Carry over open actions from"),
            str(self.document.path.parent),
            "CoStar workshops (*.costar)",
        )
        if path:
            self.carry_over(Path(path))

    def carry_over(self, path: Path) -> int:
        """Copy the open actions of an earlier workshop into this one (one undo step)."""
        if self.document is None:
            return 0
        try:
            title, actions, repairs = open_actions_from(path)
        except StorageError as exc:
            self.problem.emit(self.tr("Cannot read that workshop"), exc.message)
            return 0
        if not actions:
            if self.editor is not None:
                self.editor.message.emit(self.tr("“%1” has no open actions.").replace("%1", title))
            return 0
        self.push(
            AddActionsCommand(
                self.document,
                actions,
                self.tr("Carry over %1 actions").replace("%1", str(len(actions))),
            )
        )
        if repairs:
            self.problem.emit(
                self.tr("Some values were repaired"),
                self.tr(
                    "“%1” holds values CoStar Desktop cannot use as they are; they were "
                    "repaired on the way in, and that file was not changed:"
                ).replace("%1", path.name)
                + "\n"
                + describe_repairs(repairs),
            )
        return len(actions)
