"""The laptop's addresses as Qt sees them, Windows' network profiles, and the room check
in words.

The network promise holds here: QNetworkInterface reads the system's list of interfaces;
nothing is resolved, probed or connected to. On Windows, PowerShell is asked once (in the
background, with a time-out) which networks are "Public"; on other systems nothing runs.
What the addresses look like and what the check finds is decided without Qt in
``costar_desktop.room.network``; this module only reads and says.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

from costar_desktop.room.network import (
    WINDOWS_PROFILES_COMMAND,
    Address,
    CheckResult,
    Finding,
    Kind,
    Level,
    classify,
    parse_windows_profiles,
)

translate = QCoreApplication.translate

#: How long PowerShell may take to list the network profiles before the check goes on
#: without them (a cold PowerShell can take a few seconds on a slow laptop).
PROFILES_TIMEOUT_MS = 8000

_HINTS = {
    QNetworkInterface.InterfaceType.Wifi: Kind.WIFI,
    QNetworkInterface.InterfaceType.Ethernet: Kind.ETHERNET,
}


def system_addresses(platform: str = sys.platform) -> list[Address]:
    """Every IPv4 address of every interface that is up and running, loopback left out
    (link-local ones included: the room check says what they mean)."""
    found = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        if (
            not (
                flags & QNetworkInterface.InterfaceFlag.IsUp
                and flags & QNetworkInterface.InterfaceFlag.IsRunning
            )
            or flags & QNetworkInterface.InterfaceFlag.IsLoopBack
        ):
            continue
        name = interface.humanReadableName() or interface.name()
        hint = _HINTS.get(interface.type(), Kind.OTHER)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            if ip.isLoopback():
                continue
            text = ip.toString()
            found.append(Address(text, name, classify(text, name, hint, platform)))
    return found


class WindowsProfiles(QObject):
    """Asks PowerShell (Windows only) which networks Windows calls Public. ``finished``
    gives interface alias -> category; an empty dict when it failed or took too long."""

    finished = Signal(dict)

    def __init__(self, parent: QObject | None = None, timeout_ms: int = PROFILES_TIMEOUT_MS):
        super().__init__(parent)
        self._process: QProcess | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._timed_out)

    def running(self) -> bool:
        return self._process is not None

    def start(self, program: str = "powershell", arguments: list[str] | None = None) -> None:
        """Start asking (a second start while one runs does nothing)."""
        if self._process is not None:
            return
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(
            arguments
            if arguments is not None
            else ["-NoProfile", "-NonInteractive", "-Command", WINDOWS_PROFILES_COMMAND]
        )
        process.finished.connect(self._done)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._timer.start()
        process.start()

    def stop(self) -> None:
        """Stop asking, without an answer."""
        process, self._process = self._process, None
        self._timer.stop()
        if process is None:
            return
        process.finished.disconnect(self._done)
        process.errorOccurred.disconnect(self._error)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()

    def _done(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        output = bytes(process.readAllStandardOutput().data())
        self.stop()
        ok = status == QProcess.ExitStatus.NormalExit and code == 0
        self.finished.emit(parse_windows_profiles(output) if ok else {})

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self.stop()
            self.finished.emit({})

    def _timed_out(self) -> None:
        if self._process is not None:
            self.stop()
            self.finished.emit({})


def kind_name(kind: Kind) -> str:
    """What an address looks like, in a word or two."""
    return {
        Kind.HOTSPOT: translate("RoomCheck", "Hotspot"),
        Kind.WIFI: translate("RoomCheck", "Wi-Fi"),
        Kind.ETHERNET: translate("RoomCheck", "Ethernet (cable)"),
        Kind.OTHER: translate("RoomCheck", "Network"),
        Kind.VIRTUAL: translate("RoomCheck", "Virtual or VPN (phones cannot reach it)"),
    }[kind]


def address_label(address: Address) -> str:
    """One row of the address picker: "Wi-Fi — 192.168.1.20 (WLAN)"."""
    kind = kind_name(address.kind)
    text = f"{kind} — {address.ip}"
    if address.interface and address.interface.casefold() != kind.casefold():
        text += f"  ({address.interface})"
    if address.link_local:
        text += "  " + translate("RoomCheck", "— no address from the network")
    return text


#: A symbol for each level; always shown with its word (colour is never the only signal).
SYMBOLS = {Level.OK: "✓", Level.NOTE: "ℹ", Level.WARNING: "⚠", Level.PROBLEM: "✗"}


def level_word(level: Level) -> str:
    return {
        Level.OK: translate("RoomCheck", "Fine"),
        Level.NOTE: translate("RoomCheck", "Good to know"),
        Level.WARNING: translate("RoomCheck", "Check this"),
        Level.PROBLEM: translate("RoomCheck", "Problem"),
    }[level]


def describe(result: CheckResult) -> tuple[str, str]:
    """(what the check found, what to do) in plain words."""
    f = result.finding
    if f is Finding.NO_NETWORK:
        return (
            translate("RoomCheck", "The laptop is not on any network."),
            translate(
                "RoomCheck",
                "Connect to the venue's Wi-Fi or start the laptop's hotspot, then press "
                "Check again. How to start a hotspot: docs/room.md.",
            ),
        )
    if f is Finding.ONLY_LINK_LOCAL:
        ip = result.address.ip if result.address else "169.254…"
        return (
            translate(
                "RoomCheck", "The network gave the laptop no address (it made up %1 itself)."
            ).replace("%1", ip),
            translate(
                "RoomCheck",
                "Phones will not find it. Connect to the Wi-Fi again, or start the laptop's "
                "hotspot, then press Check again.",
            ),
        )
    if f is Finding.ONE_NETWORK:
        address = result.address
        where = f"{kind_name(address.kind)} ({address.ip})" if address else ""
        return (
            translate("RoomCheck", "The laptop is on one network: %1.").replace("%1", where),
            translate("RoomCheck", "Phones must join this same network."),
        )
    if f is Finding.SEVERAL_NETWORKS:
        return (
            translate("RoomCheck", "The laptop is on %1 networks.").replace(
                "%1", str(result.count)
            ),
            translate(
                "RoomCheck",
                "Pick the one the phones are on: usually the venue's Wi-Fi or the hotspot.",
            ),
        )
    if f is Finding.PUBLIC_NETWORK:
        return (
            translate(
                "RoomCheck", "Windows calls the network “%1” Public: its firewall blocks phones."
            ).replace("%1", result.interface),
            translate(
                "RoomCheck",
                "In Settings, “Network and internet”, open “%1” and choose Private network, "
                "or use the laptop's hotspot.",
            ).replace("%1", result.interface),
        )
    if f is Finding.WINDOWS_FIREWALL_ASKS:
        return (
            translate(
                "RoomCheck",
                "Windows may ask whether CoStar Desktop may use the network.",
            ),
            translate("RoomCheck", "Allow it on private networks."),
        )
    return (
        translate("RoomCheck", "Phones may warn “no internet”."),
        translate(
            "RoomCheck",
            "Tell people to stay connected, and to switch mobile data off if their notes "
            "do not arrive.",
        ),
    )
