"""Plain data classes for one workshop: its details, participants and notes.

These objects are what storage returns and what the UI, exports and reports read.
They hold no behaviour that needs Qt or SQL.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

if TYPE_CHECKING:
    import random

    from costar_desktop.core.programme import Programme


_C = TypeVar("_C", bound="Choice")
_D = TypeVar("_D")


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_I = TypeVar("_I", bound=_HasId)


class Choice(str, Enum):
    """One of a fixed set of values, kept in files as its text (the base of our enums)."""

    @overload
    @classmethod
    def of(cls: type[_C], value: _C | str) -> _C: ...
    @overload
    @classmethod
    def of(cls: type[_C], value: _C | str | None, default: _D) -> _C | _D: ...
    @classmethod
    def of(cls: type[_C], value: _C | str | None, default: object = ...) -> object:
        """``value`` (a member, or its text from a widget or a file) as a member.

        None or "" give ``default`` when one is given (None for an optional field);
        otherwise, like text that is no member, they raise ValueError."""
        if (value is None or value == "") and default is not ...:
            return default
        return value if type(value) is cls else cls(value)


class Co(Choice):
    """The Four Co's: the ways service users and communities take part."""

    COMMISSION = "commission"
    DESIGN = "design"
    DELIVER = "deliver"
    ASSESS = "assess"

    @property
    def label(self) -> str:
        return CO_LABELS[self]


CO_LABELS = {
    Co.COMMISSION: "Co-commission",
    Co.DESIGN: "Co-design",
    Co.DELIVER: "Co-deliver",
    Co.ASSESS: "Co-assess",
}


class Step(Choice):
    """The five steps a workshop walks through, in order."""

    MAP = "map"
    FOCUS = "focus"
    PEOPLE = "people"
    MARKET = "market"
    GROW = "grow"

    @property
    def label(self) -> str:
        return STEP_LABELS[self]


STEP_LABELS = {
    Step.MAP: "Map",
    Step.FOCUS: "Focus",
    Step.PEOPLE: "People",
    Step.MARKET: "Market",
    Step.GROW: "Grow",
}


class ParticipantKind(Choice):
    """Who a participant or table group is, for the voices and anonymised exports."""

    SERVICE_USER = "service_user"
    CARER = "carer"
    FAMILY = "family"
    VOLUNTEER = "volunteer"
    STAFF = "staff"
    MANAGER = "manager"
    PARTNER = "partner"
    COMMUNITY = "community"
    MIXED = "mixed"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    ParticipantKind.SERVICE_USER: "Service user",
    ParticipantKind.CARER: "Carer",
    ParticipantKind.FAMILY: "Family member",
    ParticipantKind.VOLUNTEER: "Volunteer",
    ParticipantKind.STAFF: "Staff",
    ParticipantKind.MANAGER: "Manager",
    ParticipantKind.PARTNER: "Partner organisation",
    ParticipantKind.COMMUNITY: "Community group",
    ParticipantKind.MIXED: "Mixed group",
}


class ActionStatus(Choice):
    """Where an action of the action plan stands."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    ActionStatus.NOT_STARTED: "Not started",
    ActionStatus.IN_PROGRESS: "In progress",
    ActionStatus.DONE: "Done",
}


class Audience(Choice):
    """Who a sceptic's worry, and our answer to it, is about."""

    STAFF = "staff"
    MANAGERS = "managers"
    BOARD = "board"
    SERVICE_USERS = "service_users"
    COMMUNITY = "community"

    @property
    def label(self) -> str:
        return AUDIENCE_LABELS[self]


AUDIENCE_LABELS = {
    Audience.STAFF: "Staff",
    Audience.MANAGERS: "Managers",
    Audience.BOARD: "Board",
    Audience.SERVICE_USERS: "Service users",
    Audience.COMMUNITY: "Community",
}

NOTE_KIND_NOTE = "note"
NOTE_KIND_GROUP = "group"
DEFAULT_VOTE_BUDGET = 3

