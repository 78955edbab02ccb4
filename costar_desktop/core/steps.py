"""The five steps: what each asks, how to run it, and the rules of voting and ranking.

Every sentence here is our own, in plain words: service users read the questions on the
shared screen. The facilitator's hints can be hidden.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from costar_desktop.core import rules
from costar_desktop.core.model import (
    Co,
    Note,
    Participant,
    ParticipantKind,
    Step,
    WorkshopData,
)
from costar_desktop.core.star import CO_ORDER, STEP_ORDER


@dataclass(frozen=True)
class StepGuide:
    step: Step
    question: str
    hint: str


STEP_GUIDES: dict[Step, StepGuide] = {
    Step.MAP: StepGuide(
        Step.MAP,
        "What do we already do together with the people who use our services?",
        "Ask each table for things that already happen, big or small. Put each one in the Co "
        "it fits best. If the room goes quiet, open the ideas from elsewhere.",
    ),
    Step.FOCUS: StepGuide(
        Step.FOCUS,
        "Which of these would make the biggest difference?",
        "Give everyone the same number of dots. Let people vote, then look at the list "
        "together and agree a shortlist. You can hide the dots until everyone has voted.",
    ),
    Step.PEOPLE: StepGuide(
        Step.PEOPLE,
        "Who could help make the shortlist happen?",
        "Think inside and outside the organisation: people who use services, carers, "
        "volunteers, staff, local groups. A role is enough; names are not needed.",
    ),
    Step.MARKET: StepGuide(
        Step.MARKET,
        "Who might doubt this, and what would win them over?",
        "Write down the worries you expect to hear, word for word. Then agree an answer "
        "for each one: a fact, a story or a person who can speak for it.",
    ),
    Step.GROW: StepGuide(
        Step.GROW,
        "What will we do next, who will do it, and by when?",
        "Turn the shortlist into actions. Each action needs a first step, an owner and a "
        "date. Read the plan out before people leave.",
    ),
}


def next_step(step: Step) -> Step:
    i = STEP_ORDER.index(step)
    return STEP_ORDER[min(i + 1, len(STEP_ORDER) - 1)]


def previous_step(step: Step) -> Step:
    i = STEP_ORDER.index(step)
    return STEP_ORDER[max(i - 1, 0)]


# --- voting ------------------------------------------------------------------------


def step_works_on(step: Step, note: Note, card: Note | None = None) -> bool:
    """Whether ``step`` works on ``note`` (drawn solid on its screen; the rest paler).

    Each step works on its own notes and on what the steps before handed on: Focus
    weighs what Map found ("which of these would make the biggest difference?"); People,
    Market and Grow work on the shortlist. A note in a group goes with its group ``card``.
    """
    for each in (note, card):
        if each is None:
            continue
        if each.step == step:
            return True
        if step == Step.FOCUS and each.step == Step.MAP:
            return True
        if step in (Step.PEOPLE, Step.MARKET, Step.GROW) and each.shortlisted:
            return True
    return False


def votable_notes(data: WorkshopData) -> list[Note]:
    """Notes and group cards that can receive dots: a note in a group is voted as its group."""
    return [n for n in data.notes if n.group_id is None]


def vote_target(data: WorkshopData, note_id: str) -> str:
    """The id that a dot on ``note_id`` goes to: the note, or the group it belongs to."""
    note = data.note(note_id)
    return note.group_id if note is not None and note.group_id else note_id


def votes_by_note(data: WorkshopData) -> Counter[str]:
    """Dots per note or group card (:func:`costar_desktop.core.rules.dot_totals`)."""
    return rules.dot_totals(data.votes, data.notes_by_id())


def votes_used(data: WorkshopData, voter_id: str | None) -> int:
    return sum(1 for v in data.votes if v.voter_id == voter_id)


def vote_budget(data: WorkshopData, voter_id: str | None) -> int:
    """A voter's dots: the workshop's dots per person, times the people the voter stands
    for (a table of eight has eight people's dots; fair dots for tables)."""
    voter = next((p for p in data.participants if p.id == voter_id), None)
    return dots_of(data.workshop.vote_budget, voter)


def dots_of(per_person: int, voter: Participant | None) -> int:
    """The dots of ``voter`` (None: one person) when each person has ``per_person``."""
    return per_person * (voter.size if voter is not None else 1)


def votes_left(data: WorkshopData, voter_id: str | None) -> int:
    return max(0, vote_budget(data, voter_id) - votes_used(data, voter_id))


@dataclass(frozen=True)
class RankedNote:
    rank: int
    note: Note
    votes: int
    impact: int | None


def ranking(data: WorkshopData) -> list[RankedNote]:
    """Notes and group cards, most dots first, then highest impact, then oldest first.

    Notes with neither dots nor an impact rating are left out. Equal places share a rank.
    """
    totals = votes_by_note(data)
    candidates = [n for n in votable_notes(data) if totals[n.id] or n.impact]
    candidates.sort(key=lambda n: (-totals[n.id], -(n.impact or 0), n.created, n.id))
    ranked: list[RankedNote] = []
    previous: tuple[int, int] | None = None
    rank = 0
    for i, n in enumerate(candidates, start=1):
        key = (totals[n.id], n.impact or 0)
        if key != previous:
            rank = i
            previous = key
        ranked.append(RankedNote(rank, n, totals[n.id], n.impact))
    return ranked


def shortlist(data: WorkshopData) -> list[Note]:
    """The shortlisted notes and groups, in ranking order (unranked ones last)."""
    order = {r.note.id: i for i, r in enumerate(ranking(data))}
    items = [n for n in data.notes if n.shortlisted]
    return sorted(items, key=lambda n: (order.get(n.id, len(order)), n.created))


def group_members(data: WorkshopData, group_id: str) -> list[Note]:
    return [n for n in data.notes if n.group_id == group_id]


# --- voices --------------------------------------------------------------------------

#: The kinds whose absence from a Co or step deserves a plain warning.
VOICE_KINDS = (ParticipantKind.SERVICE_USER, ParticipantKind.CARER, ParticipantKind.STAFF)


@dataclass(frozen=True)
class Voices:
    """Which kinds of participants wrote notes, per Co and per step."""

    by_co: dict[Co, Counter[ParticipantKind]]
    by_step: dict[Step, Counter[ParticipantKind]]
    warnings: list[str]


def voices(data: WorkshopData) -> Voices:
    """Count notes by the kind of their author, per Co and per step, and say who is missing."""
    kinds = {p.id: p.kind for p in data.participants}
    by_co: dict[Co, Counter[ParticipantKind]] = {co: Counter() for co in CO_ORDER}
    by_step: dict[Step, Counter[ParticipantKind]] = {s: Counter() for s in STEP_ORDER}
    for n in data.notes:
        if n.is_group or n.is_example:
            continue
        kind = kinds.get(n.author_id) if n.author_id is not None else None
        if kind is None:
            continue
        if n.co is not None:
            by_co[n.co][kind] += 1
        by_step[n.step][kind] += 1
    present_kinds = set(kinds.values())
    warnings: list[str] = []
    for kind in VOICE_KINDS:
        if kind not in present_kinds:
            continue  # nobody of this kind is at the workshop: nothing to warn about
        plural = _PLURALS[kind]
        for co in CO_ORDER:
            if by_co[co][kind] == 0:
                warnings.append(f"No {plural} have added anything to {co.label} yet.")
    return Voices(by_co, by_step, warnings)


_PLURALS = {
    ParticipantKind.SERVICE_USER: "service users",
    ParticipantKind.CARER: "carers",
    ParticipantKind.STAFF: "staff",
}


# --- groups on the star --------------------------------------------------------------

GROUP_GAP = 14.0
GROUP_TITLE_ROOM = 60.0


def arrange_group(
    anchor_x: float, anchor_y: float, sizes: list[tuple[float, float]]
) -> list[tuple[float, float]]:
    """Centres for a group's notes, gathered in tidy rows under a title at the anchor.

    ``sizes`` are the notes' (width, height); the title card sits at (anchor_x, anchor_y)
    and the notes fill rows of up to three below it, centred on anchor_x.
    """
    if not sizes:
        return []
    columns = 1 if len(sizes) == 1 else 2 if len(sizes) <= 4 else 3
    cell_w = max(w for w, _ in sizes) + GROUP_GAP
    positions = []
    y = anchor_y + GROUP_TITLE_ROOM
    for row_start in range(0, len(sizes), columns):
        row = sizes[row_start : row_start + columns]
        row_h = max(h for _, h in row)
        left = anchor_x - cell_w * len(row) / 2 + cell_w / 2
        for i, (_w, _h) in enumerate(row):
            positions.append((left + i * cell_w, y + row_h / 2))
        y += row_h + GROUP_GAP
    return positions
