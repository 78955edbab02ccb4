"""costar_desktop.output: the decisions the command line and the window share about what
leaves the app (which data, names replaced or not, file names, open actions carried over)."""

from __future__ import annotations

from pathlib import Path

import pytest

import costar_desktop.report as report
from costar_desktop import cli, output
from costar_desktop.core.model import Action, ActionStatus, Workshop, WorkshopData
from costar_desktop.storage import WorkshopFile


def test_pdf_names_follow_one_rule():
    assert output.pdf_name("spring", "report", False) == "spring-report.pdf"
    assert output.pdf_name("spring", "action-plan", True) == "spring-action-plan-easy-read.pdf"
    assert output.pdf_name(None, "templates", False) == "templates.pdf"
    assert output.pdf_name(None, "templates", True) == "templates-easy-read.pdf"


def test_a_pdf_suffix_is_added_only_when_missing():
    assert output.with_pdf_suffix(Path("a/plan")) == Path("a/plan.pdf")
    assert output.with_pdf_suffix(Path("a/plan.PDF")) == Path("a/plan.PDF")
    assert output.with_pdf_suffix(Path("a/plan.v2")) == Path("a/plan.v2.pdf")


def test_the_command_line_names_pdfs_in_a_folder_by_that_rule(tmp_path, monkeypatch):
    made = []
    monkeypatch.setattr(output, "write_pdf", lambda data, options, target: made.append(target.name))
    for name in ("spring.costar", "autumn.costar"):
        WorkshopFile.create(tmp_path / name, Workshop(title=name)).close()
    out = tmp_path / "pdfs"
    assert (
        cli.main(
            [
                "report",
                str(tmp_path / "spring.costar"),
                str(tmp_path / "autumn.costar"),
                "--kind",
                "report",
                "--easy-read",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert made == [
        output.pdf_name("spring", "report", True),
        output.pdf_name("autumn", "report", True),
    ]


def test_outgoing_replaces_names_only_when_asked(demo_data):
    assert output.outgoing(demo_data, anonymise=False) is demo_data
    hidden = output.outgoing(demo_data, anonymise=True)
    names = {p.name for p in demo_data.participants}
    assert names and not names & {p.name for p in hidden.participants}
    assert {p.name for p in demo_data.participants} == names  # the original is untouched


def test_write_pdf_hands_reportlab_the_options_and_the_anonymised_data(demo_data, monkeypatch):
    seen = {}

    def spy(data, kind, out, **options):
        seen.update(data=data, kind=kind, out=out, **options)

    monkeypatch.setattr(report, "build_pdf", spy)
    options = output.PdfOptions(
        "action-plan", paper="letter", easy_read=True, group_by="date", anonymise=True
    )
    output.write_pdf(demo_data, options, Path("x.pdf"), progress=print)
    assert seen["kind"] == "action-plan" and seen["out"] == Path("x.pdf")
    assert (seen["paper"], seen["easy_read"], seen["group_by"]) == ("letter", True, "date")
    assert seen["progress"] is print
    assert seen["data"] == output.outgoing(demo_data, anonymise=True)


def test_write_pdf_refuses_an_unknown_option_in_plain_words(demo_data, tmp_path):
    with pytest.raises(ValueError, match="paper size"):
        output.write_pdf(demo_data, output.PdfOptions("report", paper="a3"), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_the_open_file_and_the_file_on_disk_give_the_same_data(demo_file):
    on_disk, repairs = output.read_file(demo_file)
    assert repairs == []
    with WorkshopFile.open(demo_file) as store:
        store.snapshot()  # what the window's document takes when it opens the file
        assert output.file_data(store) == on_disk


def test_only_open_actions_are_carried_over_as_new_copies():
    done = Action(action="Done", status=ActionStatus.DONE)
    started = Action(
        action="Started",
        owner="Sam",
        due="2025-03-01",
        status=ActionStatus.IN_PROGRESS,
        note_ids=["n1"],
    )
    data = WorkshopData(Workshop(title="Spring review"), [], [], actions=[done, started])
    [copy] = output.carried_over(data)
    assert (copy.action, copy.owner, copy.due, copy.status) == (
        "Started",
        "Sam",
        "2025-03-01",
        ActionStatus.IN_PROGRESS,
    )
    assert copy.id != started.id and copy.note_ids == [] and copy.carried_from == "Spring review"


def test_open_actions_from_a_file(tmp_path):
    earlier = tmp_path / "earlier.costar"
    WorkshopFile.create(earlier, Workshop(title="Spring review")).close()
    with WorkshopFile.open(earlier) as wf:
        wf.add_actions(
            [Action(action="Train mentors"), Action(action="Old", status=ActionStatus.DONE)]
        )
    title, actions, repairs = output.open_actions_from(earlier)
    assert (title, [a.action for a in actions], repairs) == ("Spring review", ["Train mentors"], [])
