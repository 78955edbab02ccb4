"""The day as it ran: each block's planned start and length beside its real ones, and one
sentence for the whole day ("The day ended 12 minutes later than planned").

Qt-free and reportlab-free: the workshop report (report/programme.py) prints it and the
JSON and Markdown exports (core/export.py) carry it, so both say the same. The words are
English, as the report's and the exports' are.

What actually happened comes from the blocks themselves (core/programme.py): ``started``,
the room's clock when a block first started (ISO 8601 with its offset), and
``ran_seconds``, how long it ran (None while it has not run or runs now). A block is

* ``"ran"`` when it has a start and a length,
* ``"running"`` when it is the block running now (its length is not known yet),
* ``"not run"`` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from costar_desktop.core.programme import Block, Programme, clock, clock_of, schedule

RAN, RUNNING, NOT_RUN = "ran", "running", "not run"


@dataclass(frozen=True)
class BlockRan:
    """One block: what was planned and what happened."""

    block: Block
    #: Planned start and end, minutes after midnight.
    planned_start: int
    planned_end: int
    #: RAN, RUNNING or NOT_RUN.
    state: str
    #: Real start, minutes after the room's midnight (None: not started).
    actual_start: int | None
    #: Real length in seconds (None: not run, or running now).
    ran_seconds: int | None

    @property
    def actual_minutes(self) -> int | None:
        """The real length in whole minutes (rounded), or None."""
        return None if self.ran_seconds is None else round(self.ran_seconds / 60)

    @property
    def actual_end(self) -> float | None:
        """When it really ended, in minutes after midnight, or None."""
        if self.actual_start is None or self.ran_seconds is None:
            return None
        return self.actual_start + self.ran_seconds / 60


def as_it_ran(programme: Programme) -> list[BlockRan]:
    """Every block of the agenda, in order, with its plan and what happened."""
    running = programme.running.block_id if programme.running is not None else None
    rows = []
    for block, (start, end) in zip(
        programme.blocks, schedule(programme.day_start, programme.blocks), strict=True
    ):
        actual = clock_of(block.started) if block.started else None
        if block.id == running:
            state = RUNNING
        elif actual is not None and block.ran_seconds is not None:
            state = RAN
        else:
            state = NOT_RUN
        seconds = block.ran_seconds if state == RAN else None
        rows.append(BlockRan(block, start, end, state, actual, seconds))
    return rows


def _minutes(n: int) -> str:
    return "1 minute" if n == 1 else f"{n} minutes"


def lateness(rows: list[BlockRan]) -> int | None:
    """Minutes the last block that ran ended after its planned end (negative: before);
    None when no block has run to its end."""
    done = [r for r in rows if r.actual_end is not None]
    if not done:
        return None
    last = done[-1]
    end = last.actual_end
    assert end is not None
    return round(end - last.planned_end)


def summary(programme: Programme) -> str:
    """One sentence (two while the day runs) on how the day went against its plan."""
    rows = as_it_ran(programme)
    if not rows:
        return ""
    late = lateness(rows)
    running = any(r.state == RUNNING for r in rows)
    whole_day = all(r.state == RAN for r in rows)
    lead = "The day is still running. " if running else ""
    if late is None:
        return (lead + "No block has finished yet.") if running else "The day has not been run."
    subject = "The day" if whole_day else "The last block that ran"
    if late == 0:
        return f"{lead}{subject} ended on time."
    how = "later" if late > 0 else "earlier"
    return f"{lead}{subject} ended {_minutes(abs(late))} {how} than planned."


def planned_words(row: BlockRan) -> str:
    """ "09:30–09:50 (20 min)"."""
    return f"{clock(row.planned_start)}–{clock(row.planned_end)} ({row.block.minutes} min)"


def actual_words(row: BlockRan) -> str:
    """ "09:34 (23 min)", "09:34, still running" or "not run"."""
    if row.state == NOT_RUN or row.actual_start is None:
        return "not run"
    start = clock(row.actual_start)
    if row.state == RUNNING:
        return f"{start}, still running"
    return f"{start} ({row.actual_minutes} min)"


def difference_words(row: BlockRan) -> str:
    """How the real length compares with the plan: "3 min longer", "as planned", "–"."""
    if row.state != RAN or row.actual_minutes is None:
        return "–"
    more = row.actual_minutes - row.block.minutes
    if more == 0:
        return "as planned"
    return f"{abs(more)} min {'longer' if more > 0 else 'shorter'}"
