"""The command line and the window make the same PDFs and exports from the same file and
options: both go through costar_desktop.output. reportlab writes invariant PDFs (no dates,
fixed ids), so the files themselves are compared, and so is what reportlab was handed."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

import costar_desktop.report as report
from costar_desktop import cli, output
from costar_desktop.ui.model.commands import RemoveParticipantCommand
from costar_desktop.ui.shell import printing


@pytest.fixture
def handed(monkeypatch):
    """What each PDF build was handed: (data, kind, options), in order; PDFs are still made."""
    calls = []
    real = report.build_pdf

    def spy(data, kind, out, **options):
        options.pop("progress", None)
        calls.append((data, kind, options))
        real(data, kind, out, **options)

    monkeypatch.setattr(report, "build_pdf", spy)
    return calls


def _gui_pdf(window, qtbot, monkeypatch, target, **choices):
    """Export PDF… as a user would, answering both dialogs; returns the proposed file name."""
    proposed = []

    def fake_exec(dialog):
        for key, value in choices.items():
            widget = getattr(dialog, key)
            if key == "easy_read":
                widget.setChecked(value)
            else:
                widget.setCurrentIndex(widget.findData(value))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def fake_save(parent, caption, proposal, *args):
        proposed.append(proposal)
        return str(target), "PDF files (*.pdf)"

    monkeypatch.setattr(printing.PrintOptionsDialog, "exec", fake_exec)
    monkeypatch.setattr(printing.QFileDialog, "getSaveFileName", staticmethod(fake_save))
    with qtbot.waitSignal(window.printing.job_done, timeout=120_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [True]
    return proposed[0]


def _cli(window, *args) -> None:
    """Run ``costar`` on the window's file, once the window has let go of it (a file is
    open in one place at a time)."""
    window.close_workshop()
    assert cli.main([str(a) for a in args]) == 0


@pytest.mark.parametrize(
    "kind, easy_read", [("action-plan", False), ("report", False), ("templates", True)]
)
def test_the_window_and_the_command_line_make_the_same_pdf(
    window, qtbot, monkeypatch, tmp_path, handed, kind, easy_read
):
    path = window.document.path
    window.privacy.anonymise_action.setChecked(True)
    try:
        proposal = _gui_pdf(
            window,
            qtbot,
            monkeypatch,
            tmp_path / "gui.pdf",
            kind=kind,
            paper="letter",
            easy_read=easy_read,
            group_by="date",
        )
    finally:
        window.privacy.anonymise_action.setChecked(False)
    easy = ["--easy-read"] if easy_read else []
    _cli(
        window,
        "report",
        path,
        "--kind",
        kind,
        "--paper",
        "letter",
        "--group-by",
        "date",
        "--anonymise",
        *easy,
        "-o",
        tmp_path / "cli.pdf",
    )
    gui, line = handed
    assert gui == line  # the same data (names replaced alike) and the same options
    assert gui[2] == {"paper": "letter", "easy_read": easy_read, "group_by": "date"}
    assert (tmp_path / "gui.pdf").read_bytes() == (tmp_path / "cli.pdf").read_bytes()
    # The window proposes the name the command line gives in a folder.
    assert proposal == str(path.with_name(output.pdf_name(path.stem, kind, easy_read)))


def test_after_edits_and_undo_both_still_print_what_the_file_holds(
    window, qtbot, monkeypatch, tmp_path, handed
):
    """A removal and its undo (the participant, their notes' authorship and dots come back)
    reach the file; the window prints from the file, so costar report prints the same."""
    document = window.document
    first = next(iter(document.participants))
    document.undo_stack.push(RemoveParticipantCommand(document, first))
    assert first not in {p.id for p in document.store.snapshot().participants}
    window.undo_action.trigger()
    assert first in document.participants
    _gui_pdf(
        window,
        qtbot,
        monkeypatch,
        tmp_path / "gui.pdf",
        kind="report",
        paper="a4",
        easy_read=False,
        group_by="owner",
    )
    _cli(window, "report", document.path, "--kind", "report", "-o", tmp_path / "cli.pdf")
    gui, line = handed
    assert gui == line
    assert (tmp_path / "gui.pdf").read_bytes() == (tmp_path / "cli.pdf").read_bytes()


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_the_window_and_the_command_line_write_the_same_export(window, monkeypatch, tmp_path, fmt):
    path = window.document.path
    names = {p.name for p in window.document.participants.values()}
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / f"gui.{fmt}"), "")),
    )
    window.privacy.anonymise_action.setChecked(True)
    try:
        window.export_dialog(fmt)
    finally:
        window.privacy.anonymise_action.setChecked(False)
    _cli(window, "export", path, "--format", fmt, "--anonymise", "-o", tmp_path / f"cli.{fmt}")
    gui = (tmp_path / f"gui.{fmt}").read_text(encoding="utf-8")
    assert gui == (tmp_path / f"cli.{fmt}").read_text(encoding="utf-8")
    if fmt == "json":
        assert names and not names & {p["name"] for p in json.loads(gui)["participants"]}
