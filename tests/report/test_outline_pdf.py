"""The printed outline (``outline``): the board as a nested list, read back from the PDF as a
reader's tools read it: headings for each Co and step, a group's title with its notes under
it, who wrote each note, dots only when revealed, large type, every script, 5,000 notes."""

from __future__ import annotations

import dataclasses
import io

from pypdf import PdfReader

from costar_desktop import output
from costar_desktop.core.demo import large_workshop
from costar_desktop.core.model import (
    NOTE_KIND_GROUP,
    Co,
    Note,
    Participant,
    Step,
    Vote,
    Workshop,
    WorkshopData,
)
from costar_desktop.core.outline import entries, outline
from costar_desktop.report import KIND_LABELS, KINDS, build_pdf
from tests.report.conftest import (
    EXTRACTABLE,
    SCRIPTS,
    in_order,
    pdfium_pages,
    pypdf_pages,
    squash,
)


def _build(tmp_path, data, name="outline.pdf", **options):
    path = tmp_path / name
    build_pdf(data, "outline", path, **options)
    return path


def _text(path) -> str:
    return squash("".join(pypdf_pages(path)))


def _bookmarks(path) -> list[tuple[int, str]]:
    """(depth, title) of each bookmark, in order."""
    found: list[tuple[int, str]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(PdfReader(str(path)).outline, 0)
    return found


def _small_board(votes_hidden: bool = False) -> WorkshopData:
    people = [Participant(id="p1", name="Table Amber"), Participant(id="p2", name="Ronan Doyle")]
    notes = [
        Note(id="a", text="Budget panel", co=Co.COMMISSION, x=0, y=-200, author_id="p1"),
        Note(
            id="g",
            text="Peer support",
            kind=NOTE_KIND_GROUP,
            co=Co.DELIVER,
            step=Step.FOCUS,
            y=0,
            impact=5,
            shortlisted=True,
        ),
        Note(id="m1", text="Peer mentors", co=Co.DELIVER, step=Step.MAP, group_id="g", y=40),
        Note(
            id="m2",
            text="Ronan Doyle runs drop-ins",
            co=Co.DELIVER,
            step=Step.FOCUS,
            group_id="g",
            y=80,
            author_id="p2",
        ),  # fmt: skip
        Note(id="p", text="Transport to meetings", co=None, x=2000, author_id="p1"),
    ]
    votes = [Vote(note_id="a", voter_id="p1"), Vote(note_id="m1"), Vote(note_id="g")]
    workshop = Workshop(title="Outline test", date="2027-02-03", votes_hidden=votes_hidden)
    return WorkshopData(workshop, people, notes, votes)


def test_outline_is_a_kind_with_a_label():
    assert "outline" in KINDS and KIND_LABELS["outline"].startswith("Outline")


def test_the_nesting_is_said_in_headings_and_words(tmp_path):
    path = _build(tmp_path, _small_board())
    text = _text(path)
    assert in_order(
        text,
        [
            "Outline",
            "Outlinetest",
            "Co-commission",
            "Step1:Map",
            "•Budgetpanel(byTableAmber·1dot)",
            "Co-deliver",
            "Step2:Focus",
            "Group:Peersupport(2notes·2dots·impact5of5·ontheshortlist)",
            "•Peermentors(anonymous·writtenatMap)",
            "•RonanDoylerunsdrop-ins(byRonanDoyle)",
            "NotyetplacedinaCo",
            "Step1:Map",
            "•Transporttomeetings(byTableAmber)",
        ],
    ), text
    assert "4notes·1group" in text
    assert _bookmarks(path) == [
        (0, "Outline"),
        (0, "Co-commission"),
        (1, "Step 1: Map"),
        (0, "Co-deliver"),
        (1, "Step 2: Focus"),
        (0, "Not yet placed in a Co"),
        (1, "Step 1: Map"),
    ]


def test_a_groups_notes_are_indented_under_its_title(tmp_path):
    path = _build(tmp_path, _small_board())
    starts: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        line = text.strip().removeprefix("• ")
        for word in ("Group:", "Peer mentors", "Budget panel"):
            if line.startswith(word):
                starts.setdefault(word, tm[4] + cm[4])

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    assert starts["Peer mentors"] > starts["Group:"] + 10
    assert starts["Budget panel"] < starts["Peer mentors"]


def test_hidden_dots_are_not_printed(tmp_path):
    text = _text(_build(tmp_path, _small_board(votes_hidden=True)))
    assert "dot" not in text.replace("Dotsarehidden", "")
    assert "Dotsarehidden" in text
    assert "Group:Peersupport(2notes·impact5of5·ontheshortlist)" in text


def test_anonymised_outline_names_nobody(tmp_path, demo_data):
    path = tmp_path / "anon.pdf"
    output.write_pdf(demo_data, output.PdfOptions(kind="outline", anonymise=True), path)
    text = _text(path)
    for person in demo_data.participants:
        assert squash(person.name) not in text
    assert "byServiceusergroup1" in text
    plain = _text(_build(tmp_path, demo_data, name="named.pdf"))
    assert squash(f"by {demo_data.participants[0].name}") in plain


def test_every_note_of_the_sample_in_reading_order(tmp_path, demo_data):
    text = _text(_build(tmp_path, demo_data))
    listed = list(entries(outline(demo_data)))
    assert len(listed) == len(demo_data.notes)
    assert in_order(text, [squash(e.text) for e in listed])


def test_large_type_in_easy_read(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, easy_read=True)
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[text.strip()] = min(size * cm[0], sizes.get(text.strip(), size * cm[0]))

    reader = PdfReader(str(path))
    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    body = [s for t, s in sizes.items() if t.startswith("•")]
    assert body and min(body) >= 16
    text = _text(path)
    assert "Ourboardasalist" in text and "Step1:Whatwedonow(Map)" in text
    normal = _build(tmp_path, demo_data, name="normal.pdf")
    assert len(reader.pages) > len(PdfReader(str(normal)).pages)


def test_easy_read_never_breaks_a_hyphenated_word(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, easy_read=True)
    for page in pypdf_pages(path):
        assert "Co-\n" not in page and "Co\u2060-\n" not in page
    # The word joiners that keep words whole stay out of the bookmarks' plain text.
    titles = [title for _, title in _bookmarks(path)]
    assert "Deciding together what is needed (Co-commission)" in titles
    assert not any("\u2060" in title for title in titles)


def test_every_script_prints(tmp_path, mixed_data):
    for easy in (False, True):
        path = _build(tmp_path, mixed_data, name=f"mixed-{easy}.pdf", easy_read=easy)
        text = squash("".join(pdfium_pages(path))).replace("\u2060", "")
        for key in EXTRACTABLE:
            assert squash(SCRIPTS[key]) in text, (easy, key)


def test_five_thousand_notes(tmp_path):
    data = large_workshop(5000)
    out = io.BytesIO()
    seen: list[float] = []
    build_pdf(data, "outline", out, progress=seen.append)
    pages = PdfReader(out).pages
    assert len(pages) > 50 and seen[-1] == 1.0
    text = squash("".join(p.extract_text() for p in pages))
    for note in data.notes[::499]:
        assert squash(note.text) in text
    assert squash(f"Page {len(pages)} of {len(pages)}") in squash(pages[-1].extract_text())


def test_an_empty_workshop_says_so(tmp_path):
    data = WorkshopData(Workshop(title="Empty"), [], [])
    assert "Nonotesyet" in _text(_build(tmp_path, data))
    empty_group = dataclasses.replace(
        data, notes=[Note(id="g", text="", kind=NOTE_KIND_GROUP, co=Co.DESIGN)]
    )
    assert "Group:(notext)(0notes)" in _text(_build(tmp_path, empty_group, name="g.pdf"))
