"""A realistic sample workshop, written by us, for first runs, demos and tests.

A council's adult social care service maps the co-production it already does.
Positions come from the star's geometry, so the notes land in their Co's sectors.
"""

from __future__ import annotations

import math
import random

from costar_desktop.core.model import (
    DEFAULT_NOTE_HEIGHT,
    DEFAULT_NOTE_WIDTH,
    NOTE_KIND_GROUP,
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
    WorkshopData,
    new_id,
)
from costar_desktop.core.palette import PALETTE
from costar_desktop.core.star import STAR, StarGeometry, point_at
from costar_desktop.core.steps import arrange_group

DEMO_SEED = 20261126
DEMO_SLOT_HEIGHT = 150.0

# (group key, Co or None, step, text)
_DEMO_NOTES: list[tuple[str, Co | None, Step, str]] = [
    (
        "users",
        Co.COMMISSION,
        Step.MAP,
        "People who use home care sit on the panel that scores the bids",
    ),
    ("carers", Co.COMMISSION, Step.MAP, "Carers' forum helps split the respite budget each year"),
    (
        "users",
        Co.COMMISSION,
        Step.MAP,
        "Day-centre members vote on how the activities fund is spent",
    ),
    (
        "staff",
        Co.COMMISSION,
        Step.MAP,
        "Self-advocates helped write the new supported-living contract",
    ),
    (
        "partners",
        Co.COMMISSION,
        Step.MAP,
        "Community groups award the small grants for loneliness projects",
    ),
    ("users", Co.COMMISSION, Step.MAP, "Service users interview candidates for social work jobs"),
    ("users", Co.DESIGN, Step.MAP, "We rewrote the assessment form with the people who fill it in"),
    ("carers", Co.DESIGN, Step.MAP, "Carers tested the new referral web pages before launch"),
    (
        "users",
        Co.DESIGN,
        Step.MAP,
        "Easy-read letters written together with the self-advocacy group",
    ),
    ("carers", Co.DESIGN, Step.MAP, "Families mapped what leaving hospital is really like"),
    (
        "staff",
        Co.DESIGN,
        Step.MAP,
        "Young adults shaped the move from children's to adult services",
    ),
    ("partners", Co.DESIGN, Step.MAP, "Dementia café planned with people living with dementia"),
    ("users", Co.DELIVER, Step.MAP, "Peer mentors visit people in the first weeks after hospital"),
    (
        "partners",
        Co.DELIVER,
        Step.MAP,
        "Volunteer befrienders phone isolated older people every week",
    ),
    ("carers", Co.DELIVER, Step.MAP, "Carers run a monthly drop-in at the central library"),
    ("users", Co.DELIVER, Step.MAP, "People with lived experience help train new social workers"),
    ("partners", Co.DELIVER, Step.MAP, "Men's shed run by its own members"),
    ("users", Co.DELIVER, Step.MAP, "Direct-payment users help each other with paperwork"),
    ("users", Co.ASSESS, Step.MAP, "Experts by experience visit care homes with the quality team"),
    ("carers", Co.ASSESS, Step.MAP, "Carers' panel reads the complaints summary every quarter"),
    ("users", Co.ASSESS, Step.MAP, "Mystery shoppers test the first-contact phone line"),
    ("staff", Co.ASSESS, Step.MAP, "The user forum leads a yearly 'you said, we did' review"),
    ("partners", Co.ASSESS, Step.MAP, "Peer-led survey of how people rate their home care"),
    ("users", None, Step.MAP, "Getting to meetings is hard without transport"),
    ("carers", None, Step.MAP, "Should people be paid for their time?"),
    ("partners", None, Step.MAP, "How do we include people who do not speak English?"),
    ("staff", Co.DELIVER, Step.FOCUS, "Peer mentoring could cut readmissions – worth growing"),
    ("users", Co.DESIGN, Step.FOCUS, "Easy-read letters for every team, not just one"),
    ("carers", Co.COMMISSION, Step.PEOPLE, "Ask the carers' network to put forward two members"),
    ("staff", Co.ASSESS, Step.PEOPLE, "Quality team and experts by experience work as one team"),
    (
        "staff",
        Co.DELIVER,
        Step.MARKET,
        "Managers fear it takes longer – show them the discharge results",
    ),
    ("partners", Co.DESIGN, Step.GROW, "Every new service plan starts with a co-design session"),
]

