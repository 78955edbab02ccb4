"""The programme on paper: the run sheet and the agenda handout (and its easy read), the
workshop report's "The day as it ran", `costar report --kind run-sheet|agenda`, and the
programme in the JSON and Markdown exports."""

from __future__ import annotations

import dataclasses
import json
import time

import pytest

from costar_desktop.core import day_ran
from costar_desktop.core.export import to_dict, to_markdown
from costar_desktop.core.model import Step
from costar_desktop.core.programme import (
    METHODS,
    Block,
    Programme,
    clock,
    end_run,
    run_block,
    schedule,
)
from costar_desktop.report import NO_BLOCKS, build_pdf
from costar_desktop.storage import WorkshopFile
from tests.report.conftest import SCRIPTS, pdfium_pages, pypdf_pages, squash, with_programme
from tests.test_cli import costar

#: A fixed moment for the runs below, 09:30 on the room's clock (the plans' start of the
#: day): no clock is read in these tests.
T0 = time.mktime((2027, 1, 21, 9, 30, 0, 0, 0, -1))


def _build(tmp_path, data, kind, name="out.pdf", **options):
    path = tmp_path / name
    build_pdf(data, kind, path, **options)
    return path


def _text(path) -> str:
    return squash("".join(pypdf_pages(path)))


# --- the run sheet ----------------------------------------------------------------------


def test_run_sheet_has_every_block_with_times_method_materials_and_notes(tmp_path, demo_data):
    data = with_programme(demo_data)
    p = data.programme
    text = _text(_build(tmp_path, data, "run-sheet"))
    assert squash("Run sheet") in text and squash(data.workshop.title) in text
    assert squash(p.name) in text and "Startoftheday:09:30" in text
    for block, (start, end) in zip(p.blocks, schedule(p.day_start, p.blocks), strict=True):
        assert f"{clock(start)}–{clock(end)}" in text
        for words in (block.title, block.materials, block.notes):
            assert squash(words) in text
        if block.method:
            name, description = METHODS[block.method]
            assert squash(name) in text and squash(description) in text  # the key
    end = clock(p.day_start + p.minutes)
    assert f"Plannedend:{end}" in text and f"Total{p.minutes}" in text


def test_run_sheet_says_the_step_or_a_dash(tmp_path, demo_data):
    blocks = [Block("Welcome", 10), Block("Mapping", 30, step=Step.MAP)]
    data = dataclasses.replace(demo_data, programme=Programme("Short", blocks))
    text = _text(_build(tmp_path, data, "run-sheet"))
    assert "09:30–09:40Welcome—10" in text and "09:40–10:10Mapping1Map30" in text


# --- the agenda handout -----------------------------------------------------------------


def test_agenda_handout_is_short_and_has_no_facilitator_notes(tmp_path, demo_data):
    data = with_programme(demo_data)
    p = data.programme
    text = _text(_build(tmp_path, data, "agenda"))
    for block, (start, _end) in zip(p.blocks, schedule(p.day_start, p.blocks), strict=True):
        assert squash(clock(start)) in text and squash(block.title) in text
        if block.notes:
            assert squash(block.notes) not in text
    assert squash("Name badges") not in text and squash("Sticky notes") not in text
    assert squash("10:50 Break – a drink and a rest") in text
    assert squash("Lunch – time to eat") in text
    assert squash("1 Map: What we do now") in text
    assert squash("16:05 End of the day") in text


def test_easy_read_agenda_one_block_a_line_in_plain_words(tmp_path, demo_data):
    data = with_programme(demo_data)
    path = _build(tmp_path, data, "agenda", easy_read=True)
    text = _text(path)
    assert squash("Our day") in text
    assert squash("We meet on Thursday 26 November 2026.") in text
    assert squash("We start at 09:30.") in text and squash("We finish at 16:05.") in text
    assert squash("10:50 Break – a drink and a rest") in text
    assert squash("What we do now (Map)") in text
    assert "Reveal the dots together" not in text  # no facilitator's notes


def test_titles_in_any_script_print(tmp_path, demo_data):
    blocks = [Block(f"{words} [{key}]", 15) for key, words in SCRIPTS.items()]
    data = dataclasses.replace(demo_data, programme=Programme("多言語 – متعدد", blocks))
    for kind in ("run-sheet", "agenda"):
        for easy in (False, True):
            path = _build(tmp_path, data, kind, f"{kind}-{easy}.pdf", easy_read=easy)
            text = squash("".join(pdfium_pages(path)))
            for key in ("chinese", "japanese", "korean", "arabic", "emoji"):
                assert key in text, (kind, easy, key)
            for key in ("chinese", "japanese", "korean"):
                assert squash(SCRIPTS[key]) in text, (kind, easy, key)


@pytest.mark.parametrize("kind", ["run-sheet", "agenda"])
@pytest.mark.parametrize("easy", [False, True])
def test_sixty_blocks_run_over_pages(tmp_path, demo_data, kind, easy):
    blocks = [
        Block(
            f"Block number {n}",
            7,
            step=list(Step)[n % 5] if n % 3 else None,
            method="pairs" if n % 2 else "",
            materials="Paper " * 20,
            notes="Note " * 30,
        )
        for n in range(60)
    ]
    data = dataclasses.replace(demo_data, programme=Programme("Long", blocks))
    path = _build(tmp_path, data, kind, easy_read=easy)
    pages = pypdf_pages(path)
    assert len(pages) >= 2
    text = squash("".join(pages))
    assert all(f"Blocknumber{n}" in text for n in range(60))


