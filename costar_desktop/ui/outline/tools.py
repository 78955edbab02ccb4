"""What the outline adds to a window (``window.outline``): View → Outline (F12), a dock with
the workshop as a tree, its filters, and the canvas's keys on the chosen note.

The selection is shared with the canvas both ways: choosing a note's row selects that note
on the canvas, and selecting notes on the canvas chooses the first of them (in reading
order) in the tree. Each side ignores the echo of its own change.

The keys of the tree run the very actions of the canvas on the chosen note (Delete, D, S,
0–5: the table's ``edit.delete``, ``steps.dot``, ``steps.shortlist``, ``steps.impact.*``),
so each change is the same command, one undo step, as on the canvas; Enter or F2 edits the
words in a small dialog through the editor's :meth:`edit_note_text` (the spotlight's way:
``EditNoteTextCommand``, or renaming a group). After a change the tree keeps the chosen row.

The dock's contents (the model, the filter and the panel) are made the first time the dock
is shown, so a window that never shows the outline never pays for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDockWidget

from costar_desktop.core import rules
from costar_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from costar_desktop.ui.outline.dock import OutlinePanel
    from costar_desktop.ui.outline.filters import OutlineFilter
    from costar_desktop.ui.outline.model import OutlineModel

#: The dock's width when it is first shown, at 100 % text (px).
READABLE_WIDTH = 520


class OutlineTools(QObject):
    """The Outline dock and its keys (``window.outline``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.dock = QDockWidget(translate("Outline", "Outline"), window)
        self.dock.setObjectName("dock_outline")
        self.dock.toggleViewAction().setObjectName("view.panels.outline")
        # Left: the step panels are on the right, and both are wanted beside the star.
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)
        #: The tree's model, filter and panel: made on first show.
        self.model: OutlineModel | None = None
        self.filter: OutlineFilter | None = None
        self.panel: OutlinePanel | None = None
        #: The dialog open now (for tests and the keyboard).
        self.dialog: QDialog | None = None
        self._editor = None  # the window's editor whose selection the tree follows
        self._document = None
        self._echo = False
        window.menu_actions.on("view.outline", self.show_outline)
        window.workshop_changed.connect(self._workshop_changed)

    # --- the dock ----------------------------------------------------------------------

    def show_outline(self, shown: bool = True) -> None:
        """View → Outline (F12): the dock, with the keyboard in its tree."""
        self.dock.setVisible(shown)
        if not shown:
            return
        panel = self._made()
        self.dock.raise_()
        wanted = min(READABLE_WIDTH, self.window.width() * 2 // 5)
        if self.dock.width() < wanted:
            self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Horizontal)
        panel.tree.expandAll()
        if not panel.tree.currentIndex().isValid():
            self._follow_canvas()
        if not panel.tree.currentIndex().isValid() and self.filter is not None:
            panel.choose(self.filter.index(0, 0))
        panel.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _dock_shown(self, visible: bool) -> None:
        self.window.menu_actions["view.outline"].setChecked(visible)
        if visible:
            self._made().apply_look()

    def _made(self) -> OutlinePanel:
        """The panel, made (with its model and filter) the first time it is needed."""
        if self.panel is not None:
            return self.panel
        from costar_desktop.ui.outline.dock import OutlinePanel
        from costar_desktop.ui.outline.filters import OutlineFilter
        from costar_desktop.ui.outline.model import OutlineModel

        self.model = OutlineModel(self)
        self.filter = OutlineFilter(self)
        self.filter.setSourceModel(self.model)
        self.panel = OutlinePanel(self.filter)
        self.dock.setWidget(self.panel)
        self.panel.note_chosen.connect(self._tree_chose)
        self.panel.this_step.toggled.connect(self._step_filter)
        # A filter that hid the chosen row: the canvas's selection is chosen again when shown.
        self.panel.search.textChanged.connect(self._keep_choice)
        self.panel.this_step.toggled.connect(self._keep_choice)
        self.panel.shortlisted.toggled.connect(self._keep_choice)
        self.panel.edit_requested.connect(self.edit_chosen)
        self.panel.delete_requested.connect(lambda: self.run_on_chosen("edit.delete"))
        self.panel.action_requested.connect(self.run_on_chosen)
        self._follow_document()
        return self.panel

    # --- following the window ------------------------------------------------------------

    def _workshop_changed(self, _path) -> None:
        if self.panel is not None:
            self._follow_document()

    def _follow_document(self) -> None:
        assert self.model is not None
        doc = self.window.document
        if self._document is not None:
            try:
                self._document.settings_changed.disconnect(self._settings_changed)
            except (RuntimeError, TypeError):
                pass  # the document is gone already
        if self._editor is not None:
            try:
                self._editor.selection_changed.disconnect(self._follow_canvas)
            except (RuntimeError, TypeError):
                pass  # the editor is gone already
        self._document, self._editor = doc, self.window.editor
        self.model.set_document(doc)
        if doc is not None:
            doc.settings_changed.connect(self._settings_changed)
        if self._editor is not None:
            self._editor.selection_changed.connect(self._follow_canvas)
        self._settings_changed()

    def _settings_changed(self) -> None:
        """The current step changed: "This step only" follows it."""
        if self.panel is not None:
            self._step_filter(self.panel.this_step.isChecked())

    def _step_filter(self, on: bool) -> None:
        if self.filter is None or self.panel is None:
            return
        doc = self.window.document
        self.filter.set_step(doc.workshop.current_step if on and doc is not None else None)
        self.panel.tree.expandAll()

    # --- the selection, shared with the canvas --------------------------------------

    def chosen_note(self) -> str | None:
        """The note (or group card) chosen in the tree, if any."""
        return self.panel.chosen_note() if self.panel is not None else None

    def choose_note(self, note_id: str) -> bool:
        """Choose ``note_id``'s row in the tree (False if it is not shown there)."""
        if self.model is None or self.filter is None or self.panel is None:
            return False
        index = self.filter.mapFromSource(self.model.index_of_note(note_id))
        if not index.isValid():
            return False
        self.panel.choose(index)
        return True

    def _tree_chose(self, note_id: str | None) -> None:
        editor = self.window.editor
        if self._echo or note_id is None or editor is None:
            return
        if editor.scene.selected_note_ids()[:1] == [note_id]:
            return
        self._echo = True
        try:
            editor.scene.select_notes([note_id])
        finally:
            self._echo = False

    def _keep_choice(self, *_args) -> None:
        if self.chosen_note() is None:
            self._follow_canvas()

    def _follow_canvas(self) -> None:
        editor = self.window.editor
        if self._echo or editor is None or self.panel is None:
            return
        ids = editor.scene.selected_note_ids()
        if not ids:
            return
        if self.chosen_note() in ids:
            return  # already chosen (a group card chosen selects its notes too)
        first = rules.reading_order(editor.document.notes, ids)[0]
        self._echo = True
        try:
            self.choose_note(first)
        finally:
            self._echo = False

    # --- the keys of the tree ----------------------------------------------------------

    def run_on_chosen(self, action_id: str) -> bool:
        """Run the table's action ``action_id`` on the chosen note, as its key does on the
        canvas (the same command, one undo step); the tree keeps the chosen row."""
        note_id = self.chosen_note()
        editor = self.window.editor
        if note_id is None or editor is None:
            return False
        self._echo = True
        try:
            editor.scene.select_notes([note_id])
        finally:
            self._echo = False
        action = self.window.menu_actions[action_id]
        if not action.isEnabled():
            return False
        action.trigger()
        self._back_to(note_id)
        return True

    def _back_to(self, note_id: str) -> None:
        """The chosen row again (if the note is still there) and the keyboard in the tree."""
        if self.panel is None:
            return
        if self.window.document is not None and note_id in self.window.document.notes:
            self.choose_note(note_id)
        self.panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_chosen(self) -> bool:
        """Enter or F2: the chosen note's words in a dialog; OK saves them as one undo step."""
        note_id = self.chosen_note()
        editor = self.window.editor
        if note_id is None or editor is None or note_id not in editor.document.notes:
            return False
        from costar_desktop.ui.outline.dock import NoteTextDialog

        note = editor.document.notes[note_id]
        dialog = NoteTextDialog(note.text, note.is_group, self.window)
        self.dialog = dialog
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            text = dialog.text()
        finally:
            self.dialog = None
            dialog.deleteLater()
        done = accepted and text != note.text and editor.edit_note_text(note_id, text)
        self._back_to(note_id)
        return bool(done)
