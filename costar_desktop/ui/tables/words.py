"""What tables did and what they disagree on, in the user's language (context "Tables").

``core.merge_words`` says the same in English for the command line and the report; the
window builds its own sentences from the counts, so that every word can be translated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from costar_desktop.core.model import (
    ActionStatus,
    Audience,
    Co,
    ParticipantKind,
    Step,
)
from costar_desktop.core.palette import colour
from costar_desktop.ui.i18n import core, label, translate

#: The kinds of rows told, in this order (core.merge.kind_of's names); links are told as
#: part of what they link, not on their own.
KINDS = (
    "notes",
    "groups",
    "dots",
    "participants",
    "co_producers",
    "worries",
    "actions",
    "details",
)


#: Each kind's words for one and for more, translated where they are used (context
#: "Tables"). The count is put into the translated words, not given to Qt: PySide's
#: lupdate does not mark a translate() with a count as a plural message, so Qt would find
#: no translation for it.
_COUNT_WORDS: dict[str, tuple[Any, Any]] = {
    "notes": (QT_TRANSLATE_NOOP("Tables", "1 note"), QT_TRANSLATE_NOOP("Tables", "%n notes")),
    "groups": (QT_TRANSLATE_NOOP("Tables", "1 group"), QT_TRANSLATE_NOOP("Tables", "%n groups")),
    "dots": (QT_TRANSLATE_NOOP("Tables", "1 dot"), QT_TRANSLATE_NOOP("Tables", "%n dots")),
    "participants": (
        QT_TRANSLATE_NOOP("Tables", "1 participant"),
        QT_TRANSLATE_NOOP("Tables", "%n participants"),
    ),
    "co_producers": (
        QT_TRANSLATE_NOOP("Tables", "1 co-producer"),
        QT_TRANSLATE_NOOP("Tables", "%n co-producers"),
    ),
    "worries": (
        QT_TRANSLATE_NOOP("Tables", "1 sceptic's worry"),
        QT_TRANSLATE_NOOP("Tables", "%n sceptics' worries"),
    ),
    "actions": (
        QT_TRANSLATE_NOOP("Tables", "1 action"),
        QT_TRANSLATE_NOOP("Tables", "%n actions"),
    ),
}


def count_words(kind: str, n: int) -> str:
    """ "3 notes", "1 dot": a count of one kind of thing."""
    if kind == "details":
        return translate("Tables", "the workshop's details")
    words = _COUNT_WORDS.get(kind)
    if words is None:
        return f"{n} {kind}"
    one, many = words
    if n == 1:
        return translate("Tables", str(one))
    return translate("Tables", str(many)).replace("%n", str(n))


def listed(parts: Sequence[str]) -> str:
    """ "a, b and c"."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    head = translate("Tables", ", ").join(parts[:-1]) if len(parts) > 2 else parts[0]
    return translate("Tables", "%1 and %2").replace("%1", head).replace("%2", parts[-1])


def counts_listed(counts: Mapping[str, int]) -> str:
    """The non-zero counts of ``counts`` (kind → n) in words, in the order of KINDS."""
    return listed([count_words(k, counts[k]) for k in KINDS if counts.get(k, 0) > 0])


def did_lines(added: Mapping[str, int], changed: Mapping[str, int], removed: Mapping[str, int]):
    """One line each for what was added, changed and removed ("Added 3 notes and 1 dot");
    none for what did not happen."""
    lines = []
    for counts, words in (
        (added, translate("Tables", "Added %1")),
        (changed, translate("Tables", "Changed %1")),
        (removed, translate("Tables", "Removed %1")),
    ):
        text = counts_listed(counts)
        if text:
            lines.append(words.replace("%1", text))
    return lines


def result_sentence(added: Mapping[str, int], changed: Mapping[str, int], removed) -> str:
    """What bringing back will do to this workshop, in one sentence."""
    parts = []
    for counts, words in (
        (added, translate("Tables", "add %1")),
        (changed, translate("Tables", "change %1")),
        (removed, translate("Tables", "remove %1")),
    ):
        text = counts_listed(counts)
        if text:
            parts.append(words.replace("%1", text))
    if not parts:
        return translate("Tables", "Bringing back changes nothing in this workshop.")
    return translate("Tables", "Bringing back will %1 in this workshop.").replace(
        "%1", listed(parts)
    )


# --- the things a conflict is about ---------------------------------------------------


def _short(text: Any, limit: int = 60) -> str:
    words = " ".join(str(text or "").split())
    return words if len(words) <= limit else words[: limit - 1] + "…"


def thing_words(table: str, row: Mapping[str, Any] | None) -> str:
    """The row a conflict is about, named for a person: the note “Bus stops too far”."""
    row = row or {}
    if table == "notes":
        if row.get("kind") == "group":
            return translate("Tables", "the group “%1”").replace("%1", _short(row.get("text")))
        return translate("Tables", "the note “%1”").replace("%1", _short(row.get("text")))
    if table == "workshop":
        return translate("Tables", "the workshop's details")
    if table == "participants":
        return translate("Tables", "the participant “%1”").replace("%1", _short(row.get("name")))
    if table == "votes":
        return translate("Tables", "a dot")
    if table == "people":
        name = row.get("name") or row.get("role")
        return translate("Tables", "the co-producer “%1”").replace("%1", _short(name))
    if table == "market_items":
        return translate("Tables", "the sceptic's worry “%1”").replace(
            "%1", _short(row.get("sceptic_says"))
        )
    if table == "actions":
        return translate("Tables", "the action “%1”").replace("%1", _short(row.get("action")))
    if table == "people_links":
        return translate("Tables", "a link between a co-producer and a note")
    if table == "action_links":
        return translate("Tables", "a link between an action and a note")
    return table


