"""The programme: a workshop's agenda as blocks of time, planned and then run (issue 19).

Qt-free. A block has a title, the step it works on (or none: a welcome, a break, lunch, the
close), its length in minutes, a method from :data:`METHODS` (or none), what it needs and
notes for the facilitator. Start times follow from the start of the day and the blocks
before; while the day runs, what actually happened (each block's real start and length) is
compared with the plan to say whether the day is ahead or behind.

A programme travels as a small JSON file (the shipped ones in ``resources/programmes/``, a
facilitator's own in their data folder, one handed to a colleague). Such a file is
untrusted: :func:`parse_programme` checks every part of it and refuses, in plain words,
anything it would not have written itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from costar_desktop.core.model import Step, new_id

#: What a programme file says it is, and the newest version of its shape this build reads.
FORMAT = "costar-programme"
FORMAT_VERSION = 1

#: Limits of what a programme holds (a two-day course is about 20 blocks).
MAX_BLOCKS = 60
MAX_BLOCK_MINUTES = 8 * 60
MAX_DAY_MINUTES = 24 * 60
MAX_TITLE_CHARS = 200
MAX_TEXT_CHARS = 5_000
#: A programme file larger than this is refused before it is read.
MAX_FILE_BYTES = 1_000_000

#: The ways of working a block can use: key -> (name, what happens), in our own words.
METHODS: dict[str, tuple[str, str]] = {
    "silent_writing": (
        "Silent writing",
        "Everyone writes their own notes quietly first, one idea a note, so that the "
        "loudest voice does not set the agenda.",
    ),
    "round_the_table": (
        "Round the table",
        "Each person in turn says one thing or passes; nobody speaks twice until everyone "
        "has had a turn.",
    ),
    "pairs": (
        "Pairs",
        "Two people talk for a few minutes, then each tells the group what the other said.",
    ),
    "small_groups": (
        "Small groups",
        "Tables of four to six work on the same question and bring back one or two points each.",
    ),
    "dot_voting": (
        "Dot voting",
        "Everyone has the same number of dots and puts them on the notes that matter most "
        "to them; the totals show where the room leans.",
    ),
    "gallery_walk": (
        "Gallery walk",
        "The work is up on the walls or the screen; people go round in small groups and add "
        "notes or questions where they stop.",
    ),
    "sceptics_corner": (
        "Sceptics' corner",
        "One group speaks for the doubters (a manager, a board member, a worried "
        "colleague); the others answer them, and the answers become notes.",
    ),
    "whole_room": (
        "Whole room",
        "Everyone together: the facilitator gathers what the tables found and checks the "
        "room agrees.",
    ),
    "short_input": (
        "Short input",
        "A few minutes from the facilitator or a guest, then time for questions.",
    ),
    "breakout_tables": (
        "Breakout tables",
        "Each table works on its own laptop's copy of the workshop; the work is brought "
        "back onto the shared screen afterwards.",
    ),
}

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class ProgrammeRefused(ValueError):
    """A programme file that cannot be used: said in plain words (``str(exc)``)."""


@dataclass
class Block:
    """One block of the day: what is planned, and (once run) what actually happened."""

    title: str
    minutes: int
    step: Step | None = None
    method: str = ""
    materials: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)
    #: When it actually started, as the room's clock said (ISO 8601 with the offset, to the
    #: second); "" while it has not run.
    started: str = ""
    #: How long it actually ran, in whole seconds (pauses not counted); None while it has
    #: not run or is running now.
    ran_seconds: int | None = None

    EDITABLE = ("title", "minutes", "step", "method", "materials", "notes")


@dataclass
class Programme:
    """A day's plan: when it starts (minutes after midnight) and its blocks in order."""

    name: str
    blocks: list[Block]
    day_start: int = 9 * 60 + 30
    description: str = ""
    #: The block running now (a workshop's programme, while it runs); None otherwise.
    running: Running | None = None

    @property
    def minutes(self) -> int:
        return sum(b.minutes for b in self.blocks)


