"""Promise: a workshop file altered outside the app — its schema or its values — can never
make the app destroy notes, crash or hang. Each hostile file (hostile.py) is met by
storage, by ``costar export``/``costar report`` and by the window in a child process:

* a file whose schema is not exactly ours is refused everywhere with a plain message, and
  stays byte-identical (nothing in it ever runs: the trigger that wiped notes on the app's
  own next write never gets that write);
* a file with values the app cannot use is never changed: the window opens a repaired copy,
  listing each repair; export and report read it and list the repairs on stderr; in the
  copy, adding, editing and deleting notes loses nothing else.
"""

from __future__ import annotations

import faulthandler
import json
import shutil
import subprocess
import sys

import pytest

from costar_desktop.core.demo import demo_workshop
from costar_desktop.storage import StorageError, WorkshopFile
from costar_desktop.storage.errors import ChangedByAnotherProgram, NeedsRepair
from tests.reliability.harness import ROOT, child_env, raw_notes
from tests.reliability.hostile import CASES, CHANGED, NAMES, first_note

REFUSED = [c for c in CASES if c[2] == "refuse"]
#: Texts longer than the app keeps: the window's copy cuts them (and says so); export and
#: report read them whole (a report prints a long text up to its own limit, then says how
#: much more the file holds).
TOO_LONG = {"text_million", "title_long"}
REPAIRED = [c for c in CASES if c[2] == "repair"]


@pytest.fixture(autouse=True)
def watchdog():
    """A test that hangs ends the whole run with a traceback instead of waiting forever
    (a query that never ends cannot be interrupted from Python): the storage tests run in
    this process, the others wait for children."""
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


WATCHDOG_SECONDS = 300


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory):
    """Every hostile file, made once: {name: (path, its bytes, the spoiled note's id)}."""
    folder = tmp_path_factory.mktemp("hostile")
    base = folder / "base.costar"
    WorkshopFile.create(base, data=demo_workshop()).close()
    spoiled_id = first_note(base)
    files = {}
    for name, spoil, _expect, _words in CASES:
        path = folder / f"{name}.costar"
        shutil.copyfile(base, path)
        spoil(path)
        files[name] = (path, path.read_bytes())
    return files, spoiled_id


def _unchanged(hostile_files, name):
    files, _ = hostile_files
    path, data = files[name]
    assert path.read_bytes() == data, f"{name}: the file was changed"
    assert not path.with_name(path.name + "-journal").exists()


# --- storage -------------------------------------------------------------------------------


@pytest.mark.parametrize("name, spoil, expect, words", REFUSED, ids=[c[0] for c in REFUSED])
def test_storage_refuses_a_file_whose_schema_is_not_ours(hostile_files, name, spoil, expect, words):
    path, _ = hostile_files[0][name]
    for opening in (WorkshopFile.open, WorkshopFile.read):  # the window's, export's
        with pytest.raises(StorageError) as refused:
            opening(path)
        assert words in refused.value.message and path.name in refused.value.message
        if name != "no_workshop_row":
            assert CHANGED in refused.value.message
            assert isinstance(refused.value, ChangedByAnotherProgram)
    _unchanged(hostile_files, name)


@pytest.mark.parametrize("name, spoil, expect, words", REPAIRED, ids=[c[0] for c in REPAIRED])
def test_storage_repairs_bad_values_in_a_copy_and_keeps_everything_else(
    hostile_files, tmp_path, name, spoil, expect, words
):
    path, _ = hostile_files[0][name]
    spoiled_id = hostile_files[1]
    with pytest.raises(NeedsRepair) as refused:
        WorkshopFile.open(path)
    told = " ".join(str(r) for r in refused.value.repairs)
    assert words in told
    _unchanged(hostile_files, name)
    # Export and report read it as it is, with the same repairs to tell.
    data, repairs = WorkshopFile.read_all(path)
    if name in TOO_LONG:
        assert repairs == []
        assert max(len(n.text) for n in data.notes) > 20_000 or len(data.workshop.title) > 500
    else:
        assert repairs and words in " ".join(map(str, repairs))
    _unchanged(hostile_files, name)
    # The repaired copy opens with nothing left to repair, and holds every other note as
    # the sample had it.
    copy = tmp_path / "repaired.costar"
    WorkshopFile.create(copy, data=refused.value.data).close()
    original = {n.id: n for n in demo_workshop().notes}
    with WorkshopFile.open(copy) as wf:
        assert wf.repairs == []
        kept = {n.id: n for n in wf.notes()}
    for note_id, note in original.items():
        if note_id == spoiled_id:
            continue
        assert note_id in kept, f"{name}: a good note was lost"
        got = kept[note_id]
        assert (got.text, got.x, got.y, got.colour, got.co, got.step) == (
            note.text,
            note.x,
            note.y,
            note.colour,
            note.co,
            note.step,
        ), name


# --- the command line ------------------------------------------------------------------------


def _children(hostile_files, tmp_path, mode):
    files, _ = hostile_files
    spec = [{"name": name, "path": str(files[name][0]), "out": str(tmp_path)} for name in NAMES]
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps(spec), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.reliability.hostile_children", mode, str(spec_file)],
        cwd=ROOT,
        env=child_env(tmp_path / "data", tmp_path / "config"),
        capture_output=True,
        text=True,
        timeout=WATCHDOG_SECONDS - 20,
    )
    results = {}
    for line in proc.stdout.splitlines():
        if line.startswith("{"):
            item = json.loads(line)
            results[item["name"]] = item
    missing = [n for n in NAMES if n not in results]
    assert not missing, (
        f"the child ended (status {proc.returncode}) before {missing[:1]}: {proc.stderr[-3000:]}"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return results


def test_export_and_report_refuse_or_list_repairs_never_a_traceback(hostile_files, tmp_path):
    results = _children(hostile_files, tmp_path, "cli")
    for name, _spoil, expect, words in CASES:
        for command in ("export", "report"):
            got = results[name][command]
            assert "traceback" not in got and not got.get("hang"), (name, command, got)
            assert "Traceback" not in got["stderr"], (name, command)
            if expect == "refuse":
                assert got["rc"] == 1 and words in got["stderr"], (name, command, got)
            else:
                assert got["rc"] == 0, (name, command, got)
                if name not in TOO_LONG:
                    assert words in got["stderr"], (name, command, got["stderr"][:500])
        _unchanged(hostile_files, name)


def test_the_window_refuses_or_opens_a_repaired_copy_and_then_loses_nothing(
    hostile_files, tmp_path
):
    results = _children(hostile_files, tmp_path, "window")
    for name, _spoil, expect, words in CASES:
        got = results[name]
        assert "traceback" not in got and not got.get("hang"), (name, got)
        said = " ".join(got["messages"])
        assert words in said, (name, said[:600])
        _unchanged(hostile_files, name)
        if expect == "refuse":
            assert got["opened"] is False, name
            continue
        assert got["opened"] is True, (name, said[:600])
        path = hostile_files[0][name][0]
        assert got["path"] != str(path) and "(repaired)" in got["path"], name
        before, after = got["before"], got["after"]
        assert got["deleted"] not in after and got["edited"] in after
        assert after[got["edited"]][0] == "Edited after opening"
        assert [row[0] for row in after.values()].count("Added after opening") == 1
        for note_id, row in before.items():
            if note_id not in (got["edited"], got["deleted"]):
                assert after.get(note_id) == row, (name, "a note changed or went", note_id)
        assert raw_notes(got["path"]) is not None  # the copy is a readable SQLite file
