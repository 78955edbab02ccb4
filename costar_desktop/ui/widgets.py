"""Small pieces of the main window: the not-saved banner, colour swatches, the note menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
)


def colour_icon(fill: str, size: int = 20) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(fill))
    return QIcon(pix)


class SteadyComboBox(QComboBox):
    """A drop-down list that opens with its current entry exactly over the box, under the
    pointer, every time.

    Qt lays the list over the box so that the current entry is there, but near an edge
    of the screen it pushes the whole list back on screen: a box on the toolbar then
    opened its list at a different place for each entry, the current one far from the
    pointer. Here the list is cut at that edge instead and scrolls to the rest.
    """

    def showPopup(self) -> None:
        super().showPopup()
        view = self.view()
        index = self.model().index(self.currentIndex(), self.modelColumn(), self.rootModelIndex())
        container = view.window()
        if not index.isValid() or container is self.window():
            return
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for _ in range(2):  # the second pass corrects what a scroll bar appearing moved
            shift = self.entry_offset()
            if shift == 0:
                return
            geometry = container.geometry()
            bar = view.verticalScrollBar()
            if shift > 0:  # pushed down from the screen's top: cut the list's top off
                geometry.setHeight(max(geometry.height() - shift, self.height()))
                container.setGeometry(geometry)
                bar.setValue(bar.value() + shift)
            else:  # pushed up from the screen's bottom: cut the list's bottom off
                geometry.setTop(geometry.top() - shift)
                container.setGeometry(geometry)

    def entry_offset(self) -> int:
        """How far (pixels) the open list's current entry is below the box (0: over it)."""
        view = self.view()
        index = self.model().index(self.currentIndex(), self.modelColumn(), self.rootModelIndex())
        if not index.isValid():
            return 0
        entry = view.viewport().mapToGlobal(view.visualRect(index).topLeft()).y()
        return entry - self.mapToGlobal(QPoint(0, 0)).y()


class SaveBanner(QFrame):
    """A strip above the canvas that says plainly when something was not saved."""

    save_as_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setStyleSheet(
            "#saveBanner { background: #fff1c2; border: 2px solid #8a6d00; }"
            "#saveBanner QLabel { color: #000; }"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        save_as = QPushButton(self.tr("Save As…"))
        save_as.clicked.connect(self.save_as_requested)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(save_as)
        row.addWidget(dismiss)
        self.hide()

    def show_message(self, message: str) -> None:
        self.label.setText("⚠ " + message)
        self.show()
