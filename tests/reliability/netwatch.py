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


def install_seccomp() -> bool:
    """Trap socket(AF_INET) and socket(AF_INET6) for the whole process (Linux x86-64/arm64)."""
    if platform.system() != "Linux" or platform.machine() not in _ARCH:
        return False
    arch, nr_socket = _ARCH[platform.machine()]
    load, jump_if_equal, give = 0x20, 0x15, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_RET|K
    allow, trap = 0x7FFF0000, 0x00030000  # SECCOMP_RET_ALLOW, SECCOMP_RET_TRAP
    program = [  # (code, jump if true, jump if false, k)
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


def main(workshop: str, out: str) -> None:
    sys.addaudithook(_audit)
    faulthandler.register(signal.SIGSYS, all_threads=True, chain=False)
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
