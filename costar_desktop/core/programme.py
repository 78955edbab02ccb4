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
from dataclasses import dataclass, field
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
    """One block of the day."""

    title: str
    minutes: int
    step: Step | None = None
    method: str = ""
    materials: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Programme:
    """A day's plan: when it starts (minutes after midnight) and its blocks in order."""

    name: str
    blocks: list[Block]
    day_start: int = 9 * 60 + 30
    description: str = ""

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


@dataclass(frozen=True)
class Ran:
    """What actually happened to one block: when it started (minutes after midnight, with
    seconds as a fraction) and how long it ran (None while it runs)."""

    started: float
    minutes: float | None = None


def behind_by(
    day_start: int,
    blocks: Sequence[Block],
    current: int,
    started: float,
    now: float,
    extra: float = 0.0,
) -> float:
    """How many minutes the day is behind its plan (negative: ahead), from the block
    running now: ``current`` (its index) started at ``started`` and has ``extra`` minutes
    added (+5 minutes). It is worked out from when the block will end, as things stand:
    its planned end if it is within its time, or now if it has run over."""
    planned_end = schedule(day_start, blocks)[current][1]
    expected_end = max(now, started + blocks[current].minutes + extra)
    return expected_end - planned_end


def left_in_block(block: Block, started: float, now: float, extra: float = 0.0) -> float:
    """Minutes left in the block running now (negative: over its time)."""
    return started + block.minutes + extra - now


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


def shipped_programmes(folder: Path) -> list[Programme]:
    """The shipped programmes, read from ``folder`` (``paths.resource("programmes")``)."""
    return [read_programme(folder / f"{name}.json") for name in SHIPPED]
