"""Focus step: voting mode, voters and their dots left, the budget, and hiding the dots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from costar_desktop.core import steps
from costar_desktop.core.model import Step
from costar_desktop.ui.canvas import style
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.commands_steps import SetSettingsCommand
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.base import StepPanel


class VotingPanel(StepPanel):
    """Who is voting, how many dots each has left, and the facilitator's controls."""

    key = "voting"
    title = QT_TRANSLATE_NOOP("StepTools", "Voting")
    step = Step.FOCUS
    watches = (D.votes_changed, D.participants_changed, D.settings_changed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode_button = QPushButton(self.tr("Voting mode: off"))
        self.mode_button.setCheckable(True)
        self.mode_button.setMinimumHeight(48)
        self.mode_button.setFont(style.font(13, bold=True))
        self.mode_button.toggled.connect(self._mode_toggled)
        how = QLabel(
            self.tr(
                "Choose who is voting, then click or tap a note to give it a dot. "
                "Click it again to take the dot back. With a note selected, "
                "press D."
            )
        )
        how.setWordWrap(True)
        self.voters = QListWidget()
        self.voters.setFont(style.font(12))
        self.voters.setWordWrap(True)
        self.voters.setAccessibleName(self.tr("Voters and dots left"))
        self.voters.currentItemChanged.connect(self._voter_chosen)
        self.budget = QSpinBox()
        self.budget.setRange(0, 99)
        self.budget.setAccessibleName(self.tr("Dots per voter"))
        self.set_budget = QPushButton(self.tr("Set"))
        self.set_budget.clicked.connect(self._apply_budget)
        budget_row = QHBoxLayout()
        budget_row.addWidget(QLabel(self.tr("Dots per voter:")))
        budget_row.addWidget(self.budget)
        budget_row.addWidget(self.set_budget)
        budget_row.addStretch(1)
        self.hide_button = QPushButton()
        self.hide_button.clicked.connect(self.toggle_hidden)
        layout = QVBoxLayout(self)
        layout.addWidget(self.mode_button)
        layout.addWidget(how)
        layout.addWidget(self.voters, 1)
        layout.addLayout(budget_row)
        layout.addWidget(self.hide_button)

    def refresh(self, *_args) -> None:
        self.voters.blockSignals(True)
        self.voters.clear()
        if self.document is None:
            self.voters.blockSignals(False)
            return
        data = self.document.snapshot()
        current = self.editor.session.voter_id if self.editor else None
        for p in self.document.participants.values():
            left = steps.votes_left(data, p.id)
            budget = str(steps.vote_budget(data, p.id))
            if p.size > 1:  # fair dots: a table has each of its people's dots
                words = self.tr("%1 (%4 people) — %2 of %3 dots left").replace("%4", str(p.size))
            else:
                words = self.tr("%1 — %2 of %3 dots left")
            item = QListWidgetItem(
                words.replace("%1", p.name).replace("%2", str(left)).replace("%3", budget)
            )
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.voters.addItem(item)
            if p.id == current:
                self.voters.setCurrentItem(item)
        if self.voters.currentItem() is None and self.voters.count():
            self.voters.setCurrentRow(0)
            if self.editor is not None:
                self.editor.session.set_voter(
                    self.voters.currentItem().data(Qt.ItemDataRole.UserRole)
                )
        self.voters.blockSignals(False)
        self.budget.setValue(data.workshop.vote_budget)
        hidden = data.workshop.votes_hidden
        self.hide_button.setText(self.tr("Reveal the dots") if hidden else self.tr("Hide the dots"))
        if self.editor is not None:
            self.mode_button.blockSignals(True)
            self.mode_button.setChecked(self.editor.scene.voting_mode)
            self.mode_button.blockSignals(False)
            self._label_mode(self.editor.scene.voting_mode)

    def _label_mode(self, on: bool) -> None:
        self.mode_button.setText(
            self.tr("Voting mode: on — click notes to give dots")
            if on
            else self.tr("Voting mode: off")
        )

    def _mode_toggled(self, on: bool) -> None:
        if self.editor is not None:
            self.editor.set_voting_mode(on)
        self._label_mode(on)

    def _voter_chosen(self, item, _previous) -> None:
        if item is not None and self.editor is not None:
            self.editor.session.set_voter(item.data(Qt.ItemDataRole.UserRole))

    def _apply_budget(self) -> None:
        if self.document is not None and self.budget.value() != self.document.workshop.vote_budget:
            self.push(
                SetSettingsCommand(
                    self.document,
                    {"vote_budget": self.budget.value()},
                    self.tr("Change dots per voter"),
                )
            )

    def toggle_hidden(self) -> None:
        if self.document is None:
            return
        hidden = not self.document.workshop.votes_hidden
        self.push(
            SetSettingsCommand(
                self.document,
                {"votes_hidden": hidden},
                self.tr("Hide the dots") if hidden else self.tr("Reveal the dots"),
            )
        )
