"""Plain data classes for one workshop: its details, participants and notes.

These objects are what storage returns and what the UI, exports and reports read.
They hold no behaviour that needs Qt or SQL.
"""

from __future__ import annotations

import dataclasses
import random
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum


class Co(str, Enum):
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


class Step(str, Enum):
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


class ParticipantKind(str, Enum):
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

    EDITABLE = ("title", "date", "venue", "organisation", "facilitator")


@dataclass
class Participant:
    """A person or a table group who writes notes."""

    id: str = field(default_factory=new_id)
    name: str = ""
    kind: ParticipantKind = ParticipantKind.SERVICE_USER
    is_group: bool = False
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    EDITABLE = ("name", "kind", "is_group")

    def __post_init__(self) -> None:
        self.kind = ParticipantKind(self.kind)
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

    EDITABLE = ("text", "x", "y", "width", "height", "colour", "author_id", "co", "step")

    def __post_init__(self) -> None:
        self.co = Co(self.co) if self.co is not None else None
        self.step = Step(self.step)

    def copy(self, **changes) -> "Note":
        return dataclasses.replace(self, **changes)


@dataclass
class WorkshopData:
    """Everything in one workshop file, as plain objects (for export and reports)."""

    workshop: Workshop
    participants: list[Participant]
    notes: list[Note]

    def participant(self, participant_id: str | None) -> Participant | None:
        for p in self.participants:
            if p.id == participant_id:
                return p
        return None
