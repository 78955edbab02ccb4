"""Easy read is easy read: plain words, whole words, pictures, large type, no tables.

The PDFs are read back as an organiser's reader would see them: ``pdftotext -layout``
(poppler) gives each printed line as a line of text, in its place on the page, so a
word broken across two lines, or a table's columns side by side, show up in it. Font
sizes come from pypdf. The PDF-level tests import nothing but ``build_pdf``, so they
can be run against an older version of the code (they failed there: a table, broken
words, no plain words, four pages for five actions).
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from costar_desktop.core.model import Action, ActionStatus, Co, Step, Workshop, WorkshopData
from costar_desktop.report import build_pdf

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)

A4 = (595.3, 841.9)
#: 58 letters: wider than the text column at 16 pt, so it must print smaller, whole.
LONG_WORD = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
PLAIN_WORDS = {  # what the issue asks for, written out here so the test does not trust the code
    "Co-commission": "Deciding together what is needed",
    "Co-design": "Planning together how it will work",
    "Co-deliver": "Doing it together",
    "Co-assess": "Checking together how well it works",
}
TERM = re.compile(r"Co-(?:commission|design|deliver|assess)")


def five_actions() -> WorkshopData:
    """Five actions of ordinary lengths, every Co and one with none, hyphenated and long
    words in every field, and one word wider than the column."""
    actions = [
        Action(
            id="a1",
            co=Co.COMMISSION,
            due="2027-01-21",
            status=ActionStatus.NOT_STARTED,
            action="Ask the self-advocacy group which services matter most to them, and agree "
            "the priorities with the partnership board",
            # On A4 the engine alone would end the first line with "community-".
            first_step="Ask the co-op, the drop-in, the community-centre and the re-use shop",
            owner="Quality-and-improvement co-ordinator",
        ),
        Action(
            id="a2",
            co=Co.DESIGN,
            due="2027-02-28",
            status=ActionStatus.IN_PROGRESS,
            action="Redesign the hospital-discharge leaflet with carers and ward staff",
            first_step="Send invitations to the carers' network",
            owner="Grace Adeyemi-Williams",
        ),
        Action(
            id="a3",
            co=Co.DELIVER,
            due="2027-03-15",
            status=ActionStatus.NOT_STARTED,
            action=f"Open a peer-support café in {LONG_WORD} library",
            first_step="Ask the librarian which mornings are quiet",
            owner="Peer mentor coordinator",
        ),
        Action(
            id="a4",
            co=Co.ASSESS,
            due="2027-03-31",
            status=ActionStatus.DONE,
            action="Check how well the buddy-scheme works, with questionnaires in easy read",
            first_step="Draft five questions with the self-advocacy group",
            owner="Self-advocacy group",
        ),
        Action(
            id="a5",
            co=None,
            due="",
            status=ActionStatus.NOT_STARTED,
            action="Report back to everyone who came today",
            first_step="",
            owner="",
        ),
    ]
    workshop = Workshop(
        id="w",
        title="Easy read check",
        date="2026-11-26",
        venue="Riverside Hall",
        organisation="Riverside Council",
        facilitator="Sam Okafor",
    )
    return WorkshopData(workshop, [], [], actions=actions)


def _pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("easy") / "plan.pdf"
    build_pdf(five_actions(), "action-plan", path, paper="a4", easy_read=True)
    return path


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    path = tmp_path_factory.mktemp("easy") / "templates.pdf"
    build_pdf(five_actions(), "templates", path, paper="a4", easy_read=True)
    return path


def _sizes(path, pages=None) -> list[tuple[str, float]]:
    """(text, font size) of every piece of text the PDF draws."""
    found: list[tuple[str, float]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), size))

    for page in PdfReader(str(path)).pages[slice(pages)]:
        page.extract_text(visitor_text=visit)
    return found


# --- the action plan ------------------------------------------------------------------------


def test_five_actions_fit_on_two_a4_pages(plan):
    pages = PdfReader(str(plan)).pages
    assert len(pages) <= 2
    assert all(
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) == A4 for p in pages
    )


def test_no_word_is_broken_across_lines(plan):
    """Every word of every field (and of the Co names) is printed whole on one line."""
    text = _pdftotext(plan)
    printed_words = set(text.split())
    fields = [
        w
        for a in five_actions().actions
        for f in (a.action, a.first_step, a.owner)
        for w in f.split()
    ]
    fields += [w for words in PLAIN_WORDS.values() for w in words.split()]
    missing = sorted(
        {w for w in fields if w not in printed_words and f"({w})" not in printed_words}
    )
    assert not missing, f"words broken or missing: {missing}"
    for line in text.splitlines():
        assert not re.search(r"\w[-/]$", line.rstrip()), f"a line ends inside a word: {line!r}"


def test_a_word_wider_than_the_column_is_printed_smaller_not_cut(plan):
    sizes = [size for text, size in _sizes(plan) if LONG_WORD in text]
    assert sizes, "the long word is not printed whole"
    assert all(10 <= size < 16 for size in sizes), sizes


def test_every_co_is_said_in_plain_words(plan):
    text = _flat(_pdftotext(plan))
    for co, words in PLAIN_WORDS.items():
        assert words in text, f"{co} is not said in plain words"
    for found in TERM.finditer(text):
        before = text[: found.start()]
        assert before.endswith(PLAIN_WORDS[found.group()] + " ("), (
            f"{found.group()} printed without its plain words: …{before[-60:]}"
        )


def test_each_action_has_what_first_step_who_and_by_when(plan):
    text = _flat(_pdftotext(plan))
    expected = {
        "a1": "By when: Thursday 21 January 2027",
        "a2": "By when: Sunday 28 February 2027",
        "a3": "By when: Monday 15 March 2027",
        "a4": "By when: Wednesday 31 March 2027",
        "a5": "By when: No date yet",
    }
    for action in five_actions().actions:
        assert f"What we will do: {action.action}" in text
        assert f"First step: {action.first_step or 'We have not agreed this yet.'}" in text
        assert f"Who: {action.owner or 'Nobody yet'}" in text
        assert expected[action.id] in text
    assert text.count("What we will do:") == 5
    assert "This is done." in text and "We have started this." in text


def test_the_plan_is_not_a_table(plan):
    """No column headings, and never two pieces of text side by side on a line (a table's
    columns); only the footer has its page number on the right."""
    text = _pdftotext(plan)
    assert "First thing to do" not in text and "Done?" not in text
    for line in text.splitlines():
        if re.search(r"Page \d+ of \d+", line):
            continue
        assert not re.search(r"\S {4,}\S", line.strip()), f"text in columns: {line!r}"


def test_type_is_large(plan):
    from costar_desktop.report.easy_read import measures
    from costar_desktop.report.styles import look

    lk = look(True)
    m = measures(lk)
    assert lk.body.size >= 16 and m.body.size >= 16 and lk.cell.size >= 16
    assert lk.title.size > lk.h1.size > lk.h2.size > lk.h3.size > lk.body.size
    assert m.heading.size > m.body.size
    footer = "Our plan · 26 November 2026 · Easy read check"
    small = [
        (t, s)
        for t, s in _sizes(plan)
        if s < 16
        and LONG_WORD not in t
        and not (s == lk.footer.size and (t in footer or re.fullmatch(r"Page \d+ of|\d+", t)))
    ]
    assert not small, small


# --- words and pictures ---------------------------------------------------------------------


def test_one_table_of_plain_words_for_every_co_and_step():
    from costar_desktop.report.easy_read import PLAIN
    from costar_desktop.report.pictures import picture

    assert set(PLAIN) == set(Co) | set(Step)
    for co, words in PLAIN_WORDS.items():
        assert PLAIN[next(c for c in Co if c.label == co)].words == words
    for key, plain in PLAIN.items():
        assert plain.term == key.label
        assert key.label.lower() not in plain.words.lower(), f"{plain.words} uses the term"
        assert len(plain.words.split()) <= 7 and plain.sentence
        assert picture(plain.picture).shapes


def test_dates_are_written_in_words():
    from costar_desktop.report.styles import date_in_words

    assert date_in_words("2027-01-21") == "Thursday 21 January 2027"
    assert date_in_words("2028-02-29") == "Tuesday 29 February 2028"
    assert date_in_words("next spring") == "next spring"
    assert date_in_words("") == ""


def test_a_hyphenated_term_moves_to_the_next_line_whole():
    """The text engine alone breaks "(Co-commission)" after its hyphen where a line is
    full; easy read keeps it whole."""
    from costar_desktop.report.easy_read import easy_lines
    from costar_desktop.report.styles import look
    from costar_desktop.report.text import layout, natural_width

    style = look(True).body
    text = "Deciding together what is needed (Co-commission)"
    width = natural_width("Deciding together what is needed (Co-", style) + 2
    assert [len(line.segments) > 0 for line in layout(text, style, width)] == [True, True]
    lines = ["".join(s.text for s in line.segments) for line, _ in easy_lines(text, style, width)]
    assert [line.strip() for line in lines] == [
        "Deciding together what is needed",
        "(Co-commission)",
    ]


def test_every_picture_file_is_one_the_reader_draws():
    from costar_desktop.report.pictures import ALL_PICTURES, picture, pictures_dir

    files = {p.stem for p in pictures_dir().glob("*.svg")}
    assert set(ALL_PICTURES) <= files
    for name in files:
        pic = picture(name)
        assert pic.shapes and pic.title, name
        assert all(s.stroke in (None, "#1a1a1a", "#000000") for s in pic.shapes), (
            f"{name}: not black lines"
        )


@pytest.mark.parametrize(
    "svg, message",
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>x</text></svg>',
            "<text>",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M 0 0 L 5 5" '
            'transform="rotate(45)"/></svg>',
            "transform",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M 0 0 S 1 1 2 2"/></svg>',
            "S",
        ),
        ('<svg xmlns="http://www.w3.org/2000/svg"><circle r="2" fill="red"/></svg>', "red"),
    ],
)
def test_what_the_reader_cannot_draw_is_refused(svg, message):
    from costar_desktop.report.pictures import PictureError, parse_svg

    with pytest.raises(PictureError, match=re.escape(message)):
        parse_svg(svg)


def test_pictures_are_drawn_the_right_way_up_with_their_curves(tmp_path):
    """A square in the top-left corner and an arc bulging upwards print at the top left and
    bulging upwards in the picture's square on the page. (The arc's centre is below its
    chord, at (60, 76.5): a centre on the wrong side would draw the long way round.)"""
    pytest.importorskip("PIL")
    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from costar_desktop.report.pictures import draw_picture, parse_svg

    pic = parse_svg(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        '<rect x="0" y="0" width="20" height="20"/>'
        '<path d="M 30 50 A 40 40 0 0 1 90 50" fill="none" stroke="#000" stroke-width="4"/>'
        "</svg>",
        "test",
    )
    pdf = tmp_path / "pic.pdf"
    canv = Canvas(str(pdf), pagesize=(100, 100))
    draw_picture(canv, pic, 0, 0, 100)
    canv.save()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", "-singlefile", str(pdf), str(tmp_path / "pic")], check=True
    )
    img = Image.open(tmp_path / "pic.png").convert("L")

    def dark(x, y):
        return img.getpixel((x, y)) < 128

    assert dark(10, 10) and not dark(10, 90)  # the square: top left, not bottom left
    assert dark(60, 36) and not dark(60, 50) and not dark(60, 63)  # its top is at (60, 36.5)


# --- blank templates ------------------------------------------------------------------------


def test_easy_templates_have_plain_words_beside_every_term(templates):
    pages = [_flat(p) for p in _pdftotext(templates).split("\f") if p.strip()]
    assert len(pages) == 3
    poster, cards, worksheet = pages
    for co, words in PLAIN_WORDS.items():
        assert f"{words} ({co})" in poster
        assert words in cards
    for step, words in (
        ("Map", "What we do now"),
        ("Focus", "What matters most"),
        ("People", "Who can help"),
        ("Market", "Answering worries"),
        ("Grow", "Doing more"),
    ):
        assert f"{words} ({step})" in poster
    for page in (cards, worksheet):
        assert not TERM.search(page), page


def test_easy_worksheet_is_blocks_to_fill_in_not_a_table(templates):
    text = _pdftotext(templates).split("\f")[2]
    assert "First thing to do" not in text and "Done?" not in text
    flat = _flat(text)
    for label in ("What we will do:", "First step:"):
        assert flat.count(label) == 3
    for line in text.splitlines():
        # Who and By when share a row (two fields, not columns of a table); nothing else does.
        if "Who:" in line and "By when:" in line:
            continue
        assert not re.search(r"\S {4,}\S", line.strip()), f"text in columns: {line!r}"
    reader = PdfReader(str(templates))
    sizes = [
        (round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
        for p in reader.pages
    ]
    assert sizes == [(1190.6, 841.9), A4, A4]


def test_easy_templates_use_large_type(templates):
    small = [(t, s) for t, s in _sizes(templates) if s < 16]
    # Only the words on the star drawing itself may be smaller: the key beside it repeats
    # them at 16 pt or more.
    on_star = {
        "Co-commission",
        "Co-design",
        "Co-deliver",
        "Co-assess",
        "1 Map",
        "2 Focus",
        "3 People",
        "4 Market",
        "5 Grow",
    }
    assert {t for t, _ in small} <= on_star, small
