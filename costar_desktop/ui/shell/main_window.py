"""The main window: menus, toolbar, status bar, welcome page and one open workshop."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from costar_desktop import APP_NAME
from costar_desktop.core.model import Workshop, WorkshopData
from costar_desktop.core.palette import PALETTE
from costar_desktop.storage import StorageError, WorkshopFile
from costar_desktop.storage.errors import NeedsRepair
from costar_desktop.ui import i18n, settings
from costar_desktop.ui.canvas import zoom_to
from costar_desktop.ui.model import commands
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.shell.editor import WorkshopEditor
from costar_desktop.ui.shell.menus import Actions
from costar_desktop.ui.shell.welcome import WelcomePage
from costar_desktop.ui.steps.actions_panel import ActionsPanel
from costar_desktop.ui.widgets import SaveBanner, SteadyComboBox, colour_icon

FILE_FILTER = "CoStar workshops (*.costar)"


class MainWindow(QMainWindow):
    """One window shows one workshop at a time (or the welcome page)."""

    #: Every menu action of the window, by its id (ui/shell/actions.py); not named
    #: ``actions``, which would hide QWidget.actions() and say "the action plan" to a reader.
    menu_actions: Actions

    #: The window opened or closed a workshop (path or None).
    workshop_changed = Signal(object)

    def __init__(self, registry=None, parent=None):
        super().__init__(parent)
        self.registry = registry
        self.document: WorkshopDocument | None = None
        self.editor: WorkshopEditor | None = None
        self.last_error: str | None = None
        self.undo_group = QUndoGroup(self)

        self.welcome = WelcomePage()
        self.welcome.new_requested.connect(self.new_workshop_dialog)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_chosen.connect(self.open_path)
        self.banner = SaveBanner()
        self.banner.save_as_requested.connect(self.save_as_dialog)
        self.editor_holder = QWidget()
        holder_layout = QVBoxLayout(self.editor_holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.banner)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.editor_holder)
        self.setCentralWidget(self.stack)

        # The parts of the window, made here in this order and reached by these names.
        #: Every action of the table (ui/shell/actions.py) by its id.
        self.menu_actions = Actions(self)
        self._bind_actions()
        self._build_status_bar()
        from costar_desktop.ui.outline.tools import OutlineTools
        from costar_desktop.ui.programme.run import ProgrammeRun
        from costar_desktop.ui.programme.tools import ProgrammeTools
        from costar_desktop.ui.room.tools import RoomTools
        from costar_desktop.ui.shell.backups import BackupController
        from costar_desktop.ui.shell.presentation import PresentationController
        from costar_desktop.ui.shell.printing import PrintController
        from costar_desktop.ui.shell.privacy import PrivacyOption
        from costar_desktop.ui.shell.speech import ReadAloud
        from costar_desktop.ui.shell.spotlight import SpotlightController
        from costar_desktop.ui.steps.tools import StepTools
        from costar_desktop.ui.tables.tools import TablesTools

        #: The Steps menu's actions and the step panels' docks.
        self.step_tools: StepTools = StepTools(self)
        #: Presentation mode, the floating bar and full screen.
        self.presentation: PresentationController = PresentationController(self)
        #: View → Spotlight: one note across the canvas, large, for the room.
        self.spotlight: SpotlightController = SpotlightController(self)
        #: View → Read the note aloud, with the computer's own voice (hidden without one).
        self.read_aloud: ReadAloud = ReadAloud(self)
        #: Room → …: phones in the room, their notes' inbox (issue 31).
        self.room: RoomTools = RoomTools(self)
        #: File → Hand out to tables…, Bring back tables' files…, End the breakout (issue 28).
        self.tables: TablesTools = TablesTools(self)
        #: Programme → Show agenda, the blocks of the day and programmes (issue 19).
        self.programme: ProgrammeTools = ProgrammeTools(self)
        #: Programme → Start, Next block, +5 minutes…: running the day (issue 19).
        self.programme_run: ProgrammeRun = ProgrammeRun(self)
        #: View → Outline: the workshop as a tree, the canvas's keys on its rows (issue 29).
        self.outline: OutlineTools = OutlineTools(self)
        #: File → Export PDF… and Print…, run off the UI thread.
        self.printing: PrintController = PrintController(self)
        #: Automatic backups, File → Restore from backup… and recovering a damaged file.
        self.backups: BackupController = BackupController(self)
        #: File → Export → Anonymise names, for exports and PDFs.
        self.privacy: PrivacyOption = PrivacyOption(self)
        self._build_toolbar()
        self._build_menus()
        self.resize(1280, 800)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._show_welcome()
        # Window-wide keys keep working when the menu bar is hidden (presentation mode).
        # Canvas keys are left out: they belong to the canvas, not to the whole window.
        self.addActions(self.menu_actions.window_key_actions())

    # --- actions and menus ------------------------------------------------------------

    def _bind_actions(self) -> None:
        """Run the window's own actions; the other parts bind theirs."""
        acts = self.menu_actions
        on = acts.on
        on("file.new", self.new_workshop_dialog)
        on("file.open", self.open_dialog)
        on("file.sample", self.open_sample)
        on("file.new_window", self.new_window)
        on("file.save_as", self.save_as_dialog)
        for fmt in ("json", "csv", "md"):
            on(f"file.export.{fmt}", lambda fmt=fmt: self.export_dialog(fmt))
        on("file.details", self.details_dialog)
        on("file.participants", self.participants_dialog)
        on("file.close", self.close_workshop)
        on("file.quit", self.quit_app)

        # The group keeps their words and whether they can be used; the document runs them,
        # so that an undo or redo that cannot be saved leaves the history where it was.
        self.undo_action = acts.supply(
            "edit.undo", self.undo_group.createUndoAction(self, self.tr("&Undo"))
        )
        self.redo_action = acts.supply(
            "edit.redo", self.undo_group.createRedoAction(self, self.tr("&Redo"))
        )
        for action, run in ((self.undo_action, self._undo), (self.redo_action, self._redo)):
            action.triggered.disconnect()
            action.triggered.connect(run)

        self.new_note_action = on("edit.new_note", lambda: self._editor().new_note())
        self.edit_note_action = on("edit.edit_note", lambda: self._editor().edit_selected())
        self.delete_action = on("edit.delete", lambda: self._editor().delete_selected())
        self.select_all_action = on("edit.select_all", lambda: self._editor().select_all())
        self.preferences_action = on("edit.preferences", self.preferences_dialog)
        self.colour_actions_by_key: dict[str, QAction] = {
            entry.key: on(f"edit.colour.{entry.key}", lambda key=entry.key: self.set_colour(key))
            for entry in PALETTE
        }
        self.colour_actions = acts.group("colour")
        self.zoom_in_action = on("view.zoom_in", lambda: self._editor().view.zoom_in())
        self.zoom_out_action = on("view.zoom_out", lambda: self._editor().view.zoom_out())
        self.actual_size_action = on("view.actual_size", lambda: self._editor().view.actual_size())
        self.fit_action = on("view.fit", lambda: self._editor().view.show_whole_star())
        for place in zoom_to.PLACES:
            on(f"view.zoom_to.{place}", lambda place=place: self.zoom_to(place))
        self.shortcuts_action = on("help.shortcuts", self._show_shortcuts)
        self.about_action = on("help.about", self._show_about)
        self.save_as_action = acts["file.save_as"]
        self.export_actions = {fmt: acts[f"file.export.{fmt}"] for fmt in ("json", "csv", "md")}

    def _build_menus(self) -> None:
        self.menus = self.menu_actions.build_menu_bar(
            {
                "file.recent": self._fill_recent_menu,
                "edit.author": self._fill_author_menu,
                "view.panels": self.step_tools.fill_panels_menu,
            }
        )
        self.view_menu = self.menus["view"]

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.author_combo = SteadyComboBox()
        self.author_combo.setMinimumContentsLength(18)
        self.author_combo.setAccessibleName(self.tr("Author of new and selected notes"))
        self.author_combo.currentIndexChanged.connect(self._author_combo_changed)
        # As with Colour: a choice made here also goes to the selected notes (undoable).
        self.author_combo.activated.connect(self._author_combo_activated)
        self.colour_combo = SteadyComboBox()
        self.colour_combo.setAccessibleName(self.tr("Colour of new and selected notes"))
        for entry in PALETTE:
            self.colour_combo.addItem(
                colour_icon(entry.fill), f"{i18n.core(entry.name)} ({entry.letter})", entry.key
            )
        self.colour_combo.activated.connect(
            lambda i: self.set_colour(self.colour_combo.itemData(i))
        )
        self.menu_actions.fill_toolbar(
            tb,
            {
                "writing": [
                    QLabel(self.tr(" Writing as: ")),
                    self.author_combo,
                    QLabel(self.tr("  Colour: ")),
                    self.colour_combo,
                ]
            },
        )
        self.addToolBar(tb)
        self.toolbar = tb
        self.menu_actions.supply("view.toolbar", tb.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.save_label = QLabel()
        self.save_label.setAccessibleName(self.tr("Save status"))
        self.count_label = QLabel()
        self.zoom_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.save_label, 1)
        bar.addPermanentWidget(self.count_label)
        bar.addPermanentWidget(self.zoom_label)
        # A passing message ("Exported to …") takes the save status's place while it shows;
        # Qt left the two drawn over each other.
        bar.messageChanged.connect(lambda text: self.save_label.setVisible(not text))

    # --- showing a workshop -----------------------------------------------------------

    def _show_welcome(self) -> None:
        self.welcome.set_recent(settings.recent_files())
        self.stack.setCurrentWidget(self.welcome)
        self.menu_actions.set_workshop_open(False)
        self.author_combo.setEnabled(False)
        self.colour_combo.setEnabled(False)
        self.save_label.setText("")
        self.count_label.setText("")
        self.zoom_label.setText("")
        self.setWindowTitle(APP_NAME)
        self.author_combo.clear()

    def attach_store(self, store: WorkshopFile) -> None:
        """Show the open workshop file ``store`` in this window (closing the one shown)."""
        self.close_workshop()
        self.document = WorkshopDocument(store, parent=self)
        self.editor = WorkshopEditor(self.document, self.editor_holder)
        self.editor_holder.layout().addWidget(self.editor, 1)
        self.editor.view.addActions(self.menu_actions.canvas_actions())
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        d = self.document
        d.saved.connect(self._on_saved)
        d.save_failed.connect(self._on_save_failed)
        d.details_changed.connect(self._update_title)
        d.path_changed.connect(self._on_path_changed)
        d.participants_changed.connect(self._fill_author_combo)
        self.editor.context_menu_requested.connect(self.show_canvas_menu)
        d.note_added.connect(self._update_count)
        d.note_removed.connect(self._update_count)
        self.editor.view.zoom_changed.connect(
            lambda z: self.zoom_label.setText(
                self.tr("Zoom %1 %").replace("%1", str(round(z * 100)))
            )
        )
        self.stack.setCurrentWidget(self.editor_holder)
        self.menu_actions.set_workshop_open(True)
        self.author_combo.setEnabled(True)
        self.colour_combo.setEnabled(True)
        self._fill_author_combo()
        self.set_colour(self.editor.session.colour)
        self._update_title()
        self._update_count()
        if d.read_only:
            self._on_save_failed(
                self.tr(
                    "This workshop file is read-only: you can look, but "
                    "changes cannot be saved. Use File → Save As… to save a copy you can change."
                )
            )
        else:
            self.save_label.setText(self.tr("✓ Opened – every change is saved as you work"))
        settings.add_recent_file(store.path)
        self.editor.view.setFocus()
        self.editor.view.fit_star()
        self.workshop_changed.emit(store.path)

    def zoom_to(self, place: str) -> None:
        """View → Zoom to, its keys and the floating bar's menu: fly to a Co, the notes not
        yet placed or the selection (on the star, not the step's work), or back."""
        editor = self._editor()
        self.presentation.show_star()
        editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)  # Escape then flies back
        editor.view.zooms.toggle(place)

    def _editor(self) -> WorkshopEditor:
        """The open workshop's editor: what calls this runs only while one is open."""
        assert self.editor is not None, "no workshop is open"
        return self.editor

    def close_workshop(self) -> None:
        """Close the open workshop (everything is already saved) and show the welcome page."""
        if self.document is None:
            return
        self.room.before_workshop_closes()  # no phone's note may reach another workshop
        editor = self._editor()
        editor.finish_editing()
        plan = self.step_tools.panels.get(ActionsPanel.key)
        if isinstance(plan, ActionsPanel):  # a cell of the action plan being typed in is kept
            plan.finish_editing()
        self.undo_group.removeStack(self.document.undo_stack)
        editor.scene.set_document(None)
        holder_layout = self.editor_holder.layout()
        assert holder_layout is not None  # made with the holder
        holder_layout.removeWidget(editor)
        editor.hide()
        editor.deleteLater()
        self.document.close()
        self.document.deleteLater()
        self.document = None
        self.editor = None
        self.banner.hide()
        self._show_welcome()
        self.workshop_changed.emit(None)

    def open_path(self, path: Path) -> bool:
        """Open a workshop file in this window; False (with a message) if it cannot be."""
        path = Path(path)
        if self.registry is not None and self.registry.activate_window_for(path, exclude=self):
            self.report_error(
                self.tr("Already open"),
                self.tr(
                    "“%1” is already open in another CoStar window. That window "
                    "has been brought to the front."
                ).replace("%1", path.name),
            )
            return False
        try:
            store = WorkshopFile.open(path)
        except NeedsRepair as exc:
            from costar_desktop.ui.shell.repair import offer_repaired_copy

            return offer_repaired_copy(self, path, exc)
        except StorageError as exc:
            if (restored := self.backups.offer_recovery(path, exc)) is not None:
                return restored  # opened a backup, or the user said no
            self.report_error(self.tr("Cannot open this workshop"), exc.message)
            return False
        self.attach_store(store)
        return True

    def create_workshop(
        self, path: Path, workshop: Workshop, data: WorkshopData | None = None
    ) -> bool:
        """Write a new workshop file at ``path`` and open it here."""
        try:
            store = (
                WorkshopFile.create(path, data=data, overwrite=True)
                if data is not None
                else WorkshopFile.create(path, workshop, overwrite=True)
            )
        except StorageError as exc:
            self.report_error(self.tr("Cannot create the workshop"), exc.message)
            return False
        self.attach_store(store)
        return True

    # --- handlers ---------------------------------------------------------------------

    # Dialogs, help and exports are imported when first used: they are not needed to show
    # the star, and each import adds to every start.

    def _show_shortcuts(self) -> None:
        from costar_desktop.ui.shell.help import show_shortcuts

        show_shortcuts(self)

    def _show_about(self) -> None:
        from costar_desktop.ui.shell.help import show_about

        show_about(self)

    def report_error(self, title: str, message: str) -> None:
        """Tell the user plainly; tests read :attr:`last_error`."""
        self.last_error = message
        QMessageBox.warning(self, title, message)

    def new_workshop_dialog(self) -> None:
        from costar_desktop.ui.shell.dialogs import DetailsDialog

        dlg = DetailsDialog(parent=self, new=True)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        values = dlg.values()
        suggested = str(settings.settings().value("last_folder", str(Path.home())))
        name = "".join(c for c in values["title"] if c not in '\\/:*?"<>|').strip() or "Workshop"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new workshop as"),
            str(Path(suggested) / f"{name}.costar"),
            FILE_FILTER,
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix != ".costar":
            path = (
                path.with_suffix(path.suffix + ".costar")
                if path.suffix
                else path.with_suffix(".costar")
            )
        settings.settings().setValue("last_folder", str(path.parent))
        target = self if self.document is None else self._spare_window()
        workshop = Workshop(
            title=values["title"],
            date=values["date"],
            venue=values["venue"],
            organisation=values["organisation"],
            facilitator=values["facilitator"],
        )
        target.create_workshop(path, workshop)

    def _spare_window(self) -> MainWindow:
        if self.registry is None:
            return self
        return self.registry.new_window()

    def open_dialog(self) -> None:
        folder = str(settings.settings().value("last_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a workshop"), folder, f"{FILE_FILTER};;All files (*)"
        )
        if path:
            settings.settings().setValue("last_folder", str(Path(path).parent))
            self.open_path(Path(path))

    def open_sample(self) -> None:
        from costar_desktop.ui.shell.sample import ensure_sample_workshop

        try:
            path = ensure_sample_workshop()
        except StorageError as exc:
            self.report_error(self.tr("Cannot open the sample workshop"), exc.message)
            return
        self.open_path(path)

    def new_window(self) -> None:
        if self.registry is not None:
            self.registry.new_window().show()

    def save_as_dialog(self) -> None:
        if self.document is None:
            return
        self._editor().finish_editing()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of the workshop as"),
            str(self.document.path.with_name(self.document.path.stem + " copy.costar")),
            FILE_FILTER,
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        """Write a complete copy to ``path`` and keep working there."""
        assert self.document is not None, "no workshop is open"
        try:
            self.document.save_as(path)
        except StorageError as exc:
            self.report_error(self.tr("Not saved"), exc.message)
            return False
        self.banner.hide()
        return True

    def export_dialog(self, fmt: str) -> None:
        if self.document is None:
            return
        base = self.document.path.with_suffix("")
        if fmt == "csv":
            path = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder for the CSV tables"), str(base.parent)
            )
        else:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the workshop"), f"{base}.{fmt}", f"*.{fmt}"
            )
        if not path:
            return
        try:
            from costar_desktop.output.exports import write_export

            written = write_export(self.privacy.export_data(), fmt, Path(path))
        except StorageError as exc:  # the place chosen is a pipe, a device, a folder…
            self.report_error(self.tr("Export failed"), exc.message)
            return
        except (OSError, ValueError) as exc:
            self.report_error(
                self.tr("Export failed"),
                self.tr("The export could not be written: %1").replace("%1", str(exc)),
            )
            return
        self.statusBar().showMessage(
            self.tr("Exported to %1").replace("%1", ", ".join(map(str, written))), 8000
        )

    def _undo(self) -> None:
        if self.document is not None:
            self.document.undo()

    def _redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    def details_dialog(self) -> None:
        if self.document is None:
            return
        from costar_desktop.ui.shell.dialogs import DetailsDialog

        dlg = DetailsDialog(self.document.workshop, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            changes = {
                k: v for k, v in dlg.values().items() if getattr(self.document.workshop, k) != v
            }
            if changes:
                self._editor().push(commands.EditDetailsCommand(self.document, changes))

    def preferences_dialog(self) -> None:
        from costar_desktop.ui.shell.preferences import show_preferences

        show_preferences(self)

    def participants_dialog(self) -> None:
        if self.document is not None:
            from costar_desktop.ui.shell.dialogs import ParticipantsDialog

            ParticipantsDialog(self.document, self).exec()

    def set_colour(self, key: str) -> None:
        if self.editor is None:
            return
        self.editor.recolour(key)
        act = self.colour_actions_by_key.get(key)
        if act is not None:
            act.setChecked(True)
        idx = self.colour_combo.findData(key)
        if idx >= 0:
            self.colour_combo.setCurrentIndex(idx)

    def _fill_author_combo(self) -> None:
        if self.document is None:
            return
        editor = self._editor()
        current = editor.session.author_id
        self.author_combo.blockSignals(True)
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("(nobody in particular)"), None)
        for p in self.document.participants.values():
            self.author_combo.addItem(p.name, p.id)
        idx = self.author_combo.findData(current) if current else 0
        self.author_combo.setCurrentIndex(max(0, idx))
        self.author_combo.blockSignals(False)
        editor.session.set_author(self.author_combo.currentData())

    def _author_combo_activated(self, index: int) -> None:
        if self.editor is not None:
            self.editor.set_author_of_selected(self.author_combo.itemData(index))

    def _author_combo_changed(self, index: int) -> None:
        if self.editor is not None and index >= 0:
            self.editor.session.set_author(self.author_combo.itemData(index))

    def show_canvas_menu(self, global_pos) -> QMenu:
        """The note menu (right-click, Menu key, Shift+F10 or a long press)."""
        has_notes = bool(self.editor and self.editor.selected_note_ids())
        self.canvas_menu = self.menu_actions.fill_menu(
            QMenu(self), "note", {"note.author": self._fill_author_menu}, has_selection=has_notes
        )
        self.canvas_menu.popup(global_pos)
        return self.canvas_menu

    def _fill_author_menu(self, menu: QMenu) -> None:
        menu.clear()
        if self.document is None:
            return
        nobody = menu.addAction(self.tr("(nobody in particular)"))
        editor = self._editor()
        nobody.triggered.connect(lambda: editor.set_author_of_selected(None))
        for p in self.document.participants.values():
            act = menu.addAction(p.name)
            act.triggered.connect(
                lambda checked=False, pid=p.id: editor.set_author_of_selected(pid)
            )
        has_selection = bool(editor.selected_note_ids())
        for act in menu.actions():
            act.setEnabled(has_selection)

    def _fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        paths = settings.recent_files()
        if not paths:
            menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for p in paths:
            act = menu.addAction(p.name)
            act.setToolTip(str(p))
            act.triggered.connect(lambda checked=False, p=p: self.open_path(p))

    def _on_saved(self) -> None:
        self.save_label.setText(self.tr("✓ Saved at %1").replace("%1", time.strftime("%H:%M:%S")))
        self.banner.hide()
        self._update_count()

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("⚠ Not saved – see the message above the star"))
        self.banner.show_message(message)

    def _on_path_changed(self, path) -> None:
        settings.add_recent_file(path)
        self._update_title()

    def _update_title(self) -> None:
        if self.document is not None:
            self.setWindowTitle(
                f"{self.document.workshop.title} – {self.document.path.name} – {APP_NAME}"
            )

    def _update_count(self, *_args) -> None:
        if self.document is not None:
            n = len(self.document.notes)
            self.count_label.setText(
                self.tr("1 note") if n == 1 else self.tr("%1 notes").replace("%1", str(n))
            )

    def quit_app(self) -> None:
        if self.registry is not None:
            self.registry.close_all()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_window_state(self.saveGeometry(), self.saveState())
        self.close_workshop()
        if self.registry is not None:
            self.registry.forget(self)
        event.accept()
