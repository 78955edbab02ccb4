"""Edit → Preferences: text size, UI scale, theme, "do not rely on colour" and live captions."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from costar_desktop.core.themes import THEMES
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import MAX_SCALE, MIN_SCALE, appearance
from costar_desktop.ui.widgets import SteadyComboBox


def _percent_box(value: float) -> QSpinBox:
    box = QSpinBox()
    box.setRange(int(MIN_SCALE * 100), int(MAX_SCALE * 100))
    box.setSingleStep(10)
    box.setSuffix(" %")
    box.setValue(round(value * 100))
    return box


class PreferencesDialog(QDialog):
    """The look of the app for everyone at the table. Remembered between runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        look = appearance()
        self.text_size = _percent_box(look.text_scale)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.ui_scale = _percent_box(look.ui_scale)
        self.ui_scale.setAccessibleName(self.tr("Size of everything"))
        self.theme = SteadyComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for t in THEMES.values():
            self.theme.addItem(i18n.core(t.name), t.key)
        self.theme.setCurrentIndex(self.theme.findData(look.theme.key))
        self.no_colour = QCheckBox(
            self.tr("Do not rely on colour: show a letter and a pattern for each note colour")
        )
        self.no_colour.setChecked(look.no_colour_only)
        self.live_captions = QCheckBox(
            self.tr("Show live captions while typing (presentation mode)")
        )
        self.live_captions.setToolTip(
            self.tr(
                "While a note is typed in presentation mode, its words are shown large along "
                "the bottom of the screen, so that the person who said it can check them."
            )
        )
        self.live_captions.setChecked(look.live_captions)
        note = QLabel(
            self.tr(
                "“Size of everything” takes effect the next time CoStar Desktop "
                "starts. The other choices apply at once."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Text size:"), self.text_size)
        form.addRow(self.tr("&Size of everything:"), self.ui_scale)
        form.addRow(self.tr("T&heme:"), self.theme)
        form.addRow("", self.no_colour)
        form.addRow("", self.live_captions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def apply(self) -> None:
        appearance().update(
            theme_key=self.theme.currentData(),
            text_scale=self.text_size.value() / 100,
            ui_scale=self.ui_scale.value() / 100,
            no_colour_only=self.no_colour.isChecked(),
            live_captions=self.live_captions.isChecked(),
        )


def show_preferences(window) -> None:
    dlg = PreferencesDialog(window)
    if dlg.exec() == QDialog.DialogCode.Accepted:
        dlg.apply()
