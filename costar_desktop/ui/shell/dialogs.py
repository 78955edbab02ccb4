"""Small dialogs: workshop details and the participants and table groups."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from costar_desktop.core.model import (
    MAX_FIELD_CHARS,
    MAX_TABLE_SIZE,
    Participant,
    ParticipantKind,
    Workshop,
)
from costar_desktop.ui import i18n
from costar_desktop.ui.model import commands
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.widgets import SteadyComboBox


class DetailsDialog(QDialog):
    """Title, date, venue, organisation and facilitator of a workshop."""

    def __init__(self, workshop: Workshop | None = None, parent=None, new: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop") if new else self.tr("Workshop details"))
        workshop = workshop or Workshop(title="")
        form = QFormLayout()
        self.title_edit = QLineEdit(workshop.title)
        self.title_edit.setMaxLength(MAX_FIELD_CHARS)
        self.title_edit.setPlaceholderText(self.tr("For example: Growing co-production in housing"))
        self.has_date = QCheckBox(self.tr("Set a date"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        date = QDate.fromString(workshop.date, "yyyy-MM-dd") if workshop.date else QDate()
        self.has_date.setChecked(date.isValid() or new)
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.date_edit.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.date_edit.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date_edit, 1)
        self.venue_edit = QLineEdit(workshop.venue)
        self.organisation_edit = QLineEdit(workshop.organisation)
        self.facilitator_edit = QLineEdit(workshop.facilitator)
        for edit in (self.venue_edit, self.organisation_edit, self.facilitator_edit):
            edit.setMaxLength(MAX_FIELD_CHARS)
        form.addRow(self.tr("&Title:"), self.title_edit)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.has_date)  # a row of two widgets has no buddy of its own
        form.addRow(date_label, date_row)
        form.addRow(self.tr("&Venue:"), self.venue_edit)
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)
        form.addRow(self.tr("&Facilitator:"), self.facilitator_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.title_edit.text().strip()))

    def values(self) -> dict[str, str]:
        """The fields as stored: date in ISO form, or empty."""
        return {
            "title": self.title_edit.text().strip(),
            "date": self.date_edit.date().toString("yyyy-MM-dd")
            if self.has_date.isChecked()
            else "",
            "venue": self.venue_edit.text().strip(),
            "organisation": self.organisation_edit.text().strip(),
            "facilitator": self.facilitator_edit.text().strip(),
        }


class ParticipantDialog(QDialog):
    """Name, kind and group flag of one participant or table group."""

    def __init__(self, participant: Participant | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant or group"))
        p = participant or Participant(is_group=True)
        self.name_edit = QLineEdit(p.name)
        self.name_edit.setMaxLength(MAX_FIELD_CHARS)
        self.name_edit.setPlaceholderText(
            self.tr("A name, a role or a table, e.g. “Table 2 – carers”")
        )
        self.kind_combo = SteadyComboBox()
        for kind in ParticipantKind:
            self.kind_combo.addItem(i18n.label(kind), kind)
        self.kind_combo.setCurrentIndex(list(ParticipantKind).index(p.kind))
        self.group_check = QCheckBox(self.tr("This is a table group, not one person"))
        self.group_check.setChecked(p.is_group)
        self.size_spin = QSpinBox()
        self.size_spin.setRange(1, MAX_TABLE_SIZE)
        self.size_spin.setValue(p.size)
        self.size_spin.setAccessibleName(self.tr("People at this table"))
        self.size_spin.setToolTip(
            self.tr(
                "Each person at the table gets the dots one person "
                "gets, so a table of eight has eight people's dots."
            )
        )
        self.size_spin.setEnabled(p.is_group)
        self.group_check.toggled.connect(self.size_spin.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow("", self.group_check)
        form.addRow(self.tr("&People at this table:"), self.size_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        ok.setEnabled(bool(p.name.strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def values(self) -> dict:
        group = self.group_check.isChecked()
        return {
            "name": self.name_edit.text().strip(),
            "kind": ParticipantKind(self.kind_combo.currentData()),
            "is_group": group,
            "size": self.size_spin.value() if group else 1,
        }


class ParticipantsDialog(QDialog):
    """The list of participants and groups; every change is its own undoable command."""

    def __init__(self, document: WorkshopDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Participants and table groups"))
        intro = QLabel(
            self.tr(
                "Notes can show who wrote them. Add people or table groups here. "
                "A role or a table name is enough: names are optional."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Participants and groups"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        close = QPushButton(self.tr("&Close"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        close.clicked.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.edit())
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        document.participants_changed.connect(self.refresh)
        self.refresh()
        self.resize(600, 460)

    def refresh(self) -> None:
        current = self.current_id()
        self.list.clear()
        for p in self.document.participants.values():
            suffix = self.tr("group") if p.is_group else self.tr("person")
            item = QListWidgetItem(f"{p.name}  ·  {i18n.label(p.kind)} ({suffix})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.list.addItem(item)
            if p.id == current:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self.current_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _push(self, command) -> None:
        self.document.push(command)

    def add(self) -> None:
        dlg = ParticipantDialog(parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self._push(commands.AddParticipantCommand(self.document, Participant(**dlg.values())))

    def edit(self) -> None:
        pid = self.current_id()
        if pid is None:
            return
        dlg = ParticipantDialog(self.document.participants[pid], parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            p = self.document.participants[pid]
            changes = {k: v for k, v in dlg.values().items() if getattr(p, k) != v}
            if changes:
                self._push(commands.EditParticipantCommand(self.document, pid, changes))

    def remove(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self._push(commands.RemoveParticipantCommand(self.document, pid))
