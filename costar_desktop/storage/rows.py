"""Plain objects of ``core.model`` to SQLite rows (dicts), every value checked on its way.

Each row is checked by the same rules that a file's rows are read with
(:mod:`costar_desktop.storage.values`); a value that breaks one is refused with
:class:`SaveFailed` ("Not saved: the place across was not a number"). Reading rows back
into objects is :func:`costar_desktop.storage.values.check_tables`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from costar_desktop.core.model import (
    Action,
    CoProducer,
    InboxNote,
    MarketItem,
    Note,
    Participant,
    Vote,
    Workshop,
    clean_text,
)
from costar_desktop.storage.errors import SaveFailed
from costar_desktop.storage.values import BadValue, check_value, text_limit

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


def _checked(table: str, row: dict[str, Any]) -> dict[str, Any]:
    return {column: _checked_value(table, column, value) for column, value in row.items()}


def checked_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """A row about to be written, each text as storage saves it and every value checked by
    its column's rule; SaveFailed says plainly what is wrong."""
    return _checked(table, row)


def _saved_text(table: str, column: str, value: Any) -> Any:
    """A text column's value as it is saved: line ends made one kind, null characters out;
    too long is refused, said plainly. Other values are as given."""
    if not isinstance(value, str) or isinstance(value, Enum):
        return value
    limit = text_limit(table, column)
    if limit is not None:
        try:
            value = clean_text(value, limit)
        except ValueError as exc:
            raise SaveFailed(f"Not saved: {exc}") from None
    return value


def as_saved(table: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """``{column: value}`` with each text as storage saves it (see :func:`_saved_text`): the
    one place text is cleaned, so what a caller keeps equals what the file holds."""
    return {column: _saved_text(table, column, value) for column, value in values.items()}


def as_saved_object(table: str, obj: T) -> T:
    """A copy of a dataclass ``obj`` (a note, participant, action…) with its texts as saved."""
    texts = {
        f.name: getattr(obj, f.name)
        for f in dataclasses.fields(obj)
        if f.init
        and isinstance(getattr(obj, f.name), str)
        and text_limit(table, f.name) is not None
    }
    saved = as_saved(table, texts)
    changed = {k: v for k, v in saved.items() if v != texts[k]}
    return dataclasses.replace(obj, **changed)  # a copy: callers keep it as their own


def _checked_value(table: str, column: str, value: Any) -> Any:
    value = _saved_text(table, column, value)
    try:
        return check_value(table, column, value)
    except BadValue as exc:
        raise SaveFailed(f"Not saved: {_what(table)} {exc.reason}.") from None


_WHAT = {
    "workshop": "in the workshop's details,",
    "participants": "for a participant,",
    "notes": "for a note,",
    "votes": "for a dot,",
    "people": "for a co-producer,",
    "market_items": "for a worry,",
    "agenda": "for a block of the agenda,",
    "programme": "for the programme,",
    "actions": "for an action,",
    "inbox": "for a phone's note,",
}


def _what(table: str) -> str:
    return _WHAT.get(table, "")


def _fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


_NOTE_COLUMNS = (
    "id",
    "text",
    "x",
    "y",
    "width",
    "height",
    "colour",
    "author_id",
    "co",
    "step",
    "created",
    "updated",
    "kind",
    "group_id",
    "impact",
    "shortlisted",
    "is_example",
)


def note_to_row(note: Note) -> dict[str, Any]:
    return _checked("notes", _fields(note, _NOTE_COLUMNS))


def note_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    """Column values for a partial note update (enums to text, flags to 0 or 1)."""
    for key in changes:
        if key not in Note.EDITABLE:
            raise KeyError(f"notes have no editable field {key!r}")
    return {key: _checked_value("notes", key, value) for key, value in changes.items()}


def participant_to_row(p: Participant) -> dict[str, Any]:
    return _checked(
        "participants", _fields(p, ("id", "name", "kind", "is_group", "created", "updated", "size"))
    )


def participant_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    for key in changes:
        if key not in Participant.EDITABLE:
            raise KeyError(f"participants have no editable field {key!r}")
    return {key: _checked_value("participants", key, value) for key, value in changes.items()}


def workshop_to_row(w: Workshop) -> dict[str, Any]:
    return _checked(
        "workshop",
        _fields(
            w,
            (
                "id",
                "title",
                "date",
                "venue",
                "organisation",
                "facilitator",
                "created",
                "updated",
                "vote_budget",
                "votes_hidden",
                "current_step",
            ),
        ),
    )


def workshop_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    """Column values for changed workshop details (title, date, place…)."""
    for key in changes:
        if key not in Workshop.EDITABLE:
            raise KeyError(f"workshops have no editable field {key!r}")
    return {key: _checked_value("workshop", key, value) for key, value in changes.items()}


def settings_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    for key in changes:
        if key not in Workshop.SETTINGS:
            raise KeyError(f"workshops have no setting {key!r}")
    if "vote_budget" in changes:
        try:
            changes = {**changes, "vote_budget": int(changes["vote_budget"])}
        except (TypeError, ValueError, OverflowError):
            pass  # refused by its rule below, in words
    return {key: _checked_value("workshop", key, value) for key, value in changes.items()}


def vote_to_row(v: Vote) -> dict[str, Any]:
    return _checked("votes", _fields(v, ("id", "note_id", "voter_id", "created")))


def person_to_row(p: CoProducer) -> dict[str, Any]:
    return _checked(
        "people",
        _fields(
            p,
            (
                "id",
                "name",
                "role",
                "kind",
                "inside",
                "could_bring",
                "involvement",
                "created",
                "updated",
            ),
        ),
    )


def market_to_row(m: MarketItem) -> dict[str, Any]:
    return _checked(
        "market_items",
        _fields(m, ("id", "sceptic_says", "our_answer", "audience", "created", "updated")),
    )


def action_to_row(a: Action) -> dict[str, Any]:
    return _checked(
        "actions",
        _fields(
            a,
            (
                "id",
                "action",
                "first_step",
                "owner",
                "due",
                "co",
                "status",
                "review_date",
                "carried_from",
                "created",
                "updated",
            ),
        ),
    )


_INBOX_COLUMNS = ("id", "text", "co", "step", "kind", "name", "phone", "received")


def inbox_to_row(item: InboxNote) -> dict[str, Any]:
    """A phone's note in the inbox as its row (never the phone's token: there is no column)."""
    return _checked("inbox", _fields(item, _INBOX_COLUMNS))


def inbox_change_to_row(changes: dict[str, Any]) -> dict[str, Any]:
    """Column values for a change to a note in the inbox (its text only)."""
    for key in changes:
        if key not in InboxNote.EDITABLE:
            raise KeyError(f"notes in the inbox have no editable field {key!r}")
    return {key: _checked_value("inbox", key, value) for key, value in changes.items()}


_TABLES = {CoProducer: "people", MarketItem: "market_items", Action: "actions"}


def change_to_row(
    obj_type: type[CoProducer | MarketItem | Action], changes: dict[str, Any]
) -> dict[str, Any]:
    """Column values for a partial update of a co-producer, market item or action.

    ``note_ids`` is not a column; the caller stores it in the link table.
    """
    table = _TABLES[obj_type]
    row: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in obj_type.EDITABLE:
            raise KeyError(f"{obj_type.__name__} has no editable field {key!r}")
        if key == "note_ids":
            continue
        if key == "co" and not value:
            value = None
        row[key] = _checked_value(table, key, value)
    return row
