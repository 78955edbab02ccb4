"""The Agenda dock: the day's programme as a table of blocks (Programme → Show agenda, F10).

It shows what ``document.programme`` holds and follows ``programme_changed``; it changes
nothing itself. What the user asks for (add, edit, delete, move, a drop, a new start of the
day) goes out as a signal to :class:`~costar_desktop.ui.programme.tools.ProgrammeTools`,
which makes each one undo step. The block running now is marked "▶ now" and the blocks
already run "✓ ran 10:02–10:47", in words and signs as well as in bold, never colour alone.

Keys while the table has the focus: Insert adds a block, Enter or F2 edits the chosen one,
Delete removes it, Alt+Up and Alt+Down move it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core.programme import Programme, clock, running_index, schedule
from costar_desktop.ui.large_type import body_font, heading_font
from costar_desktop.ui.programme.words import (
    length,
    method_name,
    ran_words,
    span,
    step_name,
)

#: What a row of the table carries: the block's id.
ID_ROLE = Qt.ItemDataRole.UserRole


#: The Method column's width, in the widths of a digit: "Small groups" on one line, longer
#: names on two.
METHOD_DIGITS = 12
#: The room a block's title keeps in a narrow dock, in the widths of a digit.
TITLE_DIGITS = 16
STEP_COLUMN, METHOD_COLUMN = 2, 4


class AgendaTable(QTableWidget):
    """The blocks, one a row; a row dragged to another place is asked for as a move."""

    #: A row was dropped: (its place, the place it should take).
    dropped = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 5, parent)
        # Viewport and headers made here, in Python: handed a widget Qt made, PySide would
        # first make the class of every kind of widget Qt has (about 10 ms of each start).
        self.setViewport(QWidget())
        self.setHorizontalHeader(QHeaderView(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(QHeaderView(Qt.Orientation.Vertical, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()
        self.resizeRowsToContents()  # wrapped words at the new width

    def fit_columns(self) -> None:
        """A block's title keeps room for about :data:`TITLE_DIGITS` characters a line: in
        a narrow dock the Method column goes first, then the Step (both are in the
        block's dialog, Enter), rather than cutting a title one word a line."""
        header = self.horizontalHeader()
        title = self.fontMetrics().horizontalAdvance("0") * TITLE_DIGITS
        width = self.viewport().width()
        for column in (STEP_COLUMN, METHOD_COLUMN):
            self.setColumnHidden(column, False)
        for column in (METHOD_COLUMN, STEP_COLUMN):
            others = sum(
                header.sectionSize(c)
                for c in (0, STEP_COLUMN, 3, METHOD_COLUMN)
                if not self.isColumnHidden(c)
            )
            if width - others >= title:
                return
            self.setColumnHidden(column, True)

    def drop_place(self, point: QPoint) -> int:
        """The place among the rows a drop at ``point`` (in the viewport) puts a row."""
        row = self.rowAt(point.y())
        if row < 0:
            return self.rowCount()
        rect = self.visualRect(self.model().index(row, 0))
        return row + (1 if point.y() > rect.center().y() else 0)

    def dropEvent(self, event) -> None:
        mime: QMimeData = event.mimeData()
        formats = self.model().mimeTypes()
        if not any(mime.hasFormat(f) for f in formats) or self.currentRow() < 0:
            event.ignore()
            return
        source = self.currentRow()
        place = self.drop_place(event.position().toPoint())
        to = place - 1 if place > source else place
        # The table's own move is not wanted: the document moves the block, then the
        # table shows it (nothing is removed from the table when the drag ends).
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if to != source:
            self.dropped.emit(source, to)


class AgendaPanel(QWidget):
    """The Agenda dock's contents."""

    #: Add block… (Insert, the Add button).
    add_requested = Signal()
    #: Edit block… for the chosen row (Enter, F2, a double-click, the Edit button).
    edit_requested = Signal()
    #: Delete the chosen block (Delete, the Delete button).
    delete_requested = Signal()
    #: Move the chosen block by -1 (up) or +1 (down).
    move_requested = Signal(int)
    #: A row was dragged from one place to another.
    moved = Signal(int, int)
    #: The start of the day was changed (minutes after midnight).
    start_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agenda_panel")
        self.programme: Programme | None = None
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setAccessibleDescription(self.tr("Programme"))  # its words are its name
        self.start = QTimeEdit()
        self.start.setDisplayFormat("HH:mm")
        self.start.setAccessibleName(self.tr("Start of the day"))
        self.start.editingFinished.connect(self._start_edited)
        start_label = QLabel(self.tr("Start of the &day:"))  # Alt+S is the Steps menu
        start_label.setBuddy(self.start)
        self.table = AgendaTable()
        self.table.setAccessibleName(self.tr("The blocks of the day"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Block"), self.tr("Step"), self.tr("Time"), self.tr("Method")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A method's name wraps rather than taking the block's title's room ("Stilles
        # Schreiben" beside a title cut to "Wel…" in German).
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.dropped.connect(self.moved)
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleDescription(self.tr("Length of the day"))
        self.buttons: dict[str, QPushButton] = {}
        for key, text, signal in (
            ("add", self.tr("&Add block… (Insert)"), self.add_requested),
            ("edit", self.tr("Ed&it… (F2)"), self.edit_requested),
            ("delete", self.tr("De&lete (Delete)"), self.delete_requested),
        ):
            button = QPushButton(text)
            button.clicked.connect(signal)
            self.buttons[key] = button
        for key, text, delta in (
            ("up", self.tr("▲ Move &up (Alt+Up)"), -1),
            ("down", self.tr("▼ Move dow&n (Alt+Down)"), 1),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, d=delta: self.move_requested.emit(d))
            self.buttons[key] = button
        for keys, slot in (
            (Qt.Key.Key_Insert, self.add_requested.emit),
            (Qt.Key.Key_Return, self.edit_requested.emit),
            (Qt.Key.Key_Enter, self.edit_requested.emit),
            (Qt.Key.Key_F2, self.edit_requested.emit),
            (Qt.Key.Key_Delete, self.delete_requested.emit),
            (Qt.Key.Key_Backspace, self.delete_requested.emit),
            (Qt.Modifier.ALT | Qt.Key.Key_Up, lambda: self.move_requested.emit(-1)),
            (Qt.Modifier.ALT | Qt.Key.Key_Down, lambda: self.move_requested.emit(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        top = QHBoxLayout()
        top.addWidget(start_label)
        top.addWidget(self.start)
        top.addStretch(1)
        row1 = QHBoxLayout()
        row2 = QHBoxLayout()
        for key in ("add", "edit", "delete"):
            row1.addWidget(self.buttons[key])
        for key in ("up", "down"):
            row2.addWidget(self.buttons[key])
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(row1)
        layout.addLayout(row2)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.apply_look()
        self.show_programme(None)

    def apply_look(self) -> None:
        """Words large enough to read from a few metres (the window's height decides)."""
        body = body_font(self.font(), self, 0.8)
        self.setFont(body)
        self.name.setFont(heading_font(body))
        self.table.horizontalHeader().setFont(body)
        self.table.setColumnWidth(4, QFontMetrics(body).horizontalAdvance("0") * METHOD_DIGITS)
        self.table.fit_columns()
        self.table.resizeRowsToContents()

    # --- what it shows ----------------------------------------------------------------

    def current_row(self) -> int:
        """The chosen block's place, or -1."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
            self.table.setCurrentCell(row, 1)

    def row_texts(self, row: int) -> list[str]:
        """What a row says, column by column (for tests and screen readers)."""
        items = (self.table.item(row, c) for c in range(self.table.columnCount()))
        return [item.text() if item is not None else "" for item in items]

    def show_programme(self, programme: Programme | None) -> None:
        chosen = self.current_row()
        chosen_id = (
            self.programme.blocks[chosen].id
            if self.programme is not None and 0 <= chosen < len(self.programme.blocks)
            else None
        )
        self.programme = programme
        blocks = programme.blocks if programme is not None else []
        self.setEnabled(programme is not None)
        self.name.setText(
            self.tr("Programme: %1").replace("%1", programme.name)
            if programme is not None and programme.name
            else self.tr("Agenda")
        )
        if programme is not None:
            self.start.blockSignals(True)
            self.start.setTime(QTime(programme.day_start // 60, programme.day_start % 60))
            self.start.blockSignals(False)
        now = running_index(programme) if programme is not None else None
        times = schedule(programme.day_start, blocks) if programme is not None else []
        self.table.setRowCount(len(blocks))
        for n, (block, (start, end)) in enumerate(zip(blocks, times, strict=True)):
            when = span(start, end)
            if n == now:
                when += "\n" + self.tr("▶ now")
            elif block.started:
                when += "\n" + ran_words(block)
            cells = [
                when,
                block.title,
                step_name(block.step),
                length(block.minutes),
                method_name(block.method),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, block.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsDragEnabled
                )
                if n == now:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if block.notes:
                    item.setToolTip(block.notes[:2000])
                self.table.setItem(n, column, item)
        self.table.fit_columns()
        self.table.resizeRowsToContents()
        if blocks:
            total = sum(b.minutes for b in blocks)
            self.summary.setText(
                (
                    self.tr("1 block, %2 in all; the day ends at %3.")
                    if len(blocks) == 1
                    else self.tr("%1 blocks, %2 in all; the day ends at %3.")
                )
                .replace("%1", str(len(blocks)))
                .replace("%2", length(total))
                .replace("%3", clock(times[-1][1]))
            )
        else:
            self.summary.setText(
                self.tr(
                    "No blocks yet. Add one (Insert), or put in a programme "
                    "(Programme → Put in a programme…)."
                )
            )
        ids = [b.id for b in blocks]
        if chosen_id in ids:
            self.select_row(ids.index(chosen_id))
        elif blocks:
            self.select_row(min(max(chosen, 0), len(blocks) - 1))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        count = self.table.rowCount()
        self.buttons["edit"].setEnabled(row >= 0)
        self.buttons["delete"].setEnabled(row >= 0)
        self.buttons["up"].setEnabled(row > 0)
        self.buttons["down"].setEnabled(0 <= row < count - 1)

    def _start_edited(self) -> None:
        time = self.start.time()
        minutes = time.hour() * 60 + time.minute()
        if self.programme is not None and minutes != self.programme.day_start:
            self.start_changed.emit(minutes)
