"""Programme → Put in a programme…'s dialog: the shipped programmes and the user's own, each
shown with its blocks and total time; an own programme can be deleted here. Files that cannot
be read are listed as skipped, with the reason, and never stop the others.

The shipped programmes' names and words are shown as their files say (English): they are
file contents, like a facilitator's own programme, not the window's words.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core.programme import Programme, ProgrammeRefused, schedule
from costar_desktop.ui.large_type import body_font
from costar_desktop.ui.programme.words import length, method_name, span, step_name

#: What an entry of the list carries: its place in :attr:`LibraryDialog.entries`.
ENTRY_ROLE = Qt.ItemDataRole.UserRole


class LibraryDialog(QDialog):
    """Choose a programme; :meth:`chosen` gives it (new block ids each time it is read)."""

    def __init__(self, own: Path, parent: QWidget | None = None, choosing: bool = False):
        super().__init__(parent)
        self.own = own
        self.setWindowTitle(
            self.tr("New workshop from a programme") if choosing else self.tr("Put in a programme")
        )
        self.setFont(body_font(self.font(), parent, 0.75))
        #: (programme, its own file or None for a shipped one), by place in the list.
        self.entries: list[tuple[Programme, Path | None]] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._show_entry)
        self.list.itemActivated.connect(lambda _item: self.accept())
        label = QLabel(self.tr("&Programmes:"))
        label.setBuddy(self.list)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("The programme's blocks"))
        self.preview.setOpenLinks(False)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setAccessibleName(self.tr("Files skipped"))
        self.delete_button = QPushButton(self.tr("&Delete my programme"))
        self.delete_button.clicked.connect(self.delete_chosen)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Choose") if choosing else self.tr("&Put in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        side = QVBoxLayout()
        side.addWidget(label)
        side.addWidget(self.list, 1)
        main = QHBoxLayout()
        main.addLayout(side, 2)
        main.addWidget(self.preview, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(self.skipped)
        layout.addLayout(bottom)
        self.fill()
        self.resize(int(self.fontMetrics().averageCharWidth() * 110), 600)
        self.list.setFocus()

    def fill(self) -> None:
        from costar_desktop.core.programme import shipped_programmes
        from costar_desktop.output.programmes import read_own
        from costar_desktop.paths import resource

        self.entries = []
        skipped: list[tuple[str, str]] = []
        try:
            self.entries += [(p, None) for p in shipped_programmes(resource("programmes"))]
        except ProgrammeRefused as exc:
            skipped.append((self.tr("the shipped programmes"), str(exc)))
        own = read_own(self.own)
        self.entries += [(p, path) for path, p in own.found]
        skipped += own.skipped
        self.list.clear()
        for programme, path in self.entries:
            kind = self.tr("Yours") if path is not None else self.tr("Shipped")
            item = QListWidgetItem(f"{programme.name}\n{kind} · {length(programme.minutes)}")
            item.setData(ENTRY_ROLE, self.list.count())
            self.list.addItem(item)
        self.skipped.setText(
            "\n".join(
                self.tr("⚠ Skipped %1: %2").replace("%1", name).replace("%2", why)
                for name, why in skipped
            )
        )
        self.skipped.setVisible(bool(skipped))
        if self.entries:
            self.list.setCurrentRow(0)
        self._show_entry(self.list.currentRow())

    def chosen(self) -> Programme | None:
        row = self.list.currentRow()
        return self.entries[row][0] if 0 <= row < len(self.entries) else None

    def _show_entry(self, row: int) -> None:
        own = 0 <= row < len(self.entries) and self.entries[row][1] is not None
        self.delete_button.setEnabled(own)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(0 <= row < len(self.entries))
        if not 0 <= row < len(self.entries):
            self.preview.setPlainText(self.tr("No programme chosen."))
            return
        programme = self.entries[row][0]
        lines = (
            [programme.name, "", programme.description, ""]
            if programme.description
            else [
                programme.name,
                "",
            ]
        )
        times = schedule(programme.day_start, programme.blocks)
        for block, (start, end) in zip(programme.blocks, times, strict=True):
            extra = " · ".join(
                w for w in (step_name(block.step), method_name(block.method)) if w != "—"
            )
            lines.append(f"{span(start, end)}  {block.title}" + (f"  ({extra})" if extra else ""))
        lines += [
            "",
            (
                self.tr("1 block, %2 in all.")
                if len(programme.blocks) == 1
                else self.tr("%1 blocks, %2 in all.")
            )
            .replace("%1", str(len(programme.blocks)))
            .replace("%2", length(programme.minutes)),
        ]
        self.preview.setPlainText("\n".join(lines))

    def delete_chosen(self) -> bool:
        """Delete the chosen own programme's file, after asking."""
        from costar_desktop.output.programmes import delete_own

        row = self.list.currentRow()
        if not 0 <= row < len(self.entries) or self.entries[row][1] is None:
            return False
        programme, path = self.entries[row]
        assert path is not None
        answer = QMessageBox.question(
            self,
            self.tr("Delete my programme"),
            self.tr("Delete your programme “%1”? This cannot be undone.").replace(
                "%1", programme.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            delete_own(path, self.own)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), str(exc))
            return False
        self.fill()
        return True
