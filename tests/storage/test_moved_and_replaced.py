"""A file deleted, renamed or replaced while it is open is never written to as if nothing
happened: every later change is 'not saved', and Save As writes the whole workshop again."""

import os
import sqlite3
import subprocess
import sys

import pytest

from costar_desktop.core.model import Note
from costar_desktop.storage import AlreadyOpen, SaveFailed, WorkshopFile
from costar_desktop.storage.errors import NeedsRepair
from tests.reliability.harness import ROOT, raw_notes


@pytest.mark.parametrize("how", ["deleted", "renamed", "replaced"])
def test_no_change_is_reported_saved_after_the_file_went_away(demo_file, how):
    wf = WorkshopFile.open(demo_file)
    kept = Note(text="saved before")
    wf.add_notes([kept])
    elsewhere = demo_file.with_name("moved.costar")
    if how == "deleted":
        os.unlink(demo_file)
    elif how == "renamed":
        os.rename(demo_file, elsewhere)
    else:  # as a sync tool or another program saving "over" it does: a new file renamed in
        newer = demo_file.with_name("newer.tmp")
        newer.write_bytes(b"someone else's file")
        os.replace(newer, demo_file)
    with pytest.raises(SaveFailed, match="moved, renamed, replaced or deleted"):
        wf.add_notes([Note(text="after")])
    with pytest.raises(SaveFailed):
        wf.update_notes({kept.id: {"text": "changed after"}})
    copy = demo_file.with_name("rescued.costar")
    wf.save_as(copy)
    wf.close()
    rescued = WorkshopFile.read(copy)
    assert "saved before" in [n.text for n in rescued.notes]
    assert "after" not in [n.text for n in rescued.notes]
    if how == "renamed":
        assert raw_notes(elsewhere) == raw_notes(copy)


def test_save_as_to_the_same_name_after_a_delete_writes_it_again_and_carries_on(demo_file):
    wf = WorkshopFile.open(demo_file)
    count = len(wf.notes())
    os.unlink(demo_file)
    wf.save_as(demo_file)
    wf.add_notes([Note(text="written into the new file")])
    wf.close()
    assert len(WorkshopFile.read(demo_file).notes) == count + 1


def test_save_as_refuses_to_replace_a_file_open_in_another_program(demo_file, tmp_path):
    target = tmp_path / "theirs.costar"
    WorkshopFile.create(target).close()
    code = (
        "import sys, time\n"
        "from costar_desktop.storage import WorkshopFile\n"
        f"wf = WorkshopFile.open({str(target)!r})\n"
        "print('OPEN', flush=True)\n"
        "sys.stdin.readline()\n"
        "wf.close()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout.readline().strip() == "OPEN"
        before = target.read_bytes()
        with WorkshopFile.open(demo_file) as wf:
            with pytest.raises(AlreadyOpen, match="open in another copy"):
                wf.save_as(target)
        assert target.read_bytes() == before
    finally:
        other.communicate("done\n", timeout=30)


def test_a_file_whose_values_need_repairs_is_refused_unchanged_for_a_copy(demo_file):
    conn = sqlite3.connect(demo_file)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE notes SET impact = 9 WHERE rowid = (SELECT min(rowid) FROM notes)")
    conn.commit()
    conn.close()
    before = demo_file.read_bytes()
    with pytest.raises(NeedsRepair, match="holds 1 value that CoStar Desktop cannot use") as e:
        WorkshopFile.open(demo_file)
    assert "impact rating was not a whole number from 1 to 5" in str(e.value.repairs[0])
    assert demo_file.read_bytes() == before
    WorkshopFile.create(demo_file.with_name("free.costar")).close()  # nothing left locked
