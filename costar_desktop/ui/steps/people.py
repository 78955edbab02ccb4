"""People step: the register of co-producers, and the dialog to add or change one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from costar_desktop.core import steps
from costar_desktop.core.model import MAX_FIELD_CHARS, CoProducer, ParticipantKind
from costar_desktop.ui.commands_steps import AddEntityCommand, RemoveEntityCommand, UpdateEntityCommand
from costar_desktop.ui.steps.base import StepPanel


class PersonDialog(QDialog):
    """Who could co-produce: a name or a role, what they bring, how they want to take part."""

    def __init__(self, document, person: CoProducer | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Co-producer"))
        p = person or CoProducer()
        self.name = QLineEdit(p.name)
        self.name.setPlaceholderText(self.tr("Optional – a role alone is fine"))
        self.role = QLineEdit(p.role)
        self.role.setPlaceholderText(self.tr("e.g. “Peer mentor”, “Carers' network”"))
        for edit in (self.name, self.role):
            edit.setMaxLength(MAX_FIELD_CHARS)
        self.kind = QComboBox()
        for kind in ParticipantKind:
            self.kind.addItem(kind.label, kind.value)
        self.kind.setCurrentIndex(list(ParticipantKind).index(p.kind))
        self.inside = QRadioButton(self.tr("Inside the organisation"))
        self.outside = QRadioButton(self.tr("Outside the organisation"))
        (self.inside if p.inside else self.outside).setChecked(True)
        where = QHBoxLayout()
        where.addWidget(self.inside)
        where.addWidget(self.outside)
        self.could_bring = QPlainTextEdit(p.could_bring)
        self.involvement = QPlainTextEdit(p.involvement)
        for edit in (self.could_bring, self.involvement):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Shortlisted ideas this person links to"))
        for n in steps.shortlist(document.snapshot()):
            item = QListWidgetItem(n.text.split("\n")[0])
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if n.id in p.note_ids else Qt.CheckState.Unchecked)
            self.links.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", where)
        form.addRow(self.tr("What they could &bring:"), self.could_bring)
        form.addRow(self.tr("How they want to be &involved:"), self.involvement)
        form.addRow(self.tr("Links to the &shortlist:"), self.links)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        check = lambda *_: ok.setEnabled(bool(self.name.text().strip() or self.role.text().strip()))
        self.name.textChanged.connect(check)
        self.role.textChanged.connect(check)
        check()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def values(self) -> dict:
        return {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "kind": ParticipantKind(self.kind.currentData()),
            "inside": self.inside.isChecked(),
            "could_bring": self.could_bring.toPlainText().strip(),
            "involvement": self.involvement.toPlainText().strip(),
            "note_ids": [self.links.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.links.count())
                         if self.links.item(i).checkState() == Qt.CheckState.Checked],
        }


class PeoplePanel(StepPanel):
    """The co-producers named in the People step."""

    watches = ("people_changed", "note_changed", "note_removed")
    COLUMNS = ("Who", "Kind", "Where", "Could bring", "Involvement", "Links")

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("Who could help make the shortlist happen? Names are optional."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Co-producers"))
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("&Add…"))
        edit = QPushButton(self.tr("&Edit…"))
        remove = QPushButton(self.tr("&Remove"))
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        remove.clicked.connect(self.remove)
        row = QHBoxLayout()
        for b in (add, edit, remove):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def refresh(self, *_args) -> None:
        current = self.current_id()
        self.table.setRowCount(0)
        if self.document is None:
            return
        for p in self.document.people.values():
            r = self.table.rowCount()
            self.table.insertRow(r)
            values = (p.display_name(), p.kind.label,
                      self.tr("inside") if p.inside else self.tr("outside"),
                      p.could_bring, p.involvement, str(len(p.note_ids)))
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)
            if p.id == current:
                self.table.selectRow(r)

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def add(self) -> None:
        if self.document is None:
            return
        dlg = PersonDialog(self.document, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.push(AddEntityCommand(self.document, "people", CoProducer(**dlg.values()),
                                       self.tr("Add co-producer")))

    def edit(self) -> None:
        pid = self.current_id()
        if pid is None or self.document is None:
            return
        person = self.document.people[pid]
        dlg = PersonDialog(self.document, person, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            changes = {k: v for k, v in dlg.values().items() if getattr(person, k) != v}
            if changes:
                self.push(UpdateEntityCommand(self.document, "people", pid, changes,
                                              self.tr("Edit co-producer")))

    def remove(self) -> None:
        pid = self.current_id()
        if pid is not None and self.document is not None:
            self.push(RemoveEntityCommand(self.document, "people", pid,
                                          self.tr("Remove co-producer")))
