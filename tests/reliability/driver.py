"""Child processes for the reliability tests: ``python -m tests.reliability.driver MODE …``.

Each mode imports what it needs, prints ``WARM``, waits for a ``GO …`` line on stdin, then
works through the same code the application uses and prints one line per step that is
done (``ACK …`` only after the change is committed). The parent kills it whenever it likes.

Modes without a window live here; modes with one are in gui_driver.py.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def say(*words: object) -> None:
    sys.stdout.write(" ".join(map(str, words)) + "\n")
    sys.stdout.flush()


def wait_for_go() -> list[str]:
    say("WARM")
    line = sys.stdin.readline().split()
    if not line or line[0] != "GO":
        sys.exit(0)  # the parent did not need this child after all
    return line[1:]


def _document_modules():
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([])
    from costar_desktop.core.model import Note
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.ui.model import commands
    from costar_desktop.ui.model.document import WorkshopDocument

    return app, Note, WorkshopFile, commands, WorkshopDocument


def _note(Note, document, series: int, n: int):
    from tests.reliability.harness import note_fields

    f = note_fields(series, n)
    return Note(
        id=f["id"],
        text=f["text"],
        x=f["x"],
        y=f["y"],
        colour=f["colour"],
        co=document.co_for(f["x"], f["y"]),
    )


def add_notes(path: str) -> None:
    """Add notes one by one through undo commands, as the window does, acknowledging each."""
    app, Note, WorkshopFile, commands, WorkshopDocument = _document_modules()
    series = int(wait_for_go()[0])
    document = WorkshopDocument(WorkshopFile.open(path))
    say("READY")
    n = 0
    while True:
        command = commands.AddNotesCommand(document, [_note(Note, document, series, n)])
        document.undo_stack.push(command)
        if command.failed:
            say("FAILED", n)
            sys.exit(3)
        say("ACK", n)
        n += 1


def migrate() -> None:
    """Open an old file (named on the GO line): a backup first, then the upgrade."""
    from costar_desktop.storage import WorkshopFile

    path = wait_for_go()[0]
    wf = WorkshopFile.open(path)
    say("DONE")
    wf.close()


def backup(path: str) -> None:
    """Edit and back up in turns, as the window does every ten minutes."""
    from costar_desktop.core.model import Note
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.storage.backups import BackupStore
    from tests.reliability.harness import note_fields

    series = int(wait_for_go()[0])
    wf = WorkshopFile.open(path)
    store = BackupStore()
    say("READY")
    n = 0
    while True:
        f = note_fields(series, n)
        wf.add_notes([Note(id=f["id"], text=f["text"], x=f["x"], y=f["y"], colour=f["colour"])])
        say("ACK", n)
        made = store.backup_file(wf, "timed")
        say("BACKUP", made.path.name if made else "-")
        n += 1


def save_as() -> None:
    """Add a note, Save As to one name, add a note, Save As to the other, and so on.

    The GO line names the series, the file, and the two names to save as.
    """
    app, Note, WorkshopFile, commands, WorkshopDocument = _document_modules()
    words = wait_for_go()
    series, path, first, second = int(words[0]), *words[1:]
    document = WorkshopDocument(WorkshopFile.open(path))
    say("READY")
    targets = (Path(first), Path(second))
    n = 0
    while True:
        command = commands.AddNotesCommand(document, [_note(Note, document, series, n)])
        document.undo_stack.push(command)
        if command.failed:
            say("FAILED", n)
            sys.exit(3)
        say("ACK", n, document.path.name)
        target = targets[n % 2]
        document.save_as(target)
        say("SAVED", n, target.name)
        n += 1


def disk_full(path: str, room: str) -> None:
    """Only ``room`` more bytes may be written (RLIMIT_FSIZE): add notes until one does not
    fit, then make room (raise the limit) and try the same note again."""
    import resource
    import signal

    app, Note, WorkshopFile, commands, WorkshopDocument = _document_modules()
    wait_for_go()
    document = WorkshopDocument(WorkshopFile.open(path))
    messages: list[str] = []
    document.save_failed.connect(messages.append)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(path) + int(room), hard))
    n = 0
    while True:
        note = _note(Note, document, 1, n)
        command = commands.AddNotesCommand(document, [note])
        document.undo_stack.push(command)
        if command.failed:
            break
        say("ACK", n)
        n += 1
    say(
        "FAILED",
        n,
        json.dumps(
            {
                "message": messages[-1],
                "in_document": note.id in document.notes,
                "undo_count": document.undo_stack.count(),
            }
        ),
    )
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    retry = commands.AddNotesCommand(document, [note])
    document.undo_stack.push(retry)
    if not retry.failed:
        say("ACK", n)
    document.close()
    say("CLOSED")


def fuzz_server() -> None:
    """Open each file named on stdin as the window would; answer one JSON line per file."""
    from costar_desktop.storage import StorageError, WorkshopFile

    wait_for_go()
    for line in sys.stdin:
        path = line.rstrip("\n")
        try:
            wf = WorkshopFile.open(path)
            try:
                data = wf.snapshot()
                answer = {"outcome": "opened", "notes": len(data.notes)}
            finally:
                wf.close()
        except StorageError as exc:
            answer = {"outcome": "refused", "error": type(exc).__name__, "message": exc.message}
        except BaseException as exc:  # noqa: BLE001 - this is what the fuzzer looks for
            answer = {"outcome": "crashed", "error": type(exc).__name__, "message": str(exc)}
        say(json.dumps(answer))


def values_server() -> None:
    """Open each file named on stdin as the window does; a file that needs repairs gets its
    repaired copy written and opened, and the canvas of what opened is drawn. One JSON line
    per file: what happened, and whether the copy needed repairs again."""
    from costar_desktop.storage import StorageError, WorkshopFile
    from costar_desktop.storage.errors import NeedsRepair
    from costar_desktop.ui.shell.app import (
        WindowRegistry,
        configure_application_names,
        create_application,
    )

    app = create_application()
    configure_application_names()
    registry = WindowRegistry()
    window = registry.new_window()
    window.resize(1000, 700)
    window.show()
    wait_for_go()

    def draw(store) -> int:
        """Show the workshop in the real window (canvas, panels, fit to the star) and paint it."""
        window.attach_store(store)
        app.processEvents()
        window.grab()
        shown = len(window.editor.scene.note_items())
        window.close_workshop()
        app.processEvents()
        return shown

    for line in sys.stdin:
        path = Path(line.rstrip("\n"))
        answer: dict = {}
        try:
            try:
                answer = {"outcome": "opened", "drawn": draw(WorkshopFile.open(path))}
            except NeedsRepair as exc:
                copy = path.with_name("repaired copy.costar")
                WorkshopFile.create(copy, data=exc.data, overwrite=True).close()
                answer = {"outcome": "repaired", "repairs": [str(r) for r in exc.repairs]}
                try:
                    answer["drawn"] = draw(WorkshopFile.open(copy))
                except NeedsRepair as again:
                    answer["repaired_again"] = [str(r) for r in again.repairs]
                copy.unlink()
            data, _told = WorkshopFile.read_all(path)  # what export and report read
            answer["read_notes"] = len(data.notes)
        except StorageError as exc:
            answer = {
                "outcome": "refused",
                "error": type(exc).__name__,
                "message": exc.message,
                **answer,
            }
        except BaseException as exc:  # noqa: BLE001 - this is what the test looks for
            import traceback

            answer = {
                "outcome": "crashed",
                "error": type(exc).__name__,
                "message": str(exc),
                "traceback": traceback.format_exc()[-2000:],
            }
        say(json.dumps(answer))


MODES = {
    "add-notes": add_notes,
    "migrate": migrate,
    "backup": backup,
    "save-as": save_as,
    "disk-full": disk_full,
    "fuzz-server": fuzz_server,
    "values-server": values_server,
}

if __name__ == "__main__":
    MODES[sys.argv[1]](*sys.argv[2:])
