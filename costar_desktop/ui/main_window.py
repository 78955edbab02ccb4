"""The main window: menus, toolbar, status bar, welcome page and one open workshop."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
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

from costar_desktop.ui import i18n
from costar_desktop import APP_NAME
from costar_desktop.core.model import Workshop, WorkshopData
from costar_desktop.core.palette import PALETTE
from costar_desktop.storage import StorageError, WorkshopFile
from costar_desktop.storage.errors import NeedsRepair
from costar_desktop.ui import commands, privacy, settings
from costar_desktop.ui.backups import install_backup_actions
from costar_desktop.ui.document import WorkshopDocument
from costar_desktop.ui.editor import WorkshopEditor
from costar_desktop.ui.welcome import WelcomePage
from costar_desktop.ui.widgets import SaveBanner, build_note_menu, colour_icon
from costar_desktop.ui.widgets import SteadyComboBox

FILE_FILTER = "CoStar workshops (*.costar)"


class MainWindow(QMainWindow):
    """One window shows one workshop at a time (or the welcome page)."""

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

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        from costar_desktop.ui.steps.tools import StepTools

        self.step_tools = StepTools(self)
        from costar_desktop.ui.presentation import PresentationController

        self.presentation = PresentationController(self)
        self.resize(1280, 800)
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._show_welcome()
        from costar_desktop.ui.printing import install_print_actions  # File → Export PDF…, Print…
        install_print_actions(self)
        install_backup_actions(self)
        self._keep_shortcuts_without_menu_bar()

    # --- actions and menus ------------------------------------------------------------

    def _keep_shortcuts_without_menu_bar(self) -> None:
        """Menu shortcuts keep working when the menu bar is hidden (presentation mode).

        Canvas keys are left out: they belong to the canvas, not to the whole window.
        """
        stack = list(self.menuBar().actions())
        while stack:
            act = stack.pop()
            if act.menu() is not None:
                stack += act.menu().actions()
            elif act.shortcuts() and act.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                self.addAction(act)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("&New workshop…"), self.new_workshop_dialog, QKeySequence.StandardKey.New)
        self.open_action = a(self.tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.sample_action = a(self.tr("Open the sa&mple workshop"), self.open_sample)
        self.new_window_action = a(self.tr("New &window"), self.new_window, "Ctrl+Shift+N")
        self.save_as_action = a(self.tr("Save &As…"), self.save_as_dialog, QKeySequence.StandardKey.SaveAs,
                                self.tr("Save a complete copy and keep working in it"))
        self.export_actions = {
            fmt: a(label, lambda fmt=fmt: self.export_dialog(fmt))
            for fmt, label in (("json", self.tr("Export as &JSON…")),
                               ("csv", self.tr("Export as &CSV tables…")),
                               ("md", self.tr("Export as &Markdown…")))
        }
        self.details_action = a(self.tr("Workshop &details…"), self.details_dialog, "Ctrl+I")
        self.participants_action = a(self.tr("&Participants and groups…"), self.participants_dialog,
                                     "Ctrl+Shift+P")
        self.close_action = a(self.tr("&Close workshop"), self.close_workshop, QKeySequence.StandardKey.Close)
        self.quit_action = a(self.tr("&Quit"), self.quit_app, QKeySequence.StandardKey.Quit)

        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        # The group keeps their words and whether they can be used; the document runs them,
        # so that an undo or redo that cannot be saved leaves the history where it was.
        for action, run in ((self.undo_action, self._undo), (self.redo_action, self._redo)):
            action.triggered.disconnect()
            action.triggered.connect(run)

        self.new_note_action = a(self.tr("&New note"), lambda: self.editor.new_note(), "N",
                                 self.tr("Add a note where the pointer is (or double-click empty space)"))
        self.edit_note_action = a(self.tr("&Edit note"), lambda: self.editor.edit_selected(), "F2")
        self.delete_action = a(self.tr("&Delete"), lambda: self.editor.delete_selected(),
                               [QKeySequence.StandardKey.Delete, "Backspace"])
        self.select_all_action = a(self.tr("Select &all notes"), lambda: self.editor.select_all(),
                                   QKeySequence.StandardKey.SelectAll)
        self.preferences_action = a(self.tr("&Preferences…"), self.preferences_dialog, "Ctrl+,",
                                    self.tr("Text size, theme and colour options"))
        self.colour_actions = QActionGroup(self)
        self.colour_actions_by_key: dict[str, QAction] = {}
        for i, entry in enumerate(PALETTE, start=1):
            act = a(f"{i18n.core(entry.name)} ({entry.letter})", lambda key=entry.key: self.set_colour(key),
                    f"Alt+{i}")
            act.setIcon(colour_icon(entry.fill))
            act.setCheckable(True)
            self.colour_actions.addAction(act)
            self.colour_actions_by_key[entry.key] = act

        self.zoom_in_action = a(self.tr("Zoom &in"), lambda: self.editor.view.zoom_in(),
                                [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self.zoom_out_action = a(self.tr("Zoom &out"), lambda: self.editor.view.zoom_out(),
                                 QKeySequence.StandardKey.ZoomOut)
        self.actual_size_action = a(self.tr("&Actual size"), lambda: self.editor.view.actual_size(),
                                    "Ctrl+Alt+0")
        self.fit_action = a(self.tr("&Fit star"), lambda: self.editor.view.fit_star(), "Ctrl+0")

        self.shortcuts_action = a(self.tr("&Keyboard shortcuts"), self._show_shortcuts,
                                  QKeySequence.StandardKey.HelpContents)
        self.about_action = a(self.tr("&About CoStar Desktop"), self._show_about)

        # Canvas keys only act while the canvas (not a text box) has the focus.
        self.canvas_actions = [self.new_note_action, self.edit_note_action, self.delete_action,
                               self.select_all_action]
        for act in self.canvas_actions:
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.document_actions = [
            self.save_as_action, *self.export_actions.values(), self.details_action,
            self.participants_action, self.close_action, *self.canvas_actions,
            *self.colour_actions.actions(), self.zoom_in_action, self.zoom_out_action,
            self.actual_size_action, self.fit_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addActions([self.sample_action, self.new_window_action])
        file_menu.addSeparator()
        file_menu.addAction(self.save_as_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.setObjectName("exportMenu")
        export_menu.addActions(list(self.export_actions.values()))
        file_menu.addSeparator()
        file_menu.addActions([self.details_action, self.participants_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.new_note_action, self.edit_note_action, self.delete_action,
                              self.select_all_action])
        colour_menu = edit_menu.addMenu(self.tr("Note &colour"))
        colour_menu.addActions(self.colour_actions.actions())
        self.author_menu = edit_menu.addMenu(self.tr("Note &author"))
        self.author_menu.aboutToShow.connect(self._fill_author_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.actual_size_action,
                              self.fit_action])
        view_menu.addSeparator()
        self.view_menu = view_menu

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

    def _build_toolbar(self) -> None:
        tb = QToolBar(self.tr("Main toolbar"))
        tb.setObjectName("mainToolbar")
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.addActions([self.new_note_action, self.undo_action, self.redo_action, self.delete_action])
        tb.addSeparator()
        tb.addWidget(QLabel(self.tr(" Writing as: ")))
        self.author_combo = SteadyComboBox()
        self.author_combo.setMinimumContentsLength(18)
        self.author_combo.setAccessibleName(self.tr("Author of new and selected notes"))
        self.author_combo.currentIndexChanged.connect(self._author_combo_changed)
        # As with Colour: a choice made here also goes to the selected notes (undoable).
        self.author_combo.activated.connect(
            lambda i: self.editor is not None
            and self.editor.set_author_of_selected(self.author_combo.itemData(i)))
        tb.addWidget(self.author_combo)
        tb.addWidget(QLabel(self.tr("  Colour: ")))
        self.colour_combo = SteadyComboBox()
        self.colour_combo.setAccessibleName(self.tr("Colour of new and selected notes"))
        for entry in PALETTE:
            self.colour_combo.addItem(colour_icon(entry.fill), f"{i18n.core(entry.name)} ({entry.letter})",
                                      entry.key)
        self.colour_combo.activated.connect(
            lambda i: self.set_colour(self.colour_combo.itemData(i)))
        tb.addWidget(self.colour_combo)
        tb.addSeparator()
        tb.addActions([self.zoom_out_action, self.fit_action, self.zoom_in_action])
        self.addToolBar(tb)
        self.toolbar = tb
        self.view_menu.addAction(tb.toggleViewAction())

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
        for act in self.document_actions:
            act.setEnabled(False)
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
        self.editor.view.addActions(self.canvas_actions)
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
            lambda z: self.zoom_label.setText(self.tr("Zoom %1 %").replace("%1", str(round(z * 100)))))
        self.stack.setCurrentWidget(self.editor_holder)
        for act in self.document_actions:
            act.setEnabled(True)
        self.author_combo.setEnabled(True)
        self.colour_combo.setEnabled(True)
        self._fill_author_combo()
        self.set_colour(self.editor.current_colour)
        self._update_title()
        self._update_count()
        if d.read_only:
            self._on_save_failed(self.tr("This workshop file is read-only: you can look, but "
                                         "changes cannot be saved. Use File → Save As… to save a copy you can change."))
        else:
            self.save_label.setText(self.tr("✓ Opened – every change is saved as you work"))
        settings.add_recent_file(store.path)
        self.editor.view.setFocus()
        self.editor.view.fit_star()
        self.workshop_changed.emit(store.path)

    def close_workshop(self) -> None:
        """Close the open workshop (everything is already saved) and show the welcome page."""
        if self.document is None:
            return
        self.editor.finish_editing()
        actions = self.step_tools.panels.get("actions") if self.step_tools else None
        if actions is not None:  # a cell of the action plan being typed in is kept too
            actions.finish_editing()
        self.undo_group.removeStack(self.document.undo_stack)
        self.editor.scene.set_document(None)
        self.editor_holder.layout().removeWidget(self.editor)
        self.editor.hide()
        self.editor.deleteLater()
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
            self.report_error(self.tr("Already open"),
                              self.tr("“%1” is already open in another CoStar window. That window "
                                      "has been brought to the front.").replace("%1", path.name))
            return False
        try:
            store = WorkshopFile.open(path)
        except NeedsRepair as exc:
            from costar_desktop.ui.repair import offer_repaired_copy

            return offer_repaired_copy(self, path, exc)
        except StorageError as exc:
            recover = getattr(self, "recover_damaged", None)  # offers a backup (ui/backups.py)
            if recover is not None and (restored := recover(path, exc)) is not None:
                return restored
            self.report_error(self.tr("Cannot open this workshop"), exc.message)
            return False
        self.attach_store(store)
        return True

    def create_workshop(self, path: Path, workshop: Workshop, data: WorkshopData | None = None) -> bool:
        """Write a new workshop file at ``path`` and open it here."""
        try:
            store = (WorkshopFile.create(path, data=data, overwrite=True) if data is not None
                     else WorkshopFile.create(path, workshop, overwrite=True))
        except StorageError as exc:
            self.report_error(self.tr("Cannot create the workshop"), exc.message)
            return False
        self.attach_store(store)
        return True

    # --- handlers ---------------------------------------------------------------------

    # Dialogs, help and exports are imported when first used: they are not needed to show
    # the star, and each import adds to every start.

    def _show_shortcuts(self) -> None:
        from costar_desktop.ui.help import show_shortcuts

        show_shortcuts(self)

    def _show_about(self) -> None:
        from costar_desktop.ui.help import show_about

        show_about(self)

    def report_error(self, title: str, message: str) -> None:
        """Tell the user plainly; tests read :attr:`last_error`."""
        self.last_error = message
        QMessageBox.warning(self, title, message)

    def new_workshop_dialog(self) -> None:
        from costar_desktop.ui.dialogs import DetailsDialog

        dlg = DetailsDialog(parent=self, new=True)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        values = dlg.values()
        suggested = settings.settings().value("last_folder", str(Path.home()))
        name = "".join(c for c in values["title"] if c not in '\\/:*?"<>|').strip() or "Workshop"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the new workshop as"),
                                              str(Path(suggested) / f"{name}.costar"), FILE_FILTER)
        if not path:
            return
        path = Path(path)
        if path.suffix != ".costar":
            path = path.with_suffix(path.suffix + ".costar") if path.suffix else path.with_suffix(".costar")
        settings.settings().setValue("last_folder", str(path.parent))
        target = self if self.document is None else self._spare_window()
        target.create_workshop(path, Workshop(**values))

    def _spare_window(self) -> "MainWindow":
        if self.registry is None:
            return self
        return self.registry.new_window()

    def open_dialog(self) -> None:
        folder = settings.settings().value("last_folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a workshop"), folder,
                                              f"{FILE_FILTER};;All files (*)")
        if path:
            settings.settings().setValue("last_folder", str(Path(path).parent))
            self.open_path(Path(path))

    def open_sample(self) -> None:
        from costar_desktop.ui.app import ensure_sample_workshop

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
        self.editor.finish_editing()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy of the workshop as"),
                                              str(self.document.path.with_name(
                                                  self.document.path.stem + " copy.costar")),
                                              FILE_FILTER)
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        """Write a complete copy to ``path`` and keep working there."""
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
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the CSV tables"),
                                                    str(base.parent))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the workshop"),
                                                  f"{base}.{fmt}", f"*.{fmt}")
        if not path:
            return
        try:
            from costar_desktop.core import export

            written = export.write_export(privacy.export_data(self), fmt, Path(path))
        except StorageError as exc:  # the place chosen is a pipe, a device, a folder…
            self.report_error(self.tr("Export failed"), exc.message)
            return
        except (OSError, ValueError) as exc:
            self.report_error(self.tr("Export failed"), self.tr("The export could not be written: %1")
                              .replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", ", ".join(map(str, written))), 8000)

    def _undo(self) -> None:
        if self.document is not None:
            self.document.undo()

    def _redo(self) -> None:
        if self.document is not None:
            self.document.redo()

    def details_dialog(self) -> None:
        if self.document is None:
            return
        from costar_desktop.ui.dialogs import DetailsDialog

        dlg = DetailsDialog(self.document.workshop, parent=self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            changes = {k: v for k, v in dlg.values().items() if getattr(self.document.workshop, k) != v}
            if changes:
                self.editor.push(commands.EditDetailsCommand(self.document, changes))

    def preferences_dialog(self) -> None:
        from costar_desktop.ui.preferences import show_preferences

        show_preferences(self)

    def participants_dialog(self) -> None:
        if self.document is not None:
            from costar_desktop.ui.dialogs import ParticipantsDialog

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
        current = self.editor.current_author_id
        self.author_combo.blockSignals(True)
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("(nobody in particular)"), None)
        for p in self.document.participants.values():
            self.author_combo.addItem(p.name, p.id)
        idx = self.author_combo.findData(current) if current else 0
        self.author_combo.setCurrentIndex(max(0, idx))
        self.author_combo.blockSignals(False)
        self.editor.current_author_id = self.author_combo.currentData()

    def _author_combo_changed(self, index: int) -> None:
        if self.editor is not None and index >= 0:
            self.editor.current_author_id = self.author_combo.itemData(index)

    def show_canvas_menu(self, global_pos) -> QMenu:
        """The note menu (right-click, Menu key, Shift+F10 or a long press)."""
        self.canvas_menu = build_note_menu(self)
        self.canvas_menu.popup(global_pos)
        return self.canvas_menu

    def _fill_author_menu(self, menu: QMenu | None = None) -> None:
        menu = menu if menu is not None else self.author_menu
        menu.clear()
        if self.document is None:
            return
        nobody = menu.addAction(self.tr("(nobody in particular)"))
        nobody.triggered.connect(lambda: self.editor.set_author_of_selected(None))
        for p in self.document.participants.values():
            act = menu.addAction(p.name)
            act.triggered.connect(lambda checked=False, pid=p.id: self.editor.set_author_of_selected(pid))
        has_selection = bool(self.editor.selected_note_ids())
        for act in menu.actions():
            act.setEnabled(has_selection)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_files()
        if not paths:
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)
        for p in paths:
            act = self.recent_menu.addAction(p.name)
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
            self.setWindowTitle(f"{self.document.workshop.title} – {self.document.path.name} – {APP_NAME}")

    def _update_count(self, *_args) -> None:
        if self.document is not None:
            n = len(self.document.notes)
            self.count_label.setText(self.tr("1 note") if n == 1 else self.tr("%1 notes").replace("%1", str(n)))

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
