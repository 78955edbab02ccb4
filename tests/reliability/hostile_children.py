"""Child processes that meet hostile files (see hostile.py): ``python -m
tests.reliability.hostile_children MODE SPEC.json``. A crash (a segmentation fault, say)
ends the child early, which the parent sees; a hang is ended by an alarm per file.

Modes:
  cli SPEC.json      for each file, ``costar export`` (JSON) and ``costar report`` through
                     the command's own ``main``; one JSON line per file: exit statuses,
                     what was said on stderr, any traceback.
  window SPEC.json   for each file, a fresh window opens it as a facilitator would (a repaired
                     copy is accepted, a backup declined); where it opens, a note is added,
                     one edited and one deleted with keys, and the file on disk is read
                     back; one JSON line per file.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
import sys
import traceback
from pathlib import Path

#: Seconds one file may take in a child before it counts as a hang (a watchdog only: no
#: result depends on how long anything takes).
WATCHDOG = 60


class Hang(Exception):
    pass


def _alarm(_signum, _frame):
    raise Hang()


def say(value) -> None:
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def _run_cli(argv: list[str]) -> dict:
    from costar_desktop.cli import main

    err = io.StringIO()
    out = io.StringIO()
    signal.alarm(WATCHDOG)
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            rc = main(argv)
        result = {"rc": rc, "stderr": err.getvalue()}
    except Hang:
        result = {"rc": None, "hang": True, "stderr": err.getvalue()}
    except SystemExit as exc:
        result = {"rc": exc.code, "stderr": err.getvalue()}
    except BaseException:  # noqa: BLE001 - what the user would have seen
        result = {"rc": None, "traceback": traceback.format_exc(), "stderr": err.getvalue()}
    finally:
        signal.alarm(0)
    return result


def cli(spec_file: str) -> None:
    signal.signal(signal.SIGALRM, _alarm)
    for spec in json.loads(Path(spec_file).read_text(encoding="utf-8")):
        path, out = spec["path"], Path(spec["out"])
        say(
            {
                "name": spec["name"],
                "export": _run_cli(
                    ["export", path, "--format", "json", "-o", str(out / f"{spec['name']}.json")]
                ),
                "report": _run_cli(
                    ["report", path, "--kind", "report", "-o", str(out / f"{spec['name']}.pdf")]
                ),
            }
        )


def window(spec_file: str) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from costar_desktop.ui.shell.app import (
        WindowRegistry,
        configure_application_names,
        create_application,
    )
    from tests.reliability.harness import disk_notes

    create_application()
    configure_application_names()
    messages: list[str] = []

    def note(parent, title, text, *args, **kwargs):
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        messages.append(text)
        if "repaired copy" in text:
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.No  # a backup offered: declined, the file kept

    for name in ("warning", "critical", "information"):
        setattr(QMessageBox, name, staticmethod(note))
    QMessageBox.question = staticmethod(question)
    signal.signal(signal.SIGALRM, _alarm)
    registry = WindowRegistry()
    for spec in json.loads(Path(spec_file).read_text(encoding="utf-8")):
        messages.clear()
        win = registry.new_window()
        win.resize(1200, 800)
        win.show()
        out: dict = {"name": spec["name"]}
        signal.alarm(WATCHDOG)
        try:
            out["opened"] = win.open_path(Path(spec["path"]))
            QApplication.processEvents()
            if out["opened"]:
                out.update(_edit_with_keys(win, QTest, Qt, QPointF, QApplication, disk_notes))
        except Hang:
            out["hang"] = True
        except BaseException:  # noqa: BLE001
            out["traceback"] = traceback.format_exc()
        finally:
            signal.alarm(0)
        out["messages"] = list(messages)
        win.close()
        win.deleteLater()
        QApplication.processEvents()
        say(out)


def _edit_with_keys(win, QTest, Qt, QPointF, QApplication, disk_notes) -> dict:
    """Add, edit and delete a note as a facilitator does; what is on disk before and after."""
    doc = win.document
    path = doc.path
    before = disk_notes(path)
    view = win.editor.view
    # Add: N at a free place, type, Enter.
    win.editor.start_note_at(QPointF(-1300, 700))
    win.editor.scene.draft.text_item.setPlainText("Added after opening")
    QTest.keyClick(view, Qt.Key.Key_Return)
    plain = [
        n
        for n in doc.notes.values()
        if n.kind == "note" and n.group_id is None and n.text != "Added after opening"
    ]
    edited, deleted = plain[0].id, plain[1].id
    # Edit: select, F2, new words, Enter.
    win.editor.scene.select_notes([edited])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    win.editor.scene.note_item(edited).text_item.setPlainText("Edited after opening")
    QTest.keyClick(view, Qt.Key.Key_Return)
    # Delete: select, Delete.
    win.editor.scene.select_notes([deleted])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    QApplication.processEvents()
    after = disk_notes(path)
    return {
        "path": str(path),
        "before": {k: _plain(v) for k, v in before.items()},
        "after": {k: _plain(v) for k, v in after.items()},
        "edited": edited,
        "deleted": deleted,
        "status": win.save_label.text(),
    }


def _plain(row: tuple) -> list:
    return [v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in row]


MODES = {"cli": cli, "window": window}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
