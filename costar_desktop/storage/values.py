"""Every value that comes into a workshop, checked in one place.

A workshop file may have been altered outside the app, and later values come from other
files (carrying a plan over, merging tables) and from phones. Whatever the source, the
rules for each column are the ones written here, in :data:`RULES`:

* reading (:func:`check_tables`): each row of the file becomes a plain object; a value
  that breaks its rule is *repaired* — replaced by a safe value — and the repair is listed
  in words (:class:`Repair`), so that nothing is changed or dropped silently. Links between
  rows (a note's author, a dot's note, a note's group…) must point at rows that exist.
* writing (:func:`check_value`): a value that breaks its rule is refused with a plain
  message (:class:`BadValue`, which storage turns into "Not saved: …").

Which values are repaired and which make a file be refused, and why, is in
docs/reliability.md ("Values from outside"). No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from costar_desktop.core import palette
from costar_desktop.core.model import (
    DEFAULT_NOTE_HEIGHT,
    DEFAULT_NOTE_WIDTH,
    DEFAULT_VOTE_BUDGET,
    MAX_FIELD_CHARS,
    MAX_INBOX_LABEL_CHARS,
    MAX_NOTE_CHARS,
    MAX_TABLE_SIZE,
    NOTE_KIND_GROUP,
    NOTE_KIND_NOTE,
    Action,
    ActionStatus,
    Audience,
    Co,
    CoProducer,
    InboxNote,
    MarketItem,
    Note,
    Participant,
    ParticipantKind,
    Step,
    Vote,
    Workshop,
    WorkshopData,
    new_id,
    now_iso,
)
from costar_desktop.core.programme import (
    MAX_BLOCK_MINUTES,
    MAX_BLOCKS,
    MAX_EXTRA_MINUTES,
    MAX_RAN_SECONDS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    METHODS,
    Block,
    Programme,
    Running,
)
from costar_desktop.core.star import STAR

#: Longest id: ours are UUIDs (36 characters).
MAX_ID_CHARS = 64
#: Longest timestamp: ours are ISO 8601 with milliseconds (24 characters).
MAX_STAMP_CHARS = 40
#: A note's card: widths and heights outside these are not a note any screen can show.
NOTE_SIZE_RANGE = (1.0, 100_000.0)
#: Dots per voter (the Voting panel offers 0 to 99).
VOTE_BUDGET_RANGE = (0, 99)
#: Text of the longest fields of the steps (worries, answers, actions, what people bring).
LONG_FIELD_CHARS = MAX_NOTE_CHARS


class BadValue(ValueError):
    """A value breaks its column's rule. ``reason`` says how, in words that follow
    "its <field>" ("is not a number"); ``repaired`` is the nearest good value, if any."""

    def __init__(self, reason: str, repaired: Any = None):
        super().__init__(reason)
        self.reason = reason
        self.repaired = repaired


_T = TypeVar("_T")
#: A value that broke its rule: (column, the field in words, the reason, the value).
_Problem = tuple[str, str, str, Any]
#: Names a row in the list of repairs.
_Describe = Callable[[dict[str, Any]], str]


@dataclass(frozen=True)
class Repair:
    """One value that was replaced when a workshop was read, in words for a facilitator."""

    #: What it belongs to: "note “Lunch club for…”", "the workshop's details".
    where: str
    #: What was wrong and what it is now: "its place was not a number; it is now …".
    what: str

    def __str__(self) -> str:
        return f"{self.where[:1].upper()}{self.where[1:]}: {self.what}."


# --- the rules for single values -------------------------------------------------------
# Each takes a value as read from SQLite (or given by the app) and returns the value to
# keep, or raises BadValue. The common case — a good value — is the first test in each.


def ident(value: Any) -> str:
    """An id: 1 to 64 printable ASCII characters, no spaces (ours are UUIDs)."""
    if (
        type(value) is str
        and 0 < len(value) <= MAX_ID_CHARS
        and value.isascii()
        and value.isprintable()
        and " " not in value
    ):
        return value
    raise BadValue("is not a valid id")


def optional_ident(value: Any) -> str | None:
    return None if value is None else ident(value)


def text(limit: int) -> Callable[[Any], str]:
    """Text of at most ``limit`` characters (the app's own limit for that field); a line
    break in a title is odd, not harmful, and kept."""

    def check(value: Any) -> str:
        if type(value) is str and len(value) <= limit and "\x00" not in value:
            return value
        return _repair_text(value, limit)

    check.limit = limit  # type: ignore[attr-defined]
    return check


def _repair_text(value: Any, limit: int) -> str:
    if value is None:
        raise BadValue("was missing", "")
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise BadValue(
            "held bytes that are not text; they are shown as “�”",
            bytes(value).decode("utf-8", "replace").replace("\x00", ""),
        )
    if type(value) is int or type(value) is float:
        words = str(value) if math.isfinite(value) else ""
        raise BadValue("was a number, not text; it is kept as text", cut_text(words, limit))
    if not isinstance(value, str):
        raise BadValue("was not text", "")
    if "\x00" in value:
        value = value.replace("\x00", "")
        if len(value) <= limit:
            raise BadValue("held a hidden null character; it was taken out", value)
    raise BadValue(
        f"was {len(value):,} characters long, more than the {limit:,} CoStar Desktop "
        f"keeps; the rest ({len(value) - limit:,} characters) was cut off",
        cut_text(value, limit),
    )


def cut_text(value: str, limit: int) -> str:
    """``value`` shortened to at most ``limit`` characters, never inside a surrogate pair
    or just before a combining mark (which would then start the next, missing, text)."""
    import unicodedata

    if len(value) <= limit:
        return value
    end = limit
    while end > 0 and (unicodedata.combining(value[end]) or "\udc00" <= value[end] <= "\udfff"):
        end -= 1
    return value[:end]


def text_with_bad_bytes(value: Any, limit: int) -> str:
    """Like :func:`text`, for a value read with undecodable bytes kept as surrogates."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            fixed = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            if len(fixed) > limit or "\x00" in fixed:
                return _repair_text(fixed, limit)
            raise BadValue("held bytes that are not text; they are shown as “�”", fixed) from None
    return text(limit)(value)


def coordinate(low: float, high: float) -> Callable[[Any], float]:
    """A finite number within [low, high]; beyond the edge it is brought back to the edge."""

    def check(value: Any) -> float:
        if (type(value) is float or type(value) is int) and low <= value <= high:
            return float(value)
        if type(value) in (int, float) and math.isfinite(value):
            raise BadValue("was far outside the canvas", float(min(max(value, low), high)))
        raise BadValue("was not a number")

    return check


def size(value: Any) -> float:
    """A note's width or height: a finite number within :data:`NOTE_SIZE_RANGE`."""
    low, high = NOTE_SIZE_RANGE
    if (type(value) is float or type(value) is int) and low <= value <= high:
        return float(value)
    raise BadValue("was not a size a note can have")


def member_of(enum: type[Enum], *, optional: bool = False) -> Callable[[Any], Any]:
    """One of the enum's values (returned as the member); None too if ``optional``."""
    members = {m.value: m for m in enum}

    def check(value: Any) -> Any:
        if type(value) is str:
            found = members.get(value)
            if found is not None:
                return found
        elif isinstance(value, enum):
            return value
        if value is None and optional:
            return None
        raise BadValue("was not one CoStar Desktop knows")

    return check


def one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if type(value) is str and value in choices:
            return value
        raise BadValue("was not one CoStar Desktop knows")

    return check


def flag(value: Any) -> bool:
    """Yes or no: stored as 0 or 1."""
    if value == 0 or value == 1:
        if type(value) is int or type(value) is bool:
            return bool(value)
    raise BadValue("was neither yes nor no")


def whole_number(low: int, high: int, *, optional: bool = False) -> Callable[[Any], int | None]:
    def check(value: Any) -> int | None:
        if type(value) is int and low <= value <= high:
            return value
        if value is None and optional:
            return None
        raise BadValue(f"was not a whole number from {low} to {high}")

    return check


def stamp(value: Any) -> str:
    """When a row was made or changed: ISO 8601 text (ours: ``2026-11-26T09:14:03.120Z``)."""
    if type(value) is str and 0 < len(value) <= MAX_STAMP_CHARS and value.isprintable():
        return value
    raise BadValue("was not a date and time")


def date_or_empty(value: Any) -> str:
    """A calendar date as YYYY-MM-DD, or nothing."""
    if value == "":
        return ""
    if type(value) is str and len(value) == 10:
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise BadValue("was not a date")


def colour_key(value: Any) -> str:
    if type(value) is str and palette.is_known(value):
        return value
    raise BadValue("was not a colour CoStar Desktop knows")


def room_stamp(value: Any) -> str:
    """When a block actually started (ISO 8601 with the room's offset), or nothing."""
    if value == "":
        return ""
    if type(value) is str and len(value) <= MAX_STAMP_CHARS:
        from datetime import datetime

        try:
            datetime.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise BadValue("was not a time of day")


def seconds(high: float, *, optional: bool = False) -> Callable[[Any], float | None]:
    """A finite number of seconds (or a POSIX time) from 0 to ``high``."""

    def check(value: Any) -> float | None:
        if (type(value) is float or type(value) is int) and 0 <= value <= high:
            return float(value)
        if value is None and optional:
            return None
        raise BadValue("was not a length of time")

    return check


#: A POSIX time after the year 2200 is not a time the room's clock can have said.
MAX_POSIX_TIME = 7_258_118_400.0


# --- the rules of each table -----------------------------------------------------------

_LEFT, _TOP, _RIGHT, _BOTTOM = STAR.note_bounds()

#: Column → (rule, value that replaces a bad one or a function of the row, the field's name
#: in words). Links between rows are checked afterwards (:func:`_check_links`).
#: A column's rule: (check, replacement or a function of the row, the field in words).
Rule = tuple[Callable[[Any], Any], Any, str]

RULES: dict[str, dict[str, Rule]] = {
    "workshop": {
        "id": (ident, new_id, "id"),
        "title": (text(MAX_FIELD_CHARS), "Untitled workshop", "title"),
        "date": (date_or_empty, "", "date"),
        "venue": (text(MAX_FIELD_CHARS), "", "place"),
        "organisation": (text(MAX_FIELD_CHARS), "", "organisation"),
        "facilitator": (text(MAX_FIELD_CHARS), "", "facilitator"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
        "vote_budget": (
            whole_number(*VOTE_BUDGET_RANGE),
            DEFAULT_VOTE_BUDGET,
            "number of dots per voter",
        ),
        "votes_hidden": (flag, False, "hidden-dots setting"),
        "current_step": (member_of(Step), Step.MAP, "current step"),
    },
    "participants": {
        "id": (ident, new_id, "id"),
        "name": (text(MAX_FIELD_CHARS), "", "name"),
        "kind": (member_of(ParticipantKind), ParticipantKind.MIXED, "kind"),
        "is_group": (flag, False, "table-group mark"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
        "size": (whole_number(1, MAX_TABLE_SIZE), 1, "number of people at the table"),
    },
    "notes": {
        "id": (ident, new_id, "id"),
        "text": (text(MAX_NOTE_CHARS), "", "text"),
        "x": (coordinate(_LEFT, _RIGHT), None, "place across"),
        "y": (coordinate(_TOP, _BOTTOM), None, "place down"),
        "width": (size, DEFAULT_NOTE_WIDTH, "width"),
        "height": (size, DEFAULT_NOTE_HEIGHT, "height"),
        "colour": (colour_key, palette.DEFAULT_COLOUR, "colour"),
        "author_id": (optional_ident, None, "author"),
        "co": (member_of(Co, optional=True), None, "Co"),
        "step": (member_of(Step), Step.MAP, "step"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
        "kind": (one_of(NOTE_KIND_NOTE, NOTE_KIND_GROUP), NOTE_KIND_NOTE, "kind"),
        "group_id": (optional_ident, None, "group"),
        "impact": (whole_number(1, 5, optional=True), None, "impact rating"),
        "shortlisted": (flag, False, "place on the shortlist"),
        "is_example": (flag, False, "example mark"),
    },
    "votes": {
        "id": (ident, new_id, "id"),
        "note_id": (ident, None, "note"),
        "voter_id": (optional_ident, None, "voter"),
        "created": (stamp, now_iso, "time it was given"),
    },
    "people": {
        "id": (ident, new_id, "id"),
        "name": (text(MAX_FIELD_CHARS), "", "name"),
        "role": (text(MAX_FIELD_CHARS), "", "role"),
        "kind": (member_of(ParticipantKind), ParticipantKind.MIXED, "kind"),
        "inside": (flag, False, "inside-or-outside mark"),
        "could_bring": (text(LONG_FIELD_CHARS), "", "what they could bring"),
        "involvement": (text(LONG_FIELD_CHARS), "", "how to involve them"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
    },
    "market_items": {
        "id": (ident, new_id, "id"),
        "sceptic_says": (text(LONG_FIELD_CHARS), "", "worry"),
        "our_answer": (text(LONG_FIELD_CHARS), "", "answer"),
        "audience": (member_of(Audience), Audience.STAFF, "audience"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
    },
    "actions": {
        "id": (ident, new_id, "id"),
        "action": (text(LONG_FIELD_CHARS), "", "action"),
        "first_step": (text(LONG_FIELD_CHARS), "", "first step"),
        "owner": (text(MAX_FIELD_CHARS), "", "owner"),
        "due": (date_or_empty, "", "due date"),
        "co": (member_of(Co, optional=True), None, "Co"),
        "status": (member_of(ActionStatus), ActionStatus.NOT_STARTED, "status"),
        "review_date": (date_or_empty, "", "review date"),
        "carried_from": (text(MAX_FIELD_CHARS), "", "workshop it was carried over from"),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
    },
    "people_links": {
        "person_id": (ident, None, "co-producer"),
        "note_id": (ident, None, "note"),
    },
    "action_links": {
        "action_id": (ident, None, "action"),
        "note_id": (ident, None, "note"),
    },
    # The programme (file format 6): the agenda's blocks and the day's one row.
    "agenda": {
        "id": (ident, new_id, "id"),
        "position": (whole_number(0, 1_000_000), 0, "place in the agenda"),
        "title": (text(MAX_TITLE_CHARS), "Block", "title"),
        "minutes": (whole_number(1, MAX_BLOCK_MINUTES), 15, "length in minutes"),
        "step": (member_of(Step, optional=True), None, "step"),
        "method": (one_of("", *METHODS), "", "way of working"),
        "materials": (text(MAX_TEXT_CHARS), "", "list of what it needs"),
        "notes": (text(MAX_TEXT_CHARS), "", "notes for the facilitator"),
        "started": (room_stamp, "", "actual start"),
        "ran_seconds": (
            whole_number(0, MAX_RAN_SECONDS, optional=True),
            None,
            "actual length",
        ),
        "created": (stamp, now_iso, "creation time"),
        "updated": (stamp, now_iso, "time of the last change"),
    },
    "programme": {
        "id": (one_of("day"), "day", "id"),
        "name": (text(MAX_TITLE_CHARS), "", "name"),
        "description": (text(MAX_TEXT_CHARS), "", "description"),
        "day_start": (whole_number(0, 24 * 60 - 1), 9 * 60 + 30, "start of the day"),
        "running_id": (optional_ident, None, "block running now"),
        "elapsed": (seconds(MAX_RAN_SECONDS), 0.0, "time the block has run"),
        "resumed": (seconds(MAX_POSIX_TIME, optional=True), None, "time its clock started"),
        "extra_minutes": (whole_number(0, MAX_EXTRA_MINUTES), 0, "minutes added"),
        "updated": (stamp, now_iso, "time of the last change"),
    },
    # Notes from phones, waiting for the facilitator: not part of the workshop's data.
    "inbox": {
        "id": (ident, new_id, "id"),
        "text": (text(MAX_NOTE_CHARS), "", "text"),
        "co": (member_of(Co, optional=True), None, "Co"),
        "step": (member_of(Step), Step.MAP, "step"),
        "kind": (member_of(ParticipantKind, optional=True), None, "kind of writer"),
        "name": (text(MAX_INBOX_LABEL_CHARS), "", "writer's name"),
        "phone": (text(MAX_INBOX_LABEL_CHARS), "", "phone's label"),
        "received": (stamp, now_iso, "time it arrived"),
    },
}

#: The inbox's table: checked by the same rules, read apart (:func:`check_inbox`).
INBOX = "inbox"
#: The tables whose rows become a workshop, in the order they are read.
TABLES = tuple(table for table in RULES if table != INBOX)


def columns(table: str) -> tuple[str, ...]:
    """The columns of ``table`` in the order :func:`check_tables` takes a row's values."""
    return tuple(RULES[table])


def check_value(table: str, column: str, value: Any) -> Any:
    """A value the app is about to write, checked by its column's rule: the value to
    store (enums as their text), or BadValue with a plain reason."""
    rule, _default, words = RULES[table][column]
    try:
        value = rule(value)
    except BadValue as exc:
        raise BadValue(f"the {words} {exc.reason}") from None
    if isinstance(value, (Co, Step, ParticipantKind, ActionStatus, Audience)):
        return value.value
    if type(value) is bool:
        return 1 if value else 0
    return value


def text_limit(table: str, column: str) -> int | None:
    """The most characters a text column keeps, or None if the column is not text."""
    return getattr(RULES[table][column][0], "limit", None)


# --- reading a whole workshop ----------------------------------------------------------


def check_inbox(
    rows: list[Any], *, within_limits: bool = True, bad_bytes: bool = False
) -> tuple[list[InboxNote], list[Repair]]:
    """The inbox's notes from its rows (in arrival order), every value checked, and the
    repairs that made them; as :func:`check_tables` does for a workshop's tables."""
    checker = _Checker(within_limits, bad_bytes)
    checked = checker.rows(INBOX, rows)
    checker._unique_ids(INBOX, checked)
    return [_make(InboxNote, r) for r in checked], checker.repairs


class FileRefused(Exception):
    """The rows cannot make a workshop at all (storage turns this into FileDamaged)."""


def check_tables(
    tables: dict[str, list[dict[str, Any]]], *, within_limits: bool = True, bad_bytes: bool = False
) -> tuple[WorkshopData, list[Repair]]:
    """Plain objects from a file's rows, every value checked; and the list of repairs.

    ``within_limits`` False keeps texts longer than the app's limits whole (for reading
    only: an export or a report prints what the file holds); True cuts them, for a copy
    that the app will edit. ``bad_bytes``: texts may hold undecodable bytes as surrogates
    (the file was read again with a tolerant decoder).
    """
    checker = _Checker(within_limits, bad_bytes)
    return checker.run(tables)


class _Checker:
    def __init__(self, within_limits: bool, bad_bytes: bool):
        self.within_limits = within_limits
        self.bad_bytes = bad_bytes
        self.repairs: list[Repair] = []
        #: Bad ids given a new id, by table: old value → new id (links follow).
        self.renamed: dict[str, dict[Any, str]] = {}
        #: Notes parked so far because their place was not a number (each a little apart).
        self._parked = 0

    # -- one row -------------------------------------------------------------------

    def _rules(self, table: str) -> dict[str, Rule]:
        rules = RULES[table]
        if not self.within_limits or self.bad_bytes:
            rules = dict(rules)
            for column, (rule, default, words) in rules.items():
                limit = getattr(rule, "limit", None)
                if limit is None:
                    continue
                if not self.within_limits:
                    limit = 1 << 62
                if self.bad_bytes:
                    rule = _tolerant(limit)
                elif not self.within_limits:
                    rule = text(limit)
                rules[column] = (rule, default, words)
        return rules

    def rows(self, table: str, raw: list[Any]) -> list[dict[str, Any]]:
        """Each row (a tuple in the order of the table's rules, or a dict) checked."""
        rules = self._rules(table)
        columns = tuple(rules)
        checks = [rule for rule, _default, _words in rules.values()]
        out = []
        for row in raw:
            if isinstance(row, dict):
                row = tuple(row.get(column) for column in columns)
            try:  # the common case, a good row, in one pass (opening 5,000 notes: ~20 ms)
                checked = [check(v) for check, v in zip(checks, row, strict=True)]
                out.append(dict(zip(columns, checked, strict=True)))
            except BadValue:
                out.append(self._repaired_row(table, rules, row))
        return out

    def _repaired_row(
        self, table: str, rules: dict[str, Rule], row: tuple[Any, ...]
    ) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        problems: list[_Problem] = []
        for (column, (rule, default, words)), value in zip(rules.items(), row, strict=True):
            try:
                clean[column] = rule(value)
            except BadValue as exc:
                fixed = exc.repaired
                if fixed is None:
                    fixed = default() if callable(default) else default
                clean[column] = fixed
                problems.append((column, words, exc.reason, value))
        self._problems(table, clean, problems)
        return clean

    def _problems(self, table: str, clean: dict[str, Any], problems: list[_Problem]) -> None:
        describe = _DESCRIBE[table]
        for column, words, reason, old in problems:
            if column in ("x", "y"):
                continue  # said once, below
            where = describe(clean)
            if column == "id":
                what = f"its id {reason}; it was given a new one"
                if old is not None:
                    try:
                        self.renamed.setdefault(table, {}).setdefault(old, clean["id"])
                    except TypeError:  # not hashable (cannot be linked to either)
                        pass
            elif column in _LINKS:
                clean[column] = old  # judged with the other links in _check_links
                continue
            else:
                what = f"its {words} {reason}"
                if text_limit(table, column) is None:  # a text's reason says it all
                    what += self._now(column, clean[column], old)
            self.repairs.append(Repair(where, what))
        placed = [p for p in problems if p[0] in ("x", "y")]
        if placed:
            self._place(clean, placed, describe)

    def _now(self, column: str, value: Any, old: Any) -> str:
        """What a repaired value is now, in words to follow its reason."""
        if column in ("due", "review_date", "date"):
            return (
                f" (“{_quote(old)}”); it was left empty"
                if isinstance(old, str)
                else "; it was left empty"
            )
        if column in ("created", "updated"):
            return "; it is now the time of this check"
        if column == "co" and value is None:
            return "; it now has no Co"
        shown = getattr(value, "label", value)
        if isinstance(shown, bool):
            shown = "yes" if shown else "no"
        elif isinstance(shown, float) and shown.is_integer():
            shown = int(shown)
        if value is None:
            return "; it was left empty"
        return f"; it is now “{shown}”"

    def _place(self, clean: dict[str, Any], placed: list[_Problem], describe: _Describe) -> None:
        """A note whose place was not a number goes to the parking area; one far outside
        is brought back to the edge. Its Co follows from where it now is."""
        lost = any(reason == "was not a number" for _c, _w, reason, _o in placed)
        if lost:
            x, y = self._parking_spot()
            clean["x"], clean["y"] = x, y
            what = (
                "its place on the canvas was not a number; it is now in the parking area "
                "at the top left"
            )
        else:
            what = "its place was far outside the canvas; it was brought back to the edge"
        co = STAR.co_at(clean["x"], clean["y"])
        if co != clean.get("co"):
            clean["co"] = co
            what += f" (its Co is now “{co.label}”)" if co else " (it now has no Co)"
        self.repairs.append(Repair(describe(clean), what))

    def _parking_spot(self) -> tuple[float, float]:
        left, top, _w, _h = STAR.canvas_rect()
        k = self._parked
        self._parked += 1
        # Below the parking area's own label (the first 80 units), a little apart each.
        return (left + 160.0 + 30.0 * (k % 20), top + 180.0 + 30.0 * (k % 20) + 4.0 * (k // 20))

    # -- the whole workshop --------------------------------------------------------

    def run(self, tables: dict[str, list[dict[str, Any]]]) -> tuple[WorkshopData, list[Repair]]:
        (
            workshops,
            participants,
            notes,
            votes,
            people,
            market,
            actions,
            people_links,
            action_links,
            agenda,
            programme,
        ) = (self.rows(table, tables.get(table, [])) for table in TABLES)
        if not workshops:
            raise FileRefused("it has no workshop details (title, date, place)")
        if len(workshops) > 1:
            self.repairs.append(
                Repair(
                    "the workshop's details",
                    f"the file holds {len(workshops)} sets of them; the first is used",
                )
            )
        for table, rows in (
            ("participants", participants),
            ("notes", notes),
            ("votes", votes),
            ("people", people),
            ("market_items", market),
            ("actions", actions),
        ):
            self._unique_ids(table, rows)
        self._check_links(participants, notes, votes, people, people_links, actions, action_links)
        data = WorkshopData(
            _make(Workshop, workshops[0]),
            [_make(Participant, r) for r in participants],
            [_make(Note, r) for r in notes],
            [_make(Vote, r) for r in votes],
            _with_links(CoProducer, people, people_links, "person_id"),
            [_make(MarketItem, r) for r in market],
            _with_links(Action, actions, action_links, "action_id"),
        )
        data.programme = self._programme(agenda, programme)
        return data, self.repairs

    def _programme(self, agenda: list[dict[str, Any]], day: list[dict[str, Any]]) -> Programme:
        """The day's programme: blocks in their places (a file's order where two share
        one), at most :data:`MAX_BLOCKS` of them, and the block running now if it is one."""
        self._unique_ids("agenda", agenda)
        ordered = sorted(agenda, key=lambda r: r["position"])  # stable: rowid order
        if len(ordered) > MAX_BLOCKS:
            self.repairs.append(
                Repair(
                    "the agenda",
                    f"it held {len(ordered)} blocks, more than the {MAX_BLOCKS} CoStar "
                    f"Desktop keeps; the last {len(ordered) - MAX_BLOCKS} were left out",
                )
            )
            del ordered[MAX_BLOCKS:]
        blocks = [
            Block(
                title=r["title"],
                minutes=r["minutes"],
                step=r["step"],
                method=r["method"],
                materials=r["materials"],
                notes=r["notes"],
                id=r["id"],
                started=r["started"],
                ran_seconds=r["ran_seconds"],
            )
            for r in ordered
        ]
        if not day:
            return Programme("", blocks)
        if len(day) > 1:
            self.repairs.append(
                Repair("the programme", f"the file holds {len(day)} of them; the first is used")
            )
        row = day[0]
        running = None
        if row["running_id"] is not None:
            target = self._target("agenda", row["running_id"], {b.id for b in blocks})
            if target is None:
                self.repairs.append(
                    Repair(
                        "the programme",
                        "the block it says is running is not in the agenda; "
                        "no block is running now",
                    )
                )
            else:
                running = Running(target, row["elapsed"], row["resumed"], row["extra_minutes"])
        return Programme(row["name"], blocks, row["day_start"], row["description"], running=running)

    def _unique_ids(self, table: str, rows: list[dict[str, Any]]) -> None:
        seen: set[str] = set()
        for row in rows:
            if row["id"] in seen:
                row["id"] = new_id()
                self.repairs.append(
                    Repair(
                        _DESCRIBE[table](row),
                        "its id was the same as another's; it was given a new one",
                    )
                )
            seen.add(row["id"])

    def _target(self, table: str, value: Any, ids: set[str]) -> str | None:
        """What a link's stored value points at now, or None if at nothing."""
        if type(value) is str and value in ids:
            return value
        try:
            renamed = self.renamed.get(table, {}).get(value)
        except TypeError:
            return None
        return renamed if renamed in ids else None

    def _check_links(
        self,
        participants: list[dict[str, Any]],
        notes: list[dict[str, Any]],
        votes: list[dict[str, Any]],
        people: list[dict[str, Any]],
        people_links: list[dict[str, Any]],
        actions: list[dict[str, Any]],
        action_links: list[dict[str, Any]],
    ) -> None:
        participant_ids = {p["id"] for p in participants}
        note_ids = {n["id"] for n in notes}
        groups = {n["id"] for n in notes if n["kind"] == NOTE_KIND_GROUP}
        for n in notes:
            author = n["author_id"]
            if author is not None:
                n["author_id"] = self._target("participants", author, participant_ids)
                if n["author_id"] is None:
                    self.repairs.append(
                        Repair(
                            _describe_note(n),
                            "its author is not among the participants; it now has no author",
                        )
                    )
            group = n["group_id"]
            if group is not None:
                target = self._target("notes", group, groups)
                if target is None or target == n["id"] or n["kind"] == NOTE_KIND_GROUP:
                    n["group_id"] = None
                    self.repairs.append(
                        Repair(
                            _describe_note(n),
                            "its group is not a group card of this workshop; it is now on its own",
                        )
                    )
                else:
                    n["group_id"] = target
        kept = []
        for v in votes:
            v["note_id"] = self._target("notes", v["note_id"], note_ids)
            if v["voter_id"] is not None:
                v["voter_id"] = self._target("participants", v["voter_id"], participant_ids)
                if v["voter_id"] is None:
                    self.repairs.append(
                        Repair(
                            "a dot", "its voter is not among the participants; the dot was left out"
                        )
                    )
                    continue
            if v["note_id"] is None:
                self.repairs.append(
                    Repair(
                        "a dot",
                        "the note it was given to is not in the workshop; the dot was left out",
                    )
                )
                continue
            kept.append(v)
        votes[:] = kept
        for links, owners, table, owner_col, words in (
            (people_links, people, "people", "person_id", "a co-producer"),
            (action_links, actions, "actions", "action_id", "an action"),
        ):
            owner_ids = {o["id"] for o in owners}
            kept, seen = [], set()
            for link in links:
                owner = self._target(table, link[owner_col], owner_ids)
                note = self._target("notes", link["note_id"], note_ids)
                if owner is None or note is None:
                    self.repairs.append(
                        Repair(
                            f"a link from {words} to a note",
                            "what it links is not in the workshop; the link was left out",
                        )
                    )
                    continue
                if (owner, note) not in seen:
                    seen.add((owner, note))
                    kept.append({owner_col: owner, "note_id": note})
            links[:] = kept


def _tolerant(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        return text_with_bad_bytes(value, limit)

    check.limit = limit  # type: ignore[attr-defined]
    return check


def _quote(value: Any, length: int = 40) -> str:
    words = " ".join(str(value).split())
    return words if len(words) <= length else words[: length - 1] + "…"


def _describe_note(row: dict[str, Any]) -> str:
    kind = "group" if row.get("kind") == NOTE_KIND_GROUP else "note"
    words = _quote(row.get("text") or "")
    return f"{kind} “{words}”" if words else f"an empty {kind}"


#: How each table's row is named in the list of repairs.
_DESCRIBE: dict[str, _Describe] = {
    "workshop": lambda r: "the workshop's details",
    "participants": lambda r: f"participant “{_quote(r['name'])}”",
    "notes": _describe_note,
    "votes": lambda r: "a dot",
    "people": lambda r: f"co-producer “{_quote(r['name'] or r['role'])}”",
    "market_items": lambda r: f"the worry “{_quote(r['sceptic_says'])}”",
    "actions": lambda r: f"the action “{_quote(r['action'])}”",
    "people_links": lambda r: "a link from a co-producer to a note",
    "action_links": lambda r: "a link from an action to a note",
    "agenda": lambda r: f"the agenda's block “{_quote(r['title'])}”",
    "programme": lambda r: "the programme",
    "inbox": lambda r: (
        f"the phone's note “{_quote(r['text'])}” in the inbox"
        if _quote(r["text"])
        else "an empty phone's note in the inbox"
    ),
}
#: Columns that point at another row.
_LINKS = ("note_id", "person_id", "action_id", "author_id", "group_id", "voter_id")


def _make(cls: type[_T], row: dict[str, Any]) -> _T:
    """The object with exactly the checked values: its fields are the row's columns, so the
    row becomes its ``__dict__`` (the class's own conversions have nothing left to do, and
    skipping them halves the time to open thousands of notes)."""
    obj = cls.__new__(cls)
    obj.__dict__ = row
    return obj


def _with_links(
    cls: type[_T], rows: list[dict[str, Any]], links: list[dict[str, Any]], owner_col: str
) -> list[_T]:
    by_owner: dict[str, list[str]] = {}
    for link in links:
        by_owner.setdefault(link[owner_col], []).append(link["note_id"])
    made = []
    for row in rows:
        row["note_ids"] = by_owner.get(row["id"], [])
        made.append(_make(cls, row))
    return made


def describe_repairs(repairs: Iterable[Repair], limit: int = 12) -> str:
    """The repairs as lines for a message box: the first ``limit``, then how many more."""
    repairs = list(repairs)
    lines = [f"• {r}" for r in repairs[:limit]]
    if len(repairs) > limit:
        lines.append(f"• … and {len(repairs) - limit} more.")
    return "\n".join(lines)