def clock(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM`` (a day past midnight wraps round)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_clock(text: str) -> int:
    """``HH:MM`` as minutes after midnight; ValueError for anything else."""
    found = _CLOCK.match(text.strip()) if isinstance(text, str) else None
    if found is None:
        raise ValueError(f"“{text}” is not a time of day like 09:30")
    return int(found.group(1)) * 60 + int(found.group(2))


def schedule(day_start: int, blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Each block's planned start and end, in minutes after midnight: one after another
    from the start of the day."""
    times = []
    at = day_start
    for block in blocks:
        times.append((at, at + block.minutes))
        at += block.minutes
    return times


def room_time(moment: float) -> str:
    """A POSIX time as the room's clock gives it: ISO 8601, local, with its offset."""
    from datetime import datetime

    return datetime.fromtimestamp(moment).astimezone().isoformat(timespec="seconds")


def clock_of(stamp: str) -> int | None:
    """Minutes after midnight of a time :func:`room_time` wrote (in the room's own
    offset), or None if it is not one."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return when.hour * 60 + when.minute


def minutes_of_day(moment: float) -> float:
    """A POSIX time as minutes after the room's midnight (seconds as a fraction)."""
    import time

    local = time.localtime(moment)
    return local.tm_hour * 60 + local.tm_min + local.tm_sec / 60 + (moment % 1) / 60


@dataclass(frozen=True)
class Running:
    """The block running now: its id, how long its clock ran before it last started, when
    that was (a POSIX time; None while paused), and the minutes added to it (+5)."""

    block_id: str
    elapsed: float = 0.0
    resumed: float | None = None
    extra_minutes: int = 0

    @property
    def paused(self) -> bool:
        return self.resumed is None

    def ran(self, now: float) -> float:
        """Seconds the block has run by ``now``, pauses not counted."""
        return self.elapsed + (max(0.0, now - self.resumed) if self.resumed is not None else 0.0)

    def left(self, block: Block, now: float) -> float:
        """Seconds left in the block (negative: over its time)."""
        return (block.minutes + self.extra_minutes) * 60 - self.ran(now)

    def paused_at(self, now: float) -> Running:
        # A block left running for over a week (a laptop shut mid-block) keeps a week.
        return Running(self.block_id, min(self.ran(now), MAX_RAN_SECONDS), None, self.extra_minutes)

    def resumed_at(self, now: float) -> Running:
        return Running(self.block_id, self.elapsed, now, self.extra_minutes)

    def with_more(self, minutes: int) -> Running:
        return Running(self.block_id, self.elapsed, self.resumed, self.extra_minutes + minutes)


#: The most minutes +5 can add to one block (in all).
MAX_EXTRA_MINUTES = 4 * 60


def behind_by(
    day_start: int, blocks: Sequence[Block], current: int, left_seconds: float, now: float
) -> float:
    """How many minutes the day is behind its plan (negative: ahead). ``now`` is minutes
    after midnight; the block at index ``current`` runs with ``left_seconds`` to go. The
    day's plan says it ends at its planned end; as things stand it ends when its time is
    up, or now if it has run over."""
    planned_end = schedule(day_start, blocks)[current][1]
    return now + max(0.0, left_seconds) / 60 - planned_end


def whole_minutes(left_seconds: float) -> int:
    """Minutes left as a room is told them: 4 min 1 s left is "5 minutes left", and 3 min
    59 s over is "3 minutes over" (negative). 0 only in the very minute time runs out."""
    if left_seconds > 0:
        return math.ceil(left_seconds / 60)
    return -math.floor(-left_seconds / 60)


# --- running the day (each returns a new Programme; nothing is changed in place) ------------


def keep_what_ran(plan: Programme, current: Programme) -> Programme:
    """``plan`` (an edited agenda, or one put back by undo) with what actually happened kept
    from ``current``: a block still in the plan keeps its real start and length, and the
    block running now goes on running if it is still in the plan (else ``plan``'s own, if
    its block is in it)."""
    ran = {b.id: b for b in current.blocks}
    blocks = [
        replace(b, started=ran[b.id].started, ran_seconds=ran[b.id].ran_seconds)
        if b.id in ran
        else b
        for b in plan.blocks
    ]
    ids = {b.id for b in blocks}
    running = next(
        (r for r in (current.running, plan.running) if r is not None and r.block_id in ids),
        None,
    )
    return replace(plan, blocks=blocks, running=running)


def running_index(programme: Programme) -> int | None:
    """The place in the agenda of the block running now, or None."""
    if programme.running is None:
        return None
    for n, block in enumerate(programme.blocks):
        if block.id == programme.running.block_id:
            return n
    return None


def _closed(programme: Programme, now: float) -> list[Block]:
    """The blocks, with the one running now given its real length so far."""
    running = programme.running
    if running is None:
        return list(programme.blocks)
    return [
        replace(b, ran_seconds=min(round(running.ran(now)), MAX_RAN_SECONDS))
        if b.id == running.block_id
        else b
        for b in programme.blocks
    ]


def run_block(programme: Programme, index: int, now: float) -> Programme:
    """Start the block at ``index`` at ``now`` (a POSIX time): the block running before
    keeps its real length; the new one keeps its first real start if it ran before (going
    back to it), and its clock goes on from the time it already ran."""
    blocks = _closed(programme, now)
    block = blocks[index]
    if not block.started:
        block = blocks[index] = replace(block, started=room_time(now))
    elapsed = float(block.ran_seconds or 0)
    blocks[index] = replace(block, ran_seconds=None)
    return replace(programme, blocks=blocks, running=Running(block.id, elapsed, now))


def end_run(programme: Programme, now: float) -> Programme:
    """Stop running the day: the block running now keeps its real length."""
    return replace(programme, blocks=_closed(programme, now), running=None)


def pause_or_go_on(programme: Programme, now: float) -> Programme:
    """Pause the block running now, or let it go on if it was paused."""
    running = programme.running
    if running is None:
        return programme
    changed = running.resumed_at(now) if running.paused else running.paused_at(now)
    return replace(programme, running=changed)


def add_minutes(programme: Programme, minutes: int = 5) -> Programme:
    """Give the block running now more time (at most :data:`MAX_EXTRA_MINUTES` in all)."""
    running = programme.running
    if running is None:
        return programme
    more = min(minutes, MAX_EXTRA_MINUTES - running.extra_minutes)
    return replace(programme, running=running.with_more(max(0, more)))


#: A block's real length is kept up to a week (longer is not a length a block ran).
MAX_RAN_SECONDS = 7 * 24 * 3600


# --- programme files ------------------------------------------------------------------------


def to_data(programme: Programme) -> dict[str, Any]:
    """The programme as a programme file holds it (JSON-ready)."""
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "name": programme.name,
        "description": programme.description,
        "day_start": clock(programme.day_start),
        "blocks": [
            {
                "title": b.title,
                "minutes": b.minutes,
                "step": b.step.value if b.step is not None else None,
                "method": b.method,
                "materials": b.materials,
                "notes": b.notes,
            }
            for b in programme.blocks
        ],
    }


def parse_programme(data: Any) -> Programme:
    """A programme file's contents (parsed JSON), checked completely: its format and
    version, every field's type, length and range, the number of blocks and the length of
    the day. ProgrammeRefused says what is wrong, in words a facilitator can act on."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise ProgrammeRefused("it is not a CoStar Desktop programme")
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise ProgrammeRefused("it does not say which version of programme file it is")
    if version > FORMAT_VERSION:
        raise ProgrammeRefused(
            "it was saved by a newer version of CoStar Desktop; please update to use it"
        )
    name = _text(data.get("name"), "its name", MAX_TITLE_CHARS, required=True)
    description = _text(data.get("description", ""), "its description", MAX_TEXT_CHARS)
    try:
        day_start = parse_clock(data.get("day_start", "09:30"))
    except ValueError as exc:
        raise ProgrammeRefused(f"its start of the day: {exc}") from None
    raw_blocks = data.get("blocks")
    if not isinstance(raw_blocks, list) or not raw_blocks:
        raise ProgrammeRefused("it has no blocks")
    if len(raw_blocks) > MAX_BLOCKS:
        raise ProgrammeRefused(f"it has {len(raw_blocks)} blocks; at most {MAX_BLOCKS} fit")
    blocks = [_block(raw, n) for n, raw in enumerate(raw_blocks, start=1)]
    total = sum(b.minutes for b in blocks)
    if total > MAX_DAY_MINUTES:
        raise ProgrammeRefused("its blocks add up to more than a day")
    return Programme(name=name, blocks=blocks, day_start=day_start, description=description)


def _block(raw: Any, n: int) -> Block:
    where = f"block {n}"
    if not isinstance(raw, Mapping):
        raise ProgrammeRefused(f"{where} is not a block")
    minutes = raw.get("minutes")
    if (
        type(minutes) is not int
        and not (type(minutes) is float and math.isfinite(minutes) and minutes.is_integer())
    ) or not 1 <= minutes <= MAX_BLOCK_MINUTES:
        raise ProgrammeRefused(
            f"{where} must last a whole number of minutes from 1 to {MAX_BLOCK_MINUTES}"
        )
    step_value = raw.get("step")
    if step_value is None or step_value == "":
        step = None
    elif isinstance(step_value, str) and step_value in {s.value for s in Step}:
        step = Step(step_value)
    else:
        raise ProgrammeRefused(f"{where} names a step CoStar Desktop does not know")
    method = raw.get("method", "") or ""
    if not isinstance(method, str) or (method and method not in METHODS):
        raise ProgrammeRefused(f"{where} names a method CoStar Desktop does not know")
    return Block(
        title=_text(raw.get("title"), f"the title of {where}", MAX_TITLE_CHARS, required=True),
        minutes=int(minutes),
        step=step,
        method=method,
        materials=_text(raw.get("materials", ""), f"what {where} needs", MAX_TEXT_CHARS),
        notes=_text(raw.get("notes", ""), f"the notes of {where}", MAX_TEXT_CHARS),
    )


def _text(value: Any, what: str, limit: int, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ProgrammeRefused(f"{what} is not text")
    text: str = value
    if "\x00" in text or any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        raise ProgrammeRefused(f"{what} holds characters that are not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if required and not text.strip():
        raise ProgrammeRefused(f"{what} is empty")
    if len(text) > limit:
        raise ProgrammeRefused(f"{what} is longer than {limit:,} characters")
    return text


def read_programme(path: Path) -> Programme:
    """A programme file, read and checked (see :func:`parse_programme`); ProgrammeRefused
    names the file and says what is wrong. The file is only read."""
    import json

    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ProgrammeRefused(f"“{path.name}” cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ProgrammeRefused(f"“{path.name}” is far too large to be a programme")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProgrammeRefused(f"“{path.name}” is not a programme file") from None
    try:
        return parse_programme(data)
    except ProgrammeRefused as exc:
        raise ProgrammeRefused(f"“{path.name}” cannot be used: {exc}") from None


#: The programmes CoStar Desktop ships, in the order they are offered (files in
#: ``resources/programmes/``).
SHIPPED = ("half-day", "one-day", "two-day-1", "two-day-2")
#: A shipped course's day -> the shipped programme of its next day.
NEXT_DAY = {"two-day-1": "two-day-2"}


def shipped_programmes(folder: Path) -> list[Programme]:
    """The shipped programmes, read from ``folder`` (``paths.resource("programmes")``)."""
    return [read_programme(folder / f"{name}.json") for name in SHIPPED]
