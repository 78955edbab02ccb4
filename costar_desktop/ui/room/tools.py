"""What the room adds to a window (``window.room``): the Room menu's actions, the inbox's
dock, the card that shows the room how to join, and the list of phones.

The server and the writing of what phones send are the controller's
(:mod:`costar_desktop.ui.room.controller`); this module is the window's side of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from costar_desktop.ui.i18n import label, translate

if TYPE_CHECKING:  # made when first shown: segno is imported then
    from costar_desktop.ui.room.card import RoomCard
from costar_desktop.ui.room.controller import RoomController, RoomError
from costar_desktop.ui.room.inbox import InboxPanel

#: The Room menu's actions that need an open room (the table's When.OWNER).
WHILE_OPEN = ("room.joining", "room.phones", "room.close")


class RoomTools(QObject):
    """Room → …: opening and closing the room, the inbox and the phones (``window.room``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.controller = RoomController(self.document, self)
        self.inbox = InboxPanel()
        self.dock = QDockWidget(translate("Room", "Inbox: phones' notes"), window)
        self.dock.setObjectName("dock_inbox")
        self.dock.toggleViewAction().setObjectName("view.panels.inbox")
        self.dock.setWidget(self.inbox)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._dock_shown)
        #: The card over the star, while shown.
        self.card: RoomCard | None = None
        acts = window.menu_actions
        on = acts.on
        on("room.open", self.open_dialog)
        on("room.card", self.show_card)
        on("room.joining", self.controller.set_joining)
        on("room.phones", self.phones_dialog)
        on("room.inbox", self.show_inbox)
        on("room.place_all", self.inbox.place_all)
        on("room.straight", self.set_straight)
        on("room.close", self.close_room)
        self.inbox.straight_toggled.connect(self.set_straight)
        self.inbox.count_changed.connect(self._count_changed)
        self.controller.opened.connect(self._opened_or_closed)
        self.controller.closed.connect(self._opened_or_closed)
        self.controller.phones_changed.connect(self._phones_changed)
        self.controller.arrived.connect(self._arrived)
        self.badge = QLabel()
        self.badge.setAccessibleName(translate("Room", "The room"))
        window.statusBar().addPermanentWidget(self.badge)
        self.badge.hide()
        window.workshop_changed.connect(self._workshop_changed)
        self._opened_or_closed()
        self._count_changed(0)

    def document(self):
        """The window's open workshop, or None."""
        return self.window.document

    # --- opening and closing ----------------------------------------------------------

    def open_dialog(self) -> bool:
        """Room → Open the room for phones…: choose the network, then open. While the room
        is open the same entry reads "Room details…" and shows how to join, large."""
        if self.window.document is None:
            return False
        if self.controller.is_open:
            RoomDetailsDialog(self, self.window).exec()
            return True
        from costar_desktop.ui.room.dialog import OpenRoomDialog  # QtNetwork: only when asked

        dialog = OpenRoomDialog(parent=self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        host, port = dialog.chosen()
        return self.open_room(host, port)

    def open_room(self, host: str, port: int = 0) -> bool:
        """Open the room on ``host``:``port``; False, with a message, if it cannot be."""
        try:
            self.controller.open(host, port)
        except RoomError as error:
            QMessageBox.warning(
                self.window, translate("Room", "The room could not be opened"), str(error)
            )
            return False
        self.show_card(True)
        return True

    def close_room(self) -> None:
        """Room → Close the room: the server stops; phones are told the room is closed."""
        was_open = self.controller.is_open
        self.controller.close()
        if was_open:
            self._say(translate("Room", "The room is closed: no phone can reach this laptop now."))

    def _workshop_changed(self, path) -> None:
        self.inbox.bind(self.window.document, self.window.editor)
        self._count_changed(self.inbox.count)

    def before_workshop_closes(self) -> None:
        """The window closes its workshop: close the room first (phones' notes go to this
        workshop's file and no other)."""
        self.close_room()
        self.inbox.bind(None, None)
        self._hide_card()

    def _opened_or_closed(self) -> None:
        is_open = self.controller.is_open
        acts = self.window.menu_actions
        for action_id in WHILE_OPEN:
            acts[action_id].setEnabled(is_open)
        acts["room.joining"].setChecked(is_open and self.controller.joining)
        acts["room.open"].setText(
            translate("Room", "Room &details…")
            if is_open
            else translate("Room", "&Open the room for phones…")
        )
        if not is_open:
            self._hide_card()
        self._update_badge()

    def _phones_changed(self) -> None:
        self.window.menu_actions["room.joining"].setChecked(self.controller.joining)
        if self.card is not None and self.card.joining() != self.controller.joining:
            self.card.set_joining(self.controller.joining)
            self._place_card()
        self._update_badge()

    # --- the card: how to join ------------------------------------------------------------

    def show_card(self, shown: bool) -> None:
        """Room → Show how to join: the QR code, address and code over the canvas's corner
        (also in presentation mode)."""
        editor = self.window.editor
        if shown and editor is not None and not self.controller.is_open:
            # The bar's "Join" in a closed room: open it first (the card follows).
            self.window.menu_actions["room.card"].setChecked(False)
            self.open_dialog()
            return
        if not shown or editor is None:
            self._hide_card()
            return
        if self.card is None or self.card.parent() is not editor:
            from costar_desktop.ui.room.card import RoomCard  # segno: only when shown

            self._hide_card()
            self.card = RoomCard(editor)
            self.card.set_compact(True)
            editor.installEventFilter(self)
        self._fill_card()
        self._place_card()
        self.card.show()
        self.card.raise_()
        self.window.menu_actions["room.card"].setChecked(True)

    def _hide_card(self) -> None:
        if self.card is not None:
            parent = self.card.parent()
            if parent is not None:
                parent.removeEventFilter(self)
            self.card.hide()
            self.card.deleteLater()
            self.card = None
        self.window.menu_actions["room.card"].setChecked(False)

    def _fill_card(self) -> None:
        if self.card is None:
            return
        c = self.controller
        self.card.set_room(c.join_url, c.address, c.join_code, c.joining)

    def _place_card(self) -> None:
        """The card sits in the top right-hand corner of the star's view, below the step's
        question (which the room must read too) and above the floating bar."""
        editor = self.window.editor
        if self.card is None or editor is None:
            return
        area = editor.view.geometry()
        if self.card.parent() is not editor:
            return
        hint = self.card.sizeHint()
        width = min(hint.width(), area.width() // 2)
        height = min(
            self.card.heightForWidth(width) if self.card.hasHeightForWidth() else hint.height(),
            area.height() - 32,
        )
        self.card.setGeometry(area.right() - width - 16, area.top() + 16, width, height)

    def eventFilter(self, watched, event) -> bool:
        if (
            self.card is not None
            and watched is self.card.parent()
            and event.type() == QEvent.Type.Resize
        ):
            self._place_card()
        return False

    # --- the inbox ----------------------------------------------------------------------

    def show_inbox(self, shown: bool = True) -> None:
        self.dock.setVisible(shown)
        if shown:
            self.dock.raise_()
            self.inbox.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _dock_shown(self, visible: bool) -> None:
        self.window.menu_actions["room.inbox"].setChecked(visible)
        self.inbox.set_in_sight(visible)

    def set_straight(self, on: bool) -> None:
        """Room → Put phones' notes on the star at once (also the inbox's check box)."""
        self.controller.straight_onto_star = bool(on)
        self.window.menu_actions["room.straight"].setChecked(bool(on))
        if self.inbox.straight.isChecked() != bool(on):
            self.inbox.straight.setChecked(bool(on))

    def _arrived(self, count: int) -> None:
        words = (
            translate("Room", "A note from a phone is in the inbox (Ctrl+Shift+I).")
            if count == 1
            else translate("Room", "%1 notes from phones are in the inbox (Ctrl+Shift+I).")
        )
        self._say(words.replace("%1", str(count)))

    def _count_changed(self, count: int) -> None:
        action = self.window.menu_actions["room.inbox"]
        base = translate("Room", "&Inbox: phones' notes")
        action.setText(f"{base} ({count})" if count else base)
        self.dock.setWindowTitle(
            translate("Room", "Inbox: %1 waiting").replace("%1", str(count))
            if count
            else translate("Room", "Inbox: phones' notes")
        )
        self.window.menu_actions["room.place_all"].setEnabled(count > 0)
        self._update_badge()

    def _update_badge(self) -> None:
        parts = []
        if self.controller.is_open:
            phones = len(self.controller.phones())
            parts.append(
                translate("Room", "📱 Room open: %1 phones").replace("%1", str(phones))
                if phones != 1
                else translate("Room", "📱 Room open: 1 phone")
            )
        count = self.inbox.count
        if count:
            parts.append(translate("Room", "✉ %1 in the inbox").replace("%1", str(count)))
        self.badge.setText(" · ".join(parts))
        self.badge.setVisible(bool(parts))

    def _say(self, text: str) -> None:
        """Tell the facilitator: the status bar, or above the floating bar while presenting
        (the editor's messages go to both)."""
        editor = self.window.editor
        if editor is not None:
            editor.message.emit(text)
        else:
            self.window.statusBar().showMessage(text, 8000)

    # --- the phones ---------------------------------------------------------------------

    def phones_dialog(self) -> None:
        """Room → Phones in the room…: who joined; remove one, stop new ones joining."""
        PhonesDialog(self.controller, self.window).exec()


class RoomDetailsDialog(QDialog):
    """Room → Room details… (while the room is open): how to join, large, for the room;
    how many phones are in; and the room's switches."""

    def __init__(self, tools: RoomTools, parent=None):
        super().__init__(parent)
        self.tools = tools
        from costar_desktop.ui.room.card import RoomCard

        controller = tools.controller
        self.setWindowTitle(self.tr("The room is open"))
        self.card = RoomCard(self)
        # As large as it would be on the window behind (the dialog is not shown yet).
        self.card.set_reference_height(parent.height() if parent is not None else 900)
        self.card.set_room(
            controller.join_url, controller.address, controller.join_code, controller.joining
        )
        self.count = QLabel()
        self.count.setWordWrap(True)
        self.joining = QCheckBox(self.tr("&Let new phones join"))
        self.joining.setChecked(controller.joining)
        self.joining.toggled.connect(controller.set_joining)
        phones = QPushButton(self.tr("&Phones in the room…"))
        phones.clicked.connect(tools.phones_dialog)
        close_room = QPushButton(self.tr("&Close the room"))
        close_room.setToolTip(self.tr("Phones can no longer send anything; their notes stay"))
        close_room.clicked.connect(self._close_room)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(phones, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_room, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.card, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.joining)
        layout.addWidget(buttons)
        controller.phones_changed.connect(self.refresh)
        self.refresh()
        hint = self.card.sizeHint()
        self.card.setMinimumSize(hint)

    def refresh(self) -> None:
        controller = self.tools.controller
        n = len(controller.phones())
        self.count.setText(
            self.tr("No phone has joined yet.")
            if n == 0
            else self.tr("1 phone has joined.")
            if n == 1
            else self.tr("%1 phones have joined.").replace("%1", str(n))
        )
        self.joining.setChecked(controller.joining)
        self.card.set_joining(controller.joining)

    def _close_room(self) -> None:
        self.tools.close_room()
        self.accept()

    def done(self, result: int) -> None:
        try:
            self.tools.controller.phones_changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


class PhonesDialog(QDialog):
    """The phones in the room, each removable; and whether new phones may join."""

    def __init__(self, controller: RoomController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Phones in the room"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Phones in the room"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.empty = QLabel(self.tr("No phone has joined yet."))
        self.remove = QPushButton(self.tr("&Remove this phone"))
        self.remove.setToolTip(self.tr("Its notes stay; it cannot send anything more"))
        self.remove.clicked.connect(self.remove_current)
        self.joining = QCheckBox(self.tr("&Let new phones join"))
        self.joining.setChecked(controller.joining)
        self.joining.toggled.connect(controller.set_joining)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.remove)
        layout.addWidget(self.joining)
        layout.addWidget(buttons)
        controller.phones_changed.connect(self.refresh)
        self.resize(560, 480)
        self.refresh()

    def done(self, result: int) -> None:
        try:
            self.controller.phones_changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):
            pass
        super().done(result)

    def refresh(self) -> None:
        current = self.list.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.list.clear()
        for phone in self.controller.phones():
            words = [phone.label]
            if phone.name:
                words.append(phone.name)
            if phone.kind is not None:
                words.append(label(phone.kind))
            row = QListWidgetItem(" · ".join(words))
            row.setData(Qt.ItemDataRole.UserRole, phone.token)
            self.list.addItem(row)
            if phone.token == keep:
                self.list.setCurrentItem(row)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(self.list.count() == 0)
        self.remove.setEnabled(self.list.count() > 0)
        self.joining.setChecked(self.controller.joining)

    def remove_current(self) -> bool:
        row = self.list.currentItem()
        if row is None:
            return False
        return self.controller.remove_phone(row.data(Qt.ItemDataRole.UserRole))
