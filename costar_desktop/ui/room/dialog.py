"""Room → Open the room for phones…: pick the network the phones are on, the port, and
read the room check.

The dialog only chooses: ``chosen()`` gives (address, port) and the window's room
controller starts the server on that address alone, then shows the RoomCard. Addresses
come from a provider (the system's by default) so that tests give it fake networks.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.room.network import (
    Address,
    CheckResult,
    Level,
    public_interfaces,
    room_check,
    usable,
)
from costar_desktop.ui.room.network import (
    SYMBOLS,
    WindowsProfiles,
    address_label,
    describe,
    level_word,
    system_addresses,
)

#: The port offered first: easy to read and type, and free on most laptops.
DEFAULT_PORT = 8080
#: How much larger than the app's text the address rows and findings are drawn.
ROW_FONT_SCALE = 1.3


class OpenRoomDialog(QDialog):
    """The address picker, the port and the room check. Accepted with "Open the room"
    (or Enter, or a double click on an address); ``chosen()`` then says where to listen.

    ``addresses`` lists the laptop's IPv4 addresses (default: the system's, read with
    QNetworkInterface). On Windows (``platform``) the dialog also asks PowerShell which
    networks are Public, unless ``ask_windows`` is False; ``set_windows_profiles`` gives
    that answer directly (tests)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        addresses: Callable[[], Sequence[Address]] | None = None,
        *,
        platform: str = sys.platform,
        port: int = DEFAULT_PORT,
        ask_windows: bool | None = None,
    ):
        super().__init__(parent)
        self._provider = addresses or (lambda: system_addresses(platform))
        self._platform = platform
        self._all: list[Address] = []
        self._offered: list[Address] = []
        self._public: set[str] = set()
        self._results: list[CheckResult] = []
        self._profiles: WindowsProfiles | None = None
        if ask_windows if ask_windows is not None else platform.startswith("win"):
            self._profiles = WindowsProfiles(self)
            self._profiles.finished.connect(self.set_windows_profiles)
        self.setWindowTitle(self.tr("Open the room for phones"))
        self.setObjectName("open_room_dialog")

        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * ROW_FONT_SCALE)
        heading = QFont(big)
        heading.setBold(True)

        intro = QLabel(
            self.tr(
                "Everyone in the room can send notes from their own phone, over this "
                "laptop's network. No internet is needed."
            )
        )
        intro.setWordWrap(True)
        intro.setFont(big)

        self.address_list = QListWidget()
        self.address_list.setObjectName("room_addresses")
        self.address_list.setAccessibleName(self.tr("Network the phones are on"))
        self.address_list.setFont(big)
        self.address_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.address_list.setStyleSheet("QListWidget::item { padding: 10px 8px; }")
        self.address_list.itemDoubleClicked.connect(lambda _item: self._open_if_chosen())
        self.address_list.currentRowChanged.connect(self._update_open)
        address_label_widget = QLabel(self.tr("&Network the phones are on:"))
        address_label_widget.setFont(heading)
        address_label_widget.setBuddy(self.address_list)

        self.port_box = QSpinBox()
        self.port_box.setObjectName("room_port")
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(port)
        self.port_box.setAccessibleName(self.tr("Port"))
        self.port_box.setFont(big)
        self.port_box.setMinimumWidth(self.port_box.fontMetrics().horizontalAdvance("0") * 9)
        port_label = QLabel(self.tr("&Port:"))
        port_label.setFont(heading)
        port_label.setBuddy(self.port_box)
        self.any_port = QCheckBox(self.tr("&Any free port"))
        self.any_port.setFont(big)
        self.any_port.setObjectName("room_any_port")
        self.any_port.setToolTip(
            self.tr("Let the laptop pick a free port, if %1 is taken by another program.").replace(
                "%1", str(port)
            )
        )
        self.any_port.toggled.connect(lambda on: self.port_box.setEnabled(not on))
        port_row = QHBoxLayout()
        port_row.addWidget(port_label)
        port_row.addWidget(self.port_box)
        port_row.addSpacing(16)
        port_row.addWidget(self.any_port)
        port_row.addStretch(1)

        check_heading = QLabel(self.tr("Room check"))
        check_heading.setFont(heading)
        self.findings_box = QFrame()
        self.findings_box.setObjectName("room_check")
        self.findings_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.findings_box.setAccessibleName(self.tr("Room check"))
        self._findings_layout = QGridLayout(self.findings_box)
        self._findings_layout.setColumnStretch(1, 1)
        self._findings_layout.setHorizontalSpacing(14)
        self._findings_layout.setVerticalSpacing(12)
        self._finding_labels: list[QLabel] = []

        self.check_button = QPushButton(self.tr("&Check again"))
        self.check_button.setObjectName("room_check_again")
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.check_again)
        self.open_button = QPushButton(self.tr("&Open the room"))
        self.open_button.setObjectName("room_open")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._open_if_chosen)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        for button in (self.check_button, self.open_button, cancel):
            button.setFont(big)
            button.setMinimumHeight(button.sizeHint().height() + 12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(address_label_widget)
        layout.addWidget(self.address_list)
        layout.addLayout(port_row)
        layout.addSpacing(6)
        layout.addWidget(check_heading)
        layout.addWidget(self.findings_box, 1)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        self.setTabOrder(self.address_list, self.port_box)
        self.setTabOrder(self.port_box, self.any_port)
        self.check_again()
        self.address_list.setFocus()
        self.resize(QSize(900, self.sizeHint().height()))

    # --- what the dialog says ------------------------------------------------------------

    def check_again(self) -> None:
        """Read the addresses again (after joining a Wi-Fi or starting a hotspot), keep the
        chosen one if it is still there, and run the room check."""
        previous = self.address()
        self._all = list(self._provider())
        self._offered = usable(self._all)
        self.address_list.clear()
        for address in self._offered:
            item = QListWidgetItem(address_label(address))
            item.setData(Qt.ItemDataRole.UserRole, address.ip)
            self.address_list.addItem(item)
        if not self._offered:
            empty = QListWidgetItem(self.tr("No network found"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.address_list.addItem(empty)
        ips = [a.ip for a in self._offered]
        if self._offered:
            row = ips.index(previous.ip) if previous is not None and previous.ip in ips else 0
            self.address_list.setCurrentRow(row)
        self._update_open()
        self._fit_address_list()
        if self._profiles is not None:
            self._profiles.start()
        self._show_findings()

    def _fit_address_list(self) -> None:
        """As tall as its rows (two at the least, six at the most, then it scrolls)."""
        rows = max(2, min(6, self.address_list.count()))
        row_height = self.address_list.sizeHintForRow(0) if self.address_list.count() else 0
        row_height = max(row_height, self.address_list.fontMetrics().height() + 20)
        frame = 2 * self.address_list.frameWidth()
        self.address_list.setFixedHeight(rows * row_height + frame + 4)

    def set_windows_profiles(self, profiles: Mapping[str, str]) -> None:
        """Windows' answer (interface alias -> category): the check then names the Public ones."""
        self._public = public_interfaces(profiles)
        self._show_findings()

    def findings(self) -> list[CheckResult]:
        """What the room check found, the most serious first."""
        return list(self._results)

    def finding_texts(self) -> list[str]:
        """The findings as shown, in words (for tests and screen readers)."""
        return [label.accessibleName() for label in self._finding_labels]

    def _show_findings(self) -> None:
        self._results = room_check(self._all, self._public, self._platform)
        while self._findings_layout.count():
            item = self._findings_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self._finding_labels = []
        rows: list[tuple[Level, str, str]] = []
        for result in self._results:
            found, todo = describe(result)
            rows.append((result.level, found, todo))
        if self._profiles is not None and self._profiles.running():
            rows.append(
                (
                    Level.NOTE,
                    self.tr("Asking Windows whether these networks are Public or Private…"),
                    "",
                )
            )
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * ROW_FONT_SCALE)
        for row, (level, found, todo) in enumerate(rows):
            symbol = QLabel(SYMBOLS[level])
            symbol_font = QFont(big)
            symbol_font.setPointSizeF(big.pointSizeF() * 1.4)
            symbol_font.setBold(True)
            symbol.setFont(symbol_font)
            symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            symbol.setMinimumWidth(symbol.fontMetrics().horizontalAdvance("⚠") + 8)
            symbol.setAccessibleName(level_word(level))
            word = level_word(level)
            html = f"<b>{_escape(word)}:</b> {_escape(found)}"
            if todo:
                html += "<br>" + _escape(todo)
            text = QLabel(html)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setFont(big)
            text.setAccessibleName(f"{word}: {found} {todo}".strip())
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._findings_layout.addWidget(symbol, row, 0)
            self._findings_layout.addWidget(text, row, 1)
            self._finding_labels.append(text)
        self._findings_layout.setRowStretch(len(rows), 1)

    # --- the choice ----------------------------------------------------------------------

    def address(self) -> Address | None:
        """The chosen address, or None when there is none to choose."""
        row = self.address_list.currentRow()
        return self._offered[row] if 0 <= row < len(self._offered) else None

    def port(self) -> int:
        """The chosen port; 0 for any free port (the server says which it got)."""
        return 0 if self.any_port.isChecked() else self.port_box.value()

    def chosen(self) -> tuple[str, int]:
        """(host, port) to listen on. Only meaningful once accepted."""
        address = self.address()
        return (address.ip if address is not None else "", self.port())

    def _update_open(self, *_args: object) -> None:
        self.open_button.setEnabled(self.address() is not None)

    def _open_if_chosen(self) -> None:
        if self.address() is not None:
            self.accept()

    def done(self, result: int) -> None:
        if self._profiles is not None:
            self._profiles.stop()
        super().done(result)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
