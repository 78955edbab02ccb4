"""The workshop as an outline: the board as a nested list for people who cannot see it.

Each Co in the star's order, then "not yet placed" (notes in no Co), then each step in its
order, then the step's notes and group cards in reading order (:func:`rules.reading_order`),
a group card with its notes under it. Every note and card appears exactly once:

    for branch in outline(data):          # CoBranch: branch.co is None for "not yet placed"
        for part in branch.steps:         # StepBranch
            for entry in part.entries:    # Entry: a note, or a group card with .members
                ...

A grouped note is listed under its group card, in the card's Co and step, even when it was
written at another step (``Entry.step`` says which, so a reader can say so). Plain data, no
Qt and no words of ours: the printed outline (report/outline.py) and the window's outline
both read it and say it in their own words. Dots are ``None`` while they are hidden
(``workshop.votes_hidden``) so that nothing built from an outline can show them by mistake;
an author is ``None`` for an anonymous note (or one whose author is no longer a participant).
Names are as ``data`` holds them: an anonymised export passes anonymised data.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from costar_desktop.core import rules
from costar_desktop.core.model import Co, Note, Step, WorkshopData
from costar_desktop.core.star import CO_ORDER, STEP_ORDER


@dataclass(frozen=True)
class Entry:
    """A note, or a group card with the notes grouped under it (``members``)."""

    id: str
    text: str
    #: The author's name; None when the note is anonymous.
    author: str | None
    #: The step the note was written at (a grouped note's may differ from its card's).
    step: Step
    #: Dots on it; None while dots are hidden. A grouped note's dots count for its card.
    dots: int | None
    impact: int | None
    shortlisted: bool
    is_group: bool = False
    members: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class StepBranch:
    """One step within a Co: its notes and group cards in reading order."""

    step: Step
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class CoBranch:
    """One Co (``co`` None: the notes not yet placed in a Co) and its steps."""

    co: Co | None
    steps: tuple[StepBranch, ...]


def outline(data: WorkshopData, *, every_branch: bool = False) -> list[CoBranch]:
    """The outline of ``data``: the Co's in the star's order, "not yet placed" last.

    Without ``every_branch`` only the Co's and steps that hold something are listed (what
    the printed outline wants). With it, all four Co's and all five steps of each are
    listed, empty or not (somewhere to add a note); "not yet placed" still only when it
    holds notes, as it is no place anyone means to put one.
    """
    notes = data.notes_by_id()
    names = {p.id: p.name for p in data.participants}
    dots = None if data.workshop.votes_hidden else rules.dot_totals(data.votes, notes)
    cards = {n.id for n in notes.values() if n.is_group}

    def grouped(note: Note) -> bool:
        return not note.is_group and note.group_id is not None and note.group_id in cards

    ordered = [notes[i] for i in rules.reading_order(notes)]
    members: dict[str, list[Note]] = {}
    for note in ordered:
        if grouped(note):
            members.setdefault(note.group_id or "", []).append(note)

    def entry(note: Note) -> Entry:
        return Entry(
            id=note.id,
            text=note.text,
            author=names.get(note.author_id) if note.author_id is not None else None,
            step=note.step,
            dots=None if dots is None else dots.get(note.id, 0),
            impact=note.impact,
            shortlisted=note.shortlisted,
            is_group=note.is_group,
            members=tuple(entry(m) for m in members.get(note.id, ())),
        )

    placed: dict[tuple[Co | None, Step], list[Entry]] = {}
    for note in ordered:
        if not grouped(note):
            placed.setdefault((note.co, note.step), []).append(entry(note))
    branches = []
    for co in (*CO_ORDER, None):
        parts = tuple(
            StepBranch(step, tuple(placed.get((co, step), ())))
            for step in STEP_ORDER
            if (co, step) in placed or (every_branch and co is not None)
        )
        if parts:
            branches.append(CoBranch(co, parts))
    return branches


def entries(branches: list[CoBranch]) -> Iterator[Entry]:
    """Every entry of an outline in reading order: each card followed by its notes."""
    for branch in branches:
        for part in branch.steps:
            for top in part.entries:
                yield top
                yield from top.members