def field_words(table: str, name: str) -> str:
    """A field's name in words: "the words", "the place", "the owner"."""
    words = {
        "text": translate("Tables", "the words"),
        "place": translate("Tables", "the place"),
        "colour": translate("Tables", "the colour"),
        "author_id": translate("Tables", "the author"),
        "group_id": translate("Tables", "the group it is in"),
        "step": translate("Tables", "the step"),
        "kind": translate("Tables", "the kind"),
        "impact": translate("Tables", "the impact rating"),
        "shortlisted": translate("Tables", "being on the shortlist"),
        "is_example": translate("Tables", "being an example"),
        "title": translate("Tables", "the title"),
        "date": translate("Tables", "the date"),
        "venue": translate("Tables", "the venue"),
        "organisation": translate("Tables", "the organisation"),
        "facilitator": translate("Tables", "the facilitator"),
        "vote_budget": translate("Tables", "the dots each person has"),
        "name": translate("Tables", "the name"),
        "is_group": translate("Tables", "being a table group"),
        "size": translate("Tables", "how many people it stands for"),
        "role": translate("Tables", "the role"),
        "inside": translate("Tables", "being inside the organisation"),
        "could_bring": translate("Tables", "what they could bring"),
        "involvement": translate("Tables", "how they could be involved"),
        "sceptic_says": translate("Tables", "the sceptic's worry"),
        "our_answer": translate("Tables", "our answer"),
        "audience": translate("Tables", "who it is about"),
        "action": translate("Tables", "the action"),
        "first_step": translate("Tables", "the first step"),
        "owner": translate("Tables", "who does it"),
        "due": translate("Tables", "the date it is due"),
        "co": translate("Tables", "the Co"),
        "status": translate("Tables", "where it stands"),
        "review_date": translate("Tables", "the review date"),
        "carried_from": translate("Tables", "the workshop it was carried over from"),
        "note_id": translate("Tables", "the note"),
        "voter_id": translate("Tables", "the voter"),
    }
    return words.get(name, name.replace("_", " "))


def _choice_label(enum: Any, value: Any) -> str | None:
    try:
        return label(enum(value))
    except ValueError:
        return None


def value_words(
    table: str, name: str, value: Any, rows: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> str:
    """A field's value as a person reads it: a colour's name, an author's name, a Co."""
    if value is None or value == "":
        return translate("Tables", "(nothing)")
    if name == "text" and isinstance(value, (tuple, list)):
        return str(value[0])
    if name == "place" and isinstance(value, (tuple, list)):
        co = value[2] if len(value) > 2 else None
        where = _choice_label(Co, co) if co else None
        return where or translate("Tables", "the parking area (not yet placed)")
    if name == "colour":
        return core(colour(str(value)).name)
    if name in ("author_id", "voter_id"):
        person = rows.get("participants", {}).get(str(value))
        return (
            str(person.get("name"))
            if person
            else translate("Tables", "someone no longer in the workshop")
        )
    if name in ("group_id", "note_id"):
        note = rows.get("notes", {}).get(str(value))
        return f"“{_short(note.get('text'))}”" if note else translate("Tables", "one that is gone")
    if name in ("step", "first_step") and table == "notes":
        return _choice_label(Step, value) or str(value)
    if name == "co":
        return _choice_label(Co, value) or str(value)
    if name == "kind" and table in ("participants", "people"):
        return _choice_label(ParticipantKind, value) or str(value)
    if name == "kind" and table == "notes":
        return translate("Tables", "a group") if value == "group" else translate("Tables", "a note")
    if name == "audience":
        return _choice_label(Audience, value) or str(value)
    if name == "status":
        return _choice_label(ActionStatus, value) or str(value)
    if name in ("shortlisted", "is_group", "inside", "is_example"):
        return translate("Tables", "yes") if value else translate("Tables", "no")
    return str(value)


#: A move shorter than this (star units) has no direction worth saying.
_STILL = 10.0


def place_words(value: Any, base: Any) -> str:
    """Where a note was moved, against where it was: "to the right and up, within
    Co-design" (moves made on two laptops can end in the same Co; the direction tells them
    apart)."""
    if not isinstance(value, (tuple, list)) or len(value) < 3:
        return str(value)
    co = _choice_label(Co, value[2]) if value[2] else None
    area = co or translate("Tables", "the parking area (not yet placed)")
    ways = []
    if isinstance(base, (tuple, list)) and len(base) >= 3:
        dx, dy = float(value[0]) - float(base[0]), float(value[1]) - float(base[1])
        if dx > _STILL:
            ways.append(translate("Tables", "to the right"))
        elif dx < -_STILL:
            ways.append(translate("Tables", "to the left"))
        if dy > _STILL:
            ways.append(translate("Tables", "down"))
        elif dy < -_STILL:
            ways.append(translate("Tables", "up"))
        same = base[2] == value[2]
    else:
        same = False
    where = (translate("Tables", "within %1") if same else translate("Tables", "into %1")).replace(
        "%1", area
    )
    return (
        translate("Tables", "%1, %2").replace("%1", listed(ways)).replace("%2", where)
        if ways
        else where
    )
