"""File → Hand out to tables…: how many tables, their names, the folder, and the files that
will be written there, shown before anything is written.

The dialog only chooses: ``names()`` and ``folder()`` are handed to
:func:`costar_desktop.storage.breakout.hand_out` by the window's tables' tools. Files of
the same names already in the folder are said in plain words, and replacing them is asked
when the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.storage.breakout import (
    MAX_TABLES,
    check_table_names,
    table_file_name,
)
from costar_desktop.ui.large_type import body_font, heading_font
from costar_desktop.ui.tables import look

#: Tables offered first, when the workshop has no table groups.
DEFAULT_TABLES = 4


class HandOutDialog(QDialog):
    """Accepted with "Hand out" (or Enter) once the names and the folder will do."""

    def __init__(
        self,
        host: Path,
        folder: Path,
        groups: Sequence[str] = (),
        running: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("hand_out_dialog")
        self.setWindowTitle(self.tr("Hand out to tables"))
        self.host = Path(host)
        self.groups = [g for g in groups if g.strip()]
        body = body_font(self.font(), parent)
        self.setFont(body)
        heading = heading_font(body)

        intro = QLabel(
            self.tr(
                "Each table gets its own copy of this workshop, to work on with its own "
                "laptop. Later, File → Bring back tables' files… brings their work back "
                "into this workshop."
            )
        )
        intro.setWordWrap(True)
        # Everything but the buttons scrolls: at the largest text sizes on a small screen
        # nothing is squeezed or cut, and the buttons stay in sight.
        outer = QVBoxLayout(self)
        self.form = QScrollArea()
        self.form.setObjectName("hand_out_form")
        self.form.setWidgetResizable(True)
        self.form.setFrameShape(QFrame.Shape.NoFrame)
        self.form.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inside = QWidget()
        self.form.setWidget(inside)
        outer.addWidget(self.form, 1)
        layout = QVBoxLayout(inside)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(body.pixelSize() // 2)
        layout.addWidget(intro)
        if running:
            already = QLabel(
                self.tr(
                    "ℹ Tables are already out from an earlier hand-out: their files can "
                    "still be brought back. This hand-out adds new tables beside them."
                )
            )
            already.setObjectName("tables_already_out")
            already.setWordWrap(True)
            layout.addWidget(already)

        metrics = QFontMetrics(body)
        field_height = round(metrics.height() * 1.6)

        self.count_box = QSpinBox()
        self.count_box.setObjectName("tables_count")
        self.count_box.setRange(1, MAX_TABLES)
        self.count_box.setAccessibleName(self.tr("Number of tables"))
        self.count_box.setMinimumSize(metrics.horizontalAdvance("0") * 7, field_height)
        count_label = QLabel(self.tr("&Number of tables:"))
        count_label.setFont(heading)
        count_label.setBuddy(self.count_box)
        self.groups_button = QPushButton(self.tr("Use the table &groups"))
        self.groups_button.setObjectName("use_table_groups")
        self.groups_button.setAccessibleName(self.tr("Use the table groups as the tables"))
        self.groups_button.setMinimumHeight(field_height)
        self.groups_button.clicked.connect(self.use_groups)
        count_row = QHBoxLayout()
        count_row.addWidget(count_label)
        count_row.addWidget(self.count_box)
        count_row.addSpacing(body.pixelSize())
        count_row.addWidget(self.groups_button)
        count_row.addStretch(1)
        layout.addLayout(count_row)
        self.groups_note = QLabel()
        self.groups_note.setWordWrap(True)
        layout.addWidget(self.groups_note)
        if self.groups:
            self.groups_note.setText(
                (
                    self.tr("1 table group: %1")
                    if len(self.groups) == 1
                    else self.tr("%n table groups: %1", "", len(self.groups))
                ).replace("%1", "; ".join(self.groups))
            )
        else:
            self.groups_button.setEnabled(False)
            self.groups_note.setText(
                self.tr(
                    "This workshop has no table groups (File → Participants and groups… "
                    "makes them)."
                )
            )

        self.folder_edit = QLineEdit(str(folder))
        self.folder_edit.setObjectName("tables_folder")
        self.folder_edit.setAccessibleName(self.tr("Folder the tables' files are written to"))
        self.folder_edit.setMinimumHeight(field_height)
        self.folder_edit.textChanged.connect(self.refresh)
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the folder"))
        self.choose_button.setMinimumHeight(field_height)
        self.choose_button.clicked.connect(self.choose_folder)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setFont(heading)
        folder_label.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        layout.addLayout(folder_row)

        self.names_list = QListWidget()
        self.names_list.setObjectName("tables_names")
        self.names_list.setAccessibleName(self.tr("The tables' names"))
        self.names_list.setAccessibleDescription(
            self.tr("Press F2 to change the name of the chosen table.")
        )
        self.names_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.names_list.itemChanged.connect(self.refresh)
        names_label = QLabel(self.tr("The &tables' names (F2 changes one):"))
        names_label.setFont(heading)
        names_label.setWordWrap(True)
        names_label.setBuddy(self.names_list)

        self.files_list = QListWidget()
        self.files_list.setObjectName("tables_files")
        self.files_list.setAccessibleName(self.tr("The files that will be written"))
        self.files_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.files_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for words in (self.names_list, self.files_list):  # long names wrap, never scroll away
            words.setWordWrap(True)
            words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            words.setSpacing(max(2, body.pixelSize() // 6))
        files_label = QLabel(self.tr("F&iles it will write:"))
        files_label.setFont(heading)
        files_label.setWordWrap(True)
        files_label.setBuddy(self.files_list)
        columns = QGridLayout()
        columns.setHorizontalSpacing(body.pixelSize())
        columns.addWidget(names_label, 0, 0)
        columns.addWidget(self.names_list, 1, 0)
        columns.addWidget(files_label, 0, 1)
        columns.addWidget(self.files_list, 1, 1)
        columns.setColumnStretch(0, 2)
        columns.setColumnStretch(1, 3)
        for words in (self.names_list, self.files_list):  # four tables at least in sight
            words.setMinimumHeight(metrics.height() * 5)
        layout.addLayout(columns, 1)

        #: A problem that stops the hand-out, or files that will be replaced (in words,
        #: with a sign: colour is never the only signal).
        self.warning = QLabel()
        self.warning.setObjectName("tables_warning")
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.warning)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Hand out"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("hand_out_button")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        for button in (self.ok_button, cancel):
            button.setMinimumHeight(field_height)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # once in the dialog: Enter hands out from anywhere

        self.count_box.valueChanged.connect(self._count_changed)
        self.set_names(
            self.groups
            if self.groups
            else [self._table_name(i) for i in range(1, DEFAULT_TABLES + 1)]
        )
        order = [
            self.count_box,
            self.groups_button,
            self.folder_edit,
            self.choose_button,
            self.names_list,
            self.files_list,
            self.ok_button,
            cancel,
        ]
        for first, then in zip(order, order[1:], strict=False):
            self.setTabOrder(first, then)
        self.count_box.setFocus()
        self.count_box.selectAll()
        look.fit(self, parent, QSize(body.pixelSize() * 52, body.pixelSize() * 40))

    # --- names --------------------------------------------------------------------------

    def names(self) -> list[str]:
        return [self.names_list.item(i).text() for i in range(self.names_list.count())]

    def _table_name(self, number: int) -> str:
        """ "Table 3", in the window's language."""
        return self.tr("Table %1").replace("%1", str(number))

    def set_names(self, names: Sequence[str]) -> None:
        """Show ``names`` as the tables (the number follows)."""
        self.names_list.blockSignals(True)
        self.names_list.clear()
        for name in names[:MAX_TABLES]:
            self._add_name(name)
        self.names_list.blockSignals(False)
        self.count_box.blockSignals(True)
        self.count_box.setValue(max(1, self.names_list.count()))
        self.count_box.blockSignals(False)
        self.refresh()

    def _add_name(self, name: str) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.names_list.addItem(item)

    def _count_changed(self, count: int) -> None:
        """More tables get "Table N" names (N not yet taken); fewer drop the last ones."""
        self.names_list.blockSignals(True)
        while self.names_list.count() > count:
            self.names_list.takeItem(self.names_list.count() - 1)
        taken = {n.casefold() for n in self.names()}
        number = 1
        while self.names_list.count() < count:
            name = self._table_name(number)
            number += 1
            if name.casefold() not in taken:
                self._add_name(name)
        self.names_list.blockSignals(False)
        self.refresh()

    def use_groups(self) -> None:
        """The workshop's table groups become the tables."""
        if self.groups:
            self.set_names(self.groups)

    # --- the folder ---------------------------------------------------------------------

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the tables' files"), str(self.folder())
        )
        if chosen:
            self.folder_edit.setText(chosen)

    # --- what will be written -------------------------------------------------------------

    def targets(self) -> list[Path]:
        folder = self.folder()
        return [folder / table_file_name(self.host, n) for n in self.names()]

    def clashes(self) -> list[Path]:
        """The files of these names already in the folder (they would be replaced)."""
        return [t for t in self.targets() if t.exists()]

    def problem(self) -> str:
        """Why the hand-out cannot go ahead as chosen, or ""."""
        try:
            check_table_names(self.names())
        except ValueError as exc:
            return self.tr("✗ %1").replace("%1", self._names_words(str(exc)))
        text = self.folder_edit.text().strip()
        if not text:
            return self.tr("✗ Choose the folder the files are written to.")
        if not self.folder().is_dir():
            return self.tr("✗ There is no folder “%1”. Choose one that exists.").replace("%1", text)
        return ""

    def _names_words(self, message: str) -> str:
        """storage.breakout's plain English for names that will not do, in the user's
        language (the four messages check_table_names gives)."""
        if message.startswith("Choose between"):
            return self.tr("Choose between 1 and %n tables.", "", MAX_TABLES)
        if message.startswith("Every table"):
            return self.tr("Every table needs a name.")
        if message.startswith("A table's name"):
            return self.tr("A table's name is too long.")
        if message.startswith("Two tables"):
            return self.tr("Two tables have the same name; give each its own.")
        return message

    def refresh(self, *_args: object) -> None:
        """Show the files that will be written, and say what is wrong or will be replaced."""
        self.files_list.clear()
        names = self.names()
        for target in self.targets():
            exists = target.exists()
            text = target.name
            if exists:
                text = self.tr("%1   ⚠ replaces the file already there").replace("%1", text)
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.files_list.addItem(item)
        problem = self.problem()
        clashes = [] if problem else self.clashes()
        if problem:
            self.warning.setText(problem)
        elif clashes:
            self.warning.setText(
                self.tr(
                    "⚠ One of these files is already in that folder. Handing out replaces "
                    "it: you will be asked first."
                )
                if len(clashes) == 1
                else self.tr(
                    "⚠ %n of these files are already in that folder. Handing out replaces "
                    "them: you will be asked first.",
                    "",
                    len(clashes),
                )
            )
        else:
            written = (
                self.tr("✓ 1 file will be written into “%1”.")
                if len(names) == 1
                else self.tr("✓ %n files will be written into “%1”.", "", len(names))
            )
            self.warning.setText(written.replace("%1", str(self.folder())))
        self.warning.setAccessibleName(self.warning.text())
        self.ok_button.setEnabled(not problem)

    def accept(self) -> None:
        """Hand out: only with names and a folder that will do, and files that would be
        replaced agreed to."""
        self.refresh()
        if self.problem():
            return
        clashes = self.clashes()
        if clashes:
            shown = "\n".join(f"  {p.name}" for p in clashes[:10])
            if len(clashes) > 10:
                shown += "\n  " + self.tr("… and %n more", "", len(clashes) - 10)
            answer = QMessageBox.question(
                self,
                self.tr("Replace the files already there?"),
                self.tr(
                    "These files are already in “%1”:\n\n%2\n\nReplace them with the new "
                    "tables' files? What the old ones hold is lost unless it was brought "
                    "back first."
                )
                .replace("%1", str(self.folder()))
                .replace("%2", shown),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().accept()

    def overwrite(self) -> bool:
        """True if files will be replaced (the user agreed when the dialog was accepted)."""
        return bool(self.clashes())
