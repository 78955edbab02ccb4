"""Each step's section of the report shows that step's work, once.

An organiser printed the report of a real workshop: its People, Market and Grow sections
said "Nothing recorded yet", though the workshop held co-producers, sceptics' worries with
our answers, and actions — printed pages later under other headings. A manager reading
it was misled. The sections here are read back from the PDF as a viewer gives its text.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from costar_desktop.core.model import (
    Action,
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
)
from costar_desktop.report import build_pdf
from tests.report.conftest import squash

NOTHING = "Nothing recorded yet."
EASY_NOTHING = "Nothing here yet."
HEADINGS = ["1 Map", "2 Focus", "3 People", "4 Market", "5 Grow", "Voices"]
EASY_HEADINGS = [
    "Step 1: Map",
    "Step 2: Focus",
    "Step 3: People",
    "Step 4: Market",
    "Step 5: Grow",
    "Who spoke",
]


def organisers_workshop() -> WorkshopData:
    """Like the organiser's: notes only at Map (some voted, one shortlisted), and the work
    of People, Market and Grow in their own lists, with no notes at those steps."""
    table = Participant(id="t1", name="Table 1", kind=ParticipantKind.SERVICE_USER, is_group=True)
    texts = [
        ("Tenants check the repairs contractor's work", Co.ASSESS),
        ("Residents' panel sets the year's priorities", Co.COMMISSION),
        ("Young people redesigned the youth club timetable", Co.DESIGN),
        ("Neighbours run the Saturday lunch club", Co.DELIVER),
        ("Library volunteers teach phone skills", Co.DELIVER),
    ]
    notes = [
        Note(
            id=f"n{i}",
            text=text,
            co=co,
            step=Step.MAP,
            author_id="t1",
            x=-600 + 300 * i,
            y=-300,
            created=f"2026-11-26T09:0{i}:00.000Z",
            shortlisted=(i == 1),
        )
        for i, (text, co) in enumerate(texts)
    ]
    votes = [
        Vote(id=f"v{i}", note_id=note_id, voter_id="t1")
        for i, note_id in enumerate(["n1", "n1", "n1", "n3", "n3"])
    ]
    people = [
        CoProducer(
            id="c1",
            name="Amira",
            role="Tenant rep",
            inside=False,
            could_bring="Knows every block on the estate",
            involvement="Chairs the panel",
            note_ids=["n1"],
        ),
        CoProducer(
            id="c2",
            role="Housing officer",
            inside=True,
            could_bring="Budget figures each quarter",
            involvement="Reports back monthly",
        ),
    ]
    market = [
        MarketItem(
            id="m1",
            sceptic_says="Tenants will only complain",
            our_answer="Last year they cut repeat repairs by a third",
            audience=Audience.MANAGERS,
        ),
        MarketItem(
            id="m2",
            sceptic_says="We have no time for panels",
            our_answer="The panel meets in the lunch hour",
            audience=Audience.STAFF,
        ),
    ]
    actions = [
        Action(
            id="a1",
            action="Invite five tenants to the priorities meeting",
            first_step="Write to the blocks",
            owner="Housing officer",
            due="2027-02-01",
            co=Co.COMMISSION,
        ),
        Action(
            id="a2",
            action="Pay travel for volunteers",
            first_step="Ask finance",
            owner="Manager",
            due="2027-03-15",
            co=Co.DELIVER,
        ),
    ]
    workshop = Workshop(
        id="w", title="Estate services day", date="2026-11-26", venue="Community centre"
    )
    return WorkshopData(
        workshop, [table], notes, votes=votes, people=people, market_items=market, actions=actions
    )


def report_sections(path, headings: list[str]) -> dict[str, str]:
    """The text of each step's section (and Voices), from its heading to the next one.

    Read from the third page on: the first holds the contents and the second the star,
    whose step ring carries the same words.
    """
    pages = [p.extract_text() for p in PdfReader(str(path)).pages][2:]
    lines = [line.strip() for page in pages for line in _without_footer(page.splitlines())]
    starts = []
    for heading in headings:
        found = [i for i, line in enumerate(lines) if line == heading]
        assert found, f"no heading {heading!r}"
        starts.append(found[0])
    assert starts == sorted(starts), "the sections are out of order"
    ends = starts[1:] + [len(lines)]
    return {h: "\n".join(lines[s + 1 : e]) for h, s, e in zip(headings, starts, ends, strict=True)}


def _without_footer(lines: list[str]) -> list[str]:
    """A page's lines less its footer ("Workshop report · … Page 3 of" and "7")."""
    for i, line in enumerate(lines):
        if re.search(r"Page \d+ of$", line.strip()):
            rest = lines[i + 1 :]
            return lines[:i] + (rest[1:] if rest and rest[0].strip().isdigit() else rest)
    return lines


