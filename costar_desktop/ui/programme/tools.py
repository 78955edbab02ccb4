"""What planning the day adds to a window (``window.programme``): the Agenda dock and the
Programme menu's "plan" and "library" sections.

Every change to the plan — a block added, edited, deleted or moved (by keys, buttons or a
drag), the start of the day, a whole programme put in — is one
:class:`~costar_desktop.ui.model.commands_programme.PlanCommand` pushed through the editor:
one transaction, one undo step. Made with every window, so the dialogs, json and the own
programmes' files are imported only when an action is first used.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QInputDialog, QMessageBox

from costar_desktop.core.programme import Block, Programme, ProgrammeRefused
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.commands_programme import PlanCommand
from costar_desktop.ui.programme.next_day import next_day_dialog
from costar_desktop.ui.programme.panel import AgendaPanel

if TYPE_CHECKING:
    from costar_desktop.ui.model.document import WorkshopDocument

FILE_FILTER = "CoStar programmes (*.json)"
#: The Agenda dock's width when it is shown, at 100 % text (px): a block's title keeps
#: about 20 characters a line beside its times, step, length and method.
READABLE_WIDTH = 640
#: How long a result stays in the status bar (ms).
STATUS_MS = 15_000


def _words(exc: Exception) -> str:
    """What went wrong with a file, as storage says it (or the system)."""
    from costar_desktop.storage import StorageError

    if isinstance(exc, StorageError):
        return exc.message
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


class ProgrammeTools(QObject):
    """The Agenda dock and the plan's actions (``window.programme``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = AgendaPanel()
        self.dock = QDockWidget(translate("Programme", "Agenda"), window)
        self.dock.setObjectName("dock_agenda")
        self.dock.toggleViewAction().setObjectName("view.panels.agenda")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)
        #: The dialog open now (for tests and the keyboard).
        self.dialog: QDialog | None = None
        self._document: WorkshopDocument | None = None
        on = window.menu_actions.on
        on("programme.agenda", self.show_agenda)
        on("programme.add_block", self.add_block_dialog)
        on("programme.edit_block", self.edit_block_dialog)
        on("programme.delete_block", self.delete_chosen)
        on("programme.move_up", lambda: self.move_chosen(-1))
        on("programme.move_down", lambda: self.move_chosen(1))
        on("programme.put_in", self.put_in_dialog)
        on("programme.new_from", self.new_workshop_dialog)
        on("programme.next_day", lambda: next_day_dialog(self))
        on("programme.save_own", self.save_own_dialog)
        on("programme.export", self.export_dialog)
        on("programme.import", self.import_dialog)
        self.panel.add_requested.connect(self.add_block_dialog)
        self.panel.edit_requested.connect(self.edit_block_dialog)
        self.panel.delete_requested.connect(self.delete_chosen)
        self.panel.move_requested.connect(self.move_chosen)
        self.panel.moved.connect(self.move_block)
        self.panel.start_changed.connect(self.set_day_start)
        window.workshop_changed.connect(self._workshop_changed)

    # --- state --------------------------------------------------------------------------

    def document(self) -> WorkshopDocument | None:
        return self.window.document

    def programme(self) -> Programme | None:
        doc = self.document()
        return doc.programme if doc is not None else None

    def _workshop_changed(self, _path) -> None:
        if self._document is not None:
            try:
                self._document.programme_changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):
                pass  # the document is gone already
        self._document = self.window.document
        if self._document is not None:
            self._document.programme_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        self.panel.show_programme(self.programme())

    def show_agenda(self, shown: bool = True) -> None:
        """Programme → Show agenda (F10): the dock, with the focus in its table."""
        self.dock.setVisible(shown)
        if shown:
            self._readable_width()
            self.dock.raise_()
            self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _readable_width(self) -> None:
        """Wide enough that a block's title is not cut into single words beside the times,
        steps and methods (up to about a third of the window); never narrower than it is."""
        from costar_desktop.ui.appearance import appearance

        wanted = min(round(READABLE_WIDTH * appearance().text_scale), self.window.width() * 9 // 25)
        if self.dock.width() < wanted:
            self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Horizontal)

    def _dock_shown(self, visible: bool) -> None:
        self.window.menu_actions["programme.agenda"].setChecked(visible)
        if visible:
            self.panel.apply_look()

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # --- changes to the plan, each one undo step ---------------------------------------

    def push_plan(self, plan: Programme, text: str) -> bool:
        """Make ``plan`` the agenda as one undo step called ``text``."""
        doc = self.document()
        editor = self.window.editor
        if doc is None or editor is None:
            return False
        return bool(editor.push(PlanCommand(doc, plan, text)))

    def _blocks(self) -> list[Block]:
        programme = self.programme()
        return list(programme.blocks) if programme is not None else []

    def add_block(self, block: Block, at: int | None = None) -> bool:
        """Add ``block`` at place ``at`` (after the chosen block if None; last if none)."""
        programme = self.programme()
        if programme is None:
            return False
        blocks = self._blocks()
        if at is None:
            row = self.panel.current_row()
            at = row + 1 if row >= 0 else len(blocks)
        blocks.insert(at, block)
        if not self.push_plan(
            replace(programme, blocks=blocks), translate("Programme", "Add a block")
        ):
            return False
        self.panel.select_row(at)
        return True

    def edit_block(self, index: int, block: Block) -> bool:
        programme = self.programme()
        if programme is None or not 0 <= index < len(programme.blocks):
            return False
        blocks = self._blocks()
        blocks[index] = block
        return self.push_plan(
            replace(programme, blocks=blocks), translate("Programme", "Edit a block")
        )

    def delete_block(self, index: int) -> bool:
        programme = self.programme()
        if programme is None or not 0 <= index < len(programme.blocks):
            return False
        blocks = self._blocks()
        del blocks[index]
        if not self.push_plan(
            replace(programme, blocks=blocks), translate("Programme", "Delete a block")
        ):
            return False
        self.panel.select_row(min(index, len(blocks) - 1))
        return True

    def move_block(self, index: int, to: int) -> bool:
        """Move the block at ``index`` to place ``to``; it stays the chosen one."""
        programme = self.programme()
        if programme is None or not 0 <= index < len(programme.blocks):
            return False
        to = max(0, min(to, len(programme.blocks) - 1))
        if to == index:
            return False
        blocks = self._blocks()
        blocks.insert(to, blocks.pop(index))
        if not self.push_plan(
            replace(programme, blocks=blocks), translate("Programme", "Move a block")
        ):
            return False
        self.panel.select_row(to)
        return True

    def set_day_start(self, minutes: int) -> bool:
        programme = self.programme()
        if programme is None or minutes == programme.day_start:
            return False
        return self.push_plan(
            replace(programme, day_start=minutes),
            translate("Programme", "Change the start of the day"),
        )

    def put_in(self, programme: Programme, ask: bool = True) -> bool:
        """Make ``programme`` the agenda (its name, start and blocks), one undo step; asks
        first if the agenda has blocks."""
        current = self.programme()
        if current is None:
            return False
        if ask and current.blocks:
            answer = QMessageBox.question(
                self.window,
                translate("Programme", "Put in a programme"),
                translate(
                    "Programme",
                    "The agenda has %n blocks. Put “%1” in its place? "
                    "(Edit → Undo brings the agenda back.)",
                )
                .replace("%n", str(len(current.blocks)))
                .replace("%1", programme.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        plan = replace(current, name=programme.name, description=programme.description)
        plan = replace(plan, day_start=programme.day_start, blocks=list(programme.blocks))
        text = translate("Programme", "Put in the programme “%1”").replace("%1", programme.name)
        if not self.push_plan(plan, text):
            return False
        self.panel.select_row(0)
        self._say(translate("Programme", "✓ “%1” is the agenda now.").replace("%1", programme.name))
        return True

    # --- the chosen block ---------------------------------------------------------------

    def _chosen(self) -> int:
        """The chosen block's place; shows the agenda first if it was hidden."""
        if not self.dock.isVisible():
            self.show_agenda(True)
        return self.panel.current_row()

    def add_block_dialog(self) -> bool:
        if self.programme() is None:
            return False
        self._chosen()
        from costar_desktop.ui.programme.block_dialog import BlockDialog

        dialog = BlockDialog(None, self.window)
        if self._run(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self.add_block(dialog.block())

    def edit_block_dialog(self) -> bool:
        index = self._chosen()
        programme = self.programme()
        if programme is None or not 0 <= index < len(programme.blocks):
            return False
        from costar_desktop.ui.programme.block_dialog import BlockDialog

        dialog = BlockDialog(programme.blocks[index], self.window)
        if self._run(dialog) != QDialog.DialogCode.Accepted:
            return False
        return self.edit_block(index, dialog.block())

    def delete_chosen(self) -> bool:
        return self.delete_block(self._chosen())

    def move_chosen(self, delta: int) -> bool:
        index = self._chosen()
        if index < 0:
            return False
        return self.move_block(index, index + delta)

    def _run(self, dialog: QDialog) -> int:
        self.dialog = dialog
        try:
            return dialog.exec()
        finally:
            self.dialog = None
            dialog.deleteLater()
            self.panel.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- programmes: the library ------------------------------------------------------

    def own_folder(self) -> Path:
        from costar_desktop.output.programmes import own_folder
        from costar_desktop.paths import user_data_dir

        return own_folder(user_data_dir())

    def choose_programme(self, choosing: bool = False) -> Programme | None:
        """The Put-in dialog: a shipped or own programme, or None if none was chosen."""
        from costar_desktop.ui.programme.library import LibraryDialog

        dialog = LibraryDialog(self.own_folder(), self.window, choosing=choosing)
        if self._run(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def put_in_dialog(self) -> bool:
        """Programme → Put in a programme…"""
        if self.programme() is None:
            return False
        chosen = self.choose_programme()
        return chosen is not None and self.put_in(chosen)

    def new_workshop_dialog(self) -> bool:
        """Programme → New workshop from a programme…: choose the programme, then File →
        New's own dialogs; the programme goes into the new workshop as its first undo step
        (so the new file is made exactly as File → New makes it)."""
        chosen = self.choose_programme(choosing=True)
        if chosen is None:
            return False
        registry = self.window.registry
        before = list(registry.windows) if registry is not None else []
        had = self.window.document
        self.window.new_workshop_dialog()
        if self.window.document is not None and self.window.document is not had:
            target = self.window
        else:
            new = [w for w in (registry.windows if registry is not None else []) if w not in before]
            if not new or new[-1].document is None:
                return False
            target = new[-1]
        done = target.programme.put_in(chosen, ask=False)
        target.programme.show_agenda(True)
        return bool(done)

    def save_own_dialog(self) -> bool:
        """Programme → Save agenda as my programme…"""
        programme = self.programme()
        if programme is None:
            return False
        if not programme.blocks:
            self._refused(
                translate("Programme", "Not saved"),
                translate("Programme", "The agenda has no blocks yet."),
            )
            return False
        name, ok = QInputDialog.getText(
            self.window,
            translate("Programme", "Save agenda as my programme"),
            translate("Programme", "&Name of the programme:"),
            text=programme.name,
        )
        if not ok or not name.strip():
            return False
        return self.save_own(name) is not None

    def save_own(self, name: str) -> Path | None:
        """Save the agenda as an own programme called ``name``."""
        from costar_desktop.output.programmes import save_own
        from costar_desktop.storage import StorageError

        programme = self.programme()
        if programme is None:
            return None
        try:
            path = save_own(programme, name, self.own_folder())
        except ProgrammeRefused as exc:
            self._refused(
                translate("Programme", "Not saved"),
                translate("Programme", "The programme is not saved: %1").replace("%1", str(exc)),
            )
            return None
        except (OSError, StorageError) as exc:
            self._refused(translate("Programme", "Not saved"), _words(exc))
            return None
        self._say(
            translate("Programme", "✓ Saved as your programme “%1”.").replace("%1", name.strip())
        )
        return path

    def export_dialog(self) -> bool:
        """Programme → Export agenda as a file… (a programme file for a colleague)."""
        programme = self.programme()
        doc = self.document()
        if programme is None or doc is None:
            return False
        from costar_desktop.output.programmes import safe_name

        suggested = doc.path.with_name(f"{safe_name(programme.name or doc.path.stem)}.json")
        chosen, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("Programme", "Export the agenda as a file"),
            str(suggested),
            FILE_FILTER,
        )
        return bool(chosen) and self.export_to(Path(chosen))

    def export_to(self, path: Path) -> bool:
        from costar_desktop.output.programmes import write_programme_file
        from costar_desktop.storage import StorageError

        programme = self.programme()
        if programme is None:
            return False
        if not programme.blocks:
            self._refused(
                translate("Programme", "Not exported"),
                translate("Programme", "The agenda has no blocks yet."),
            )
            return False
        if not programme.name:
            programme = replace(programme, name=self.window.document.path.stem)
        try:
            write_programme_file(replace(programme, running=None), path)
        except ProgrammeRefused as exc:
            self._refused(translate("Programme", "Not exported"), str(exc))
            return False
        except (OSError, StorageError) as exc:
            self._refused(translate("Programme", "Not exported"), _words(exc))
            return False
        self._say(translate("Programme", "✓ The agenda is in “%1”.").replace("%1", path.name))
        return True

    def import_dialog(self) -> bool:
        """Programme → Import a programme file…"""
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("Programme", "Import a programme file"),
            str(Path.home()),
            FILE_FILTER,
        )
        return bool(chosen) and self.import_file(Path(chosen))

    def import_file(self, path: Path) -> bool:
        """Check a programme file and copy it into the user's own programmes (it is offered
        in Put in a programme… from then on); a refused file changes nothing."""
        from costar_desktop.output.programmes import import_programme
        from costar_desktop.storage import StorageError

        try:
            programme, _target = import_programme(path, self.own_folder())
        except ProgrammeRefused as exc:
            self._refused(translate("Programme", "This programme cannot be used"), str(exc))
            return False
        except (OSError, StorageError) as exc:
            self._refused(translate("Programme", "Not imported"), _words(exc))
            return False
        self._say(
            translate(
                "Programme", "✓ “%1” is one of your programmes now: Programme → Put in a programme…"
            ).replace("%1", programme.name)
        )
        return True

    def _refused(self, title: str, message: str) -> None:
        self.window.report_error(title, "⚠ " + message)
