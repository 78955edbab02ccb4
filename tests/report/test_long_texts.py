"""Texts of any length print: whole up to their limit, then cut with a visible count.

A file changed outside the app can hold a text of any length, and ``costar report`` prints
files as they are. Every printed field is tried at a million characters, in every kind of
PDF, look, paper and order; a watchdog (SIGALRM) turns a hang or a runaway layout into a
failure instead of a stuck suite. Timings are not asserted here (see benchmarks/).
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata

import pytest

from costar_desktop.core.demo import demo_workshop
from costar_desktop.core.model import (
    Action,
    Audience,
    CoProducer,
    MarketItem,
    Note,
    Participant,
    Step,
    Vote,
    Workshop,
    WorkshopData,
)
from costar_desktop.report import build_pdf
from costar_desktop.report.limits import (
    CELL_CHARS,
    CELL_LINES,
    NOTE_CHARS,
    NOTE_LINES,
    SHORT_CHARS,
    TEMPLATE_TITLE_CHARS,
    cut,
    printable_data,
)
from costar_desktop.report.styles import EASY_WORDS, WORDS, look
from costar_desktop.report.text import TextStyle, layout, may_cut_before
from tests.reliability.harness import alarm
from tests.report.conftest import in_order, squash

MARKER = WORDS["text_cut"]
MILLION = 1_000_000


def marker(left_out: int, words: dict = WORDS) -> str:
    return words["text_cut"].format(n=f"{left_out:,}")


def _text(path, easy: bool = False) -> str:
    """The text of every page above its footer (PDFium), without white space."""
    import pypdfium2 as pdfium

    lk = look(easy)
    above = lk.margin + lk.footer.line_height * 1.5  # the footer's text ends below this
    pdf = pdfium.PdfDocument(str(path))
    try:
        return squash(
            "".join(pdf[i].get_textpage().get_text_bounded(bottom=above) for i in range(len(pdf)))
        )
    finally:
        pdf.close()


def printed(text: str, words: list[str]) -> bool:
    """True if the words are printed in this order, each whole. Between two of them may
    come a page break (a table's header, the other cells of a row split over pages)."""
    return (
        re.search(".{0,4000}?".join(re.escape(squash(w)) for w in words), text, re.DOTALL)
        is not None
    )


def has_marker(text: str, left_out: int, words: dict = WORDS, rtl: bool = False) -> bool:
    """The cut marker with this count is printed. ``rtl``: it ends an Arabic or Hebrew
    text, and PDFium extracts the words of a line shared with right-to-left text in an
    order of its own (seen: reversed, or the brackets turned); then each word of the
    marker must be there, the count above all."""
    tokens = marker(left_out, words).split()
    if rtl:
        return all(squash(t.strip("()")) in text for t in tokens)
    return printed(text, tokens)


# --- cutting one text ------------------------------------------------------------------------


def test_a_text_within_its_limits_is_kept_as_it_is():
    assert cut("x" * NOTE_CHARS, NOTE_CHARS, NOTE_LINES, MARKER) == "x" * NOTE_CHARS
    lines = "\n".join(["a line"] * NOTE_LINES)
    assert cut(lines, NOTE_CHARS, NOTE_LINES, MARKER) == lines
    assert cut("", NOTE_CHARS, NOTE_LINES, MARKER) == ""


def test_a_longer_text_ends_with_how_many_characters_were_left_out():
    shown = cut("x" * MILLION, NOTE_CHARS, NOTE_LINES, MARKER)
    assert shown == "x" * NOTE_CHARS + " … (text cut — 980,000 more characters in the file)"
    shown = cut("x" * (NOTE_CHARS + 1), NOTE_CHARS, NOTE_LINES, MARKER)
    assert shown.endswith("(text cut — 1 more characters in the file)")


def test_a_cut_ends_at_a_word_when_one_ends_nearby():
    text = "Peer mentors visit every week. " * 2000
    shown = cut(text, NOTE_CHARS, NOTE_LINES, MARKER)
    kept = shown.split(" … ")[0]
    assert text.startswith(kept) and text[len(kept)] == " "
    assert NOTE_CHARS - 40 <= len(kept) <= NOTE_CHARS
    assert shown.endswith(marker(len(text) - len(kept)))


def test_too_many_lines_are_cut_after_the_last_line_allowed():
    text = "".join(f"item {i}\n" for i in range(5000))
    shown = cut(text, NOTE_CHARS, NOTE_LINES, MARKER)
    kept = shown.split(" … ")[0]
    assert kept.split("\n") == [f"item {i}" for i in range(NOTE_LINES)]
    assert shown.endswith(marker(len(text) - len(kept)))
    short_lines = cut("x\n" * (MILLION // 2), CELL_CHARS, CELL_LINES, MARKER)
    assert short_lines == "x\n" * (CELL_LINES - 1) + "x … " + marker(MILLION - 2 * CELL_LINES + 1)
    # Blank lines at the end of what is kept do not print; the marker follows the last word.
    assert cut("\n" * MILLION, CELL_CHARS, CELL_LINES, MARKER) == " … " + marker(MILLION)


#: Clusters that read as one character; the limit falls inside each of them.
CLUSTERS = {
    "combining marks": "e\u0301\u0323",
    "devanagari conjunct": "क्ष",
    "emoji with skin tone": "👍🏽",
    "emoji family (joiners)": "👨\u200d👩\u200d👧\u200d👦",
    "emoji with variation selector": "❤\ufe0f",
    "flag": "🇬🇧",
    "hangul jamo": "\u1100\u1161\u11a8",
    "arabic with marks": "بِّ",
}


@pytest.mark.parametrize("name", CLUSTERS)
def test_a_cut_never_splits_what_reads_as_one_character(name):
    cluster = CLUSTERS[name]
    for offset in range(len(cluster) + 1):
        text = "x" * (SHORT_CHARS - offset) + cluster * 300
        shown = cut(text, SHORT_CHARS, None, MARKER)
        kept = shown.split(" … ")[0]
        assert text.startswith(kept)
        rest = text[len(kept) :]
        assert rest.startswith(cluster) or rest.startswith("x"), (name, offset, rest[:5])
        assert unicodedata.category(rest[0])[0] != "M"
        assert shown.replace("\u200e", "").endswith(marker(len(rest)))


@pytest.mark.parametrize("name", CLUSTERS)
def test_a_word_longer_than_a_line_breaks_between_clusters(name):
    cluster = CLUSTERS[name]
    for unit in (cluster, "x" + cluster):  # the line's end falls at every offset in turn
        lines = layout(unit * 400, TextStyle(size=10), 97.0)
        assert len(lines) > 3
        # What prints (NFC, plain runs without their invisible joiners), line by line:
        # each line break falls where a cut may fall, never before a mark.
        printed_ = ["".join(seg.text for seg in line.segments) for line in lines]
        whole = "".join(printed_)
        at = 0
        for line in printed_[:-1]:
            at += len(line)
            assert may_cut_before(whole, at), (name, whole[at - 2 : at + 2])
            assert unicodedata.category(whole[at])[0] != "M"


def test_flags_are_cut_between_pairs_even_after_many():
    flags = "🇬🇧🇩🇪🇫🇷" * 1000
    for i in range(1, 200):
        assert may_cut_before(flags, i) == (i % 2 == 0)


def test_one_line_fields_print_their_line_breaks_as_spaces_and_data_is_not_changed():
    data = WorkshopData(
        Workshop(title="Our\nworkshop", venue="v" * MILLION),
        [],
        [Note(id="n1", text="first\nsecond")],
    )
    shown = printable_data(data, MARKER)
    assert shown.workshop.title == "Our workshop"
    assert shown.workshop.venue == "v" * SHORT_CHARS + " … " + marker(MILLION - SHORT_CHARS)
    assert shown.notes[0].text == "first\nsecond"
    assert shown.notes[0] is data.notes[0]  # nothing to cut: the same object, no copy
    assert data.workshop.title == "Our\nworkshop" and len(data.workshop.venue) == MILLION


def test_a_long_word_in_any_script_is_laid_out_in_time_linear_in_its_length():
    # Cutting a word wider than a line used to measure (or shape) the rest of it again for
    # every line: 20,000 Arabic letters without a space took 19 s, 200,000 would take hours.
    for unit in ("نصمم", "x", "我们", "e\u0301", "🇬🇧", "हममिलकर"):
        with alarm(60):
            lines = layout(unit * (200_000 // len(unit)), TextStyle(size=10), 200)
        assert len(lines) > 100


# --- what prints ---------------------------------------------------------------------------


def test_the_issue_example_prints_whole(tmp_path):
    # A 2,000-character note and action stopped the report with "GridTable too large" and
    # the action plan with "Splitting error(n==2)". Both are below their limits.
    data = demo_workshop()
    note = "".join(f"note{i:04d} " for i in range(223))[:2000]
    action = "".join(f"act{i:04d} " for i in range(250))[:2000]
    data.notes[0].text, data.actions[0].action = note, action
    for kind in ("report", "action-plan"):
        path = tmp_path / f"{kind}.pdf"
        with alarm(60):
            build_pdf(data, kind, path)
        text = _text(path)
        assert in_order(text, action.split())
        assert squash(WORDS["text_cut"].split("{n}")[0]) not in text
        if kind == "report":
            assert in_order(text, note.split())


def test_texts_at_their_limits_print_whole(tmp_path):
    data = demo_workshop()
    note = "".join(f"n{i:05d} " for i in range(NOTE_CHARS // 7 + 1))[:NOTE_CHARS]
    action = "".join(f"a{i:04d} " for i in range(CELL_CHARS // 6 + 1))[:CELL_CHARS]
    owner = "".join(f"o{i:03d} " for i in range(SHORT_CHARS // 5 + 1))[:SHORT_CHARS]
    data.notes[0].text, data.actions[0].action, data.actions[0].owner = note, action, owner
    path = tmp_path / "report.pdf"
    with alarm(60):
        build_pdf(data, "report", path)
    text = _text(path)
    for whole in (note, action, owner):
        assert in_order(text, whole.split())
    assert squash(WORDS["text_cut"].split("{n}")[0]) not in text


def _hostile_workshop(length: int = MILLION) -> tuple[WorkshopData, dict[str, tuple[int, str]]]:
    """A small workshop whose every printed text is ``length`` characters or a little less:
    each field is a different length, so the count in its cut marker names it. Returns the
    data and, per field, (characters left out, kind of PDF it is printed in)."""
    sizes: dict[str, int] = {}

    def big(name: str) -> str:
        sizes[name] = length - len(sizes)
        return "x" * sizes[name]

    people = [
        Participant(id="p1", name=big("author"), is_group=True),
        Participant(id="p2", name=big("second author")),
    ]
    workshop = Workshop(
        id="w",
        title=big("title"),
        date=big("date"),
        venue=big("venue"),
        organisation=big("organisation"),
        facilitator=big("facilitator"),
    )
    group = Note(id="g1", text=big("group title"), kind="group", x=-200, y=-900, step=Step.MAP)
    notes = [
        Note(
            id="n1",
            text=big("note"),
            author_id="p1",
            x=-600,
            y=-900,
            step=Step.MAP,
            impact=4,
            shortlisted=True,
        ),
        Note(
            id="n2",
            text="A short note",
            author_id="p2",
            x=-300,
            y=-900,
            step=Step.FOCUS,
            group_id="g1",
        ),
        group,
    ]
    people_ = [
        CoProducer(
            id="c1",
            name=big("person name"),
            role=big("person role"),
            could_bring=big("could bring"),
            involvement=big("involvement"),
            note_ids=["n1"],
        )
    ]
    market = [
        MarketItem(
            id="m1", sceptic_says=big("worry"), our_answer=big("answer"), audience=Audience.STAFF
        )
    ]
    actions = [
        Action(
            id="a1",
            action=big("action"),
            first_step=big("first step"),
            owner=big("owner"),
            due=big("due"),
            review_date=big("review"),
            carried_from=big("carried from"),
            note_ids=["n1"],
        ),
        Action(id="a2", action="Meet again", owner="Sam", due="2027-01-10"),
    ]
    votes = [Vote(id="v1", note_id="n1", voter_id="p1")]
    data = WorkshopData(
        workshop, people, notes, votes=votes, people=people_, market_items=market, actions=actions
    )
    limits = {
        "note": NOTE_CHARS,
        "group title": NOTE_CHARS,
        "could bring": CELL_CHARS,
        "involvement": CELL_CHARS,
        "worry": CELL_CHARS,
        "answer": CELL_CHARS,
        "action": CELL_CHARS,
        "first step": CELL_CHARS,
    }
    plan_fields = {
        "title",
        "date",
        "venue",
        "organisation",
        "facilitator",
        "action",
        "first step",
        "owner",
        "due",
        "review",
        "carried from",
    }
    expected = {}
    for name, size in sizes.items():
        expected[name] = (
            size - limits.get(name, SHORT_CHARS),
            "action-plan" if name in plan_fields else "report",
        )
    return data, expected


def test_every_printed_field_ends_with_its_cut_marker(tmp_path):
    data, expected = _hostile_workshop()
    text = {}
    for kind in ("report", "action-plan"):
        path = tmp_path / f"{kind}.pdf"
        with alarm(120):
            build_pdf(data, kind, path)
        text[kind] = _text(path)
    for name, (left_out, kind) in expected.items():
        assert has_marker(text[kind], left_out), name
        assert has_marker(text["report"], left_out), name  # the report prints everything
    # Templates print the title and the date, the title shorter (the cards need the room).
    path = tmp_path / "templates.pdf"
    with alarm(60):
        build_pdf(data, "templates", path)
    templates = _text(path)
    title = len(data.workshop.title)
    assert has_marker(templates, title - TEMPLATE_TITLE_CHARS)
    assert "x" * TEMPLATE_TITLE_CHARS + "…" in templates


def test_easy_read_says_so_in_its_own_words(tmp_path):
    data, expected = _hostile_workshop()
    path = tmp_path / "plan.pdf"
    with alarm(60):
        build_pdf(data, "action-plan", path, easy_read=True)
    left_out = expected["action"][0]
    assert has_marker(_text(path, easy=True), left_out, EASY_WORDS)
    assert EASY_WORDS["text_cut"] != WORDS["text_cut"]


@pytest.mark.parametrize(
    "kind,easy,paper,group_by",
    [
        (k, e, p, g)
        for k, e, p, g in itertools.product(
            ("report", "action-plan", "templates"),
            (False, True),
            ("a4", "letter"),
            ("owner", "date"),
        )
        if k != "templates" or g == "owner"
    ],
)
def test_every_field_at_a_million_characters_builds_in_every_kind_look_and_paper(
    kind, easy, paper, group_by
):
    data, _ = _hostile_workshop()
    out = io.BytesIO()
    with alarm(120):
        build_pdf(data, kind, out, easy_read=easy, paper=paper, group_by=group_by)
    assert out.getvalue().startswith(b"%PDF")


@pytest.mark.parametrize("kind", ["action-plan", "report"])
def test_an_owner_too_wide_to_share_a_page_with_its_action_still_prints(tmp_path, kind):
    # 500 emoji make the owner's group title about 400 points tall in easy read: with the
    # table's header and its first action's first two lines it no longer fits a page, so
    # the title ends a page alone. (It stopped the build with "too large".)
    data = demo_workshop()
    data.actions[0].owner = "😀👍" * 500_000
    data.actions[0].action = "Meet every week " * 1000
    path = tmp_path / "out.pdf"
    with alarm(60):
        build_pdf(data, kind, path, easy_read=True)
    assert has_marker(_text(path, easy=True), MILLION - SHORT_CHARS, EASY_WORDS)


#: A million characters in each script: joined, shaped, right to left, marks, pictographs.
SCRIPT_UNITS = {
    "arabic": "نصمم الخدمة معا ",
    "arabic without spaces": "نصمم",
    "hebrew": "אנחנו מתכננים ",
    "devanagari": "हम मिलकर सेवा ",
    "cjk": "我们一起设计新的服务",
    "emoji": "😀👍🏽👨\u200d👩\u200d👧 ",
    "combining marks": "e\u0301\u0323a\u0308 ",
    "flags": "🇬🇧🇩🇪",
}


@pytest.mark.parametrize("script", SCRIPT_UNITS)
def test_a_million_characters_of_any_script_print_with_the_marker(tmp_path, script):
    unit = SCRIPT_UNITS[script]
    text = (unit * (MILLION // len(unit) + 1))[:MILLION]
    data = demo_workshop()
    data.notes[0].text = text
    data.actions[0].action = text
    shown_note = cut(text, NOTE_CHARS, NOTE_LINES, MARKER)
    shown_action = cut(text, CELL_CHARS, CELL_LINES, MARKER)
    for kind, shown in (("report", shown_note), ("action-plan", shown_action)):
        path = tmp_path / f"{kind}.pdf"
        with alarm(120):
            build_pdf(data, kind, path)
        left_out = len(text) - len(shown.split(" … ")[0])
        rtl = script.startswith(("arabic", "hebrew"))
        assert has_marker(_text(path), left_out, rtl=rtl), (script, kind)