def whole_text(path) -> str:
    return squash("".join(p.extract_text() for p in PdfReader(str(path)).pages))


def _build(tmp_path, data, **options):
    path = tmp_path / "report.pdf"
    build_pdf(data, "report", path, **options)
    return path


def test_each_step_shows_its_own_work(tmp_path):
    data = organisers_workshop()
    path = _build(tmp_path, data)
    sections = report_sections(path, HEADINGS)
    text = {h: squash(t) for h, t in sections.items()}

    for note in data.notes:
        assert squash(note.text) in text["1 Map"], note.text
    # Focus: the ranking by dots and the shortlist (notes 2 and 4 had dots; 2 is chosen).
    assert squash("Voting ranking") in text["2 Focus"]
    assert squash("2 Residents' panel sets the year's priorities") in text["2 Focus"]
    assert squash("4 Neighbours run the Saturday lunch club") in text["2 Focus"]
    assert squash("Shortlist: 2") in text["2 Focus"]
    # People: the co-producers.
    for person in data.people:
        assert squash(person.display_name()) in text["3 People"]
        assert squash(person.could_bring) in text["3 People"]
        assert squash(person.involvement) in text["3 People"]
    # Market: every worry with its answer, under its audience.
    for item in data.market_items:
        assert squash(item.audience.label + "They might say") in text["4 Market"]
        assert (
            squash(item.sceptic_says) in text["4 Market"]
            and squash(item.our_answer) in text["4 Market"]
        )
    # Grow: the actions, with their owners and first steps.
    for action in data.actions:
        for words in (action.action, action.first_step, action.owner):
            assert squash(words) in text["5 Grow"], words
    for heading in HEADINGS:
        assert NOTHING not in sections[heading], heading


def test_nothing_is_printed_twice(tmp_path):
    data = organisers_workshop()
    text = whole_text(_build(tmp_path, data))
    once = [p.could_bring for p in data.people] + [p.involvement for p in data.people]
    once += [m.sceptic_says for m in data.market_items] + [m.our_answer for m in data.market_items]
    once += [a.action for a in data.actions] + [a.first_step for a in data.actions]
    # Notes without dots: only in their step's list (a voted note is in the ranking too).
    once += [n.text for n in data.notes if n.id not in ("n1", "n3")]
    for words in once:
        assert text.count(squash(words)) == 1, words
    for note in (data.notes[1], data.notes[3]):
        assert text.count(squash(note.text)) == 2, note.text
    assert squash(NOTHING) not in text


def test_nothing_recorded_only_where_a_step_holds_nothing(tmp_path):
    data = organisers_workshop()
    data.market_items = []  # no worries heard: Market alone says so
    sections = report_sections(_build(tmp_path, data), HEADINGS)
    assert sections["4 Market"].strip().endswith(NOTHING)
    for heading in ("1 Map", "2 Focus", "3 People", "5 Grow"):
        assert NOTHING not in sections[heading], heading


def test_an_empty_workshop_says_nothing_is_recorded_at_every_step(tmp_path):
    data = WorkshopData(Workshop(title="Not yet started"), [], [])
    sections = report_sections(_build(tmp_path, data), HEADINGS)
    for heading in HEADINGS[:5]:
        assert NOTHING in sections[heading], heading
        assert sections[heading].count(NOTHING) == 1, heading


def test_a_note_written_at_a_step_is_listed_there_beside_the_steps_work(tmp_path):
    data = organisers_workshop()
    data.notes.append(
        Note(
            id="n9",
            text="Ask the youth council to join",
            co=Co.DESIGN,
            step=Step.PEOPLE,
            author_id="t1",
            x=600,
            y=100,
            created="2026-11-26T10:00:00.000Z",
        )
    )
    sections = report_sections(_build(tmp_path, data), HEADINGS)
    people = squash(sections["3 People"])
    assert squash("Co-producers") in people and squash("Tenant rep") in people
    assert squash("Notes Co-design 6 Ask the youth council to join") in people
    assert squash("Ask the youth council to join") not in squash(sections["1 Map"])


