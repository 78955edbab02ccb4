"""The inbox: notes from phones wait here until the facilitator puts them on the star, edits
them or turns them down (issue 31). Each of those is one undo step.

The inbox lives in the workshop file (``WorkshopDocument.inbox``), so a phone hears
"Received" only once its note is saved, and a crash loses nothing that was received.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QItemSelectionModel, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from costar_desktop.core import rules
from costar_desktop.core.model import MAX_NOTE_CHARS, InboxNote, Note, Participant
from costar_desktop.ui.i18n import label
from costar_desktop.ui.model.commands import (
    EditInboxCommand,
    PlaceInboxCommand,
    TurnDownInboxCommand,
)
from costar_desktop.ui.room.controller import UNSAID_KIND
from costar_desktop.ui.steps.base import StepPanel

#: Characters of a note shown in the inbox's list (the whole note is in the edit dialog).
LIST_TEXT_CHARS = 300


def place_inbox(document, items: Iterable[InboxNote]) -> tuple[list[Note], list[Participant]]:
    """The notes the inbox items become on the star, and the participants to make for their
    writers. Each note goes to the Co its writer chose (or the parking area), at the first
    free place there; a writer who gave a name or said who they are is the note's author
    (an existing participant with the same name and kind, else a new one); anyone else's
    note is anonymous."""
    taken = list(document.notes.values())
    known = {(p.name, p.kind): p.id for p in document.participants.values()}
    authors: list[Participant] = []
    notes: list[Note] = []
    for item in items:
        author = None
        if item.name or item.kind is not None:
            key = (item.name or item.phone, item.kind or UNSAID_KIND)
            author = known.get(key)
            if author is None:
                participant = Participant(name=key[0], kind=key[1])
                authors.append(participant)
                known[key] = author = participant.id
        x, y = rules.free_place(item.co, taken, document.geometry)
        # Its Co follows from the place, in the Co the writer chose (the document's rule).
        note = Note(text=item.text, x=x, y=y, author_id=author, step=item.step)
        notes.append(note)
        taken.append(note)
    return notes, authors


class InboxPanel(StepPanel):
    """Room → Inbox: phones' notes waiting for the facilitator (a dock)."""

    key = "inbox"
    #: The number of notes waiting changed.
    count_changed = Signal(int)
    #: The "straight onto the star" switch was turned (by the panel's check box).
    straight_toggled = Signal(bool)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(
            self.tr(
                "Notes from phones wait here. Put each on the star, edit it first, or turn "
                "it down. Nothing here is on the star yet."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes from phones waiting in the inbox"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(4)
        # Rows are as tall as their words at the list's width, also after it was hidden.
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemActivated.connect(lambda _item: self.place_selected())
        self.empty = QLabel(self.tr("The inbox is empty."))
        self.empty.setWordWrap(True)
        self.place_button = QPushButton(self.tr("Put on the &star (Enter)"))
        self.place_button.clicked.connect(self.place_selected)
        self.edit_button = QPushButton(self.tr("&Edit… (F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.turn_down_button = QPushButton(self.tr("&Turn down (Delete)"))
        self.turn_down_button.clicked.connect(self.turn_down_selected)
        self.place_all_button = QPushButton(self.tr("Put &every note on the star"))
        self.place_all_button.clicked.connect(self.place_all)
        self.straight = QCheckBox(self.tr("Put phones' notes on the star &at once"))
        self.straight.setToolTip(
            self.tr("Skip the inbox: each note goes onto the star as it arrives")
        )
        self.straight.toggled.connect(self.straight_toggled)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_F2), self.edit_selected),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.turn_down_selected),
            (QKeySequence(Qt.Key.Key_Backspace), self.turn_down_selected),
        ):
            shortcut = QShortcut(keys, self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.place_button, self.edit_button, self.turn_down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.place_all_button)
        layout.addWidget(self.straight)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._count = 0

    def bind(self, document, editor) -> None:
        if self.document is not None:
            try:
                self.document.inbox_changed.disconnect(self.schedule_refresh)
            except (RuntimeError, TypeError):
                pass
        super().bind(document, editor)
        if document is not None:
            document.inbox_changed.connect(self.schedule_refresh)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.schedule_refresh()  # rows as tall as their words at the new width

    def schedule_refresh(self, *_args) -> None:
        # The count (for the badge) is kept even while the panel is out of sight.
        self._tell_count()
        super().schedule_refresh()

    def _tell_count(self) -> None:
        count = len(self.document.inbox) if self.document is not None else 0
        if count != self._count:
            self._count = count
            self.count_changed.emit(count)

    @property
    def count(self) -> int:
        return self._count

    def refresh(self, *_args) -> None:
        chosen = set(self.selected_ids())
        current = self.list.currentItem()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        items = list(self.document.inbox.values()) if self.document is not None else []
        # The list's own width, less its frame and room for a scroll bar (asking Qt for the
        # viewport would make PySide build every widget class at start-up).
        width = max(
            120, self.list.width() - 2 * self.list.frameWidth() - 2 * self.list.spacing() - 24
        )
        metrics = self.list.fontMetrics()
        for item in items:
            words = self.describe(item)
            row = QListWidgetItem(words)
            # As tall as its words wrapped at the list's width (Qt would elide a row whose
            # height it worked out before the list was shown).
            needed = metrics.boundingRect(
                QRect(0, 0, width, 100000), int(Qt.TextFlag.TextWordWrap), words
            )
            row.setSizeHint(QSize(width, needed.height() + 12))
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.text[:2000])
            self.list.addItem(row)
            if item.id in chosen:
                row.setSelected(True)
            if item.id == current_id:
                self.list.setCurrentItem(row, QItemSelectionModel.SelectionFlag.NoUpdate)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        self._tell_count()
        self._update_buttons()

    def describe(self, item: InboxNote) -> str:
        """An inbox note as its row reads it (and a screen reader says it)."""
        text = " ".join(item.text.split())
        if len(text) > LIST_TEXT_CHARS:
            text = text[: LIST_TEXT_CHARS - 1].rstrip() + "…"
        who = item.name or (label(item.kind) if item.kind is not None else self.tr("anonymous"))
        if item.name and item.kind is not None:
            who = f"{item.name}, {label(item.kind)}"
        where = label(item.co) if item.co is not None else self.tr("no Co chosen")
        return (
            self.tr("%1\n— %2 · %3 · %4")
            .replace("%1", text)
            .replace("%2", who)
            .replace("%3", where)
            .replace("%4", item.phone or self.tr("a phone"))
        )

    def selected_ids(self) -> list[str]:
        ids = [row.data(Qt.ItemDataRole.UserRole) for row in self.list.selectedItems()]
        if not ids and self.list.currentItem() is not None and self.list.isVisible():
            ids = [self.list.currentItem().data(Qt.ItemDataRole.UserRole)]
        known = self.document.inbox if self.document is not None else {}
        return [i for i in ids if i in known]

    def _update_buttons(self) -> None:
        has = bool(self.selected_ids())
        for button in (self.place_button, self.turn_down_button):
            button.setEnabled(has)
        self.edit_button.setEnabled(len(self.selected_ids()) == 1)
        self.place_all_button.setEnabled(bool(self.document is not None and self.document.inbox))

    # --- what the facilitator does --------------------------------------------------------

    def place(self, ids: list[str]) -> bool:
        """Put these inbox notes on the star: one undo step."""
        if self.document is None or not ids:
            return False
        items = [self.document.inbox[i] for i in ids if i in self.document.inbox]
        notes, authors = place_inbox(self.document, items)
        return self.push(PlaceInboxCommand(self.document, [i.id for i in items], notes, authors))

    def place_selected(self) -> bool:
        return self.place(self.selected_ids())

    def place_all(self) -> bool:
        if self.document is None:
            return False
        return self.place(list(self.document.inbox))

    def turn_down_selected(self) -> bool:
        ids = self.selected_ids()
        if self.document is None or not ids:
            return False
        return self.push(TurnDownInboxCommand(self.document, ids))

    def edit_selected(self) -> bool:
        ids = self.selected_ids()
        if self.document is None or len(ids) != 1:
            return False
        item = self.document.inbox[ids[0]]
        dialog = EditInboxDialog(item.text, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        text = dialog.text()
        if text == item.text:
            return False
        return self.push(EditInboxCommand(self.document, item.id, text))


class EditInboxDialog(QDialog):
    """Change the words of a phone's note before it goes on the star."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit a phone's note"))
        self.edit = QPlainTextEdit(text)
        self.edit.setAccessibleName(self.tr("The note's words"))
        self.edit.setTabChangesFocus(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self.resize(640, 360)
        self._check()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _check(self) -> None:
        text = self.text()
        if not text.strip():
            problem = self.tr("A note needs some words.")
        elif len(text) > MAX_NOTE_CHARS:
            problem = self.tr("A note can hold at most %1 characters.").replace(
                "%1", str(MAX_NOTE_CHARS)
            )
        else:
            problem = ""
        self.warning.setText(problem)
        self.warning.setVisible(bool(problem))
        self.ok.setEnabled(not problem)