#: Upper bound on a note's text. Long enough for any real sticky note (and a
#: pasted paragraph); short enough that one note cannot swamp a report.
MAX_NOTE_CHARS = 20_000
#: Upper bound on short single-line fields such as a title or a name.
MAX_FIELD_CHARS = 500

DEFAULT_NOTE_WIDTH = 220.0
DEFAULT_NOTE_HEIGHT = 100.0


def now_iso() -> str:
    """The current time as an ISO 8601 UTC string with milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_id(rng: random.Random | None = None) -> str:
    """A fresh random UUID (text). With ``rng``, the id is reproducible from its seed."""
    import uuid  # here: uuid loads the platform module, which opening a workshop never needs

    if rng is None:
        return str(uuid.uuid4())
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def clean_text(text: str, limit: int = MAX_NOTE_CHARS) -> str:
    """Normalise line endings and refuse text longer than ``limit`` characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    text = text.replace("\x00", "")
    if len(text) > limit:
        raise ValueError(
            f"This text is {len(text):,} characters long; the limit is {limit:,}. "
            "Please shorten it or split it into several notes."
        )
    return text


@dataclass
class Workshop:
    """The details shown on the cover of every report."""

    id: str = field(default_factory=new_id)
    title: str = "Untitled workshop"
    date: str = ""  # ISO date (YYYY-MM-DD) or empty
    venue: str = ""
    organisation: str = ""
    facilitator: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    #: Dots each voter may give in the Focus step.
    vote_budget: int = DEFAULT_VOTE_BUDGET
    #: While True, dots are collected but not shown (revealed by the facilitator).
    votes_hidden: bool = False
    #: The step the group is working on (where the file reopens).
    current_step: Step = None  # type: ignore[assignment]

    EDITABLE = ("title", "date", "venue", "organisation", "facilitator")
    SETTINGS = ("vote_budget", "votes_hidden", "current_step")

    def __post_init__(self) -> None:
        self.current_step = Step.of(self.current_step, Step.MAP)
        self.vote_budget = int(self.vote_budget)
        self.votes_hidden = bool(self.votes_hidden)


#: The most people one participant can stand for (a table group; see Participant.size).
MAX_TABLE_SIZE = 200


@dataclass
class Participant:
    """A person or a table group who writes notes.

    ``size`` is how many people the participant stands for: 1 for a person, the number at
    the table for a table group. Each of them has the workshop's dots (fair dots).
    """

    id: str = field(default_factory=new_id)
    name: str = ""
    kind: ParticipantKind = ParticipantKind.SERVICE_USER
    is_group: bool = False
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    size: int = 1

    EDITABLE = ("name", "kind", "is_group", "size")

    def __post_init__(self) -> None:
        self.kind = ParticipantKind.of(self.kind)
        self.is_group = bool(self.is_group)


@dataclass
class Note:
    """A sticky note on the star. ``x``/``y`` is the note's centre in star units."""

    id: str = field(default_factory=new_id)
    text: str = ""
    x: float = 0.0
    y: float = 0.0
    width: float = DEFAULT_NOTE_WIDTH
    height: float = DEFAULT_NOTE_HEIGHT
    colour: str = "yellow"
    author_id: str | None = None
    co: Co | None = None
    step: Step = Step.MAP
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    #: "note", or "group" for the title card of a group of notes.
    kind: str = NOTE_KIND_NOTE
    #: The group this note belongs to (the id of a group card), if any.
    group_id: str | None = None
    #: Optional impact rating from 1 to 5 (Focus step).
    impact: int | None = None
    #: On the shortlist that the People, Market and Grow steps work on.
    shortlisted: bool = False
    #: Made from the inspiration deck rather than by the group.
    is_example: bool = False

    EDITABLE = (
        "text",
        "x",
        "y",
        "width",
        "height",
        "colour",
        "author_id",
        "co",
        "step",
        "kind",
        "group_id",
        "impact",
        "shortlisted",
        "is_example",
    )

    def __post_init__(self) -> None:
        # Notes read from a file already hold the enums (thousands of them at a time).
        if self.co is not None and type(self.co) is not Co:
            self.co = Co.of(self.co, None)
        if type(self.step) is not Step:
            self.step = Step.of(self.step)
        if self.kind not in (NOTE_KIND_NOTE, NOTE_KIND_GROUP):
            self.kind = NOTE_KIND_NOTE
        if self.impact is not None:
            self.impact = int(self.impact)
            if not 1 <= self.impact <= 5:
                raise ValueError("An impact rating is a whole number from 1 to 5.")
        self.shortlisted = bool(self.shortlisted)
        self.is_example = bool(self.is_example)

    @property
    def is_group(self) -> bool:
        return self.kind == NOTE_KIND_GROUP

    def copy(self, **changes: Any) -> Note:
        return dataclasses.replace(self, **changes)