_GROUPS = {
    "users": ("Table 1 – people who use services", ParticipantKind.SERVICE_USER),
    "carers": ("Table 2 – carers and families", ParticipantKind.CARER),
    "staff": ("Table 3 – staff and managers", ParticipantKind.STAFF),
    "partners": ("Table 4 – partners and community", ParticipantKind.PARTNER),
}

_GROUP_COLOURS = {"users": "yellow", "carers": "orange", "staff": "sky", "partners": "green"}


def estimate_note_height(text: str, width: float = DEFAULT_NOTE_WIDTH) -> float:
    """A rough height for a note's text (the canvas measures the real one)."""
    chars_per_line = max(8, int((width - 20) / 9.5))
    lines = sum(max(1, math.ceil(len(part) / chars_per_line)) for part in text.split("\n"))
    return max(DEFAULT_NOTE_HEIGHT, 58 + 26 * lines)


def demo_workshop(geometry: StarGeometry = STAR, seed: int = DEMO_SEED) -> WorkshopData:
    """The sample workshop: a few dozen notes across the Four Co's and steps.

    Everything comes from ``seed`` except the workshop's id, which is new each time: two
    sample files are two workshops (backups, and bringing tables' files back, tell
    workshops apart by that id).
    """
    rng = random.Random(seed)
    new_id(rng)  # the draw that once made the workshop's id: every other id stays the same
    workshop = Workshop(
        id=new_id(),
        title="Growing co-production in adult social care",
        date="2026-11-26",
        venue="Riverside Community Hall, Room 2",
        organisation="Riverside Council – Adult Social Care",
        facilitator="Sam Okafor",
    )
    groups = {
        key: Participant(id=new_id(rng), name=name, kind=kind, is_group=True)
        for key, (name, kind) in _GROUPS.items()
    }
    slots: dict[Co | None, list[tuple[float, float]]] = {}
    notes: list[Note] = []
    for key, co, step, text in _DEMO_NOTES:
        if co not in slots:
            slots[co] = list(
                geometry.note_slots(co, DEFAULT_NOTE_WIDTH, DEMO_SLOT_HEIGHT, gap=10.0)
            )
        x, y = slots[co].pop(0)
        notes.append(
            Note(
                id=new_id(rng),
                text=text,
                x=x,
                y=y,
                height=estimate_note_height(text),
                colour=_GROUP_COLOURS[key],
                author_id=groups[key].id,
                co=co,
                step=step,
            )
        )
    data = WorkshopData(workshop, list(groups.values()), notes)
    _add_steps(data, groups, rng, geometry)
    return data


def _find(data: WorkshopData, start: str) -> Note:
    return next(n for n in data.notes if n.text.startswith(start))


