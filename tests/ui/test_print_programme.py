"""Programme → Print the run sheet… / the agenda handout…, driven as a user would: greyed
while the agenda is empty, the Print dialog opened with the kind chosen, and the kinds in
File → Export PDF… too (no dialog left blocking)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6 import QtPrintSupport
from PySide6.QtWidgets import QDialog

from costar_desktop.core.programme import shipped_programmes
from costar_desktop.paths import resource
from costar_desktop.report import NO_BLOCKS
from costar_desktop.ui.shell import printing


def _one_day():
    return shipped_programmes(resource("programmes"))[1]


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


def test_greyed_while_the_agenda_has_no_blocks(window):
    run_sheet = window.menu_actions["programme.print_run_sheet"]
    agenda = window.menu_actions["programme.print_agenda"]
    assert not window.document.programme.blocks
    assert not run_sheet.isEnabled() and not agenda.isEnabled()
    window.document.set_plan(_one_day())
    assert run_sheet.isEnabled() and agenda.isEnabled()
    window.close_workshop()
    assert not run_sheet.isEnabled() and not agenda.isEnabled()


def test_the_options_dialog_says_plainly_when_there_is_nothing_to_print(qapp):
    dialog = printing.PrintOptionsDialog(kind="agenda", has_agenda=False)
    assert dialog.kind.currentData() == "agenda"
    assert not dialog.empty.isHidden() and NO_BLOCKS in dialog.empty.text()
    assert not dialog.ok.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("action-plan"))
    assert dialog.empty.isHidden() and dialog.ok.isEnabled()
    assert dialog.kind.accessibleName() and dialog.paper.accessibleName()
    dialog.deleteLater()


def test_run_sheet_menu_prints_the_run_sheet(window, qtbot, tmp_path, monkeypatch):
    window.document.set_plan(_one_day())
    out = tmp_path / "printed.pdf"
    seen: list[str] = []

    def fake_exec(dialog):
        seen.append(dialog.kind.currentData())
        dialog.accept()
        return QDialog.DialogCode.Accepted

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing.PrintOptionsDialog, "exec", fake_exec)
    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(printing, "PRINT_DPI", 60)
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.menu_actions["programme.print_run_sheet"].trigger()
    assert done.args == [True]
    assert seen == ["run-sheet"]
    pages = PdfReader(str(out)).pages
    assert pages and float(pages[0].mediabox.width) > float(pages[0].mediabox.height)


def test_export_pdf_offers_the_agenda_handout(window, qtbot, tmp_path, monkeypatch):
    window.document.set_plan(_one_day())

    def fake_exec(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("agenda"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(printing.PrintOptionsDialog, "exec", fake_exec)
    monkeypatch.setattr(
        printing.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "handout"), "PDF files (*.pdf)")),
    )
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [True]
    text = _text(tmp_path / "handout.pdf")
    for block in _one_day().blocks:
        assert " ".join(block.title.split()) in text
    assert "Everyone's experience counts the same" not in text  # no facilitator's notes
