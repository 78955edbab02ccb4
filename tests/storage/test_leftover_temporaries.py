"""Temporary files that a crash leaves beside a workshop, a backup or a PDF are removed at the
next start (the window's and the command line's); a user's own file and a running process's
temporary file never are.

Crashes are real: a child stops just before its temporary file would be renamed into place,
says so, and is SIGKILLed there. The registry's other cases use hand-made entries.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from costar_desktop.paths import user_data_dir
from costar_desktop.storage import SaveFailed, WorkshopFile, fileio
from tests.reliability.harness import ROOT, child_env

WATCHDOG = 60  # seconds; only stops a hung test

# Stops the process inside os.replace (for every writer here, the step after the temporary
# file is complete) and waits there to be killed.
CRASH_CHILD = """
import os, sys, time
from pathlib import Path
kind, folder = sys.argv[1], Path(sys.argv[2])
real_replace = os.replace
def stall(src, dst, *args, **kwargs):
    print("STALLED", src, flush=True)
    time.sleep(600)
from costar_desktop.core.demo import demo_workshop
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.backups import BackupStore
if kind == "create":
    os.replace = stall
    WorkshopFile.create(folder / "x.costar", data=demo_workshop())
wf = WorkshopFile.create(folder / "x.costar", data=demo_workshop())
if kind == "pdf":
    from costar_desktop.report import build_pdf
os.replace = stall
if kind == "save-as":
    wf.write_copy(folder / "copy.costar")
elif kind == "backup":
    BackupStore().backup_file(wf, "open")
elif kind == "pdf":
    build_pdf(demo_workshop(), "templates", folder / "plan.pdf")
print("NOT STALLED", flush=True)
"""


def _listing(*folders: Path) -> list[str]:
    return sorted(str(p) for folder in folders if folder.is_dir() for p in folder.rglob("*"))


def _entries() -> list[Path]:
    folder = user_data_dir() / fileio.UNFINISHED_FOLDER
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _crash_during(kind: str, folder: Path) -> Path:
    """Run a child that writes ``kind`` and SIGKILL it just before the rename; the temporary
    file it was about to rename."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CRASH_CHILD, kind, str(folder)],
        cwd=ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with selectors.DefaultSelector() as sel:
            sel.register(proc.stdout, selectors.EVENT_READ)
            if not sel.select(WATCHDOG):
                pytest.fail("the child never reached the rename")
        line = proc.stdout.readline().decode().split()
        assert line[:1] == ["STALLED"], (line, proc.stderr.read().decode() if proc.poll() else "")
        os.kill(proc.pid, signal.SIGKILL)  # no clean-up code runs in the child
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(WATCHDOG)  # reaped: its id no longer names a process
    return Path(line[1])


def _dead_pid() -> int:
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        timeout=WATCHDOG,
        check=True,
    )
    return int(done.stdout)


def _entry(pid: int, tmp: Path, target: Path, **payload) -> Path:
    """An entry as a writer with id ``pid`` would have left it."""
    folder = user_data_dir() / fileio.UNFINISHED_FOLDER
    folder.mkdir(exist_ok=True)
    entry = folder / f"{pid}-{os.urandom(4).hex()}.json"
    entry.write_text(
        json.dumps(
            {
                "temp": str(tmp),
                "target": str(target),
                "pid": pid,
                "computer": fileio._this_computer(),
                **payload,
            }
        ),
        encoding="utf-8",
    )
    return entry


# --- real crashes -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["save-as", "backup", "pdf", "create"])
def test_a_temporary_file_left_by_a_crash_is_removed_at_the_next_start(tmp_path, kind):
    workshop_folder = tmp_path / "workshops"
    workshop_folder.mkdir()
    tmp = _crash_during(kind, workshop_folder)
    assert tmp.is_file(), "the crash left no temporary file: nothing was tested"
    backups_folder = user_data_dir() / "backups"
    assert str(tmp) in _listing(workshop_folder, backups_folder)
    assert fileio.remove_leftover_temporaries() == [tmp]
    assert not tmp.exists()
    assert [
        p for p in _listing(workshop_folder, backups_folder) if ".tmp" in p or ".part" in p
    ] == []
    assert (workshop_folder / "x.costar").is_file() or kind == "create"
    assert _entries() == []


