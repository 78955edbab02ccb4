"""What the phones are shown of the workshop, worked out without Qt (issue 31).

The window publishes this through the server; only what a participant may see goes in: a
note's words (shortened), its Co, and its dots while they are shown. Never who wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from costar_desktop.core import rules, steps
from costar_desktop.core.model import Note, Step, Vote

#: A note's words as phones see them in the list they vote on (the whole note stays in the
#: file; a list of 2,000 notes of 20,000 characters each must not go to every phone).
PHONE_TEXT_CHARS = 280


def phone_words(text: str, empty: str) -> str:
    """A note's words for a phone: ``empty`` for a note with none, else at most
    :data:`PHONE_TEXT_CHARS` characters."""
    words = text.strip() or empty
    if len(words) > PHONE_TEXT_CHARS:
        words = words[: PHONE_TEXT_CHARS - 1].rstrip() + "…"
    return words


def notes_to_vote_on(
    notes: Mapping[str, Note], votes: Iterable[Vote], hidden: bool, empty: str
) -> list[dict[str, Any]]:
    """The notes and group cards the room votes on at Focus, in the order they are read,
    each with its words, its Co and (unless the dots are hidden) its dots."""
    totals = rules.dot_totals(votes, notes)
    cards = [
        nid for nid, n in notes.items() if n.group_id is None and steps.step_works_on(Step.FOCUS, n)
    ]
    shown = []
    for nid in rules.reading_order(notes, cards):
        note = notes[nid]
        shown.append(
            {
                "id": note.id,
                "text": phone_words(note.text, empty),
                "co": note.co.value if note.co is not None else None,
                "dots": None if hidden else totals.get(note.id, 0),
            }
        )
    return shown