def _add_steps(
    data: WorkshopData, groups: dict[str, Participant], rng: random.Random, geometry: StarGeometry
) -> None:
    """Votes, a group, impact ratings, a shortlist, people, sceptics' worries and actions."""
    peer_a = _find(data, "Peer mentors visit")
    peer_b = _find(data, "Peer mentoring could")
    # Two Deliver notes gathered under a title, low in the Co-deliver point.
    anchor = point_at(180.0, geometry.valley_radius * 1.07)
    group = Note(
        id=new_id(rng),
        kind=NOTE_KIND_GROUP,
        text="Peer support after hospital",
        x=anchor[0],
        y=anchor[1],
        colour="white",
        step=Step.FOCUS,
        shortlisted=True,
        impact=5,
        height=60.0,
    )
    group.co = geometry.co_at(group.x, group.y)
    members = [peer_a, peer_b]
    others = [n for n in data.notes if n.co == Co.DELIVER and n not in members]
    places = arrange_group(anchor[0], anchor[1], [(n.width, n.height) for n in members])
    for note, (x, y) in zip(members, places, strict=True):
        note.x, note.y, note.group_id = x, y, group.id
        note.co = geometry.co_at(x, y)
    # The other Deliver notes make room: they take the sector's free places.
    frame = (
        min(n.x - n.width / 2 for n in members) - 20,
        min(n.y - n.height / 2 for n in members) - 60,
        max(n.x + n.width / 2 for n in members) + 20,
        max(n.y + n.height / 2 for n in members) + 20,
    )
    free = [
        (x, y)
        for x, y in geometry.note_slots(Co.DELIVER, DEFAULT_NOTE_WIDTH, DEMO_SLOT_HEIGHT, 10.0)
        if x + DEFAULT_NOTE_WIDTH / 2 < frame[0]
        or x - DEFAULT_NOTE_WIDTH / 2 > frame[2]
        or y + DEMO_SLOT_HEIGHT / 2 < frame[1]
        or y - DEMO_SLOT_HEIGHT / 2 > frame[3]
    ]
    assert len(free) >= len(others), "the sample's Co-deliver notes do not fit beside the group"
    for note, (x, y) in zip(others, free, strict=False):  # more free places than notes
        note.x, note.y = x, y
    data.notes.append(group)

    easy_read = _find(data, "Easy-read letters written")
    discharge = _find(data, "Families mapped")
    inspect = _find(data, "Experts by experience visit")
    grants = _find(data, "Community groups award")
    befrienders = _find(data, "Volunteer befrienders")
    every_plan = _find(data, "Every new service plan")
    for note, impact in ((easy_read, 4), (discharge, 4), (inspect, 3), (befrienders, 3)):
        note.impact = impact
    for note in (easy_read, discharge, inspect):
        note.shortlisted = True

    ballots = {
        "users": [group, group, easy_read],
        "carers": [discharge, discharge, grants],
        "staff": [group, every_plan, inspect],
        "partners": [befrienders, befrienders, inspect],
    }
    for key, targets in ballots.items():
        for target in targets:
            data.votes.append(Vote(id=new_id(rng), note_id=target.id, voter_id=groups[key].id))

    data.people = [
        CoProducer(
            id=new_id(rng),
            role="Peer mentor coordinator",
            kind=ParticipantKind.STAFF,
            inside=True,
            could_bring="Runs training for new mentors",
            involvement="Lead the peer support pilot",
            note_ids=[group.id],
        ),
        CoProducer(
            id=new_id(rng),
            name="Grace",
            role="Former patient",
            kind=ParticipantKind.SERVICE_USER,
            inside=False,
            could_bring="Knows what the first week at home is like",
            involvement="Mentor two people a month",
            note_ids=[group.id, discharge.id],
        ),
        CoProducer(
            id=new_id(rng),
            role="Riverside Carers Network",
            kind=ParticipantKind.COMMUNITY,
            inside=False,
            could_bring="Reaches carers the council never meets",
            involvement="Put forward two members for the design group",
            note_ids=[discharge.id],
        ),
        CoProducer(
            id=new_id(rng),
            role="Self-advocacy group",
            kind=ParticipantKind.SERVICE_USER,
            inside=False,
            could_bring="Checks every letter is clear",
            involvement="Test letters once a month",
            note_ids=[easy_read.id],
        ),
        CoProducer(
            id=new_id(rng),
            role="Quality team manager",
            kind=ParticipantKind.MANAGER,
            inside=True,
            could_bring="Visit schedule and training budget",
            involvement="Pair each inspector with an expert by experience",
            note_ids=[inspect.id],
        ),
    ]
    data.market_items = [
        MarketItem(
            id=new_id(rng),
            audience=Audience.MANAGERS,
            sceptic_says="This will slow everything down.",
            our_answer="The discharge project took two extra weeks and cut "
            "readmissions by a fifth.",
        ),
        MarketItem(
            id=new_id(rng),
            audience=Audience.STAFF,
            sceptic_says="We already listen to people.",
            our_answer="Listening is a start. Here people share the decision and the work.",
        ),
        MarketItem(
            id=new_id(rng),
            audience=Audience.BOARD,
            sceptic_says="What if people want things we cannot afford?",
            our_answer="People set priorities within a budget they can see, as "
            "the respite panel already does.",
        ),
        MarketItem(
            id=new_id(rng),
            audience=Audience.SERVICE_USERS,
            sceptic_says="Nothing changes after these meetings.",
            our_answer="Every action has an owner and a date, and we report back in three months.",
        ),
    ]
    plan = [
        (
            "Start a peer support pilot on two wards",
            "Agree the wards with the matron",
            "Peer mentor coordinator",
            "2027-01-15",
            Co.DELIVER,
            ActionStatus.IN_PROGRESS,
            [group.id],
        ),
        (
            "Recruit and train six peer mentors",
            "Advertise through the carers' network",
            "Grace and the coordinator",
            "2027-02-28",
            Co.DELIVER,
            ActionStatus.NOT_STARTED,
            [group.id],
        ),
        (
            "Rewrite the ten most used letters in easy read",
            "List the letters with the front door team",
            "Self-advocacy group",
            "2027-03-31",
            Co.DESIGN,
            ActionStatus.NOT_STARTED,
            [easy_read.id],
        ),
        (
            "Set up a hospital discharge design group",
            "Invite two carers and two ward staff",
            "Head of adult social care",
            "2027-01-31",
            Co.DESIGN,
            ActionStatus.NOT_STARTED,
            [discharge.id],
        ),
        (
            "Pair every care home visit with an expert by experience",
            "Share the visit calendar",
            "Quality team manager",
            "2027-02-15",
            Co.ASSESS,
            ActionStatus.NOT_STARTED,
            [inspect.id],
        ),
        (
            "Pay people for their time at co-design meetings",
            "Write the payment policy",
            "Finance business partner",
            "2027-03-15",
            Co.COMMISSION,
            ActionStatus.NOT_STARTED,
            [],
        ),
        (
            "Book accessible transport for every meeting",
            "Ask the community transport scheme",
            "Engagement officer",
            "2026-12-15",
            None,
            ActionStatus.DONE,
            [],
        ),
        (
            "Report back to everyone who came today",
            "Send the action plan in easy read",
            "Sam Okafor",
            "2026-12-10",
            None,
            ActionStatus.NOT_STARTED,
            [],
        ),
        (
            "Add a co-design session to every new service plan",
            "Change the planning template",
            "Director of adult social care",
            "2027-04-30",
            Co.DESIGN,
            ActionStatus.NOT_STARTED,
            [every_plan.id],
        ),
    ]
    for action, first, owner, due, co, status, links in plan:
        data.actions.append(
            Action(
                id=new_id(rng),
                action=action,
                first_step=first,
                owner=owner,
                due=due,
                co=co,
                status=status,
                note_ids=links,
                review_date="2027-03-01",
            )
        )