@dataclass
class Vote:
    """One dot that a voter gave to a note or a group card (Focus step)."""

    id: str = field(default_factory=new_id)
    note_id: str = ""
    voter_id: str | None = None
    created: str = field(default_factory=now_iso)


@dataclass
class CoProducer:
    """Someone who could co-produce (People step). A role alone is fine: names are optional."""

    id: str = field(default_factory=new_id)
    name: str = ""
    role: str = ""
    kind: ParticipantKind = ParticipantKind.SERVICE_USER
    #: Inside the organisation (True) or outside it (False).
    inside: bool = False
    could_bring: str = ""
    involvement: str = ""
    #: Shortlisted notes or groups this person links to.
    note_ids: list[str] = field(default_factory=list)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    EDITABLE = ("name", "role", "kind", "inside", "could_bring", "involvement", "note_ids")

    def __post_init__(self) -> None:
        self.kind = ParticipantKind.of(self.kind)
        self.inside = bool(self.inside)
        self.note_ids = list(self.note_ids)

    def display_name(self) -> str:
        if self.name and self.role:
            return f"{self.name} ({self.role})"
        return self.name or self.role or self.kind.label


@dataclass
class MarketItem:
    """What a sceptic might say and our answer to it (Market step)."""

    id: str = field(default_factory=new_id)
    sceptic_says: str = ""
    our_answer: str = ""
    audience: Audience = Audience.STAFF
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    EDITABLE = ("sceptic_says", "our_answer", "audience")

    def __post_init__(self) -> None:
        self.audience = Audience.of(self.audience)


@dataclass
class Action:
    """One agreed action of the action plan (Grow step)."""

    id: str = field(default_factory=new_id)
    action: str = ""
    first_step: str = ""
    owner: str = ""
    due: str = ""  # YYYY-MM-DD or empty
    co: Co | None = None
    status: ActionStatus = ActionStatus.NOT_STARTED
    review_date: str = ""  # YYYY-MM-DD or empty
    note_ids: list[str] = field(default_factory=list)
    #: Title of the earlier workshop this action was carried over from, if any.
    carried_from: str = ""
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    EDITABLE = (
        "action",
        "first_step",
        "owner",
        "due",
        "co",
        "status",
        "review_date",
        "note_ids",
        "carried_from",
    )

    def __post_init__(self) -> None:
        self.co = Co.of(self.co, None)
        self.status = ActionStatus.of(self.status)
        self.note_ids = list(self.note_ids)


#: Upper bound on the name a phone's writer gives, and on the label a phone gets.
MAX_INBOX_LABEL_CHARS = 40


