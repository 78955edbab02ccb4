"""The welcome page: start a new workshop, open one, or pick up a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.ui.canvas import style


class WelcomePage(QWidget):
    """Shown when no workshop is open in the window."""

    #: "New workshop…" was chosen.
    new_requested = Signal()
    #: "Open a workshop…" was chosen.
    open_requested = Signal()
    #: "Open the sample workshop" was chosen.
    sample_requested = Signal()
    #: A recent file was chosen (its path).
    recent_chosen = Signal(Path)

    def __init__(self, parent=None):
        super().__init__(parent)
        title = QLabel(self.tr("CoStar Desktop"))
        title.setFont(style.font(28, bold=True))
        intro = QLabel(
            self.tr(
                "Run a co-production workshop on the Co-Production Star. "
                "Everything you add is saved straight away."
            )
        )
        intro.setWordWrap(True)
        intro.setFont(style.font(14))
        self.new_button = QPushButton(self.tr("&New workshop…"))
        self.open_button = QPushButton(self.tr("&Open a workshop…"))
        self.sample_button = QPushButton(self.tr("Open the &sample workshop"))
        for b in (self.new_button, self.open_button, self.sample_button):
            b.setMinimumHeight(56)
            b.setFont(style.font(14, bold=True))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.sample_button.clicked.connect(self.sample_requested)
        recent_label = QLabel(self.tr("&Recent workshops"))
        recent_label.setFont(style.font(14, bold=True))
        self.recent_list = QListWidget()
        self.recent_list.setFont(style.font(13))
        self.recent_list.setAccessibleName(self.tr("Recent workshops"))
        recent_label.setBuddy(self.recent_list)
        self.recent_list.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.empty_label = QLabel(self.tr("No recent workshops yet."))

        buttons = QVBoxLayout()
        for b in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(recent_label)
        recent.addWidget(self.empty_label)
        recent.addWidget(self.recent_list, 1)
        self._filler = recent.addStretch(1)
        self._recent_layout = recent
        row = QHBoxLayout()
        row.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addLayout(buttons, 1)
        row.addSpacing(32)
        row.addLayout(recent, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(64, 48, 64, 48)
        outer.addWidget(title)
        outer.addWidget(intro)
        outer.addSpacing(24)
        outer.addLayout(row, 1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent_list.clear()
        for p in paths:
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(str(p))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.empty_label.setVisible(not paths)
        # With no list to fill the column, a stretch keeps the words under the heading.
        self._recent_layout.setStretch(3, 0 if paths else 1)
        if paths:
            self.recent_list.setCurrentRow(0)
