"""The inspiration deck: short examples of co-production from many public services.

For groups that go quiet in the Map step. Every example is written by us; none comes
from a real organisation.
"""

from __future__ import annotations

from dataclasses import dataclass

from costar_desktop.core.model import Co


@dataclass(frozen=True)
class Example:
    key: str
    co: Co
    service: str
    text: str


SERVICES = ("Social care", "Health", "Housing", "Schools", "Libraries", "Community safety")

DECK: tuple[Example, ...] = (
    # Co-commission
    Example(
        "tenant-contractors",
        Co.COMMISSION,
        "Housing",
        "A tenants' panel helps choose the firm that does repairs",
    ),
    Example(
        "care-budget-jury",
        Co.COMMISSION,
        "Social care",
        "A citizens' jury of people who use care decides what the new budget is for",
    ),
    Example(
        "pupil-spend",
        Co.COMMISSION,
        "Schools",
        "Pupils decide how part of the wellbeing money is spent",
    ),
    Example(
        "library-stock",
        Co.COMMISSION,
        "Libraries",
        "Readers' groups pick which new books and services to buy",
    ),
    Example(
        "patient-priorities",
        Co.COMMISSION,
        "Health",
        "Patients and carers rank the health board's priorities each year",
    ),
    Example(
        "ward-budget",
        Co.COMMISSION,
        "Community safety",
        "Residents vote on how the neighbourhood safety budget is spent",
    ),
    # Co-design
    Example(
        "discharge-journey",
        Co.DESIGN,
        "Health",
        "Families and ward staff redesign leaving hospital, step by step",
    ),
    Example(
        "easy-read-forms",
        Co.DESIGN,
        "Social care",
        "Self-advocates rewrite letters and forms in easy read",
    ),
    Example("new-homes", Co.DESIGN, "Housing", "Future tenants help plan the layout of new flats"),
    Example(
        "playground",
        Co.DESIGN,
        "Schools",
        "Children and parents design the new playground together",
    ),
    Example(
        "library-space",
        Co.DESIGN,
        "Libraries",
        "Young people plan a quiet study space in the library",
    ),
    Example(
        "safer-streets-walk",
        Co.DESIGN,
        "Community safety",
        "Women walk the town centre at night with the council and mark what feels unsafe",
    ),
    # Co-deliver
    Example(
        "peer-mentors",
        Co.DELIVER,
        "Health",
        "Peer mentors with lived experience support people in a mental-health service",
    ),
    Example(
        "befrienders",
        Co.DELIVER,
        "Social care",
        "Volunteer befrienders phone older people who live alone",
    ),
    Example(
        "tenant-caretakers",
        Co.DELIVER,
        "Housing",
        "Tenants look after the shared gardens with help from the landlord",
    ),
    Example(
        "reading-buddies",
        Co.DELIVER,
        "Schools",
        "Older pupils and grandparents listen to young children read",
    ),
    Example(
        "digital-helpers",
        Co.DELIVER,
        "Libraries",
        "Volunteers help people get online at library drop-ins",
    ),
    Example(
        "street-watch",
        Co.DELIVER,
        "Community safety",
        "Residents and police run a street watch together",
    ),
    # Co-assess
    Example(
        "care-home-inspectors",
        Co.ASSESS,
        "Social care",
        "Residents and families visit care homes with the inspectors",
    ),
    Example(
        "patient-reviewers",
        Co.ASSESS,
        "Health",
        "Patients review how easy the surgery is to reach by phone",
    ),
    Example(
        "tenant-scrutiny",
        Co.ASSESS,
        "Housing",
        "A tenant scrutiny panel checks how well repairs are done",
    ),
    Example(
        "pupil-voice",
        Co.ASSESS,
        "Schools",
        "A pupil panel gives the school feedback on its lessons",
    ),
    Example(
        "library-mystery",
        Co.ASSESS,
        "Libraries",
        "Library users act as mystery visitors and report back",
    ),
    Example(
        "police-feedback",
        Co.ASSESS,
        "Community safety",
        "Young people tell the police how stop and search felt to them",
    ),
    Example(
        "carers-survey",
        Co.ASSESS,
        "Social care",
        "Carers design and run the yearly survey of carers",
    ),
    Example(
        "deliver-meals",
        Co.DELIVER,
        "Social care",
        "People at a day centre cook and serve the lunch club together",
    ),
)


def examples(co: Co | None = None) -> list[Example]:
    """The deck, or only the examples of one Co."""
    return [e for e in DECK if co is None or e.co == co]


def example(key: str) -> Example | None:
    for e in DECK:
        if e.key == key:
            return e
    return None