@dataclass
class InboxNote:
    """A note written on a phone, waiting in the inbox until the facilitator puts it on the
    star (or turns it down). Kept in the workshop file, apart from :class:`WorkshopData`:
    exports and reports never see it."""

    id: str = field(default_factory=new_id)
    text: str = ""
    #: The Co the writer chose, if any.
    co: Co | None = None
    #: The step that was current when the note arrived.
    step: Step = Step.MAP
    #: Who the writer said they are, if they said.
    kind: ParticipantKind | None = None
    #: The writer's name; "" for anonymous.
    name: str = ""
    #: The label the app gives the phone ("Phone 3"); never its token.
    phone: str = ""
    #: When it arrived (ISO 8601, UTC).
    received: str = field(default_factory=now_iso)

    EDITABLE = ("text",)

    def __post_init__(self) -> None:
        if self.co is not None and type(self.co) is not Co:
            self.co = Co.of(self.co, None)
        if type(self.step) is not Step:
            self.step = Step.of(self.step)
        if self.kind is not None and type(self.kind) is not ParticipantKind:
            self.kind = ParticipantKind.of(self.kind, None)

    def copy(self, **changes: Any) -> InboxNote:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class BreakoutLine:
    """One bringing-back of a table's file into this workshop (breakout tables): which
    table, when, and how many things of each kind its file added, changed and removed.

    Read from the file's ``merges`` records, which may come from anywhere: make one with
    :func:`costar_desktop.core.breakouts.breakout_line`, which keeps only the sound parts
    of a record. The kinds and their words are :data:`costar_desktop.core.merge_words.KIND_WORDS`.
    """

    #: The table's id in the breakout (a table brought back twice has two lines).
    table_id: str
    #: The table's name, as the facilitator gave it (it may be people's names).
    table: str
    #: When it was brought back: the host's clock, ISO 8601 UTC (told, never compared).
    merged: str
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    removed: dict[str, int] = field(default_factory=dict)
    #: Changes that clashed and that the facilitator decided (or left to the defaults).
    conflicts: int = 0
    #: Rows missing from the table's file without a record of their deletion (kept).
    missing: int = 0

    def summary(self) -> dict[str, Any]:
        """The counts in the shape the file keeps (see core/merge_words.py table_summary)."""
        return {
            "added": dict(self.added),
            "changed": dict(self.changed),
            "removed": dict(self.removed),
            "conflicts": self.conflicts,
            "missing": self.missing,
        }


def _no_programme() -> Programme:
    from costar_desktop.core.programme import Programme

    return Programme("", [])


@dataclass
class WorkshopData:
    """Everything in one workshop file, as plain objects (for export and reports)."""

    workshop: Workshop
    participants: list[Participant]
    notes: list[Note]
    votes: list[Vote] = field(default_factory=list)
    people: list[CoProducer] = field(default_factory=list)
    market_items: list[MarketItem] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    #: Each time a table's file was brought back, in the order it happened (breakout
    #: tables); empty for a workshop never handed out. Not one of the file's own tables:
    #: storage fills it when it reads the whole file, the window's document too.
    breakouts: list[BreakoutLine] = field(default_factory=list)
    #: The day's programme: its agenda and what actually ran (file format 6); no blocks
    #: for a workshop without one.
    programme: Programme = field(default_factory=lambda: _no_programme())
    #: Id -> position indexes of the lists above (see _lookup); not part of the data.
    _indexes: dict[str, tuple[tuple[int, int], dict[str, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def participant(self, participant_id: str | None) -> Participant | None:
        return self._lookup("participants", self.participants, participant_id)

    def note(self, note_id: str | None) -> Note | None:
        """The note with this id, or None: a look-up in an index, not a walk over the notes."""
        return self._lookup("notes", self.notes, note_id)

    def notes_by_id(self) -> dict[str, Note]:
        """The notes by id (for the rules of :mod:`costar_desktop.core.rules`)."""
        return {n.id: n for n in self.notes}

    def _lookup(self, name: str, items: Sequence[_I], wanted: str | None) -> _I | None:
        # An index of positions, made again when the list is another or its length changed.
        # A hit is checked, and an object replaced in place by another makes a new index;
        # objects replaced in place keep their ids (as the document's copies do).
        made_for = (id(items), len(items))
        made = self._indexes.get(name)
        for fresh in (False, True):
            if made is None or made[0] != made_for or fresh:
                made = self._indexes[name] = (made_for, {x.id: i for i, x in enumerate(items)})
            i = made[1].get(wanted) if wanted is not None else None
            if i is None:
                return None
            if items[i].id == wanted:
                return items[i]
        return None
