import csv
import io
import json

from costar_desktop.core import export
from costar_desktop.core.demo import demo_workshop, large_workshop
from costar_desktop.core.model import Co, Note, Step, WorkshopData
from costar_desktop.core.star import CO_ORDER, STAR


def test_demo_is_a_realistic_workshop(demo_data):
    assert "social care" in demo_data.workshop.organisation.lower()
    assert 24 <= len(demo_data.notes) <= 60
    assert len(demo_data.participants) >= 3
    assert {n.co for n in demo_data.notes} >= set(CO_ORDER)
    assert any(n.co is None for n in demo_data.notes)
    assert len({n.step for n in demo_data.notes}) == 5


def test_demo_notes_sit_in_the_co_they_claim(demo_data):
    for n in demo_data.notes:
        assert STAR.co_at(n.x, n.y) == n.co, n.text


def test_demo_is_reproducible_but_each_is_a_workshop_of_its_own():
    a, b = demo_workshop(), demo_workshop()
    assert [n.id for n in a.notes] == [n.id for n in b.notes]
    assert [p.id for p in a.participants] == [p.id for p in b.participants]
    assert [(v.id, v.note_id) for v in a.votes] == [(v.id, v.note_id) for v in b.votes]
    assert a.workshop.id != b.workshop.id
    assert a.notes[0].id == "a7213dfe-8932-4293-a0dd-5386c9cf0800"  # as before the id changed


def test_large_workshop_has_the_asked_number_of_notes():
    data = large_workshop(300)
    assert len(data.notes) == 300
    assert len({n.id for n in data.notes}) == 300
    assert all(STAR.co_at(n.x, n.y) == n.co for n in data.notes)


def _mixed() -> WorkshopData:
    data = demo_workshop()
    data.notes.append(
        Note(
            text="Cymraeg: ŵ ŷ; Polski: łódź; Tiếng Việt; Ελληνικά; Русский; "
            "العربية; עברית; हिन्दी; 中文; 日本語; 한국어; 🙂\nsecond line",
            co=Co.DESIGN,
            step=Step.FOCUS,
        )
    )
    return data


def test_json_export_has_the_documented_shape():
    data = _mixed()
    doc = json.loads(export.to_json(data))
    assert doc["format"] == "costar-export" and doc["format_version"] == 1
    assert set(doc) >= {"workshop", "participants", "notes"}
    assert doc["workshop"]["title"] == data.workshop.title
    assert len(doc["notes"]) == len(data.notes)
    for key in ("id", "text", "co", "step", "author", "colour", "x", "y"):
        assert key in doc["notes"][0]
    by_id = {n["id"]: n for n in doc["notes"]}
    for n in data.notes:
        exported = by_id[n.id]
        assert exported["text"] == n.text
        assert exported["co"] == (n.co.value if n.co else None)
        author = data.participant(n.author_id)
        assert exported["author"] == (author.name if author else None)


def test_csv_export_one_table_per_file_round_trips_text():
    data = _mixed()
    tables = export.to_csv_tables(data)
    assert set(tables) == {
        "workshop.csv",
        "participants.csv",
        "notes.csv",
        "votes.csv",
        "people.csv",
        "market_items.csv",
        "actions.csv",
    }
    rows = list(csv.DictReader(io.StringIO(tables["notes.csv"])))
    assert [r["text"] for r in rows] == [n.text for n in data.notes]
    assert list(rows[0]) == list(export.NOTE_FIELDS)


def test_markdown_lists_every_note_under_its_co():
    data = _mixed()
    md = export.to_markdown(data)
    assert md.startswith(f"# {data.workshop.title}")
    for co in CO_ORDER:
        assert f"## {co.label}" in md
    for n in data.notes:
        first_line = n.text.split("\n")[0]
        assert export._md_escape(first_line) in md
    assert md.index("## Co-commission") < md.index("## Co-design") < md.index("## Parking area")


def test_markdown_escapes_markup_in_notes():
    data = demo_workshop()
    data.notes = [Note(text="# not a heading *nor bold*", co=Co.ASSESS)]
    md = export.to_markdown(data)
    assert "\\# not a heading \\*nor bold\\*" in md
