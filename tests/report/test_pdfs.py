"""Generated PDFs: what is on the pages, in which order, on which paper."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from costar_desktop.core.demo import demo_workshop, large_workshop
from costar_desktop.core.model import Workshop, WorkshopData
from costar_desktop.report import KINDS, PROGRAMME_KINDS, build_pdf
from costar_desktop.report.action_plan import ordered_actions
from costar_desktop.report.styles import EASY_WORDS, WORDS, look
from costar_desktop.report.workshop_report import section_titles
from tests.report.conftest import (
    EXTRACTABLE,
    SCRIPTS,
    in_order,
    page_sizes,
    pdfium_pages,
    pypdf_pages,
    squash,
    with_programme,
)

A4_LANDSCAPE, A4 = (841.9, 595.3), (595.3, 841.9)
LETTER_LANDSCAPE = (792.0, 612.0)


def _build(tmp_path, data, kind, name="out.pdf", **options):
    path = tmp_path / name
    build_pdf(data, kind, path, **options)
    return path


def _outline_titles(path) -> list[str]:
    reader = PdfReader(str(path))
    titles: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


# --- the action plan ---------------------------------------------------------------------


def test_action_plan_lists_every_action_grouped_by_owner(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "action-plan")
    assert page_sizes(path) == [A4_LANDSCAPE] * len(page_sizes(path))
    text = squash("".join(pypdf_pages(path)))
    expected = [a.action for _, actions in ordered_actions(demo_data, "owner") for a in actions]
    assert len(expected) == len(demo_data.actions)
    assert in_order(text, [squash(a) for a in expected])
    owners = sorted({a.owner for a in demo_data.actions}, key=str.casefold)
    assert in_order(text, [squash(f"Owner: {o}") for o in owners])


def test_action_plan_by_date_is_in_date_order(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "action-plan", group_by="date")
    text = squash("".join(pypdf_pages(path)))
    by_date = sorted(demo_data.actions, key=lambda a: a.due)
    assert in_order(text, [squash(a.action) for a in by_date])
    assert squash("Due in December 2026") in text


def test_long_action_plan_repeats_its_header_and_numbers_its_pages(tmp_path):
    data = large_workshop(10, action_count=200)
    path = _build(tmp_path, data, "action-plan", paper="letter")
    pages = pypdf_pages(path)
    n = len(pages)
    assert n >= 5
    assert page_sizes(path) == [LETTER_LANDSCAPE] * n
    for i, page in enumerate(pages, start=1):
        head = [
            WORDS[k]
            for k in ("col_action", "col_first", "col_owner", "col_due", "col_co", "col_status")
        ]
        assert in_order(page, head), f"page {i} has no table header"
        assert squash(f"Page {i} of {n}") in squash(page)
    text = squash("".join(pages))
    for action in data.actions:
        assert squash(action.action) in text


def test_an_empty_plan_says_so(tmp_path):
    data = WorkshopData(Workshop(title="Nothing agreed"), [], [])
    path = _build(tmp_path, data, "action-plan")
    assert WORDS["no_actions"] in pypdf_pages(path)[0]


# --- the workshop report -------------------------------------------------------------------


def test_report_has_every_section_heading_in_order_with_bookmarks(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "report")
    assert page_sizes(path) == [A4] * len(page_sizes(path))
    text = squash("".join(pypdf_pages(path)))
    headings = [title for _, title in section_titles(look(False))]
    # The contents page lists them, then they follow as sections, in the same order.
    assert in_order(text, [squash(h) for h in headings + headings])
    outline = _outline_titles(path)
    assert in_order("\n".join(outline), headings)
    assert "Co-design" in outline  # a Co below the notes of a step


def test_report_contents_give_the_right_pages(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "report")
    pages = pypdf_pages(path)
    contents = pages[0]
    for _, title in section_titles(look(False)):
        match = re.search(re.escape(title) + r"[ .]*(\d+)", contents)
        assert match, title
        page = int(match.group(1))
        assert squash(title) in squash(pages[page - 1]), f"{title} is not on page {page}"


def test_report_prints_every_note_action_person_and_worry(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "report")
    text = squash("".join(pypdf_pages(path)))
    for note in demo_data.notes:
        assert squash(note.text) in text, note.text
    for action in demo_data.actions:
        assert squash(action.action) in text
    for person in demo_data.people:
        assert squash(person.display_name()) in text
    for item in demo_data.market_items:
        assert squash(item.sceptic_says) in text and squash(item.our_answer) in text
    # Notes of each Co come in the order they were added.
    design = [n.text for n in demo_data.notes if n.co and n.co.value == "design" and not n.is_group]
    assert in_order(text, [squash(t) for t in design])


@pytest.mark.parametrize("kind", ["report", "action-plan"])
def test_every_script_is_in_the_extracted_text(tmp_path, mixed_data, kind):
    path = _build(tmp_path, mixed_data, kind)
    text = squash("".join(pdfium_pages(path)))
    for key in EXTRACTABLE:
        sample = SCRIPTS[key]
        if key == "emoji":
            sample = sample.replace("\ufe0f", "")
        for word in sample.split():
            assert squash(word) in text, (key, word)
    # Devanagari is shaped into conjuncts; viewers differ in how they give it back, but
    # every letter is still there as text.
    deva = set(squash(SCRIPTS["devanagari"])) - {"\u094d"}
    assert deva <= set(text)


def test_right_to_left_text_extracts_in_reading_order(tmp_path, mixed_data):
    # A note written in Arabic or Hebrew is a right-to-left paragraph of its own; PDFium
    # gives it back in reading order. (Where a right-to-left phrase shares a line with
    # left-to-right text, as in a table row, viewers return its words as they stand.)
    path = _build(tmp_path, mixed_data, "report")
    text = "".join(pdfium_pages(path))
    for key in ("arabic", "hebrew"):
        assert SCRIPTS[key] in text, key


def test_mixed_script_report_orders_notes_by_co(tmp_path, mixed_data):
    path = _build(tmp_path, mixed_data, "report")
    text = squash("".join(pypdf_pages(path)))
    # Tags in brackets are plain ASCII, so their order is reliable in any extractor.
    by_co = {}
    for n in mixed_data.notes:
        tag = re.search(r"\[(\w+)\]", n.text).group(1)
        if tag not in ("arabic", "hebrew"):  # in a right-to-left note the brackets mirror
            by_co.setdefault(n.co, []).append(tag)
    for co, tags in by_co.items():
        assert in_order(text, [f"[{t}]" for t in tags]), co


def test_large_workshop_report(tmp_path):
    data = large_workshop(1000, action_count=200)
    path = _build(tmp_path, data, "report")
    pages = pypdf_pages(path)
    assert len(pages) > 40
    text = squash("".join(pages))
    for note in data.notes[::97]:
        assert squash(note.text) in text
    for action in data.actions[::17]:
        assert squash(action.action) in text
    assert squash(f"Page {len(pages)} of {len(pages)}") in squash(pages[-1])


def test_easy_read_uses_large_type_and_plain_headings(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "report", easy_read=True)
    reader = PdfReader(str(path))
    sizes: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            sizes[text.strip()] = min(size, sizes.get(text.strip(), size))

    for page in reader.pages[2:5]:
        page.extract_text(visitor_text=visit)
    footer = squash(f"{EASY_WORDS['report']} · 26 November 2026 · {demo_data.workshop.title}")
    small = [t for t, s in sizes.items() if s < 16]
    assert all(re.fullmatch(r"Page \d+ of|\d+", t) or squash(t) in footer for t in small), small
    assert len(sizes) > len(small) + 20
    text = squash("".join(p.extract_text() for p in reader.pages))
    assert squash(EASY_WORDS["action_plan"]) in text and squash(EASY_WORDS["market"]) in text
    normal = _build(tmp_path, demo_data, "report", name="normal.pdf")
    assert len(PdfReader(str(path)).pages) > len(PdfReader(str(normal)).pages)


# --- blank templates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "paper, sizes",
    [
        ("a4", [(1190.6, 841.9), (595.3, 841.9), (841.9, 595.3)]),
        ("letter", [(1224.0, 792.0), (612.0, 792.0), (792.0, 612.0)]),
    ],
)
def test_templates_are_a_poster_a_card_sheet_and_a_worksheet(tmp_path, paper, sizes):
    blank = WorkshopData(Workshop(title=""), [], [])
    path = _build(tmp_path, blank, "templates", paper=paper)
    assert page_sizes(path) == sizes
    pages = pypdf_pages(path)
    assert "Co-commission" in pages[0] and "Co-assess" in pages[0] and "Grow" in pages[0]
    assert all(str(n) in pages[1] for n in range(1, 9))
    assert WORDS["col_first"] in pages[2]
    assert _outline_titles(path) == [WORDS["poster_title"], WORDS["cards"], WORDS["worksheet"]]


def test_templates_carry_the_workshop_title(tmp_path, demo_data):
    path = _build(tmp_path, demo_data, "templates")
    assert all(demo_data.workshop.title in page for page in pypdf_pages(path))


# --- the API --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_builds_into_a_stream_and_reports_progress(kind, demo_data):
    seen: list[float] = []
    out = io.BytesIO()
    build_pdf(with_programme(demo_data), kind, out, progress=seen.append)
    assert out.getvalue().startswith(b"%PDF-")
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) >= 3


@pytest.mark.parametrize(
    "options, message",
    [
        ({"kind": "poster"}, "Unknown kind"),
        ({"kind": "report", "paper": "a5"}, "paper size"),
        ({"kind": "action-plan", "group_by": "colour"}, "grouped by owner or by date"),
    ],
)
def test_bad_arguments_raise_a_plain_value_error(tmp_path, demo_data, options, message):
    kind = options.pop("kind")
    with pytest.raises(ValueError, match=message):
        build_pdf(demo_data, kind, tmp_path / "x.pdf", **options)
    assert not (tmp_path / "x.pdf").exists()


def test_a_failed_build_leaves_no_file(tmp_path, demo_data, monkeypatch):
    import costar_desktop.report.action_plan as ap

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(ap, "build_action_plan", broken)
    with pytest.raises(RuntimeError):
        build_pdf(demo_data, "action-plan", tmp_path / "plan.pdf")
    assert list(tmp_path.iterdir()) == []


def test_output_is_the_same_every_time(tmp_path):
    a = _build(tmp_path, demo_workshop(), "report", name="a.pdf").read_bytes()
    b = _build(tmp_path, demo_workshop(), "report", name="b.pdf").read_bytes()
    assert a == b


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("easy", [False, True])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_page_holds_only_its_footer(tmp_path, demo_data, kind, easy, paper):
    """Read as an organiser would: the sample's A4 report ended with a page that held only
    "Page 8 of 8" (its action plan filled page 7 exactly, and a spacer spilled over)."""
    data = with_programme(demo_data) if kind in PROGRAMME_KINDS else demo_data
    path = _build(tmp_path, data, kind, paper=paper, easy_read=easy, group_by="owner")
    for number, text in enumerate(pypdf_pages(path), start=1):
        footer_only = (
            re.fullmatch(r"\s*\S.*Page\s*\d+\s*of\s*\d+\s*", text, re.S) and len(text.split()) < 20
        )
        assert not footer_only, f"page {number} holds only its footer: {text!r}"
