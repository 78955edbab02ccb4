"""Anonymised exports: no participant's or co-producer's name survives anywhere."""

import copy
import json

from costar_desktop.core import export
from costar_desktop.core.anonymise import anonymise
from costar_desktop.core.model import (
    Action,
    CoProducer,
    Note,
    Participant,
    ParticipantKind,
    Vote,
    Workshop,
    WorkshopData,
)


def _workshop() -> WorkshopData:
    priya = Participant(name="Priya Shah", kind=ParticipantKind.SERVICE_USER)
    tom = Participant(name="Tom", kind=ParticipantKind.SERVICE_USER)
    table = Participant(name="Table 2 – carers", kind=ParticipantKind.CARER, is_group=True)
    mixed = Participant(name="Everyone else", kind=ParticipantKind.MIXED, is_group=True)
    staff = Participant(name="Dr Jones", kind=ParticipantKind.STAFF)
    notes = [
        Note(text="Evening sessions, as Priya Shah said", author_id=priya.id),
        Note(text="Tomorrow Tom and Dr Jones meet (Tomas is someone else)", author_id=tom.id),
        Note(text="Respite budget", author_id=table.id),
        Note(text="No author"),
    ]
    people = [
        CoProducer(
            name="Grace Adeyemi",
            role="Former patient",
            kind=ParticipantKind.SERVICE_USER,
            involvement="Grace Adeyemi mentors two people",
        ),
        CoProducer(role="Carers network", kind=ParticipantKind.COMMUNITY),
    ]
    return WorkshopData(
        Workshop(title="Planning day", facilitator="Sam Okafor"),
        [priya, tom, table, mixed, staff],
        notes,
        votes=[Vote(note_id=notes[0].id, voter_id=tom.id)],
        people=people,
        actions=[
            Action(action="Ask Priya Shah to co-chair", owner="Dr Jones"),
            Action(action="Print easy-read letters", owner="Quality team"),
        ],
    )


def test_names_become_kind_and_number_and_the_input_is_untouched():
    data = _workshop()
    before = copy.deepcopy(data)
    out = anonymise(data)
    assert data == before
    assert out is not data
    assert [p.name for p in out.participants] == [
        "Service user 1",
        "Service user 2",
        "Carer group 1",
        "Mixed group 1",
        "Staff 1",
    ]
    assert [p.name for p in out.people] == ["Service user 3", ""]
    assert out.workshop.facilitator == "Facilitator"
    assert [p.id for p in out.participants] == [p.id for p in data.participants]


def test_names_inside_free_text_are_replaced_as_whole_words():
    out = anonymise(_workshop())
    texts = [n.text for n in out.notes]
    assert texts[0] == "Evening sessions, as Service user 1 said"
    assert texts[1] == "Tomorrow Service user 2 and Staff 1 meet (Tomas is someone else)"
    assert out.people[0].involvement == "Service user 3 mentors two people"
    assert out.actions[0].action == "Ask Service user 1 to co-chair"
    assert out.actions[0].owner == "Staff 1"
    assert out.actions[1].owner == "Quality team"


def test_no_real_name_is_left_in_any_export_format(tmp_path):
    data = _workshop()
    out = anonymise(data)
    texts = [
        export.to_json(out),
        export.to_markdown(out),
        "".join(export.to_csv_tables(out).values()),
    ]
    for text in texts:
        for name in (
            "Priya",
            "Shah",
            "Dr Jones",
            "Table 2",
            "Everyone else",
            "Grace",
            "Adeyemi",
            "Sam Okafor",
        ):
            assert name not in text
    doc = json.loads(texts[0])
    assert [n["author"] for n in doc["notes"]] == [
        "Service user 1",
        "Service user 2",
        "Carer group 1",
        None,
    ]
    assert doc["votes"][0]["voter"] == "Service user 2"


def test_the_sample_workshop_anonymised(demo_data):
    out = anonymise(demo_data)
    text = export.to_json(out)
    for p in demo_data.participants:
        assert p.name not in text
    assert "Grace" not in text and demo_data.workshop.facilitator not in text