def large_workshop(
    note_count: int,
    seed: int = DEMO_SEED,
    geometry: StarGeometry = STAR,
    action_count: int | None = None,
) -> WorkshopData:
    """A big generated workshop for benchmarks: ``note_count`` notes, same seed, same file.

    With ``action_count``, the sample's actions are replaced by that many generated ones
    (owners, dates, Co's and statuses drawn from the same seed).
    """
    rng = random.Random(seed)
    base = demo_workshop(geometry, seed)
    texts = [t for _, _, _, t in _DEMO_NOTES]
    notes = []
    left, top, width, height = geometry.canvas_rect()
    steps = list(Step)
    for i in range(note_count):
        x = left + 100 + rng.random() * (width - 200)
        y = top + 60 + rng.random() * (height - 120)
        author = rng.choice(base.participants)
        notes.append(
            Note(
                id=new_id(rng),
                text=f"{rng.choice(texts)} (#{i + 1})",
                x=x,
                y=y,
                height=estimate_note_height(texts[0]),
                colour=rng.choice(PALETTE).key,
                author_id=author.id,
                co=geometry.co_at(x, y),
                step=rng.choice(steps),
            )
        )
    base.notes = notes
    # The generated notes replace the sample's, so nothing may point at the old ones.
    base.votes = []
    for p in base.people:
        p.note_ids = []
    for a in base.actions:
        a.note_ids = []
    if action_count is not None:
        base.actions = _generated_actions(base.actions, action_count, rng)
    return base


def _generated_actions(sample: list[Action], count: int, rng: random.Random) -> list[Action]:
    owners = sorted({a.owner for a in sample})
    cos = [None, *Co]
    actions = []
    for i in range(count):
        model = sample[i % len(sample)]
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        actions.append(
            Action(
                id=new_id(rng),
                action=f"{model.action} (#{i + 1})",
                first_step=model.first_step,
                owner=rng.choice(owners),
                due=f"{2027 + (month < 3)}-{month:02d}-{day:02d}",
                co=rng.choice(cos),
                status=rng.choice(list(ActionStatus)),
            )
        )
    return actions
