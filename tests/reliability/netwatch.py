"""Run the real app while watching for network use: ``python -m tests.reliability.netwatch``.

Three watchers, from the inside out:
1. an audit hook sees every socket that Python code creates, connects, binds or resolves;
2. a seccomp filter makes the kernel stop any ``socket(AF_INET…)``/``socket(AF_INET6…)``
   from any code in the process — Qt, SQLite, libc — with SIGSYS, and faulthandler writes
   where it happened to stderr;
3. at the end, every open socket of the process is looked up in /proc/net/{tcp,udp,raw}*.
Then it opens the GUI on a copy of the sample (``cli.main([file])``, headless), adds, undoes
and redoes a note, exports, saves a copy, quits, and runs ``costar export`` and
``costar demo`` in the same process. One JSON line reports what the watchers saw.

``--room WORKSHOP OUT``: the promise once the facilitator opens the room for phones
(issue 31). The kernel then lets the app make TCP sockets but stops any ``connect()`` and
any UDP socket, from any code; the app opens the room on 127.0.0.1, says its port on
stdout, and waits for a phone's note (the test is the phone). Every internet socket the
process holds is listed before the room opens, while a phone is connected, and after the
room closes.
"""

from __future__ import annotations

import ctypes
import faulthandler
import json
import os
import platform
import signal
import socket
import struct
import sys
import time
from pathlib import Path

EVENTS: list[str] = []
_INET = (socket.AF_INET, socket.AF_INET6)


def _audit(event: str, args) -> None:
    if event == "socket.__new__" and len(args) > 1 and args[1] in _INET:
        EVENTS.append(f"{event} family={args[1]}")
    elif event in (
        "socket.connect",
        "socket.bind",
        "socket.sendto",
        "socket.sendmsg",
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
        "urllib.Request",
        "http.client.connect",
    ):
        EVENTS.append(f"{event} {args!r}"[:200])


_ARCH = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}  # audit arch, __NR_socket
#: __NR_connect by machine.
_CONNECT = {"x86_64": 42, "aarch64": 203}


def install_seccomp() -> bool:
    """Trap socket(AF_INET) and socket(AF_INET6) for the whole process (Linux x86-64/arm64)."""
    if platform.system() != "Linux" or platform.machine() not in _ARCH:
        return False
    arch, nr_socket = _ARCH[platform.machine()]
    load, jump_if_equal, give = 0x20, 0x15, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_RET|K
    allow, trap = 0x7FFF0000, 0x00030000  # SECCOMP_RET_ALLOW, SECCOMP_RET_TRAP
    program: list[tuple[int, int, int, int]] = [  # (code, jump if true, jump if false, k)
        (load, 0, 0, 4),  # 0: the ABI
        (jump_if_equal, 1, 0, arch),  # 1: ours -> 3
        (give, 0, 0, allow),  # 2: another ABI: not watched
        (load, 0, 0, 0),  # 3: the system call's number
        (jump_if_equal, 0, 3, nr_socket),  # 4: socket() -> 5, anything else -> 8
        (load, 0, 0, 16),  # 5: its first argument, the family
        (jump_if_equal, 2, 0, socket.AF_INET),  # 6: -> 9
        (jump_if_equal, 1, 0, socket.AF_INET6),  # 7: -> 9
        (give, 0, 0, allow),  # 8
        (give, 0, 0, trap),  # 9: SIGSYS, and the call fails
    ]
    return _load_filter(program)


def install_room_seccomp() -> bool:
    """With the room open: trap every connect() (so nothing can go out over TCP) and any
    UDP socket (so nothing can be sent without one); TCP sockets may be made (to listen)."""
    if platform.system() != "Linux" or platform.machine() not in _ARCH:
        return False
    arch, nr_socket = _ARCH[platform.machine()]
    nr_connect = _CONNECT[platform.machine()]
    load, jump_if_equal, give, alu_and = 0x20, 0x15, 0x06, 0x54  # BPF_ALU|BPF_AND|BPF_K
    allow, trap = 0x7FFF0000, 0x00030000
    program = [
        (load, 0, 0, 4),  # 0: the ABI
        (jump_if_equal, 1, 0, arch),  # 1: ours -> 3
        (give, 0, 0, allow),  # 2
        (load, 0, 0, 0),  # 3: the call's number
        (jump_if_equal, 10, 0, nr_connect),  # 4: connect() -> 15 (trap)
        (jump_if_equal, 0, 8, nr_socket),  # 5: socket() -> 6, anything else -> 14
        (load, 0, 0, 16),  # 6: the family
        (jump_if_equal, 1, 0, socket.AF_INET),  # 7: -> 9
        (jump_if_equal, 0, 5, socket.AF_INET6),  # 8: -> 9, else -> 14
        (load, 0, 0, 24),  # 9: the type (with SOCK_NONBLOCK / SOCK_CLOEXEC)
        (alu_and, 0, 0, 0xF),  # 10: the type alone
        (jump_if_equal, 2, 0, socket.SOCK_STREAM),  # 11: TCP -> 14
        (give, 0, 0, trap),  # 12: UDP, raw…: trap
        (give, 0, 0, trap),  # 13
        (give, 0, 0, allow),  # 14
        (give, 0, 0, trap),  # 15: connect()
    ]
    return _load_filter(program)


