"""File format 6: the programme's tables (agenda, programme). Written whole in one
transaction, read back with every value checked; an older file gains them on upgrade with
every row it had kept; a hostile agenda is repaired and told, never trusted."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from costar_desktop.core.model import Step
from costar_desktop.core.programme import (
    MAX_BLOCKS,
    Block,
    Programme,
    Running,
    run_block,
    shipped_programmes,
)
from costar_desktop.paths import resource
from costar_desktop.storage import SCHEMA_VERSION, SaveFailed, WorkshopFile, faults
from costar_desktop.storage.schema import expected_schema
from tests.storage.old_files import rows_in_columns, shape_of, write_old_version


def _one_day() -> Programme:
    return shipped_programmes(resource("programmes"))[1]


def test_a_programme_is_written_whole_and_reads_back_the_same(demo_file):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        assert wf.programme().blocks == []  # a workshop without a programme
        wf.write_programme(day)
        assert wf.programme() == day
        # Running it: the first block's real start and the clock are kept too.
        running = run_block(wf.programme(), 0, 1_800_000_000.0)
        wf.write_programme(running)
    again = WorkshopFile.read(demo_file).programme
    assert again == running
    assert again.running == Running(day.blocks[0].id, 0.0, 1_800_000_000.0)
    assert again.blocks[0].started


def test_reordering_and_deleting_blocks_keeps_exactly_the_new_agenda(demo_file):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        wf.write_programme(day)
        fewer = dataclasses.replace(day, blocks=[day.blocks[3], day.blocks[0]], day_start=600)
        wf.write_programme(fewer)
        rows = wf.conn.execute("SELECT id, position FROM agenda ORDER BY position").fetchall()
    assert rows == [(day.blocks[3].id, 0), (day.blocks[0].id, 1)]
    assert WorkshopFile.read(demo_file).programme == fewer


@pytest.mark.parametrize(
    "bad, words",
    [
        (lambda p: p.blocks.__setitem__(0, dataclasses.replace(p.blocks[0], minutes=0)), "length"),
        (lambda p: p.blocks.__setitem__(0, dataclasses.replace(p.blocks[0], method="x")), "way"),
        (lambda p: p.blocks.__setitem__(0, dataclasses.replace(p.blocks[0], title="x" * 201)), ""),
        (lambda p: p.blocks.append(p.blocks[0]), "same id"),
        (lambda p: p.blocks.extend(Block("More", 5) for _ in range(MAX_BLOCKS)), "at most"),
        (lambda p: setattr(p, "running", Running("not-a-block")), "running"),
        (lambda p: setattr(p, "day_start", 24 * 60), "start of the day"),
    ],
)
def test_a_bad_programme_is_not_saved_and_the_file_keeps_what_it_had(demo_file, bad, words):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        wf.write_programme(day)
        worse = dataclasses.replace(day, blocks=list(day.blocks))
        bad(worse)
        with pytest.raises(SaveFailed) as refused:
            wf.write_programme(worse)
        assert str(refused.value).startswith("Not saved")
        assert words in str(refused.value)
        assert wf.programme() == day


def test_a_write_that_fails_half_way_leaves_the_old_programme(demo_file):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        wf.write_programme(day)
        shorter = dataclasses.replace(day, blocks=day.blocks[:2], name="Short")
        with faults.failing_at(1), pytest.raises(SaveFailed), wf.transaction():
            wf.write_programme(shorter)
        assert wf.programme() == day
    assert WorkshopFile.read(demo_file).programme == day


def _hostile(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def test_an_agenda_changed_by_another_program_is_repaired_and_told(demo_file):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        wf.write_programme(run_block(day, 1, 1_800_000_000.0))
    first, second = day.blocks[0].id, day.blocks[1].id
    _hostile(
        demo_file,
        "PRAGMA ignore_check_constraints = ON",
        f"UPDATE agenda SET minutes = 'ten', method = 'shouting', started = 'noon',"
        f" ran_seconds = -5, title = X'ff00' WHERE id = '{first}'",
        "UPDATE programme SET running_id = 'gone', elapsed = 'NaN', day_start = 9999",
        f"UPDATE agenda SET position = 0 WHERE id = '{second}'",
    )
    data, repairs = WorkshopFile.read_all(demo_file)
    said = " ".join(str(r) for r in repairs)
    for words in ("length in minutes", "way of working", "actual start", "actual length"):
        assert words in said, said
    assert "no block is running now" in said
    assert "start of the day" in said
    programme = data.programme
    block = next(b for b in programme.blocks if b.id == first)
    assert (block.minutes, block.method, block.started, block.ran_seconds) == (15, "", "", None)
    assert "\x00" not in block.title
    assert programme.running is None and programme.day_start == 9 * 60 + 30
    # Two blocks in one place: both kept, in the file's order.
    assert {b.id for b in programme.blocks[:2]} == {first, second}
    assert len(programme.blocks) == len(day.blocks)


def test_a_version_5_file_gains_the_programme_with_every_row_kept(demo_file, tmp_path):
    old = tmp_path / "v5.costar"
    write_old_version(demo_file, old, 5)
    shape = shape_of(old)
    before = rows_in_columns(old, shape)
    with WorkshopFile.open(old) as wf:
        assert wf.repairs == []
        assert wf.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 6
        schema = frozenset(wf.conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        assert wf.programme() == Programme("", [])
        wf.write_programme(_one_day())
    assert schema == expected_schema(6)
    assert rows_in_columns(old, shape) == before
    assert WorkshopFile.read(old).programme.name == _one_day().name


def test_steps_survive_as_steps(demo_file):
    day = _one_day()
    with WorkshopFile.open(demo_file) as wf:
        wf.write_programme(day)
    steps = [b.step for b in WorkshopFile.read(demo_file).programme.blocks]
    assert Step.MAP in steps and None in steps
    assert all(s is None or isinstance(s, Step) for s in steps)


_OPS = st.lists(
    st.tuples(
        st.sampled_from(["run", "end", "pause", "more"]),
        st.integers(0, 10),  # which block
        st.floats(0, 3 * 3600, allow_nan=False),  # seconds later
    ),
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(ops=_OPS)
def test_any_run_of_the_day_is_saved_and_reads_back_the_same(tmp_path_factory, ops):
    """Whatever the facilitator presses, in any order and at any pace, the file takes it
    and gives back exactly what was saved (the running block's clock included)."""
    path = tmp_path_factory.mktemp("run") / "day.costar"
    from costar_desktop.core.model import Workshop
    from costar_desktop.core.programme import add_minutes, end_run, pause_or_go_on

    day = _one_day()
    now = 1_800_000_000.0
    with WorkshopFile.create(path, Workshop(title="Run")) as wf:
        wf.write_programme(day)
        for op, index, later in ops:
            now += later
            if op == "run":
                day = run_block(day, index % len(day.blocks), now)
            elif op == "end":
                day = end_run(day, now)
            elif op == "pause":
                day = pause_or_go_on(day, now)
            else:
                day = add_minutes(day)
            wf.write_programme(day)
    again = WorkshopFile.read(path).programme
    assert again == day
    assert all(b.ran_seconds is None or b.ran_seconds >= 0 for b in again.blocks)


def test_a_tables_agenda_never_comes_back_in_a_merge(tmp_path):
    """The programme is the host's, like the step the room is on: a table's file carries
    it out, and bringing the table back leaves the host's agenda exactly as it was."""
    from costar_desktop.cli import main as costar
    from costar_desktop.storage.breakout import hand_out, plan_bring_back, read_table_files

    host_path = tmp_path / "Day one.costar"
    assert costar(["demo", str(host_path)]) == 0
    sticks = tmp_path / "sticks"
    sticks.mkdir()
    day = _one_day()
    with WorkshopFile.open(host_path) as host:
        host.write_programme(day)
        done = hand_out(host, ["A"], sticks)
    with WorkshopFile.open(done.files[0]) as table:
        assert table.programme() == day  # the table's laptop has the day's plan
        table.write_programme(dataclasses.replace(day, blocks=day.blocks[:1], name="Ours"))
    with WorkshopFile.open(host_path) as host:
        tables, refused = read_table_files(host, done.files)
        assert refused == []
        bring = plan_bring_back(host, tables)
        assert "agenda" not in {*bring.changes.inserts, *bring.changes.updates}
        host.apply_row_changes(bring.changes)
        assert host.programme() == day