def test_the_command_line_tidies_up_when_it_starts(tmp_path, demo_file):
    tmp = _crash_during("save-as", tmp_path)
    out = subprocess.run(
        [sys.executable, "-m", "costar_desktop", "export", str(demo_file), "--format", "json"],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=WATCHDOG,
    )
    assert out.returncode == 0, out.stderr
    assert not tmp.exists()
    assert _entries() == []


GUI_CHILD = """
import sys
from PySide6.QtWidgets import QApplication
from costar_desktop.ui.shell import app
painted = app.startup_probe.after_first_paint
def then_quit(window, then):
    def run_then_quit():
        then()
        print("TIDIED", flush=True)
        QApplication.quit()
    painted(window, run_then_quit)
app.startup_probe.after_first_paint = then_quit
sys.exit(app.run_gui(None))
"""


def test_the_window_tidies_up_after_its_first_paint(tmp_path):
    tmp = _crash_during("save-as", tmp_path)
    out = subprocess.run(
        [sys.executable, "-c", GUI_CHILD],
        cwd=ROOT,
        env=child_env(config_dir=tmp_path / "config"),
        capture_output=True,
        text=True,
        timeout=WATCHDOG,
    )
    assert out.returncode == 0, out.stderr
    assert "TIDIED" in out.stdout
    assert not tmp.exists()
    assert _entries() == []


# --- what is never removed ----------------------------------------------------------------------


def test_a_dead_writers_file_and_journal_go_and_its_entry_with_them(tmp_path):
    target = tmp_path / "x.costar"
    tmp = tmp_path / ".x.costar.abcd1234.tmp"
    tmp.write_bytes(b"half a copy")
    Path(f"{tmp}-journal").write_bytes(b"its journal")
    _entry(_dead_pid(), tmp, target)
    assert sorted(fileio.remove_leftover_temporaries()) == [tmp, Path(f"{tmp}-journal")]
    assert list(tmp_path.iterdir()) == [] and _entries() == []


def test_a_users_own_file_named_like_a_temporary_is_never_removed(tmp_path):
    own = tmp_path / ".x.costar.abcd1234.tmp"  # no entry names it
    own.write_bytes(b"mine")
    workshop = tmp_path / "x.costar"
    workshop.write_bytes(b"my workshop")
    dead = _dead_pid()
    # Entries that name files which are not temporary files of theirs (edited by hand, or
    # naming another folder or another target) remove nothing, and are dropped.
    _entry(dead, workshop, workshop)
    _entry(dead, own, tmp_path / "y.costar")
    _entry(dead, own, tmp_path / "elsewhere" / "x.costar")
    _entry(dead, Path(".x.costar.abcd1234.tmp"), Path("x.costar"))  # relative: whose folder?
    assert fileio.remove_leftover_temporaries() == []
    assert own.read_bytes() == b"mine" and workshop.read_bytes() == b"my workshop"
    assert _entries() == []


def test_the_temporary_file_of_a_running_process_is_left_alone(tmp_path):
    tmp = tmp_path / ".x.costar.abcd1234.tmp"
    tmp.write_bytes(b"being written")
    mine = tmp_path / ".y.costar.abcd1234.tmp"
    mine.write_bytes(b"being written here")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        entries = sorted(
            [
                _entry(sleeper.pid, tmp, tmp_path / "x.costar"),
                _entry(os.getpid(), mine, tmp_path / "y.costar"),
            ]
        )
        assert fileio.remove_leftover_temporaries() == []
        assert tmp.read_bytes() == b"being written" and mine.exists()
        assert _entries() == entries
    finally:
        sleeper.kill()
        sleeper.wait()
    assert fileio.remove_leftover_temporaries() == [tmp]  # once it has ended
    assert mine.exists()


