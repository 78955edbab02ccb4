"""Converting between SQLite rows (dicts) and the plain objects of ``core.model``."""

from __future__ import annotations

from typing import Any

from costar_desktop.core.model import (
    Action,
    ActionStatus,
    Audience,
    Co,
    CoProducer,
    MarketItem,
    Note,
    Participant,
    ParticipantKind,
    Step,
    Vote,
    Workshop,
)


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
        "kind": note.kind,
        "group_id": note.group_id,
        "impact": note.impact,
        "shortlisted": 1 if note.shortlisted else 0,
        "is_example": 1 if note.is_example else 0,
    }


# Opening a file turns thousands of rows into notes: a dictionary look-up gives the same
# answer as _enum_or_none (a member, or None for NULL and unknown values) for a fraction
# of an Enum call.
_CO_BY_VALUE = {member.value: member for member in Co}
_STEP_BY_VALUE = {member.value: member for member in Step}


def _member_or_none(members: dict, value):
    try:
        return members.get(value)
    except TypeError:  # not hashable: not a member either
        return None


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
        co=_member_or_none(_CO_BY_VALUE, row["co"]),
        step=_member_or_none(_STEP_BY_VALUE, row["step"]) or Step.MAP,
        created=row["created"],
        updated=row["updated"],
        kind=row["kind"],
        group_id=row["group_id"],
        impact=row["impact"],
        shortlisted=bool(row["shortlisted"]),
        is_example=bool(row["is_example"]),
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
        elif key in ("shortlisted", "is_example"):
            value = 1 if value else 0
        elif key == "impact" and value is not None:
            value = int(value)
            if not 1 <= value <= 5:
                raise ValueError("An impact rating is a whole number from 1 to 5.")
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
        "vote_budget": int(w.vote_budget),
        "votes_hidden": 1 if w.votes_hidden else 0,
        "current_step": Step(w.current_step).value,
    }


def row_to_workshop(row: dict[str, Any]) -> Workshop:
    w = Workshop(**{k: row[k] for k in
                    ("id", "title", "date", "venue", "organisation", "facilitator",
                     "created", "updated", "vote_budget", "votes_hidden")})
    w.current_step = _enum_or_none(Step, row["current_step"]) or Step.MAP
    return w


def settings_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "vote_budget":
            value = int(value)
            if not 0 <= value <= 99:
                raise ValueError("The number of dots per voter must be between 0 and 99.")
        elif key == "votes_hidden":
            value = 1 if value else 0
        elif key == "current_step":
            value = Step(value).value
        else:
            raise KeyError(f"workshops have no setting {key!r}")
        row[key] = value
    return row


def vote_to_row(v: Vote) -> dict[str, Any]:
    return {"id": v.id, "note_id": v.note_id, "voter_id": v.voter_id, "created": v.created}


def row_to_vote(row: dict[str, Any]) -> Vote:
    return Vote(id=row["id"], note_id=row["note_id"], voter_id=row["voter_id"],
                created=row["created"])


def person_to_row(p: CoProducer) -> dict[str, Any]:
    return {
        "id": p.id, "name": p.name, "role": p.role, "kind": ParticipantKind(p.kind).value,
        "inside": 1 if p.inside else 0, "could_bring": p.could_bring,
        "involvement": p.involvement, "created": p.created, "updated": p.updated,
    }


def row_to_person(row: dict[str, Any], note_ids: list[str]) -> CoProducer:
    return CoProducer(
        id=row["id"], name=row["name"], role=row["role"],
        kind=_enum_or_none(ParticipantKind, row["kind"]) or ParticipantKind.MIXED,
        inside=bool(row["inside"]), could_bring=row["could_bring"],
        involvement=row["involvement"], note_ids=note_ids,
        created=row["created"], updated=row["updated"],
    )


def market_to_row(m: MarketItem) -> dict[str, Any]:
    return {"id": m.id, "sceptic_says": m.sceptic_says, "our_answer": m.our_answer,
            "audience": Audience(m.audience).value, "created": m.created, "updated": m.updated}


def row_to_market(row: dict[str, Any]) -> MarketItem:
    return MarketItem(id=row["id"], sceptic_says=row["sceptic_says"],
                      our_answer=row["our_answer"],
                      audience=_enum_or_none(Audience, row["audience"]) or Audience.STAFF,
                      created=row["created"], updated=row["updated"])


def action_to_row(a: Action) -> dict[str, Any]:
    return {
        "id": a.id, "action": a.action, "first_step": a.first_step, "owner": a.owner,
        "due": a.due, "co": a.co.value if a.co else None,
        "status": ActionStatus(a.status).value, "review_date": a.review_date,
        "carried_from": a.carried_from, "created": a.created, "updated": a.updated,
    }


def row_to_action(row: dict[str, Any], note_ids: list[str]) -> Action:
    return Action(
        id=row["id"], action=row["action"], first_step=row["first_step"], owner=row["owner"],
        due=row["due"], co=_enum_or_none(Co, row["co"]),
        status=_enum_or_none(ActionStatus, row["status"]) or ActionStatus.NOT_STARTED,
        review_date=row["review_date"], carried_from=row["carried_from"], note_ids=note_ids,
        created=row["created"], updated=row["updated"],
    )


def change_to_row(obj_type: type, changes: dict[str, Any]) -> dict[str, Any]:
    """Column values for a partial update of a co-producer, market item or action.

    ``note_ids`` is not a column; the caller stores it in the link table.
    """
    row: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in obj_type.EDITABLE:
            raise KeyError(f"{obj_type.__name__} has no editable field {key!r}")
        if key == "note_ids":
            continue
        if key == "kind":
            value = ParticipantKind(value).value
        elif key == "audience":
            value = Audience(value).value
        elif key == "status":
            value = ActionStatus(value).value
        elif key == "co":
            value = Co(value).value if value else None
        elif key == "inside":
            value = 1 if value else 0
        row[key] = value
    return row
