"""``costar hand-out`` and ``costar merge`` from the command line."""

from __future__ import annotations

import hashlib

from costar_desktop.cli import main as costar
from costar_desktop.core.model import Note
from costar_desktop.storage import WorkshopFile


def test_hand_out_edit_merge_and_merge_again(tmp_path, capsys):
    host = tmp_path / "Day one.costar"
    assert costar(["demo", str(host)]) == 0
    sticks = tmp_path / "sticks"
    assert costar(["hand-out", str(host), "--tables", "Carers, Staff", "-o", str(sticks)]) == 0
    out = capsys.readouterr().out
    carers = sticks / "Day one - Carers.costar"
    assert f"Carers: {carers}" in out and (sticks / "Day one - Staff.costar").exists()
    with WorkshopFile.open(carers) as table:
        table.add_notes(
            [Note(text=f"Idea {i} from the carers' table", x=300.0, y=-300.0) for i in range(3)]
        )
    before = hashlib.sha256(host.read_bytes()).hexdigest()
    assert costar(["merge", str(host), str(carers), "--dry-run"]) == 0
    assert "Carers added 3 notes." in capsys.readouterr().out
    assert hashlib.sha256(host.read_bytes()).hexdigest() == before  # a dry run changes nothing
    assert costar(["merge", str(host), str(carers)]) == 0
    with WorkshopFile.open(host) as merged:
        texts = [n.text for n in merged.notes()]
        assert texts.count("Idea 0 from the carers' table") == 1
    capsys.readouterr()
    assert costar(["merge", str(host), str(carers)]) == 0
    assert "Carers brought back no changes." in capsys.readouterr().out


def test_a_foreign_file_is_refused_and_nothing_merged(tmp_path, capsys):
    host, other = tmp_path / "a.costar", tmp_path / "b.costar"
    assert costar(["demo", str(host)]) == 0
    assert costar(["demo", str(other)]) == 0
    before = hashlib.sha256(host.read_bytes()).hexdigest()
    assert costar(["merge", str(host), str(other)]) == 1
    err = capsys.readouterr().err
    assert "not a table's file" in err and "Nothing was merged" in err
    assert hashlib.sha256(host.read_bytes()).hexdigest() == before


def test_table_groups_name_the_tables(tmp_path, capsys):
    host = tmp_path / "w.costar"
    assert costar(["demo", str(host)]) == 0
    assert costar(["hand-out", str(host), "--tables", "groups", "-o", str(tmp_path / "s")]) == 0
    with WorkshopFile.open(host) as wf:
        groups = [p.name for p in wf.participants() if p.is_group]
        assert [r.name for r in wf.running_tables()] == groups
    assert costar(["hand-out", str(host), "--tables", "0", "-o", str(tmp_path / "t")]) == 1
    assert "between 1 and" in capsys.readouterr().err
