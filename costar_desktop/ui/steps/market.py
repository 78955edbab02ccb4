"""Market step: what a sceptic might say, our answer, and who it is about — kept as pairs."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
)

from costar_desktop.core.model import Audience, MarketItem, Step
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.base import RegisterPanel
from costar_desktop.ui.widgets import SteadyComboBox


class MarketDialog(QDialog):
    def __init__(self, item: MarketItem | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A sceptic's worry and our answer"))
        m = item or MarketItem()
        self.audience = SteadyComboBox()
        for a in Audience:
            self.audience.addItem(i18n.label(a), a.value)
        self.audience.setCurrentIndex(list(Audience).index(m.audience))
        self.says = QPlainTextEdit(m.sceptic_says)
        self.answer = QPlainTextEdit(m.our_answer)
        for edit in (self.says, self.answer):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(90)
        self.says.setPlaceholderText(self.tr("Write it the way you expect to hear it"))
        self.answer.setPlaceholderText(self.tr("A fact, a story or a person who can speak for it"))
        form = QFormLayout()
        form.addRow(self.tr("&Who might say it:"), self.audience)
        form.addRow(self.tr("What a &sceptic might say:"), self.says)
        form.addRow(self.tr("Our &answer:"), self.answer)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.says.textChanged.connect(lambda: ok.setEnabled(bool(self.says.toPlainText().strip())))
        ok.setEnabled(bool(m.sceptic_says.strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(600, 380)

    def values(self) -> dict:
        return {
            "audience": Audience(self.audience.currentData()),
            "sceptic_says": self.says.toPlainText().strip(),
            "our_answer": self.answer.toPlainText().strip(),
        }


class MarketPanel(RegisterPanel):
    """The pairs, each printed side by side in the report."""

    key = "market"
    title = QT_TRANSLATE_NOOP("StepTools", "Sceptics")
    step = Step.MARKET
    watches = (D.market_changed,)

    collection = "market_items"
    stretch_columns = (1, 2)

    def __init__(self, parent=None):
        self.columns = (self.tr("Who"), self.tr("A sceptic might say"), self.tr("Our answer"))
        self.undo_texts = (
            self.tr("Add a sceptic's worry"),
            self.tr("Edit a sceptic's worry"),
            self.tr("Remove a sceptic's worry"),
        )
        super().__init__(
            self.tr("Who might doubt this, and what would win them over?"),
            self.tr("Sceptics' worries and our answers"),
            parent,
        )

    def records(self, document: D) -> Mapping[str, MarketItem]:
        return document.market_items

    def row_values(self, m: MarketItem) -> tuple[str, ...]:
        return (i18n.label(m.audience), m.sceptic_says, m.our_answer)

    def dialog(self, obj=None) -> MarketDialog:
        return MarketDialog(obj, parent=self)

    def new_object(self, values: dict) -> MarketItem:
        return MarketItem(**values)
