"""What each row of the outline says, in words (translation context "Outline").

A note's row is one line: its text (the first few hundred characters, lines joined), then
its details: who wrote it ("by Ann") or "anonymous", its dots when they are revealed, its impact and
whether it is on the shortlist — each in words, never a sign or a colour alone, so a screen
reader and a reader of the projected picture hear and see the same. The full sentence (for
a screen reader and the tooltip) has the whole text. Co and step rows say their name and
how many notes are under them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from costar_desktop.ui.outline.model import Shown

#: A row shows at most this many characters of a note's text (the sentence has it all).
ROW_CHARS = 200


def one_line(text: str, limit: int = ROW_CHARS) -> str:
    """``text`` on one line, cut with "…" after ``limit`` characters."""
    line = " ".join(text.split())
    if len(line) > limit:
        return line[: limit - 1].rstrip() + "…"
    return line


def notes_count(count: int) -> str:
    """ "1 note" or "12 notes"."""
    if count == 1:
        return translate("Outline", "1 note")
    return translate("Outline", "%n notes").replace("%n", str(count))


def place_name(shown: Shown) -> str:
    """The name of a Co row (or "Not yet placed") or a step row."""
    if shown.kind == "step" and shown.step is not None:
        return i18n.label(shown.step)
    if shown.co is not None:
        return i18n.label(shown.co)
    return translate("Outline", "Not yet placed")


def container_words(shown: Shown) -> str:
    """ "Co-design — 12 notes"."""
    return (
        translate("Outline", "%1 — %2")
        .replace("%1", place_name(shown))
        .replace("%2", notes_count(shown.count))
    )


def _dots(count: int) -> str:
    if count == 1:
        return translate("Outline", "1 dot")
    return translate("Outline", "%n dots").replace("%n", str(count))


def details(shown: Shown) -> list[str]:
    """The short details of a note or group card, each in words."""
    parts = []
    if shown.kind == "group":
        parts.append(notes_count(shown.count))
    else:
        # "by": authors' names often hold a dash of their own ("Table 1 – carers").
        if shown.author:
            parts.append(translate("Outline", "by %1").replace("%1", shown.author))
        else:
            parts.append(translate("Outline", "anonymous"))
    if shown.dots:
        parts.append(_dots(shown.dots))
    if shown.impact:
        parts.append(translate("Outline", "impact %n of 5").replace("%n", str(shown.impact)))
    if shown.shortlisted:
        parts.append(translate("Outline", "★ shortlisted"))
    return parts


def note_words(shown: Shown) -> str:
    """A note's row: "Peer support café — by Ann, 3 dots, impact 4 of 5, ★ shortlisted"."""
    text = one_line(shown.text) or translate("Outline", "(empty)")
    if shown.kind == "group":
        text = translate("Outline", "Group: %1").replace("%1", text)
    return (
        translate("Outline", "%1 — %2").replace("%1", text).replace("%2", ", ".join(details(shown)))
    )


def note_sentence(shown: Shown) -> str:
    """The whole note in sentences, for a screen reader and the tooltip."""
    if shown.kind == "group":
        parts = [
            translate("Outline", "Group %1, %2.")
            .replace("%1", shown.text)
            .replace("%2", notes_count(shown.count))
        ]
    else:
        parts = [shown.text.rstrip() + ("" if shown.text.rstrip().endswith(".") else ".")]
        if shown.author:
            parts.append(translate("Outline", "Written by %1.").replace("%1", shown.author))
        else:
            parts.append(translate("Outline", "Anonymous."))
    if shown.dots:
        parts.append(
            translate("Outline", "1 dot.")
            if shown.dots == 1
            else translate("Outline", "%n dots.").replace("%n", str(shown.dots))
        )
    if shown.impact:
        parts.append(translate("Outline", "Impact %n of 5.").replace("%n", str(shown.impact)))
    if shown.shortlisted:
        parts.append(translate("Outline", "On the shortlist."))
    return " ".join(parts)