def _load_filter(program: list[tuple[int, int, int, int]]) -> bool:
    raw = b"".join(struct.pack("HBBI", *ins) for ins in program)
    buf = ctypes.create_string_buffer(raw, len(raw))

    class Prog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    pr_set_no_new_privs, pr_set_seccomp, mode_filter = 38, 22, 2
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    prog = Prog(len(program), ctypes.cast(buf, ctypes.c_void_p))
    return libc.prctl(pr_set_seccomp, mode_filter, ctypes.addressof(prog), 0, 0) == 0


def inet_socket_table() -> list[dict[str, str]]:
    """Every internet socket this process holds: its kind, state and both ends (from
    /proc/net, addresses as the kernel writes them: hex, port after a colon)."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found = []
    for name in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            if len(parts) > 9 and parts[9] in mine:
                found.append(
                    {"kind": name, "local": parts[1], "remote": parts[2], "state": parts[3]}
                )
    return found


def run_room(workshop: Path, out: Path) -> dict[str, object]:
    """Open the room on 127.0.0.1 and wait for one phone's note; the sockets at each stage."""
    from PySide6.QtWidgets import QApplication

    from costar_desktop.ui.shell.app import WindowRegistry, create_application

    _app = create_application()
    window = WindowRegistry().new_window()
    window.open_path(workshop)
    QApplication.processEvents()
    seen: dict[str, object] = {"before": inet_socket_table()}
    assert window.room.open_room("127.0.0.1", 0)
    room = window.room.controller
    print(f"ROOM {room.server.port} {room.join_code}", flush=True)
    deadline = time.monotonic() + 60
    while not window.document.inbox and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    seen["port"] = room.server.port
    seen["open"] = inet_socket_table()
    window.room.close_room()
    seen["closed"] = inet_socket_table()
    seen["inbox"] = [n.text for n in window.document.inbox.values()]
    window.close_workshop()
    seen["after"] = inet_socket_table()
    window.close()
    return seen


def inet_sockets_open() -> list[str]:
    inodes = set()
    for name in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        inodes |= {line.split()[9] for line in lines if len(line.split()) > 9}
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            found.append(target)
    return found


def run_app(workshop: Path, out: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from costar_desktop import cli
    from costar_desktop.ui.shell.app import create_application
    from tests.reliability.gui_driver import _answer_dialogs, type_note

    _app = create_application()  # held for the whole run: the window needs it alive
    _answer_dialogs()
    targets = [str(out / "export.json"), str(out / "copy.costar")]
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (targets.pop(0), ""))

    def act() -> None:
        [window] = [
            w
            for w in QApplication.topLevelWidgets()
            if hasattr(w, "document") and w.document is not None
        ]
        type_note(window, "A note typed while we watch the network")
        window.undo_action.trigger()
        window.redo_action.trigger()
        window.privacy.anonymise_action.trigger()
        window.export_actions["json"].trigger()
        window.save_as_dialog()
        window.quit_app()

    QTimer.singleShot(0, act)
    assert cli.main([str(workshop)]) == 0
    assert (
        cli.main(
            ["export", str(out / "copy.costar"), "--format", "md", "-o", str(out / "export.md")]
        )
        == 0
    )
    assert cli.main(["demo", str(out / "demo.costar")]) == 0


def main(workshop: str, out: str, *more: str) -> None:
    sys.addaudithook(_audit)
    faulthandler.register(signal.SIGSYS, all_threads=True, chain=False)
    if workshop == "--room":
        guarded = install_room_seccomp()
        room = run_room(Path(out), Path(more[0]))
        print(json.dumps({"seccomp": guarded, "python_events": EVENTS, "room": room}))
        return
    guarded = install_seccomp()
    if workshop == "--canary":  # prove the watchers see a socket: open one on purpose
        try:
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        except OSError as exc:
            EVENTS.append(f"refused: {exc}")
    else:
        run_app(Path(workshop), Path(out))
    print(
        json.dumps(
            {"seccomp": guarded, "python_events": EVENTS, "inet_sockets_open": inet_sockets_open()}
        )
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