def test_a_group_card_is_listed_with_its_notes(tmp_path):
    data = organisers_workshop()
    data.notes.append(
        Note(
            id="g1",
            text="Help with travel",
            kind="group",
            co=Co.DELIVER,
            step=Step.FOCUS,
            x=600,
            y=500,
            width=300,
            height=60,
            created="2026-11-26T10:00:00.000Z",
        )
    )
    data.notes[3].group_id = "g1"  # "Neighbours run the Saturday lunch club" (Map)
    data.notes[4].group_id = "g1"  # "Library volunteers teach phone skills" (Map)
    path = _build(tmp_path, data)
    sections = report_sections(path, HEADINGS)
    focus = squash(sections["2 Focus"])
    assert squash("G1 Help with travel") in focus
    assert squash("4 Neighbours run the Saturday lunch club (Table 1 · Map)") in focus
    assert squash("Library volunteers teach phone skills") in focus
    assert squash("Library volunteers teach phone skills") not in squash(sections["1 Map"])
    assert whole_text(path).count(squash("Library volunteers teach phone skills")) == 1


def test_easy_read_steps_show_their_work_too(tmp_path):
    data = organisers_workshop()
    sections = report_sections(_build(tmp_path, data, easy_read=True), EASY_HEADINGS)
    text = {h: squash(t) for h, t in sections.items()}
    assert squash("People who can help") in text["Step 3: People"]
    assert squash(data.people[0].could_bring) in text["Step 3: People"]
    assert squash("Worries and our answers") in text["Step 4: Market"]
    assert squash(data.market_items[1].our_answer) in text["Step 4: Market"]
    assert squash("What we will do") in text["Step 5: Grow"]
    assert squash(data.actions[1].action) in text["Step 5: Grow"]
    assert squash("What we chose: 2") in text["Step 2: Focus"]
    for heading in EASY_HEADINGS:
        assert EASY_NOTHING not in sections[heading], heading


def test_the_sample_prints_every_worry_action_and_co_producer_under_its_step(tmp_path, demo_data):
    sections = report_sections(_build(tmp_path, demo_data), HEADINGS)
    text = {h: squash(t) for h, t in sections.items()}
    for person in demo_data.people:
        assert squash(person.display_name()) in text["3 People"]
    for item in demo_data.market_items:
        assert squash(item.sceptic_says) in text["4 Market"]
    for action in demo_data.actions:
        assert squash(action.action) in text["5 Grow"]
    assert all(NOTHING not in t for t in sections.values())


# --- contents and bookmarks ----------------------------------------------------------------


def _outline(path) -> list[tuple[int, str]]:
    reader = PdfReader(str(path))
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 0)
    return found


def test_contents_and_bookmarks_lead_to_each_step_and_its_work(tmp_path, demo_data):
    path = _build(tmp_path, demo_data)
    pages = [p.extract_text() for p in PdfReader(str(path)).pages]
    contents = pages[0]
    entries = [
        "The Co-Production Star",
        "1 Map",
        "2 Focus",
        "Voting ranking",
        "3 People",
        "Co-producers",
        "4 Market",
        "Sceptics and our answers",
        "5 Grow",
        "Action plan",
        "Voices",
    ]
    for title in entries:
        match = re.search(re.escape(title) + r"[ .]*(\d+)", contents)
        assert match, title
        page = int(match.group(1))
        lines = [line.strip() for line in pages[page - 1].splitlines()]
        assert title in lines, f"{title} is not a heading on page {page}"
    outline = _outline(path)
    top = [title for depth, title in outline if depth == 0]
    assert top == [
        "The Co-Production Star",
        "1 Map",
        "2 Focus",
        "3 People",
        "4 Market",
        "5 Grow",
        "Voices",
    ]
    below = [title for depth, title in outline if depth == 1]
    for title in (
        "Voting ranking",
        "Co-producers",
        "Sceptics and our answers",
        "Action plan",
        "Notes",
    ):
        assert title in below, title
    assert (2, "Co-design") in outline  # the Co's of a step's notes, below its notes


@pytest.mark.parametrize("easy", [False, True])
def test_the_star_page_counts_the_notes_of_each_co_at_each_step(tmp_path, demo_data, easy):
    path = _build(tmp_path, demo_data, easy_read=easy)
    star_page = PdfReader(str(path)).pages[1].extract_text()
    if easy:
        assert "How many notes" not in star_page  # easy read has no tables of figures
        return
    assert "Notes by Co and step" in star_page
    # Co-design in the sample: 6 at Map, 1 at Focus, 1 at Grow.
    assert re.search(r"Co-design\s+6\s+1\s+0\s+0\s+1\s+8", star_page)
