"""Child processes that run the real window (headless): ``python -m tests.reliability.gui_driver``.

Modes:
  scenarios SPEC.json   open files that cannot be written (read-only file or folder, file
                        removed or renamed while open), type a note, then Save As; print one
                        JSON line per scenario with what the window showed.
  hold FILE             open FILE in a window, say READY, then obey "add TEXT" and "quit".
  try-open FILE         try to open FILE in a second process; print what the user was told.
Message boxes and file dialogs are answered by the driver instead of a person.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from costar_desktop.ui.shell.app import (
    WindowRegistry,
    configure_application_names,
    create_application,
)

MESSAGES: list[str] = []
SAVE_AS_TARGETS: list[str] = []


def say(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def _answer_dialogs() -> None:
    def note(parent, title, text, *args, **kwargs):
        MESSAGES.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        setattr(QMessageBox, name, staticmethod(note))

    def decline(parent, title, text, *args, **kwargs):
        MESSAGES.append(text)
        return QMessageBox.StandardButton.No

    QMessageBox.question = staticmethod(decline)
    QFileDialog.getSaveFileName = staticmethod(
        lambda *a, **k: (SAVE_AS_TARGETS.pop(0) if SAVE_AS_TARGETS else "", "")
    )


def _window(registry):
    window = registry.new_window()
    window.resize(1200, 800)
    window.show()
    return window


def type_note(window, text: str, where: QPointF | None = None) -> None:
    """Start a note, type it, press Enter — as a facilitator does."""
    if where is None:
        where = QPointF(-1300, 700)
    window.editor.start_note_at(where)
    window.editor.scene.draft.text_item.setPlainText(text)
    QTest.keyClick(window.editor.view, Qt.Key.Key_Return)


def _banner_save_as(window) -> None:
    [button] = [b for b in window.banner.findChildren(QPushButton) if b.text() == "Save As…"]
    button.click()


def scenario(registry, spec: dict) -> dict:
    path = Path(spec["path"])
    window = _window(registry)
    MESSAGES.clear()
    out: dict = {"name": spec["name"], "uid": os.getuid()}
    out["opened"] = window.open_path(path)
    out["messages"] = list(MESSAGES)
    if not out["opened"]:
        window.close()
        return out
    doc = window.document
    out["read_only"] = doc.read_only
    out["status_on_open"] = window.save_label.text()
    out["banner_on_open"] = window.banner.label.text() if window.banner.isVisibleTo(window) else ""
    if spec.get("before"):
        type_note(window, spec["before"])
        out["status_before"] = window.save_label.text()
    if spec.get("then") == "remove":
        path.unlink()
    elif spec.get("then") == "rename":
        path.rename(path.with_name("renamed by someone.costar"))
    type_note(window, spec["typed"])
    out["status_after_typing"] = window.save_label.text()
    out["banner_after_typing"] = (
        window.banner.label.text() if window.banner.isVisibleTo(window) else ""
    )
    draft = window.editor.scene.draft
    out["kept_on_screen"] = draft is not None and draft.text == spec["typed"]
    out["typed_in_document"] = spec["typed"] in [n.text for n in doc.notes.values()]
    SAVE_AS_TARGETS.append(spec["save_as"])
    _banner_save_as(window)
    out["path_after_save_as"] = str(doc.path)
    out["status_after_save_as"] = window.save_label.text()
    out["typed_in_document_after_save_as"] = spec["typed"] in [n.text for n in doc.notes.values()]
    out["messages"] = list(MESSAGES)
    window.close()
    return out


def scenarios(spec_file: str) -> None:
    create_application()
    configure_application_names()
    _answer_dialogs()
    registry = WindowRegistry()
    for spec in json.loads(Path(spec_file).read_text(encoding="utf-8")):
        say(json.dumps(scenario(registry, spec)))


def hold(path: str) -> None:
    create_application()
    configure_application_names()
    _answer_dialogs()
    registry = WindowRegistry()
    window = _window(registry)
    if not window.open_path(Path(path)):
        say("REFUSED", json.dumps(MESSAGES))
        return
    say("READY")
    for line in sys.stdin:
        command, _, text = line.rstrip("\n").partition(" ")
        if command == "add":
            type_note(window, text)
            QApplication.processEvents()
            say(
                "ACK" if text in [n.text for n in window.document.notes.values()] else "NOT-SAVED",
                window.save_label.text(),
            )
        elif command == "quit":
            window.close()
            say("CLOSED")
            return


def try_open(path: str) -> None:
    create_application()
    configure_application_names()
    _answer_dialogs()
    registry = WindowRegistry()
    window = _window(registry)
    opened = window.open_path(Path(path))
    say(
        json.dumps(
            {
                "opened": opened,
                "messages": MESSAGES,
                "welcome_page": window.stack.currentWidget() is window.welcome,
            }
        )
    )
    window.close()


MODES = {"scenarios": scenarios, "hold": hold, "try-open": try_open}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
