"""What breakout tables add to a window (``window.tables``): File → Hand out to tables…,
Bring back tables' files… and End the breakout, each one undo step.

Made with every window, so nothing heavy is imported here: the dialogs and the storage
side (which load json, uuid, shutil and tempfile) come when an action is first used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from costar_desktop.storage import StorageError
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.settings import set_tables_folder, tables_folder

if TYPE_CHECKING:
    from costar_desktop.core.merge import RowChanges
    from costar_desktop.storage.breakout import BringBack, Refusal, TableFile
    from costar_desktop.ui.model.document import WorkshopDocument
    from costar_desktop.ui.tables.hand_out_dialog import HandOutDialog
    from costar_desktop.ui.tables.preview import PreviewDialog

FILE_FILTER = "CoStar workshops (*.costar)"
#: Show the progress of writing or reading tables' files from this many on.
PROGRESS_FROM = 3
#: How long a result stays in the status bar (ms).
STATUS_MS = 15_000


class NotRecorded(Exception):
    """The host could not record the hand-out (the document said why): no file stays."""


class TablesTools(QObject):
    """Hand out, bring back, end the breakout (``window.tables``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        #: The dialog open now (hand-out or preview), for tests and the keyboard.
        self.dialog: HandOutDialog | PreviewDialog | None = None
        #: Where the last hand-out wrote to (offered again when bringing back).
        self.last_folder: Path | None = None
        self._document: WorkshopDocument | None = None
        on = window.menu_actions.on
        on("file.hand_out", self.hand_out_dialog)
        on("file.bring_back", self.bring_back_dialog)
        on("file.end_breakout", self.end_breakout)
        window.workshop_changed.connect(self._workshop_changed)
        self.update_actions()

    # --- state --------------------------------------------------------------------------

    def document(self) -> WorkshopDocument | None:
        return self.window.document

    def _workshop_changed(self, _path) -> None:
        if self._document is not None:
            try:
                self._document.breakout_changed.disconnect(self.update_actions)
            except (RuntimeError, TypeError):
                pass  # the document is gone already
        self._document = self.window.document
        if self._document is not None:
            self._document.breakout_changed.connect(self.update_actions)
        self.update_actions()

    def running(self) -> int:
        """How many tables are out (their files can be brought back)."""
        doc = self.document()
        return len(doc.store.running_tables()) if doc is not None else 0

    def table_name(self) -> str | None:
        """This file's table, if it is a table's own file."""
        doc = self.document()
        of = doc.store.table_of() if doc is not None else None
        return of.table_name if of is not None else None

    def update_actions(self) -> None:
        """End the breakout only while tables are out; its tip says why when it cannot.
        Hand out and Bring back stay usable and say why when they cannot be used here."""
        acts = self.window.menu_actions
        running = self.running()
        end = acts["file.end_breakout"]
        end.setEnabled(running > 0)
        end.setStatusTip(
            translate("Tables", "Drop what this workshop keeps for bringing tables' files back")
            if running
            else translate("Tables", "No tables are out: there is no breakout to end")
        )
        table = self.table_name()
        for action_id in ("file.hand_out", "file.bring_back"):
            action = acts[action_id]
            if table is not None:
                action.setStatusTip(
                    translate(
                        "Tables",
                        "This file is the copy for %1: use it on the workshop on the shared screen",
                    ).replace("%1", table)
                )
            else:
                action.setStatusTip(action.toolTip())

    def _refuse_here(self) -> bool:
        """Say why Hand out and Bring back cannot be used in this file; True if so. A note
        being typed is finished first: the tables' copies and the merge see its words."""
        doc = self.document()
        if doc is None:
            return True
        if self.window.editor is not None:
            self.window.editor.finish_editing()
        table = self.table_name()
        if table is not None:
            QMessageBox.information(
                self.window,
                translate("Tables", "This is a table's file"),
                translate(
                    "Tables",
                    "This file is the copy of the workshop for %1. Tables are handed out and "
                    "brought back on the workshop itself, on the shared screen's laptop: "
                    "carry this file there and use File → Bring back tables' files…",
                ).replace("%1", table),
            )
            return True
        if doc.read_only:
            QMessageBox.information(
                self.window,
                translate("Tables", "This workshop is read-only"),
                translate(
                    "Tables",
                    "This workshop file is read-only, so it cannot record tables. Use "
                    "File → Save As… to keep working in a copy you can change.",
                ),
            )
            return True
        return False

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _progress(self, title: str, total: int) -> QProgressDialog | None:
        if total < PROGRESS_FROM:
            return None
        progress = QProgressDialog(title, "", 0, total, self.window)
        progress.setWindowTitle(title)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAccessibleName(title)
        return progress

    # --- hand out -------------------------------------------------------------------------

    def hand_out_dialog(self) -> HandOutDialog | None:
        """File → Hand out to tables…: the dialog; handing out follows when it is accepted."""
        if self._refuse_here():
            return None
        from costar_desktop.ui.tables.hand_out_dialog import HandOutDialog

        doc = self.document()
        assert doc is not None
        groups = [p.name for p in doc.participants.values() if p.is_group]
        dialog = HandOutDialog(
            doc.path,
            self.last_folder or doc.path.parent,
            groups,
            self.running(),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._hand_out_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    # Bound methods, not lambdas: a lambda kept by a dialog's connection would keep the
    # window alive (PySide holds it from C++, out of the garbage collector's sight).
    def _hand_out_finished(self, result: int) -> None:
        from costar_desktop.ui.tables.hand_out_dialog import HandOutDialog

        dialog, self.dialog = self.dialog, None
        if isinstance(dialog, HandOutDialog) and result == QDialog.DialogCode.Accepted:
            self.hand_out(dialog.names(), dialog.folder(), dialog.overwrite())

    def hand_out(self, names: list[str], folder: Path, overwrite: bool = False) -> list[Path]:
        """Write the tables' files and record the breakout as one undo step; the files
        written (none, with a message, if it could not be done)."""
        from costar_desktop.storage.breakout import hand_out
        from costar_desktop.ui.model.commands_rows import RowsCommand

        doc = self.document()
        if doc is None:
            return []
        n = len(names)
        text = (
            translate("Tables", "Hand out to 1 table")
            if n == 1
            else translate("Tables", "Hand out to %n tables").replace("%n", str(n))
        )

        def record(changes: RowChanges) -> None:
            from costar_desktop.core.merge import RowChanges

            breakout_id = changes.inserts["breakouts"][0]["id"]
            undo = RowChanges(deletes={"breakouts": [breakout_id]})
            if not doc.push(RowsCommand(doc, text, changes, undo)):
                raise NotRecorded

        progress = self._progress(translate("Tables", "Writing the tables' files…"), n)

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress.setValue(done)

        try:
            done = hand_out(
                doc.store, names, folder, overwrite=overwrite, record=record, progress=step
            )
        except NotRecorded:
            return []  # the window's banner says why it was not saved
        except (StorageError, ValueError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                translate("Tables", "The tables' files were not written"),
                _message(exc) + "\n\n" + translate("Tables", "Nothing was handed out."),
            )
            return []
        finally:
            if progress is not None:
                progress.close()
                progress.deleteLater()
        self.last_folder = Path(folder)
        set_tables_folder(self.last_folder)
        shown = [f"  {p.name}" for p in done.files[:12]]
        if len(done.files) > 12:
            shown.append(
                "  " + translate("Tables", "… and %n more").replace("%n", str(len(done.files) - 12))
            )
        QMessageBox.information(
            self.window,
            translate("Tables", "Handed out"),
            translate(
                "Tables",
                "The tables' files are in “%1”:\n\n%2\n\nCopy each file to its table's "
                "laptop (a USB stick will do) and open it there with CoStar Desktop. When "
                "the tables are done, bring their files back here with File → Bring back "
                "tables' files…",
            )
            .replace("%1", str(folder))
            .replace("%2", "\n".join(shown)),
        )
        self._say(text)
        return done.files

    # --- bring back -----------------------------------------------------------------------

    def choose_files(self) -> list[Path]:
        """The tables' files to bring back (several at once)."""
        doc = self.document()
        start = (
            self.last_folder
            or tables_folder()
            or (doc.path.parent if doc is not None else Path.home())
        )
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window,
            translate("Tables", "Bring back tables' files"),
            str(start),
            translate("Tables", "CoStar workshops (*.costar)"),
        )
        return [Path(p) for p in paths]

    def bring_back_dialog(self) -> PreviewDialog | None:
        """File → Bring back tables' files…: choose the files, read them, preview."""
        if self._refuse_here():
            return None
        doc = self.document()
        assert doc is not None
        if not self.running():
            ended = bool(doc.store.table_records())
            QMessageBox.information(
                self.window,
                translate("Tables", "Nothing to bring back"),
                translate(
                    "Tables",
                    "The breakout has ended: tables' files can no longer be brought back "
                    "into this workshop.",
                )
                if ended
                else translate(
                    "Tables",
                    "No tables are out: nothing can be brought back yet. Hand the workshop "
                    "out first, with File → Hand out to tables…",
                ),
            )
            return None
        paths = self.choose_files()
        if not paths:
            return None
        tables, refused = self.read(paths)
        return self.preview(tables, refused)

    def read(self, paths: list[Path]) -> tuple[list[TableFile], list[Refusal]]:
        """Read and check the tables' files (from copies), showing progress for many."""
        from costar_desktop.storage.breakout import read_table_files

        doc = self.document()
        assert doc is not None
        progress = self._progress(translate("Tables", "Reading the tables' files…"), len(paths))

        def step(done: int, total: int) -> None:
            if progress is not None:
                progress.setValue(done)

        try:
            return read_table_files(doc.store, paths, progress=step)
        finally:
            if progress is not None:
                progress.close()
                progress.deleteLater()

    def preview(self, tables: list[TableFile], refused: list[Refusal]) -> PreviewDialog:
        """The preview; bringing back follows when it is accepted."""
        from costar_desktop.ui.tables.preview import PreviewDialog

        doc = self.document()
        assert doc is not None
        dialog = PreviewDialog(doc.store, tables, refused, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._preview_finished)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _preview_finished(self, result: int) -> None:
        from costar_desktop.ui.tables.preview import PreviewDialog

        dialog, self.dialog = self.dialog, None
        if isinstance(dialog, PreviewDialog) and result == QDialog.DialogCode.Accepted:
            self.bring_back(dialog.tables, dialog.final_choices())

    def bring_back(self, tables: list[TableFile], choices: Any = None) -> bool:
        """Merge the tables' files with the answers ``choices``: a backup first, then one
        undo step. False (and nothing changed) if it could not be done."""
        from costar_desktop.storage.breakout import plan_bring_back
        from costar_desktop.ui.model.commands_rows import RowsCommand

        doc = self.document()
        if doc is None or not tables:
            return False
        bring: BringBack = plan_bring_back(doc.store, tables, choices or {})
        if bring.changes.empty:
            self._say(
                translate("Tables", "Nothing to bring back: the tables' files hold no changes.")
            )
            return False
        try:
            self.window.backups.store.backup_file(doc.store, "before-merge")
        except (StorageError, OSError) as exc:
            QMessageBox.warning(
                self.window,
                translate("Tables", "Nothing was brought back"),
                translate(
                    "Tables",
                    "A backup of this workshop could not be taken first, so nothing was "
                    "brought back: %1",
                ).replace("%1", _message(exc)),
            )
            return False
        n = len(tables)
        text = (
            translate("Tables", "Bring back the file of %1").replace("%1", tables[0].record.name)
            if n == 1
            else translate("Tables", "Bring back %n tables' files").replace("%n", str(n))
        )
        if not doc.push(RowsCommand(doc, text, bring.changes, bring.undo)):
            return False  # the window's banner says why
        self._say(
            translate("Tables", "Brought back the file of %1. A backup was taken first.").replace(
                "%1", tables[0].record.name
            )
            if n == 1
            else translate(
                "Tables", "Brought back %n tables' files. A backup was taken first."
            ).replace("%n", str(n))
        )
        return True

    # --- end the breakout -----------------------------------------------------------------

    def end_breakout(self) -> bool:
        """File → End the breakout: asked in plain words, then one undo step."""
        from costar_desktop.storage.breakout import end_breakout
        from costar_desktop.ui.model.commands_rows import RowsCommand

        doc = self.document()
        if doc is None:
            return False
        running = doc.store.running_tables()
        if not running:
            self._say(translate("Tables", "No tables are out: there is no breakout to end."))
            return False
        names = ", ".join(r.name for r in running[:12]) + (" …" if len(running) > 12 else "")
        answer = QMessageBox.question(
            self.window,
            translate("Tables", "End the breakout?"),
            translate(
                "Tables",
                "While tables are out, this workshop keeps a copy of what each table started "
                "from, and a record of what was deleted since, so that their files can be "
                "brought back.\n\nEnding the breakout deletes both: text deleted during the "
                "day no longer lives on in this file. The tables' files (%1) can then no "
                "longer be brought back. Everything already brought back stays, and so do "
                "the summaries for the report.\n\nEnd the breakout now? Edit → Undo brings "
                "it back until the workshop is closed.",
            ).replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        change, undo = end_breakout(doc.store)
        if not doc.push(RowsCommand(doc, translate("Tables", "End the breakout"), change, undo)):
            return False
        self._say(
            translate(
                "Tables", "The breakout has ended: tables' files can no longer be brought back."
            )
        )
        return True


def _message(exc: BaseException) -> str:
    """An error in words: storage's own sentence, or the system's."""
    if isinstance(exc, StorageError):
        return exc.message
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)
