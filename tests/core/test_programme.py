"""The programme's plain rules (core/programme.py): times from the start of the day, ahead
or behind while it runs, the shipped programmes, and programme files as untrusted input."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from hypothesis import given, settings, strategies as st

from costar_desktop.core.model import Step
from costar_desktop.core.programme import (
    FORMAT_VERSION,
    MAX_BLOCKS,
    MAX_EXTRA_MINUTES,
    METHODS,
    Block,
    Programme,
    ProgrammeRefused,
    Running,
    add_minutes,
    behind_by,
    clock,
    clock_of,
    end_run,
    keep_what_ran,
    parse_clock,
    parse_programme,
    pause_or_go_on,
    read_programme,
    room_time,
    run_block,
    running_index,
    schedule,
    shipped_programmes,
    to_data,
    whole_minutes,
)
from costar_desktop.paths import resource

BLOCKS = [
    Block("Welcome", 20),
    Block("Map", 45, Step.MAP, "silent_writing"),
    Block("Break", 15),
]


def test_start_times_follow_from_the_start_of_the_day_and_the_blocks_before():
    assert [(clock(a), clock(b)) for a, b in schedule(parse_clock("09:30"), BLOCKS)] == [
        ("09:30", "09:50"),
        ("09:50", "10:35"),
        ("10:35", "10:50"),
    ]
    assert clock(23 * 60 + 50 + 20) == "00:10"  # past midnight wraps round
    with pytest.raises(ValueError):
        parse_clock("9.30")


def test_ahead_or_behind_follows_the_block_running_now():
    start = parse_clock("09:30")
    # The Map block (planned 09:50-10:35) started at 10:00 and has 45 minutes left: 10 behind.
    assert behind_by(start, BLOCKS, 1, left_seconds=45 * 60, now=600) == 10
    # Started on time and within its time: on plan.
    assert behind_by(start, BLOCKS, 1, left_seconds=35 * 60, now=600) == 0
    # Running over: now is 3 minutes past its planned end, whatever is "left".
    assert behind_by(start, BLOCKS, 1, left_seconds=-180, now=638) == 3
    # +5 minutes given to the block count as behind.
    assert behind_by(start, BLOCKS, 1, left_seconds=40 * 60, now=600) == 5
    # The welcome started 5 minutes early: ahead.
    assert behind_by(start, BLOCKS, 0, left_seconds=19 * 60, now=566) == -5


def test_a_running_block_counts_its_time_without_pauses():
    block = BLOCKS[1]  # 45 minutes
    run = Running(block.id, resumed=1000.0)
    assert run.left(block, 1000.0 + 40 * 60) == 5 * 60
    paused = run.paused_at(1000.0 + 40 * 60)
    assert paused.paused and paused.elapsed == 40 * 60
    # Paused for an hour: not a second of it counts.
    assert paused.left(block, 99_999.0) == 5 * 60
    going = paused.resumed_at(10_000.0)
    assert going.left(block, 10_000.0 + 8 * 60) == -3 * 60
    assert going.with_more(5).left(block, 10_000.0 + 8 * 60) == 2 * 60
    # A clock set back does not give time back.
    assert going.ran(9_000.0) == 40 * 60


def test_minutes_left_and_over_are_said_as_a_person_would():
    assert whole_minutes(4 * 60 + 1) == 5
    assert whole_minutes(5 * 60) == 5
    assert whole_minutes(1) == 1
    assert whole_minutes(0) == 0
    assert whole_minutes(-59) == 0
    assert whole_minutes(-60) == -1
    assert whole_minutes(-(3 * 60 + 59)) == -3


def test_the_room_clock_reads_back_its_own_times():
    stamp = room_time(1_700_000_000.0)
    assert clock_of(stamp) is not None and 0 <= clock_of(stamp) < 24 * 60
    assert clock_of("2026-12-07T10:05:30+01:00") == 10 * 60 + 5
    assert clock_of("") is None and clock_of("half past nine") is None


def test_a_programme_survives_its_own_file():
    programme = Programme("Ours", BLOCKS, day_start=parse_clock("10:00"), description="ß ✓ 🙂")
    again = parse_programme(json.loads(json.dumps(to_data(programme))))
    assert (again.name, again.day_start, again.description) == ("Ours", 600, "ß ✓ 🙂")
    assert [(b.title, b.minutes, b.step, b.method) for b in again.blocks] == [
        (b.title, b.minutes, b.step, b.method) for b in BLOCKS
    ]


def test_the_shipped_programmes_read_and_walk_the_steps():
    half, one, day1, day2 = shipped_programmes(resource("programmes"))
    assert half.minutes <= 4 * 60 and one.minutes <= 7 * 60
    assert {b.step for b in one.blocks if b.step} == set(Step)  # the one day walks all five
    assert {b.step for b in day1.blocks + day2.blocks if b.step} == set(Step)
    for programme in (half, one, day1, day2):
        assert all(b.method in METHODS or not b.method for b in programme.blocks)
        assert programme.description


def good() -> dict:
    return to_data(Programme("Ours", BLOCKS))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="other"), "not a CoStar Desktop programme"),
        (lambda d: d.update(version=FORMAT_VERSION + 1), "newer version"),
        (lambda d: d.update(version="1"), "which version"),
        (lambda d: d.update(name=""), "its name is empty"),
        (lambda d: d.update(name="x" * 201), "longer than 200"),
        (lambda d: d.update(day_start="25:00"), "start of the day"),
        (lambda d: d.update(blocks=[]), "no blocks"),
        (lambda d: d.update(blocks=[d["blocks"][0]] * (MAX_BLOCKS + 1)), "at most"),
        (lambda d: d["blocks"][0].update(minutes=0), "whole number of minutes"),
        (lambda d: d["blocks"][0].update(minutes=float("nan")), "whole number of minutes"),
        (lambda d: d["blocks"][0].update(minutes=True), "whole number of minutes"),
        (lambda d: d["blocks"][0].update(minutes=12.5), "whole number of minutes"),
        (lambda d: d["blocks"][0].update(step="dance"), "step"),
        (lambda d: d["blocks"][0].update(method="<script>"), "method"),
        (lambda d: d["blocks"][0].update(notes="a\x00b"), "not text"),
        (lambda d: d["blocks"][0].update(title=7), "not text"),
        (lambda d: d.update(blocks=[dict(d["blocks"][0], minutes=480)] * 4), "more than a day"),
    ],
)
def test_a_bad_programme_is_refused_in_words(change, words):
    data = good()
    change(data)
    with pytest.raises(ProgrammeRefused, match=words):
        parse_programme(data)


def test_a_file_that_is_not_a_programme_is_refused_by_name(tmp_path):
    path = tmp_path / "agenda.json"
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(ProgrammeRefused, match="“agenda.json” is not a programme file"):
        read_programme(path)
    path.write_bytes(b" " * 1_000_001)
    with pytest.raises(ProgrammeRefused, match="far too large"):
        read_programme(path)
    path.write_text(json.dumps(good()), encoding="utf-8")
    assert read_programme(path).name == "Ours"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(
    base=st.just(None) | st.sampled_from(["name", "day_start", "blocks", "version"]),
    value=json_values,
    block_key=st.sampled_from(["title", "minutes", "step", "method", "materials", "notes"]),
)
def test_random_and_hostile_programmes_are_read_or_refused_never_half(base, value, block_key):
    data = good()
    if base is None:
        data["blocks"][0][block_key] = value
    else:
        data[base] = value
    try:
        programme = parse_programme(data)
    except ProgrammeRefused as exc:
        assert str(exc)
        return
    # What is read is whole and within every limit.
    assert programme.name.strip() and programme.blocks
    for block in programme.blocks:
        assert type(block.minutes) is int and 1 <= block.minutes <= 480
        assert block.step is None or isinstance(block.step, Step)
        assert block.method == "" or block.method in METHODS
        assert isinstance(block.title, str) and block.title.strip()


def _three() -> Programme:
    return Programme(
        "Three", [Block("Welcome", 10), Block("Map", 20, Step.MAP), Block("Focus", 15)]
    )


def test_running_blocks_keeps_each_real_start_and_length():
    day = _three()
    t = 1_800_000_000.0
    day = run_block(day, 0, t)
    assert running_index(day) == 0 and day.blocks[0].started
    day = run_block(day, 1, t + 12 * 60)  # next: the welcome ran 12 minutes
    assert day.blocks[0].ran_seconds == 12 * 60
    assert day.blocks[1].ran_seconds is None and running_index(day) == 1
    first_start = day.blocks[1].started
    day = run_block(day, 0, t + 13 * 60)  # back to the welcome: its clock goes on
    assert day.blocks[1].ran_seconds == 60
    assert day.running is not None and day.running.elapsed == 12 * 60
    assert day.running.left(day.blocks[0], t + 13 * 60) == -2 * 60
    day = run_block(day, 1, t + 14 * 60)
    assert day.blocks[1].started == first_start  # its first real start is kept
    assert day.running is not None and day.running.elapsed == 60
    day = end_run(day, t + 20 * 60)
    assert day.running is None and day.blocks[1].ran_seconds == 7 * 60


def test_pause_and_more_minutes_change_only_the_running_block():
    idle = _three()
    assert pause_or_go_on(idle, 5.0) == idle  # nothing runs: nothing to pause
    assert add_minutes(idle) == idle
    day = run_block(idle, 1, 1000.0)
    paused = pause_or_go_on(day, 1000.0 + 300)
    assert paused.running is not None and paused.running.paused
    going = pause_or_go_on(paused, 5000.0)
    assert going.running is not None and going.running.left(going.blocks[1], 5000.0) == 15 * 60
    more = going
    for _ in range(100):
        more = add_minutes(more, 5)
    assert more.running is not None and more.running.extra_minutes == MAX_EXTRA_MINUTES


def test_an_edited_plan_keeps_what_actually_ran():
    ran = run_block(run_block(_three(), 0, 1000.0), 1, 1600.0)
    plan = Programme("Edited", [replace(b, title=b.title + "!") for b in _three().blocks])
    # Blocks with other ids: nothing of the run is kept, and nothing runs.
    fresh = keep_what_ran(plan, ran)
    assert fresh.running is None and not any(b.started for b in fresh.blocks)
    # The same blocks, retitled and reordered: their records and the running block stay.
    edited = replace(ran, blocks=[replace(b, title=b.title + "!") for b in ran.blocks][::-1])
    kept = keep_what_ran(
        replace(
            edited,
            blocks=[replace(b, started="", ran_seconds=None) for b in edited.blocks],
            running=None,
        ),
        ran,
    )
    assert kept.running == ran.running
    assert [b.ran_seconds for b in kept.blocks] == [None, None, 600]
    assert [b.title for b in kept.blocks] == ["Focus!", "Map!", "Welcome!"]
