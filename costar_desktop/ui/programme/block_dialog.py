"""Add block… and Edit block…: one block's title, length, step, method, what it needs and the
facilitator's notes. Every field has a label with a mnemonic (Alt+letter) and is reached with
Tab; Enter is OK, Escape is Cancel. The method's description shows under its box, in the
window's words."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core.model import Step
from costar_desktop.core.programme import MAX_BLOCK_MINUTES, MAX_TITLE_CHARS, METHODS, Block
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.ui.large_type import body_font
from costar_desktop.ui.programme.words import (
    method_description,
    method_name,
    step_name,
)


class BlockDialog(QDialog):
    """Edit one block; :meth:`block` gives it back as edited (its id and what ran kept)."""

    def __init__(self, block: Block | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.original = block
        self.setWindowTitle(self.tr("Add a block") if block is None else self.tr("Edit the block"))
        self.setFont(body_font(self.font(), parent, 0.75))
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE_CHARS)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("For example: Map: what we already do"))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_BLOCK_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step"))
        self.step.addItem(self.tr("None (a welcome, a break, the close)"), None)
        for step in STEP_ORDER:
            self.step.addItem(f"{STEP_ORDER.index(step) + 1} {step_name(step)}", step.value)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Method"))
        self.method.addItem(self.tr("None"), "")
        for key in METHODS:
            self.method.addItem(method_name(key), key)
        self.about_method = QLabel()
        self.about_method.setWordWrap(True)
        self.about_method.setAccessibleName(self.tr("What happens in this method"))
        self.method.currentIndexChanged.connect(self._method_chosen)
        self.materials = QLineEdit()
        self.materials.setAccessibleName(self.tr("What it needs"))
        self.materials.setPlaceholderText(self.tr("For example: sticky notes, dots, a flip chart"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes for the facilitator"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = QFormLayout()
        for text, field in (
            (self.tr("&Title:"), self.title),
            (self.tr("&Minutes:"), self.minutes),
            (self.tr("&Step:"), self.step),
            (self.tr("M&ethod:"), self.method),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.about_method)
        for text, other in (
            (self.tr("What it &needs:"), self.materials),
            (self.tr("N&otes for the facilitator:"), self.notes),
        ):
            label = QLabel(text)
            label.setBuddy(other)
            form.addRow(label, other)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill(block or Block(title="", minutes=30))
        self.resize(int(self.fontMetrics().averageCharWidth() * 70), self.sizeHint().height())

    def _fill(self, block: Block) -> None:
        self.title.setText(block.title)
        self.minutes.setValue(block.minutes)
        self.step.setCurrentIndex(
            max(0, self.step.findData(block.step.value if block.step else None))
        )
        self.method.setCurrentIndex(max(0, self.method.findData(block.method)))
        self._method_chosen()
        self.materials.setText(block.materials)
        self.notes.setPlainText(block.notes)
        self.title.selectAll()
        self.title.setFocus()

    def _method_chosen(self, *_args) -> None:
        key = self.method.currentData() or ""
        self.about_method.setText(
            method_description(key) if key else self.tr("No particular way of working.")
        )

    def accept(self) -> None:
        if not self.title.text().strip():
            self.problem.setText(self.tr("⚠ The block needs a title."))
            self.problem.show()
            self.title.setFocus()
            return
        super().accept()

    def block(self) -> Block:
        """The block as the dialog shows it (a new block, or the original edited)."""
        step_value = self.step.currentData()
        edited = Block(
            title=" ".join(self.title.text().split()),
            minutes=self.minutes.value(),
            step=Step(step_value) if step_value else None,
            method=self.method.currentData() or "",
            materials=self.materials.text().strip(),
            notes=self.notes.toPlainText().strip(),
        )
        if self.original is None:
            return edited
        return replace(self.original, **{name: getattr(edited, name) for name in Block.EDITABLE})
