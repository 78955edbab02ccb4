"""The workshop report's "Breakout tables": one line each time a table's file was brought
back, in the order it happened, read back from PDFs made by ``costar report`` from a
host whose tables' files were really merged (tests/report/breakout_files.py)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from costar_desktop.core.breakouts import MAX_COUNT, breakout_line
from costar_desktop.core.merge import RowChanges
from costar_desktop.report import build_pdf
from costar_desktop.report.bidi import base_level
from costar_desktop.report.breakouts import easy_sentences, line_spans
from costar_desktop.storage import WorkshopFile
from tests.report.breakout_files import (
    EASY_CHOICE,
    EASY_SENTENCES,
    SENTENCES,
    Breakout,
    make_breakout,
)
from tests.report.conftest import in_order, pypdf_pages, squash
from tests.test_cli import costar

needs_pdftotext = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)


@pytest.fixture(scope="module")
def breakout(tmp_path_factory) -> Breakout:
    return make_breakout(tmp_path_factory.mktemp("breakout"))


def _report(tmp_path, source, *options: str):
    out = tmp_path / "report.pdf"
    result = costar("report", source, "--kind", "report", *options, "-o", out)
    assert result.returncode == 0, result.stderr
    return out


def _pdftotext(path) -> list[str]:
    """The PDF's printed lines, each as one line of words (pdftotext -layout)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_the_report_tells_each_bringing_back_in_the_order_it_happened(tmp_path, breakout):
    path = _report(tmp_path, breakout.host)
    pages = pypdf_pages(path)
    text = squash("".join(pages))
    # After who spoke, under its own heading, Amira's table (brought back first) first.
    assert in_order(text, [squash(s) for s in ["Voices", "Breakout tables", *SENTENCES]])
    assert text.count(squash(SENTENCES[0])) == 1
    # The contents list the section, at the page it is on.
    match = re.search(r"Breakout tables[ .]*(\d+)", pages[0])
    assert match, pages[0]
    page = squash(pages[int(match.group(1)) - 1])
    assert squash("Breakout tables") in page and squash(SENTENCES[0]) in page


@needs_pdftotext
def test_each_bringing_back_is_a_line_of_its_own(tmp_path, breakout):
    lines = _pdftotext(_report(tmp_path, breakout.host))
    start = lines.index("Breakout tables", 1)  # the contents have it with a page number
    assert [line for line in lines[start:] if line in SENTENCES] == SENTENCES


def test_nothing_is_printed_without_breakouts(tmp_path, demo_file):
    assert WorkshopFile.read(demo_file).breakouts == []
    for options in ((), ("--easy-read",)):
        text = squash("".join(pypdf_pages(_report(tmp_path, demo_file, *options))))
        for words in ("Breakout tables", "Work from other tables", "brought back"):
            assert squash(words) not in text


@needs_pdftotext
def test_easy_read_says_it_in_short_sentences_in_large_type(tmp_path, breakout):
    path = _report(tmp_path, breakout.host, "--easy-read")
    lines = _pdftotext(path)
    start = lines.index("Work from other tables", 1)
    section = lines[start:]
    # One idea a line: the table's name, then a sentence for each thing its file did.
    for said in EASY_SENTENCES:
        first = section.index(said[0])
        assert section[first : first + len(said)] == said
    assert section.count(EASY_CHOICE) == 1
    assert section.index(EASY_CHOICE) < section.index("Table 3")
    # Large type: every word of the section at 16 pt or more.
    sizes: list[tuple[str, float]] = []
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: sizes.append((t, size)))
    ours = ("They ", "The facilitator made", "Amira's table", "Table 3", "Each table")
    printed = [(t.strip(), s) for t, s in sizes if t.strip().startswith(ours)]
    assert len(printed) >= 7, printed
    assert min(s for _, s in printed) >= 16, printed
    assert not any(squash(s) in squash(" ".join(lines)) for s in SENTENCES)


def test_an_anonymised_report_names_no_table(tmp_path, breakout):
    text = " ".join(
        " ".join(p.split()) for p in pypdf_pages(_report(tmp_path, breakout.host, "--anonymise"))
    )
    assert "Amira" not in text
    assert in_order(
        text,
        [
            "Table 1 added 1 note and changed 1 note;",
            "Table 2 added 2 notes and removed 1 note.",
        ],
    )


def test_anonymised_exports_name_tables_by_number_in_order(tmp_path, breakout):
    result = costar("export", breakout.host, "--format", "json", "--anonymise")
    assert result.returncode == 0, result.stderr
    assert "Amira" not in result.stdout
    lines = json.loads(result.stdout)["breakouts"]
    assert [b["table"] for b in lines] == ["Table 1", "Table 2"]
    assert lines[0]["sentence"].startswith("Table 1 added 1 note")
    assert lines[1]["removed"] == {"notes": 1} and lines[1]["added"] == {"notes": 2}
    # The note a conflict kept both texts of is marked with the table's number, not name.
    notes = json.loads(result.stdout)["notes"]
    assert any(n["text"].startswith("[Table 1] ") for n in notes)
    md = costar("export", breakout.host, "--format", "md", "--anonymise")
    assert md.returncode == 0, md.stderr
    assert "Amira" not in md.stdout
    assert "## Breakout tables" in md.stdout
    assert "- Table 2 added 2 notes and removed 1 note." in md.stdout