def test_a_link_or_folder_under_a_temporary_name_is_not_followed_or_removed(tmp_path):
    precious = tmp_path / "precious.costar"
    precious.write_bytes(b"keep")
    link = tmp_path / ".x.costar.abcd1234.tmp"
    link.symlink_to(precious)
    folder = tmp_path / ".x.costar.12345678.tmp"
    folder.mkdir()
    dead = _dead_pid()
    _entry(dead, link, tmp_path / "x.costar")
    _entry(dead, folder, tmp_path / "x.costar")
    assert fileio.remove_leftover_temporaries() == []
    assert link.is_symlink() and precious.read_bytes() == b"keep" and folder.is_dir()


def test_another_computers_entry_is_left_alone(tmp_path):
    """A data folder on a USB stick: a process id from another computer means nothing here."""
    tmp = tmp_path / ".x.costar.abcd1234.tmp"
    tmp.write_bytes(b"theirs")
    entry = _entry(_dead_pid(), tmp, tmp_path / "x.costar", computer="another-laptop")
    assert fileio.remove_leftover_temporaries() == []
    assert tmp.exists() and _entries() == [entry]


def test_entries_cut_off_or_not_ours_remove_nothing_and_nothing_raises(tmp_path):
    tmp = tmp_path / ".x.costar.abcd1234.tmp"
    tmp.write_bytes(b"x")
    folder = user_data_dir() / fileio.UNFINISHED_FOLDER
    folder.mkdir(exist_ok=True)
    dead = _dead_pid()
    (folder / f"{dead}-00000000.json").write_text('{"temp": "' + str(tmp)[:10])  # cut off
    (folder / f"{dead}-00000001.json").write_text('["a list"]')
    (folder / f"{dead}-00000002.json").write_text('{"temp": 5, "target": null}')
    (folder / "notes.txt").write_text("not an entry: left alone")
    (folder / "0-00000003.json").write_text("{}")  # id 0 would be our own process group
    assert fileio.remove_leftover_temporaries() == []
    assert tmp.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["0-00000003.json", "notes.txt"]


def test_a_data_folder_that_cannot_be_used_stops_no_save_and_no_start(
    tmp_path, monkeypatch, demo_file
):
    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the data folder should be")
    monkeypatch.setenv("COSTAR_DATA_DIR", str(blocked))
    with WorkshopFile.open(demo_file) as wf:
        wf.write_copy(tmp_path / "copy.costar")
    assert WorkshopFile.read(tmp_path / "copy.costar").notes
    assert fileio.remove_leftover_temporaries() == []
    monkeypatch.setattr(Path, "iterdir", lambda self: (_ for _ in ()).throw(PermissionError()))
    monkeypatch.setenv("COSTAR_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "data" / fileio.UNFINISHED_FOLDER).mkdir(parents=True)
    assert fileio.remove_leftover_temporaries() == []


def test_pending_temporary_is_recorded_only_while_in_use(tmp_path):
    target = tmp_path / "out.pdf"
    with fileio.pending_temporary(target, ".part") as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".out.pdf.")
        [entry] = _entries()
        assert json.loads(entry.read_text())["temp"] == str(tmp)
        tmp.write_bytes(b"done")
        os.replace(tmp, target)
    assert _entries() == [] and target.read_bytes() == b"done"
    with pytest.raises(RuntimeError), fileio.pending_temporary(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("the writer failed")
    assert _entries() == [] and sorted(tmp_path.iterdir()) == [target]


def test_a_failed_copy_leaves_neither_file_nor_entry(tmp_path, demo_file, monkeypatch):
    def refuse(*args):
        raise OSError(28, "No space left on device")

    with WorkshopFile.open(demo_file) as wf:
        monkeypatch.setattr(fileio.os, "replace", refuse)
        with pytest.raises(SaveFailed, match="disk is full"):
            wf.write_copy(tmp_path / "copy.costar")
    assert sorted(tmp_path.iterdir()) == [demo_file] and _entries() == []
