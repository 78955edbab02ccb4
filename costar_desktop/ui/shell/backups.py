"""Backups in the window: automatic backups of the open workshop, File → Restore from backup…,
recovery of a damaged file, and carrying unsaved typing over into a Save As copy.

The main window makes one :class:`BackupController` (``window.backups``).
All decisions about backups live in :mod:`costar_desktop.storage.backups` (no Qt).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from costar_desktop.storage import FileDamaged, NotAWorkshopFile, StorageError, backups
from costar_desktop.storage.backups import Backup, BackupInfo, BackupScheduler, BackupStore
from costar_desktop.storage.errors import ChangedByAnotherProgram
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.shell import startup_probe

#: How often the window checks whether edits are due a backup (milliseconds).
TICK_MS = 60_000


def when_words(backup: Backup) -> tuple[str, str]:
    """Local date and time of a backup, as shown to people."""
    local = backup.taken.astimezone()
    return local.strftime("%a %d %b %Y"), local.strftime("%H:%M:%S")


class RestoreDialog(QDialog):
    """The backups of one workshop, newest first, with date, time, note count and source."""

    HERE, COPY = "here", "copy"

    def __init__(
        self, entries: list[tuple[Backup, BackupInfo]], parent=None, source_label=lambda backup: ""
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.entries = entries
        self.how: str | None = None
        intro = QLabel(
            self.tr(
                "CoStar Desktop keeps copies of this workshop in your data folder: when it is "
                "opened, every ten minutes while you work, and before it is upgraded. Choose one."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Time"), self.tr("Notes"), self.tr("Taken"), self.tr("From")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, (backup, info) in enumerate(entries):
            day, time = when_words(backup)
            cells = (day, time, str(info.note_count), backup.reason_words, source_label(backup))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        here = QPushButton(self.tr("Restore &here"))
        here.setToolTip(
            self.tr(
                "Replace the open workshop with this backup. Its current state "
                "is backed up first, so this can be undone the same way."
            )
        )
        copy = QPushButton(self.tr("Restore as a &copy…"))
        copy.setToolTip(
            self.tr("Write the backup to a new file and open it; this file stays as it is.")
        )
        buttons.addButton(here, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.AcceptRole)
        here.clicked.connect(lambda: self._choose(self.HERE))
        copy.clicked.connect(lambda: self._choose(self.COPY))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _choose(self, how: str) -> None:
        self.how = how
        self.accept()

    def chosen(self) -> Backup | None:
        row = self.table.currentRow()
        return self.entries[row][0] if 0 <= row < len(self.entries) else None


class BackupController(QObject):
    """Backs up the window's open workshop and offers its backups back."""

    def __init__(self, window, store: BackupStore | None = None):
        super().__init__(window)
        self.window = window
        self.store = store or BackupStore()
        self.scheduler: BackupScheduler | None = None
        self._document = None
        self.restore_action = window.menu_actions.on("file.restore", self.restore_dialog)
        window.workshop_changed.connect(self._on_workshop_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # A window that is about to appear backs up the workshop it opens once it has been
        # painted: the copy (a complete, checked file) is no reason to wait for the star.
        self._painted = False
        self._after_paint = None
        startup_probe.after_first_paint(window, self._on_first_paint)
        if window.document is not None:
            self._on_workshop_changed(window.document.path)

    # --- automatic backups ---------------------------------------------------------------

    def _on_workshop_changed(self, path) -> None:
        if self._document is not None:
            try:
                self._document.saved.disconnect(self._on_saved)
                self._document.path_changed.disconnect(self._on_path_changed)
            except (RuntimeError, TypeError):
                pass
        self._document = self.window.document if path is not None else None
        self.scheduler = None
        if self._document is None:
            return
        self.scheduler = BackupScheduler(self.store)
        self._document.saved.connect(self._on_saved)
        self._document.path_changed.connect(self._on_path_changed)
        if not self._document.read_only:
            if self._painted or not self.window.isVisible():
                self.scheduler.opened(self._document.store)
            else:
                # Shown but not painted yet: nobody can have typed anything before then.
                self._after_paint = self._document

    def _on_first_paint(self) -> None:
        self._painted = True
        document, self._after_paint = self._after_paint, None
        if document is not None and document is self._document and self.scheduler is not None:
            self.scheduler.opened(document.store)

    def _on_saved(self) -> None:
        if self.scheduler is not None and self._document is not None:
            self.scheduler.edited(self._document.store)

    def tick(self) -> None:
        """Back up edits that are older than the backup interval (called by a timer)."""
        if self.scheduler is not None and self._document is not None:
            self.scheduler.tick(self._document.store)

    def _on_path_changed(self, _path) -> None:
        """After Save As, save what could not be saved before: typing kept on screen."""
        editor = self.window.editor
        if editor is None:
            return
        draft = editor.scene.draft
        if draft is not None and draft.editing and draft.text_item.toPlainText().strip():
            draft.finish_editing("enter")
        document = self.window.document
        for item in editor.scene.note_items():
            note = document.notes.get(item.note_id)
            if item.editing and note is not None and item.text_item.toPlainText() != note.text:
                item.finish_editing("enter")

    # --- restoring ----------------------------------------------------------------------

    def entries(self) -> list[tuple[Backup, BackupInfo]]:
        """Good backups of the open workshop, newest first, with what each holds."""
        if self.window.document is None:
            return []
        found = [
            (b, backups.read_info(b.path))
            for b in self.store.list(self.window.document.workshop.id)
        ]
        return [(b, info) for b, info in found if info.good]

    def source_label(self, backup: Backup) -> str:
        """'this file', or the name of the copy of the workshop a backup was taken from."""
        if self.window.document is not None and backup.source == backups.source_key(
            self.window.document.path
        ):
            return translate("Backups", "this file")
        return self.store.source_name(backup) or translate("Backups", "another copy")

    def restore_dialog(self) -> None:
        entries = self.entries()
        if not entries:
            QMessageBox.information(
                self.window,
                translate("Backups", "No backups yet"),
                translate(
                    "Backups",
                    "There are no backups of this workshop yet. One is made each time it is "
                    "opened and every ten minutes while you work.",
                ),
            )
            return
        dialog = RestoreDialog(entries, self.window, self.source_label)
        backup = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        if backup is None:
            return
        if dialog.how == RestoreDialog.HERE:
            self.restore_here(backup)
            return
        current = self.window.document.path
        day, time = when_words(backup)
        suggested = current.with_name(
            f"{current.stem} (restored {day} {time.replace(':', '.')}).costar"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("Backups", "Save the restored copy as"),
            str(suggested),
            "CoStar workshops (*.costar)",
        )
        if path:
            self.restore_copy(backup, Path(path))

    def restore_here(self, backup: Backup) -> bool:
        """Replace the open workshop with ``backup``, after backing up its current state."""
        window = self.window
        path = window.document.path
        window.editor.finish_editing()
        try:
            self.store.backup_file(window.document.store, "before-restore")
        except (StorageError, OSError) as exc:
            window.report_error(
                translate("Backups", "Not restored"),
                translate(
                    "Backups",
                    "The current state could not be backed up first, so nothing was changed (%1).",
                ).replace("%1", str(exc)),
            )
            return False
        window.close_workshop()
        return self._write_and_open(backup, path)

    def restore_copy(self, backup: Backup, target: Path) -> bool:
        """Write ``backup`` to a new file and open it in this window."""
        if self.window.document is not None and target.absolute() == self.window.document.path:
            return self.restore_here(backup)
        return self._write_and_open(backup, target)

    def _write_and_open(self, backup: Backup, target: Path) -> bool:
        try:
            backups.restore(backup, target)
        except Exception as exc:  # noqa: BLE001 - say it plainly, never crash the window
            self.window.report_error(
                translate("Backups", "Not restored"),
                translate("Backups", "The backup could not be written to “%1” (%2).")
                .replace("%1", target.name)
                .replace("%2", str(exc)),
            )
            if self.window.document is None and target.exists():
                self.window.open_path(target)
            return False
        return self.window.open_path(target)

    # --- a damaged file -------------------------------------------------------------------

    def offer_recovery(self, path: Path, error: StorageError) -> bool | None:
        """Called when ``path`` cannot be opened. None: not handled (the window says why)."""
        path = Path(path)
        if not isinstance(error, (FileDamaged, NotAWorkshopFile)) or not path.is_file():
            return None
        workshop_id = self.store.workshop_id_for(path)
        found = self.store.newest_good(workshop_id, source=path) if workshop_id else None
        if found is None:
            return None
        backup, info = found
        origin = ""
        if backup.source != backups.source_key(path):
            name = self.store.source_name(backup) or translate("Backups", "another copy")
            origin = " " + translate("Backups", "(taken from “%1”)").replace("%1", name)
        age = backups.describe_age(self.store.clock() - backup.taken.timestamp())
        day, time = when_words(backup)
        w = self.window
        if isinstance(error, ChangedByAnotherProgram):
            first = translate(
                "Backups", "“%1” was changed by another program and cannot be opened safely."
            )
        else:
            first = translate("Backups", "“%1” is damaged and cannot be opened.")
        question = (
            first.replace("%1", path.name)
            + "\n\n"
            + translate(
                "Backups",
                "The newest good backup of this workshop is %2 old (%3 at %4)%6 and "
                "holds %5 notes.",
            )
            .replace("%2", age)
            .replace("%3", day)
            .replace("%4", time)
            .replace("%5", str(info.note_count))
            .replace("%6", origin)
            + "\n\n"
            + translate(
                "Backups",
                "Restore it? The file that cannot be opened is kept, renamed "
                "to “%1.damaged”; nothing is deleted.",
            ).replace("%1", path.name)
        )
        answer = QMessageBox.question(
            w,
            translate("Backups", "Restore from backup?"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            aside = backups.set_aside_damaged(path)
        except OSError as exc:
            w.report_error(
                translate("Backups", "Not restored"),
                translate(
                    "Backups", "The damaged file could not be renamed, so nothing was changed (%1)."
                ).replace("%1", exc.strerror or str(exc)),
            )
            return False
        try:
            backups.restore(backup, path)
        except Exception as exc:  # noqa: BLE001 - put things back as they were and say so
            backups.put_back(aside, path)
            w.report_error(
                translate("Backups", "Not restored"),
                translate(
                    "Backups",
                    "The backup could not be written to “%1”, so the damaged file was left as it "
                    "was (%2).",
                )
                .replace("%1", path.name)
                .replace("%2", str(exc)),
            )
            return False
        return w.open_path(path)
