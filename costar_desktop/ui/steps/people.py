"""People step: the register of co-producers, and the dialog to add or change one."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from costar_desktop.core import steps
from costar_desktop.core.model import MAX_FIELD_CHARS, CoProducer, ParticipantKind, Step
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.base import RegisterPanel
from costar_desktop.ui.widgets import SteadyComboBox


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
        self.kind = SteadyComboBox()
        for kind in ParticipantKind:
            self.kind.addItem(i18n.label(kind), kind.value)
        self.kind.setCurrentIndex(list(ParticipantKind).index(p.kind))
        self.inside = QRadioButton(self.tr("Inside the organisation"))
        self.outside = QRadioButton(self.tr("Outside the organisation"))
        (self.inside if p.inside else self.outside).setChecked(True)
        where = QHBoxLayout()
        where.addWidget(self.inside)
        where.addWidget(self.outside)
        self.could_bring = QPlainTextEdit(p.could_bring)
        self.involvement = QPlainTextEdit(p.involvement)
        for box in (self.could_bring, self.involvement):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
        self.links = QListWidget()
        self.links.setAccessibleName(self.tr("Shortlisted ideas this person links to"))
        for n in steps.shortlist(document.snapshot()):
            item = QListWidgetItem(n.text.split("\n")[0])
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if n.id in p.note_ids else Qt.CheckState.Unchecked
            )
            self.links.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", where)
        form.addRow(self.tr("What they could &bring:"), self.could_bring)
        form.addRow(self.tr("How they want to be &involved:"), self.involvement)
        form.addRow(self.tr("Links to the &shortlist:"), self.links)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
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
            "note_ids": [
                self.links.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.links.count())
                if self.links.item(i).checkState() == Qt.CheckState.Checked
            ],
        }


class PeoplePanel(RegisterPanel):
    """The co-producers named in the People step."""

    key = "people"
    title = QT_TRANSLATE_NOOP("StepTools", "People")
    step = Step.PEOPLE
    watches = (D.people_changed, D.note_changed, D.note_removed)

    collection = "people"
    stretch_columns = (3,)

    def __init__(self, parent=None):
        self.columns = (
            self.tr("Who"),
            self.tr("Kind"),
            self.tr("Where"),
            self.tr("Could bring"),
            self.tr("Involvement"),
            self.tr("Links"),
        )
        self.undo_texts = (
            self.tr("Add co-producer"),
            self.tr("Edit co-producer"),
            self.tr("Remove co-producer"),
        )
        super().__init__(
            self.tr("Who could help make the shortlist happen? Names are optional."),
            self.tr("Co-producers"),
            parent,
        )

    def records(self, document: D) -> Mapping[str, CoProducer]:
        return document.people

    def row_values(self, p: CoProducer) -> tuple[str, ...]:
        return (
            p.display_name(),
            i18n.label(p.kind),
            self.tr("inside") if p.inside else self.tr("outside"),
            p.could_bring,
            p.involvement,
            str(len(p.note_ids)),
        )

    def dialog(self, obj=None) -> PersonDialog:
        return PersonDialog(self.document, obj, parent=self)

    def new_object(self, values: dict) -> CoProducer:
        return CoProducer(**values)
