"""People step: whose voices are on the star, and a plain warning where one is missing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from costar_desktop.core import steps
from costar_desktop.core.model import ParticipantKind
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.base import StepPanel


class VoicesPanel(StepPanel):
    """Notes per kind of participant, for each Co and each step."""

    key = "voices"
    title = QT_TRANSLATE_NOOP("StepTools", "Voices")
    dock = "people"
    watches = (D.note_added, D.note_changed, D.note_removed, D.participants_changed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setAccessibleName(self.tr("Missing voices"))
        self.table = QTableWidget(0, 0)
        self.table.setAccessibleName(self.tr("Notes by kind of participant"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who has added notes, for each Co and each step:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)

    def refresh(self, *_args) -> None:
        if self.document is None:
            self.table.clear()
            self.warnings.clear()
            return
        data = self.document.snapshot()
        v = steps.voices(data)
        kinds = [k for k in ParticipantKind if any(p.kind == k for p in data.participants)]
        rows = [(i18n.label(co), v.by_co[co]) for co in CO_ORDER] + [
            (self.tr("%1 step").replace("%1", i18n.label(s)), v.by_step[s]) for s in STEP_ORDER
        ]
        self.table.clear()
        self.table.setColumnCount(len(kinds))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([i18n.label(k) for k in kinds])
        self.table.setVerticalHeaderLabels([label for label, _ in rows])
        for r, (_label, counts) in enumerate(rows):
            for c, kind in enumerate(kinds):
                n = counts.get(kind, 0)
                self.table.setItem(r, c, QTableWidgetItem(str(n) if n else self.tr("none")))
        self.table.resizeColumnsToContents()
        if v.warnings:
            self.warnings.setText("\n".join("⚠ " + w for w in v.warnings))
        else:
            self.warnings.setText(
                self.tr("✓ Every kind of participant here has added something to every Co.")
            )
