"""File → Export PDF… and File → Print…, driven as a user would, with no dialog left blocking."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from pypdf import PdfReader
from PySide6 import QtPrintSupport
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

import costar_desktop.report as report
from costar_desktop.ui import settings
from costar_desktop.ui.shell import printing


@pytest.fixture
def choose(monkeypatch):
    """Answer the options dialog with the given choices instead of showing it."""

    def answer(**choices):
        def fake_exec(dialog):
            for key, value in choices.items():
                widget = getattr(dialog, key)
                if key == "easy_read":
                    widget.setChecked(value)
                else:
                    widget.setCurrentIndex(widget.findData(value))
            dialog.accept()
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(printing.PrintOptionsDialog, "exec", fake_exec)

    return answer


@pytest.fixture
def save_to(monkeypatch):
    def answer(path):
        monkeypatch.setattr(
            printing.QFileDialog,
            "getSaveFileName",
            staticmethod(lambda *a, **k: (str(path), "PDF files (*.pdf)")),
        )

    return answer


def _file_menu_texts(window):
    return [a.text() for a in window.menuBar().actions()[0].menu().actions()]


def test_actions_are_in_the_file_menu_and_follow_the_open_workshop(window):
    controller = window.printing
    texts = _file_menu_texts(window)
    assert "Export &PDF…" in texts and "&Print…" in texts
    assert controller.export_action.shortcut().toString() == "Ctrl+E"
    assert controller.print_action.shortcut().toString() == "Ctrl+P"
    assert controller.export_action.isEnabled() and controller.print_action.isEnabled()
    window.close_workshop()
    assert not controller.export_action.isEnabled() and not controller.print_action.isEnabled()


def test_export_writes_the_pdf_and_remembers_the_paper(window, qtbot, tmp_path, choose, save_to):
    choose(kind="action-plan", paper="letter", group_by="date")
    save_to(tmp_path / "plan")  # the .pdf is added
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [True]
    reader = PdfReader(str(tmp_path / "plan.pdf"))
    assert float(reader.pages[0].mediabox.width) == 792.0  # US Letter, landscape
    text = reader.pages[0].extract_text()
    assert "Action plan" in text and window.document.workshop.title in text
    everything = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    for action in window.document.actions.values():  # the menu prints what is in the window
        assert " ".join(action.action.split()) in everything
    assert settings.settings().value("printing/paper") == "letter"
    dialog = printing.PrintOptionsDialog(window)
    assert dialog.paper.currentData() == "letter"
    assert "Saved the PDF" in window.statusBar().currentMessage()


def test_the_window_stays_responsive_while_a_pdf_is_built(
    window, qtbot, tmp_path, choose, save_to, monkeypatch
):
    release = threading.Event()
    started = threading.Event()

    def slow_build(data, kind, out, **options):
        started.set()
        options["progress"](0.5)
        assert release.wait(30)
        out.write_bytes(b"%PDF-1.4 test")

    monkeypatch.setattr(report, "build_pdf", slow_build)
    choose(kind="report")
    save_to(tmp_path / "r.pdf")
    controller = window.printing
    controller.export_action.trigger()
    assert controller.busy  # the action returned while the PDF is still being built
    assert not controller.export_action.isEnabled()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=10_000)  # the event loop runs meanwhile
    with qtbot.waitSignal(controller.job_done, timeout=30_000):
        release.set()
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert controller.export_action.isEnabled()


def test_cancel_stops_the_job_and_writes_nothing(
    window, qtbot, tmp_path, choose, save_to, monkeypatch
):
    started = threading.Event()

    def endless(data, kind, out, **options):
        started.set()
        while True:
            options["progress"](0.1)  # raises once the user cancels
            threading.Event().wait(0.01)

    monkeypatch.setattr(report, "build_pdf", endless)
    choose(kind="report")
    save_to(tmp_path / "never.pdf")
    controller = window.printing
    controller.export_action.trigger()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    with qtbot.waitSignal(controller.job_done, timeout=30_000) as done:
        controller.progress.canceled.emit()  # what the Cancel button does
    assert done.args == [False]
    assert not (tmp_path / "never.pdf").exists()
    assert not controller.busy


def test_a_failure_is_reported_in_plain_words(
    window, qtbot, tmp_path, choose, save_to, monkeypatch
):
    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "build_pdf", broken)
    choose(kind="action-plan")
    save_to(tmp_path / "full.pdf")
    with qtbot.waitSignal(window.printing.job_done, timeout=30_000):
        window.printing.export_action.trigger()
    assert "No space left on device" in window.last_error


def test_print_sends_every_page_in_its_orientation(window, qtbot, tmp_path, choose, monkeypatch):
    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(printing, "PRINT_DPI", 60)
    choose(kind="templates", paper="a4")
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.print_action.trigger()
    assert done.args == [True]
    pages = PdfReader(str(out)).pages
    assert len(pages) == 3
    shapes = [float(p.mediabox.width) > float(p.mediabox.height) for p in pages]
    assert shapes == [True, False, True]  # poster, cards, worksheet


def test_cancelled_dialogs_do_nothing(window, monkeypatch):
    monkeypatch.setattr(printing.PrintOptionsDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    window.printing.export_action.trigger()
    window.printing.print_action.trigger()
    assert not window.printing.busy


def test_options_dialog_turns_grouping_off_for_templates(qapp):
    dialog = printing.PrintOptionsDialog()
    dialog.kind.setCurrentIndex(dialog.kind.findData("templates"))
    assert not dialog.group_by.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
    assert dialog.group_by.isEnabled()


def test_opening_the_window_does_not_import_reportlab():
    code = (
        "import sys\n"
        "import costar_desktop.ui.shell.main_window, costar_desktop.ui.shell.printing\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'pypdfium2', 'uharfbuzz'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


def test_qt_can_load_every_shipped_font(qapp):
    from PySide6.QtGui import QFontDatabase

    from costar_desktop.paths import resource
    from costar_desktop.report.fonts import FAMILIES

    files = {f for fam in FAMILIES for f in (fam.regular, fam.bold) if f}
    for name in sorted(files):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        assert font_id != -1, name
        assert QFontDatabase.applicationFontFamilies(font_id), name


def test_the_anonymise_option_also_covers_pdfs(window, qtbot, tmp_path, choose, save_to):
    names = [p.name for p in window.document.participants.values()]
    window.privacy.anonymise_action.setChecked(True)
    try:
        choose(kind="report", paper="a4")
        save_to(tmp_path / "anon")
        with qtbot.waitSignal(window.printing.job_done, timeout=60_000):
            window.printing.export_action.trigger()
        text = " ".join(
            " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "anon.pdf")).pages
        )
        assert names and not any(n in text for n in names)
        assert window.document.participants  # the workshop itself keeps its names
        assert [p.name for p in window.document.participants.values()] == names
    finally:
        window.privacy.anonymise_action.setChecked(False)


def test_a_pdf_to_a_named_pipe_is_refused_in_plain_words(
    window, qtbot, tmp_path, choose, save_to, messages
):
    """Nothing hangs and no class name reaches the facilitator ("NotARegularFile: …")."""
    import os

    pipe = tmp_path / "plan.pdf"
    os.mkfifo(pipe)
    choose(kind="action-plan")
    save_to(pipe)
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [False]
    assert "“plan.pdf” is a named pipe, not a file" in messages[-1]
    assert "NotARegularFile" not in messages[-1]


def test_the_outline_is_chosen_and_exported_from_the_dialog(
    window, qtbot, tmp_path, choose, save_to
):
    dialog = printing.PrintOptionsDialog(window)
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Outline (every note as a nested list)" in labels
    dialog.kind.setCurrentIndex(dialog.kind.findData("outline"))
    assert dialog.ok.isEnabled() and not dialog.group_by.isEnabled()
    choose(kind="outline", paper="a4", easy_read=True)
    save_to(tmp_path / "outline")
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [True]
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(tmp_path / "outline.pdf")).pages
    )
    assert "Our board as a list" in text
    for note in list(window.document.notes.values())[:5]:
        assert " ".join(note.text.split()) in text