def test_exports_carry_the_lines_with_the_tables_names(tmp_path, breakout):
    result = costar("export", breakout.host, "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = json.loads(result.stdout)["breakouts"]
    assert [b["sentence"] for b in lines] == SENTENCES
    assert [b["table"] for b in lines] == ["Amira's table", "Table 3"]
    assert lines[0]["conflicts"] == 1 and lines[0]["merged"].endswith("Z")
    md = costar("export", breakout.host, "--format", "md")
    assert md.stdout.rstrip().endswith(
        "- Amira's table added 1 note and changed 1 note; 1 change was decided by the "
        "facilitator.\n- Table 3 added 2 notes and removed 1 note."
    )


# --- summaries from a hostile file --------------------------------------------------------

#: Summaries as another program could write them into ``merges``: none may crash a report.
HOSTILE = [
    '{"added": {"notes": 2}, "changed": "lots", "removed": [1, 2], "conflicts": "many"}',
    '{"added": {"notes": ' + str(MAX_COUNT + 1) + ', "dots": 3}}',
    '{"added": {"notes": 1' + "0" * 4000 + "}}",  # a number of 4,001 digits
    '{"added": {"notes": 1e999, "groups": -4, "dots": 2.5, "actions": true}}',
    '{"added": {"bombs": 7, "__class__": 1}, "unknown": {"notes": 3}, "conflicts": -1}',
    '{"removed": {"notes": 1}, "missing": 99999999999999999999, "conflicts": 1e308}',
    "[]",
    "not json at all",
    "[" * 5000 + "]" * 5000,
    '{"added": ' * 400 + "1" + "}" * 400,
]


@pytest.fixture
def hostile_host(tmp_path, breakout):
    path = tmp_path / "hostile.costar"
    shutil.copyfile(breakout.host, path)
    with WorkshopFile.open(path) as host:
        host.apply_row_changes(
            RowChanges(
                inserts={
                    "merges": [
                        {
                            "id": f"00000000-0000-4000-8000-{i:012d}",
                            "table_id": "00000000-0000-4000-8000-00000000ffff",
                            "table_name": name,
                            "merged": "2026-11-26T14:00:00.000Z",
                            "summary": summary,
                        }
                        for i, (name, summary) in enumerate(
                            zip(
                                ["Zoë's table", "", " \n ", "طاولة ٣", *["x" * 100] * 6],
                                HOSTILE,
                                strict=True,
                            )
                        )
                    ]
                }
            )
        )
    return path


def test_hostile_summaries_never_crash_the_report(tmp_path, hostile_host):
    data = WorkshopFile.read(hostile_host)
    lines = data.breakouts[2:]  # after the two real ones
    # Not a dict, not JSON, nested too deep: left out; the rest told as far as sound.
    assert len(lines) == 7
    for line in lines:
        counts = [*line.added.values(), *line.changed.values(), *line.removed.values()]
        assert all(0 < n <= MAX_COUNT for n in counts)
        assert 0 <= line.conflicts <= MAX_COUNT and 0 <= line.missing <= MAX_COUNT
        assert line.table.strip() and "\n" not in line.table
    assert (lines[0].table, lines[0].added, lines[0].conflicts) == ("Zoë's table", {"notes": 2}, 0)
    assert (lines[1].table, lines[1].added) == ("A table", {"dots": 3})
    assert [line.summary() for line in lines[2:5]] == [
        {"added": {}, "changed": {}, "removed": {}, "conflicts": 0, "missing": 0}
    ] * 3
    assert lines[5].removed == {"notes": 1} and lines[5].missing == 0
    standard, easy = (tmp_path / "standard.pdf", tmp_path / "easy.pdf")
    build_pdf(data, "report", standard)
    build_pdf(data, "report", easy, easy_read=True)
    text = squash("".join(pypdf_pages(standard)))
    assert in_order(
        text,
        [
            squash(s)
            for s in [
                *SENTENCES,
                "Zoë's table added 2 notes.",
                "A table added 3 dots.",
                "A table brought back no changes.",
                "brought back no changes.",
                "brought back no changes.",
                "removed 1 note.",
            ]
        ],
    )
    easy_text = squash("".join(pypdf_pages(easy)))
    assert in_order(easy_text, [squash(s) for s in ["Zoë's table", "They added 2 notes."]])
    for words in (text, easy_text):
        assert "0" * 100 not in words  # no number of a hundred digits, or more


def test_hostile_summaries_never_crash_an_export(hostile_host):
    for fmt in ("json", "md"):
        result = costar("export", hostile_host, "--format", fmt, "--anonymise")
        assert result.returncode == 0, result.stderr
        assert "Amira" not in result.stdout and "Zoë" not in result.stdout


# --- the words ------------------------------------------------------------------------------


def test_easy_read_words_one_sentence_for_each_thing():
    line = breakout_line(
        "t",
        "Table 4",
        "",
        {
            "added": {"co_producers": 1, "worries": 2},
            "changed": {"details": 1},
            "removed": {"groups": 1, "actions": 2},
            "conflicts": 3,
        },
    )
    assert easy_sentences(line) == [
        "They added 1 person who can help and 2 worries.",
        "They changed 1 detail of the workshop.",
        "They took away 1 group of notes and 2 things we will do.",
        "The facilitator made 3 choices about what to keep.",
    ]
    assert easy_sentences(breakout_line("t", "Table 4", "", {})) == [
        "They brought back no changes."
    ]


def test_a_right_to_left_name_keeps_the_line_left_to_right():
    line = breakout_line("t", "طاولة ٣", "", {"added": {"notes": 2}})
    spans = line_spans(line)
    assert spans == [("\u200eطاولة ٣\u200e", True), (" added 2 notes.", False)]
    assert base_level("".join(text for text, _ in spans)) == 0
    assert line_spans(breakout_line("t", "Table 1", "", {}))[0] == ("Table 1", True)
