"""Converting between SQLite rows (dicts) and the plain objects of ``core.model``."""

from __future__ import annotations

from typing import Any

from costar_desktop.core.model import Co, Note, Participant, ParticipantKind, Step, Workshop


def _enum_or_none(enum, value):
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        return None


def note_to_row(note: Note) -> dict[str, Any]:
    return {
        "id": note.id,
        "text": note.text,
        "x": float(note.x),
        "y": float(note.y),
        "width": float(note.width),
        "height": float(note.height),
        "colour": note.colour,
        "author_id": note.author_id,
        "co": note.co.value if note.co else None,
        "step": Step(note.step).value,
        "created": note.created,
        "updated": note.updated,
    }


def row_to_note(row: dict[str, Any]) -> Note:
    return Note(
        id=row["id"],
        text=row["text"],
        x=row["x"],
        y=row["y"],
        width=row["width"],
        height=row["height"],
        colour=row["colour"],
        author_id=row["author_id"],
        co=_enum_or_none(Co, row["co"]),
        step=_enum_or_none(Step, row["step"]) or Step.MAP,
        created=row["created"],
        updated=row["updated"],
    )


def note_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    """Column values for a partial note update (enums to text, numbers to float)."""
    row: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in Note.EDITABLE:
            raise KeyError(f"notes have no editable field {key!r}")
        if key == "co":
            value = Co(value).value if value is not None else None
        elif key == "step":
            value = Step(value).value
        elif key in ("x", "y", "width", "height"):
            value = float(value)
        row[key] = value
    return row


def participant_to_row(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "kind": ParticipantKind(p.kind).value,
        "is_group": 1 if p.is_group else 0,
        "created": p.created,
        "updated": p.updated,
    }


def row_to_participant(row: dict[str, Any]) -> Participant:
    return Participant(
        id=row["id"],
        name=row["name"],
        kind=_enum_or_none(ParticipantKind, row["kind"]) or ParticipantKind.MIXED,
        is_group=bool(row["is_group"]),
        created=row["created"],
        updated=row["updated"],
    )


def participant_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in Participant.EDITABLE:
            raise KeyError(f"participants have no editable field {key!r}")
        if key == "kind":
            value = ParticipantKind(value).value
        elif key == "is_group":
            value = 1 if value else 0
        row[key] = value
    return row


def workshop_to_row(w: Workshop) -> dict[str, Any]:
    return {
        "id": w.id,
        "title": w.title,
        "date": w.date,
        "venue": w.venue,
        "organisation": w.organisation,
        "facilitator": w.facilitator,
        "created": w.created,
        "updated": w.updated,
    }


def row_to_workshop(row: dict[str, Any]) -> Workshop:
    return Workshop(**{k: row[k] for k in
                       ("id", "title", "date", "venue", "organisation", "facilitator",
                        "created", "updated")})
