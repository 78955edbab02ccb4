"""Market step: what a sceptic might say, our answer, and who it is about — kept as pairs."""

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
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from costar_desktop.core.model import Audience, MarketItem
from costar_desktop.ui.commands_steps import AddEntityCommand, RemoveEntityCommand, UpdateEntityCommand
from costar_desktop.ui.steps.base import StepPanel


class MarketDialog(QDialog):
    def __init__(self, item: MarketItem | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("A sceptic's worry and our answer"))
        m = item or MarketItem()
        self.audience = QComboBox()
        for a in Audience:
            self.audience.addItem(a.label, a.value)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
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
        return {"audience": Audience(self.audience.currentData()),
                "sceptic_says": self.says.toPlainText().strip(),
                "our_answer": self.answer.toPlainText().strip()}


class MarketPanel(StepPanel):
    """The pairs, each printed side by side in the report."""

    watches = ("market_changed",)
    COLUMNS = ("Who", "A sceptic might say", "Our answer")

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr("Who might doubt this, and what would win them over?"))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Sceptics' worries and our answers"))
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
        for m in self.document.market_items.values():
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate((m.audience.label, m.sceptic_says, m.our_answer)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(r, c, item)
            if m.id == current:
                self.table.selectRow(r)
        self.table.resizeRowsToContents()

    def current_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None

    def add(self) -> None:
        if self.document is None:
            return
        dlg = MarketDialog(parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.push(AddEntityCommand(self.document, "market_items", MarketItem(**dlg.values()),
                                       self.tr("Add a sceptic's worry")))

    def edit(self) -> None:
        mid = self.current_id()
        if mid is None or self.document is None:
            return
        item = self.document.market_items[mid]
        dlg = MarketDialog(item, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            changes = {k: v for k, v in dlg.values().items() if getattr(item, k) != v}
            if changes:
                self.push(UpdateEntityCommand(self.document, "market_items", mid, changes,
                                              self.tr("Edit a sceptic's worry")))

    def remove(self) -> None:
        mid = self.current_id()
        if mid is not None and self.document is not None:
            self.push(RemoveEntityCommand(self.document, "market_items", mid,
                                          self.tr("Remove a sceptic's worry")))
