"""The programme's words in the window's language, and the size they are shown at.

The methods' names and descriptions live in English in ``core/programme.py`` (no Qt); the
table below marks the same words for lupdate (context "Programme") so that they are
translated like the rest of the window. A test holds the table and core's METHODS together.
The shipped programmes' own names, titles and descriptions are shown as their files say
(English): they are file contents, like a facilitator's own programme.
"""

from __future__ import annotations

from costar_desktop.core.model import Step
from costar_desktop.core.programme import METHODS, Block, clock, clock_of
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Programme"

#: core.programme.METHODS in the window's words: key -> (name, what happens).
METHOD_WORDS: dict[str, tuple[str, str]] = {
    "silent_writing": (
        QT_TRANSLATE_NOOP("Programme", "Silent writing"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Everyone writes their own notes quietly first, one idea a note, so that the "
            "loudest voice does not set the agenda.",
        ),
    ),
    "round_the_table": (
        QT_TRANSLATE_NOOP("Programme", "Round the table"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Each person in turn says one thing or passes; nobody speaks twice until "
            "everyone has had a turn.",
        ),
    ),
    "pairs": (
        QT_TRANSLATE_NOOP("Programme", "Pairs"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Two people talk for a few minutes, then each tells the group what the other said.",
        ),
    ),
    "small_groups": (
        QT_TRANSLATE_NOOP("Programme", "Small groups"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Tables of four to six work on the same question and bring back one or two "
            "points each.",
        ),
    ),
    "dot_voting": (
        QT_TRANSLATE_NOOP("Programme", "Dot voting"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Everyone has the same number of dots and puts them on the notes that matter "
            "most to them; the totals show where the room leans.",
        ),
    ),
    "gallery_walk": (
        QT_TRANSLATE_NOOP("Programme", "Gallery walk"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "The work is up on the walls or the screen; people go round in small groups and "
            "add notes or questions where they stop.",
        ),
    ),
    "sceptics_corner": (
        QT_TRANSLATE_NOOP("Programme", "Sceptics' corner"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "One group speaks for the doubters (a manager, a board member, a worried "
            "colleague); the others answer them, and the answers become notes.",
        ),
    ),
    "whole_room": (
        QT_TRANSLATE_NOOP("Programme", "Whole room"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Everyone together: the facilitator gathers what the tables found and checks "
            "the room agrees.",
        ),
    ),
    "short_input": (
        QT_TRANSLATE_NOOP("Programme", "Short input"),
        QT_TRANSLATE_NOOP(
            "Programme", "A few minutes from the facilitator or a guest, then time for questions."
        ),
    ),
    "breakout_tables": (
        QT_TRANSLATE_NOOP("Programme", "Breakout tables"),
        QT_TRANSLATE_NOOP(
            "Programme",
            "Each table works on its own laptop's copy of the workshop; the work is brought "
            "back onto the shared screen afterwards.",
        ),
    ),
}

NONE = "—"


def method_name(key: str) -> str:
    """A method's name in the window's language ("—" for none)."""
    if not key:
        return NONE
    words = METHOD_WORDS.get(key)
    return translate(CONTEXT, words[0]) if words else METHODS.get(key, (key, ""))[0]


def method_description(key: str) -> str:
    words = METHOD_WORDS.get(key)
    return translate(CONTEXT, words[1]) if words else ""


def step_name(step: Step | None) -> str:
    return i18n.label(step) if step is not None else NONE


def span(start: int, end: int) -> str:
    return f"{clock(start)}–{clock(end)}"


def length(minutes: int) -> str:
    """``95`` as "1 h 35 min" (hours and minutes: a facilitator's way of saying it)."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return translate("Programme", "%n min").replace("%n", str(rest))
    if not rest:
        return translate("Programme", "%n h").replace("%n", str(hours))
    return translate("Programme", "%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))


def ran_words(block: Block) -> str:
    """ "✓ ran 10:02–10:47" for a block that ran ("✓ ran" if its start cannot be read)."""
    start = clock_of(block.started)
    if start is None:
        return translate("Programme", "✓ ran")
    end = start + round((block.ran_seconds or 0) / 60)
    return translate("Programme", "✓ ran %1").replace("%1", span(start, end))
