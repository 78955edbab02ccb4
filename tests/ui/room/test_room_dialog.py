"""Room → Open the room for phones…: the address picker and the room check, with fake
networks (no real network is read), used with the keyboard alone."""

from __future__ import annotations

import json
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from costar_desktop.room.network import Address, Finding, Kind
from costar_desktop.ui.room.dialog import DEFAULT_PORT, OpenRoomDialog
from costar_desktop.ui.room.network import WindowsProfiles, system_addresses

WIFI = Address("192.168.1.20", "Wi-Fi", Kind.WIFI)
CABLE = Address("10.0.0.5", "Ethernet", Kind.ETHERNET)
HOTSPOT = Address("192.168.137.1", "Local Area Connection* 10", Kind.HOTSPOT)
LINK_LOCAL = Address("169.254.7.7", "Ethernet", Kind.ETHERNET)


def make(qtbot, addresses, **kwargs):
    networks = list(addresses)
    kwargs.setdefault("platform", "linux")
    dialog = OpenRoomDialog(None, lambda: networks, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.address_list.hasFocus())
    return dialog, networks


def test_keyboard_only_arrow_to_an_address_and_enter_opens_the_room(qtbot):
    dialog, _ = make(qtbot, [WIFI, CABLE])
    assert dialog.address_list.currentRow() == 0  # the likeliest, Wi-Fi, is chosen already
    qtbot.keyClick(dialog.address_list, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.address_list, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == ("10.0.0.5", DEFAULT_PORT)


def test_tab_reaches_the_port_and_back_to_the_list(qtbot):
    dialog, _ = make(qtbot, [WIFI])
    qtbot.keyClick(dialog.address_list, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: dialog.port_box.hasFocus())
    qtbot.keyClick(dialog.port_box, Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: dialog.address_list.hasFocus())
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.address_list, Qt.Key.Key_Escape)


def test_any_free_port_chooses_port_0(qtbot):
    dialog, _ = make(qtbot, [WIFI], port=9000)
    assert dialog.chosen() == ("192.168.1.20", 9000)
    dialog.any_port.setChecked(True)
    assert not dialog.port_box.isEnabled()
    assert dialog.chosen() == ("192.168.1.20", 0)


def test_no_network_cannot_be_opened_and_says_what_to_do(qtbot):
    dialog, networks = make(qtbot, [])
    assert [r.finding for r in dialog.findings()] == [Finding.NO_NETWORK]
    assert not dialog.open_button.isEnabled()
    assert dialog.address() is None
    qtbot.keyClick(dialog.address_list, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter does not open a room with no address
    assert "hotspot" in dialog.finding_texts()[0]
    assert dialog.finding_texts()[0].startswith("Problem:")  # words, not only a symbol
    # The facilitator starts the hotspot and checks again.
    networks.append(HOTSPOT)
    dialog.check_button.click()
    assert dialog.open_button.isEnabled()
    assert dialog.chosen() == ("192.168.137.1", DEFAULT_PORT)
    assert Finding.ONE_NETWORK in [r.finding for r in dialog.findings()]


def test_one_network_is_named_and_phones_may_warn_of_no_internet(qtbot):
    dialog, _ = make(qtbot, [WIFI])
    assert dialog.address_list.count() == 1
    texts = " ".join(dialog.finding_texts())
    assert "192.168.1.20" in texts and "no internet" in texts


def test_several_networks_ask_to_pick_and_check_again_keeps_the_choice(qtbot):
    dialog, networks = make(qtbot, [CABLE, WIFI, HOTSPOT])
    assert [dialog.address_list.item(i).text().split(" — ")[0] for i in range(3)] == [
        "Hotspot",
        "Wi-Fi",
        "Ethernet (cable)",
    ]
    assert Finding.SEVERAL_NETWORKS in [r.finding for r in dialog.findings()]
    dialog.address_list.setCurrentRow(2)
    networks.remove(WIFI)
    dialog.check_again()
    assert dialog.address() == CABLE


def test_only_link_local_is_offered_but_called_a_problem(qtbot):
    dialog, _ = make(qtbot, [LINK_LOCAL])
    assert dialog.findings()[0].finding is Finding.ONLY_LINK_LOCAL
    assert "169.254.7.7" in dialog.finding_texts()[0]
    assert "no address from the network" in dialog.address_list.item(0).text()


def test_a_network_windows_calls_public_is_named_first(qtbot):
    dialog, _ = make(qtbot, [WIFI, HOTSPOT], platform="win32", ask_windows=False)
    assert Finding.PUBLIC_NETWORK not in [r.finding for r in dialog.findings()]
    dialog.set_windows_profiles({"Wi-Fi": "Public", "Local Area Connection* 10": "Private"})
    assert dialog.findings()[0].finding is Finding.PUBLIC_NETWORK
    assert dialog.finding_texts()[0].startswith("Check this:")
    assert "“Wi-Fi” Public" in dialog.finding_texts()[0]
    assert len(dialog.finding_texts()) == len(dialog.findings())


def test_every_control_has_an_accessible_name(qtbot):
    dialog, _ = make(qtbot, [WIFI])
    for widget in (dialog.address_list, dialog.port_box, dialog.findings_box):
        assert widget.accessibleName()
    for button in (dialog.any_port, dialog.check_button, dialog.open_button):
        assert button.text()


def test_the_system_list_is_read_without_a_socket():
    """The system's list, as the dialog reads it: no loopback, and no Python socket used
    (the autouse no_network guard refuses connect, bind and name look-ups)."""
    for address in system_addresses():
        assert not address.ip.startswith("127.")


def _python(code: str) -> tuple[str, list[str]]:
    return sys.executable, ["-c", code]


def test_windows_profiles_are_read_from_the_programs_output(qtbot):
    asker = WindowsProfiles()
    answer = json.dumps([{"InterfaceAlias": "WLAN", "NetworkCategory": "Public"}])
    with qtbot.waitSignal(asker.finished, timeout=20000) as signal:
        asker.start(*_python(f"print({answer!r})"))
    assert signal.args == [{"WLAN": "Public"}]
    assert not asker.running()


@pytest.mark.parametrize(
    "program", [_python("import sys; sys.exit(3)"), ("/no/such/powershell", [])]
)
def test_windows_profiles_that_fail_say_nothing(qtbot, program):
    asker = WindowsProfiles()
    with qtbot.waitSignal(asker.finished, timeout=20000) as signal:
        asker.start(*program)
    assert signal.args == [{}]


def test_windows_profiles_that_take_too_long_are_given_up(qtbot):
    asker = WindowsProfiles(timeout_ms=50)
    with qtbot.waitSignal(asker.finished, timeout=20000) as signal:
        asker.start(*_python("import time; time.sleep(60)"))
    assert signal.args == [{}]
    assert not asker.running()
