"""The window's report tells the breakout tables too: the document's snapshot carries each
bringing-back of a table's file, follows a merge and its undo, and reads the file's
records only when they changed."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog

from costar_desktop.core.breakouts import sentence
from costar_desktop.core.model import Note, Step
from costar_desktop.storage import WorkshopFile
from costar_desktop.storage.breakout import plan_bring_back, read_table_files
from costar_desktop.ui.model.commands_rows import RowsCommand
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.shell import printing
from tests.report.breakout_files import SENTENCES, make_breakout


@pytest.fixture
def breakout(tmp_path):
    return make_breakout(tmp_path / "day")


def test_the_document_s_snapshot_follows_a_bringing_back_and_its_undo(qapp, breakout, monkeypatch):
    document = WorkshopDocument(WorkshopFile.open(breakout.host))
    try:
        assert [sentence(b) for b in document.snapshot().breakouts] == SENTENCES
        assert document.snapshot().breakouts == document.store.snapshot().breakouts
        reads: list[int] = []
        read = document.store.breakout_lines
        monkeypatch.setattr(document.store, "breakout_lines", lambda: reads.append(1) or read())
        for _ in range(5):  # panels ask often: the file is not read again for them
            document.snapshot()
        assert reads == []
        with WorkshopFile.open(breakout.table_5) as table:
            table.add_notes([Note(text="Ask the library for a room", step=Step.GROW)])
        tables, refused = read_table_files(document.store, [breakout.table_5])
        assert not refused
        bring = plan_bring_back(document.store, tables)
        assert document.push(RowsCommand(document, "Bring back", bring.changes, bring.undo))
        told = [sentence(b) for b in document.snapshot().breakouts]
        assert told == [*SENTENCES, "Table 5 added 1 note."]
        assert reads == [1]
        assert document.undo()
        assert [sentence(b) for b in document.snapshot().breakouts] == SENTENCES
        assert document.redo()
        assert [sentence(b) for b in document.snapshot().breakouts] == told
        assert document.snapshot().breakouts == document.store.snapshot().breakouts
    finally:
        document.close()


def test_the_window_s_report_prints_the_breakout_tables(
    qtbot, registry, messages, breakout, tmp_path, monkeypatch
):
    window = registry.new_window()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(breakout.host), messages

    def choose(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("report"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    out = tmp_path / "report.pdf"
    monkeypatch.setattr(printing.PrintOptionsDialog, "exec", choose)
    monkeypatch.setattr(
        printing.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(out), "PDF files (*.pdf)")),
    )
    with qtbot.waitSignal(window.printing.job_done, timeout=60_000) as done:
        window.printing.export_action.trigger()
    assert done.args == [True], messages
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    assert "Breakout tables" in text
    position = [text.find(s) for s in SENTENCES]
    assert -1 not in position and position == sorted(position)