@pytest.mark.parametrize("kind", ["run-sheet", "agenda"])
def test_an_empty_agenda_is_refused_plainly(tmp_path, demo_data, kind):
    with pytest.raises(ValueError, match="The agenda has no blocks yet"):
        build_pdf(demo_data, kind, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# --- the day as it ran ------------------------------------------------------------------


def _ran(demo_data, minutes_late: int = 12):
    """The half-day run block by block, each ``minutes_late`` spread over the first block."""
    p = with_programme(demo_data, 0).programme
    now = T0
    for n, block in enumerate(p.blocks):
        p = run_block(p, n, now)
        now += block.minutes * 60 + (minutes_late * 60 if n == 0 else 0)
    return dataclasses.replace(demo_data, programme=end_run(p, now))


def test_summary_says_how_late_on_time_or_early(demo_data):
    assert day_ran.summary(_ran(demo_data, 12).programme) == (
        "The day ended 12 minutes later than planned."
    )
    on_time = _ran(demo_data, 0).programme
    rows = day_ran.as_it_ran(on_time)
    assert day_ran.summary(on_time) == "The day ended on time."
    assert all(r.state == day_ran.RAN for r in rows)
    assert day_ran.difference_words(rows[0]) == "as planned"


def test_summary_while_running_and_before(demo_data):
    p = with_programme(demo_data, 0).programme
    assert day_ran.summary(p) == "The day has not been run."
    p = run_block(p, 0, T0)
    assert day_ran.summary(p) == "The day is still running. No block has finished yet."
    p = run_block(p, 1, T0 + 25 * 60)
    rows = day_ran.as_it_ran(p)
    assert [r.state for r in rows[:3]] == ["ran", "running", "not run"]
    assert day_ran.actual_words(rows[1]).endswith("still running")
    assert day_ran.actual_words(rows[2]) == "not run"
    assert day_ran.difference_words(rows[0]) == "5 min longer"
    assert day_ran.summary(p).startswith("The day is still running. The last block that ran")


def test_report_has_the_day_as_it_ran(tmp_path, demo_data):
    data = _ran(demo_data, 12)
    text = _text(_build(tmp_path, data, "report"))
    assert squash("The day as it ran") in text
    assert squash("The day ended 12 minutes later than planned.") in text
    first = day_ran.as_it_ran(data.programme)[0]
    assert squash(day_ran.planned_words(first)) in text
    assert squash(day_ran.actual_words(first)) in text and "12minlonger" in text
    easy = _text(_build(tmp_path, data, "report", "easy.pdf", easy_read=True))
    assert squash("How our day went") in easy
    assert squash("The day ended 12 minutes later than planned.") in easy


def test_report_leaves_the_day_out_without_an_agenda(tmp_path, demo_data):
    text = _text(_build(tmp_path, demo_data, "report"))
    assert squash("The day as it ran") not in text


# --- exports ----------------------------------------------------------------------------


def test_exports_carry_the_programme(demo_data):
    data = _ran(demo_data, 12)
    d = json.loads(json.dumps(to_dict(data)))
    prog = d["programme"]
    assert prog["name"] == data.programme.name and prog["day_start"] == "09:30"
    assert prog["summary"] == "The day ended 12 minutes later than planned."
    first = prog["blocks"][0]
    assert first["planned_start"] == "09:30" and first["state"] == "ran"
    assert first["ran_seconds"] == (20 + 12) * 60 and first["started"]
    md = to_markdown(data)
    assert "## Agenda" in md and "| 09:30–09:50 (20 min) | Welcome and why we are here" in md
    assert to_dict(demo_data)["programme"]["blocks"] == []
    assert "## Agenda" not in to_markdown(demo_data)


# --- the command line -------------------------------------------------------------------


def _file_with_agenda(tmp_path, demo_data):
    path = tmp_path / "day.costar"
    WorkshopFile.create(path, data=demo_data).close()
    with WorkshopFile.open(path) as store:
        store.write_programme(with_programme(demo_data).programme)
    return path


@pytest.mark.parametrize("kind", ["run-sheet", "agenda"])
def test_cli_prints_both_kinds(tmp_path, demo_data, kind):
    source = _file_with_agenda(tmp_path, demo_data)
    out = tmp_path / f"{kind}.pdf"
    result = costar("report", source, "--kind", kind, "--easy-read", "-o", out)
    assert result.returncode == 0, result.stderr
    assert squash("Map: what we already do together") in _text(out)


def test_cli_refuses_an_empty_agenda_and_lists_the_kinds(tmp_path, demo_file):
    out = tmp_path / "x.pdf"
    result = costar("report", demo_file, "--kind", "run-sheet", "-o", out)
    assert result.returncode == 1
    assert result.stderr.strip() == f"costar: {NO_BLOCKS}"
    assert not out.exists()
    helped = costar("report", "--help")
    assert "run-sheet" in helped.stdout and "agenda" in helped.stdout
