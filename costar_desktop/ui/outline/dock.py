"""The Outline dock's contents: a search field, two filters and the tree, and the small
dialog that edits a note's words from the outline.

The panel only shows and asks: each key on the tree (Enter or F2, Delete, D, S, 0–5) is
sent out as a request, and :class:`~costar_desktop.ui.outline.tools.OutlineTools` runs it
through the same actions and undo commands as the canvas. The keys are shortcuts of the
tree alone, so a letter typed in the search field stays a letter.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.ui.large_type import body_font
from costar_desktop.ui.outline.filters import OutlineFilter
from costar_desktop.ui.outline.model import NOTE_ID_ROLE

#: The keys of the tree and the table's action each one runs on the chosen note.
ACTION_KEYS: tuple[tuple[Qt.Key, str], ...] = (
    (Qt.Key.Key_D, "steps.dot"),
    (Qt.Key.Key_S, "steps.shortlist"),
    (Qt.Key.Key_0, "steps.impact.none"),
    (Qt.Key.Key_1, "steps.impact.1"),
    (Qt.Key.Key_2, "steps.impact.2"),
    (Qt.Key.Key_3, "steps.impact.3"),
    (Qt.Key.Key_4, "steps.impact.4"),
    (Qt.Key.Key_5, "steps.impact.5"),
)


class OutlineTree(QTreeView):
    """The outline's rows, one column, words wrapped, one row chosen at a time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Viewport and header made here, in Python: handed a widget Qt made, PySide would
        # first make the class of every kind of widget Qt has (about 10 ms of each start).
        self.setViewport(QWidget())
        self.setHeader(QHeaderView(Qt.Orientation.Horizontal, self))
        self.header().setStretchLastSection(True)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class OutlinePanel(QWidget):
    """Search, "This step only", "Shortlisted only" and the tree."""

    #: Enter or F2 on the tree: edit the chosen note's words.
    edit_requested = Signal()
    #: Delete or Backspace on the tree: delete the chosen note.
    delete_requested = Signal()
    #: D, S or 0–5 on the tree: run this action of the table on the chosen note.
    action_requested = Signal(str)
    #: The chosen row changed: the note's id (None for a Co or step row).
    note_chosen = Signal(object)

    def __init__(self, proxy: OutlineFilter, parent: QWidget | None = None):
        super().__init__(parent)
        self.proxy = proxy
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the notes"))
        self.search.setAccessibleName(self.tr("Search the notes"))
        self.search.setClearButtonEnabled(True)
        # Letters no menu and no control of the Agenda dock beside it uses (Alt+A adds a
        # block there, Alt+L deletes one).
        search_label = QLabel(self.tr("Sear&ch:"))
        search_label.setBuddy(self.search)
        self.this_step = QCheckBox(self.tr("This s&tep only"))
        self.this_step.setAccessibleName(self.tr("This step only"))
        self.shortlisted = QCheckBox(self.tr("Sh&ortlisted only"))
        self.shortlisted.setAccessibleName(self.tr("Shortlisted only"))
        self.tree = OutlineTree()
        self.tree.setModel(proxy)
        self.tree.setAccessibleName(self.tr("Outline of the workshop"))
        self.tree.setAccessibleDescription(
            self.tr(
                "Enter or F2 edits the note, Delete deletes it, D gives or takes back a dot, "
                "S adds it to the shortlist or takes it off, 1 to 5 set its impact, "
                "Ctrl+F searches"
            )
        )
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_requested.emit),
            (Qt.Key.Key_Enter, self.edit_requested.emit),
            (Qt.Key.Key_F2, self.edit_requested.emit),
            (Qt.Key.Key_Delete, self.delete_requested.emit),
            (Qt.Key.Key_Backspace, self.delete_requested.emit),
        ):
            self._key(key, slot)
        # Ctrl+F on the tree: into the search field (Tab goes on to the filters and back).
        self._key(
            Qt.Modifier.CTRL | Qt.Key.Key_F,
            lambda: self.search.setFocus(Qt.FocusReason.ShortcutFocusReason),
        )
        for key, action_id in ACTION_KEYS:
            self._key(key, lambda a=action_id: self.action_requested.emit(a))
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.this_step)
        layout.addWidget(self.shortlisted)
        layout.addWidget(self.tree, 1)
        self.search.textChanged.connect(self._searched)
        self.shortlisted.toggled.connect(self._shortlisted)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        # Rows that come back after a filter or a change are shown open.
        proxy.rowsInserted.connect(lambda *_: self.tree.expandAll())
        proxy.layoutChanged.connect(lambda *_: self.tree.expandAll())
        proxy.modelReset.connect(self.tree.expandAll)
        self.apply_look()
        self.tree.expandAll()

    def _key(self, key, slot) -> None:
        shortcut = QShortcut(QKeySequence(key), self.tree)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)

    def apply_look(self) -> None:
        """Words large enough to read from a few metres (the window's height decides)."""
        self.setFont(body_font(self.font(), self, 0.7))

    # --- filters -----------------------------------------------------------------------

    def _searched(self, text: str) -> None:
        self.proxy.set_search(text)
        self.tree.expandAll()

    def _shortlisted(self, on: bool) -> None:
        self.proxy.set_shortlisted_only(on)
        self.tree.expandAll()

    # --- the chosen row ---------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.note_chosen.emit(self.chosen_note())

    def chosen_note(self) -> str | None:
        """The id of the note or group card on the chosen row (None: no note chosen)."""
        index = self.tree.currentIndex()
        return index.data(NOTE_ID_ROLE) if index.isValid() else None

    def choose(self, index: QModelIndex) -> None:
        """Make ``index`` (of the filter) the chosen row, in view."""
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def row_texts(self) -> list[str]:
        """The rows as shown, top to bottom (for tests and the keyboard-only check)."""
        rows: list[str] = []

        def walk(parent: QModelIndex, depth: int) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                rows.append("  " * depth + str(index.data()))
                walk(index, depth + 1)

        walk(QModelIndex(), 0)
        return rows


class NoteTextDialog(QDialog):
    """The chosen note's words, to change: several lines, OK (or Ctrl+Enter) or Cancel."""

    def __init__(self, text: str, group: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group title") if group else self.tr("Edit note"))
        label = QLabel(self.tr("&Title of the group:") if group else self.tr("&Words of the note:"))
        self.words = QPlainTextEdit(text)
        self.words.setAccessibleName(
            self.tr("Title of the group") if group else self.tr("Words of the note")
        )
        self.words.setTabChangesFocus(True)
        label.setBuddy(self.words)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for keys in (Qt.Modifier.CTRL | Qt.Key.Key_Return, Qt.Modifier.CTRL | Qt.Key.Key_Enter):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        hint = QLabel(self.tr("Enter starts a new line; Ctrl+Enter saves."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.words, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setFont(body_font(self.font(), parent, 0.7))
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("0") * 40, metrics.lineSpacing() * 12)
        self.words.selectAll()
        self.words.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        return self.words.toPlainText()
