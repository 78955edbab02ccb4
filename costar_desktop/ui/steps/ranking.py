"""Focus step: the notes ranked by dots and impact, and the shortlist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from costar_desktop.core import steps
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.model.commands_steps import SetShortlistCommand
from costar_desktop.ui.model.document import WorkshopDocument as D
from costar_desktop.ui.steps.base import StepPanel

COLUMN_COUNT = 5


class RankingPanel(StepPanel):
    """A table of ranked notes; tick "Shortlist" to choose what the next steps work on."""

    key = "ranking"
    title = QT_TRANSLATE_NOOP("StepTools", "Ranking")
    dock = "voting"
    watches = (D.votes_changed, D.note_changed, D.note_added, D.note_removed, D.settings_changed)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, COLUMN_COUNT)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Note"),
                self.tr("Dots"),
                self.tr("Impact"),
                self.tr("Shortlist"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for col in range(COLUMN_COUNT):
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.Stretch
                if col == 1
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Ranking of notes"))
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._select_on_star)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        self._filling = False

    def refresh(self, *_args) -> None:
        self._filling = True
        self.table.setRowCount(0)
        if self.document is None:
            self._filling = False
            return
        data = self.document.snapshot()
        hidden = data.workshop.votes_hidden
        ranked = steps.ranking(data)
        if hidden:
            # The order would give the hidden dots away: show impact only, in file order.
            ranked = [
                steps.RankedNote(0, n, 0, n.impact)
                for n in steps.votable_notes(data)
                if n.impact or n.shortlisted
            ]
            self.info.setText(self.tr("The dots are hidden. Reveal them to see the ranking."))
        else:
            self.info.setText(
                self.tr(
                    "Most dots first, then highest impact. Tick the notes "
                    "for the shortlist (or press S on the star)."
                )
            )
        ranked_ids = {r.note.id for r in ranked}
        extra = [
            steps.RankedNote(0, n, 0, n.impact)
            for n in steps.shortlist(data)
            if n.id not in ranked_ids
        ]
        for r in ranked + extra:
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [
                "" if hidden or not r.rank else str(r.rank),
                r.note.text.split("\n")[0] + (self.tr(" (group)") if r.note.is_group else ""),
                "–" if hidden else str(r.votes),
                str(r.impact or ""),
                "",
            ]
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, r.note.id)
                if col == 4:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if r.note.shortlisted else Qt.CheckState.Unchecked
                    )
                    item.setText(self.tr("yes") if r.note.shortlisted else "")
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self._filling = False

    def rows(self) -> list[tuple[str, ...]]:
        """The table as text (for tests and for reading aloud)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
            for r in range(self.table.rowCount())
        ]

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 4 or self.document is None:
            return
        note_id = item.data(Qt.ItemDataRole.UserRole)
        on = item.checkState() == Qt.CheckState.Checked
        if self.document.notes[note_id].shortlisted != on:
            self.push(SetShortlistCommand(self.document, [note_id], on))

    def _select_on_star(self) -> None:
        if self._filling or self.editor is None:
            return
        ids = {
            self.table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
            for i in self.table.selectedIndexes()
        }
        if ids:
            self.editor.scene.select_notes(ids)
