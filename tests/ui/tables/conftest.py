"""Helpers for the tables' window tests: hand the window's workshop out, edit a table's
file as its laptop would (through WorkshopFile and its methods), and answer questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from costar_desktop.core import rules
from costar_desktop.core.model import Note, Vote
from costar_desktop.storage import WorkshopFile


@pytest.fixture
def say_yes(monkeypatch, messages):
    """Questions (replace files? end the breakout?) are answered Yes; what they asked is
    collected with the other messages."""

    def yes(parent, title, text, *args, **kwargs):
        messages.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return messages


@pytest.fixture
def handed_out(window, tmp_path, messages):
    """Hand the window's workshop out to tables (default: two) and return their files."""

    def hand(names=("Table 1", "Table 2")) -> list[Path]:
        folder = tmp_path / "sticks"
        folder.mkdir(exist_ok=True)
        files = window.tables.hand_out(list(names), folder)
        assert len(files) == len(names), messages
        return files

    return hand


def edit(path: Path, change: Callable[[WorkshopFile], object]) -> None:
    """Change a table's file as CoStar Desktop on that table's laptop would."""
    wf = WorkshopFile.open(path)
    try:
        change(wf)
    finally:
        wf.close()


def bring_back(window, monkeypatch, paths):
    """File → Bring back tables' files… with ``paths`` chosen; the preview dialog."""
    choose_files(monkeypatch, paths)
    window.menu_actions["file.bring_back"].trigger()
    dialog = window.tables.dialog
    assert dialog is not None
    return dialog


def choose_files(monkeypatch, paths) -> list[tuple]:
    """The file chooser picks ``paths``; returns the calls it had (title, folder). (Not the
    parent: a window kept by a test's list outlives the test.)"""
    calls: list[tuple] = []

    def chosen(parent, title, folder, *args, **kwargs):
        calls.append((title, folder))
        return [str(p) for p in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", chosen)
    return calls


@dataclass
class Conflicting:
    """Two tables' files that disagree with the workshop: ``a``'s words were changed here
    and at Table 1; ``b`` was moved here and at Table 2; ``c`` was changed here and deleted
    at Table 1. Table 2 also added a note and gave it a dot."""

    files: list[Path]
    a: str
    b: str
    c: str
    added: str


@pytest.fixture
def conflicting(window, handed_out) -> Conflicting:
    document, editor = window.document, window.editor
    a, b, c = [n for n in document.notes.values() if not n.is_group and not n.group_id][:3]
    files = handed_out()
    assert editor.edit_note_text(a.id, "Here we said: a bus every ten minutes")
    assert editor.move_notes({b.id: (b.x + 60, b.y + 40)})
    assert editor.edit_note_text(c.id, "Changed here since the hand-out")
    voter = next(iter(document.participants.values()))
    added = Note(text="Table 2: a quiet room at the clinic", x=b.x - 300, y=b.y + 200)

    def table_1(wf):
        wf.update_notes({a.id: {"text": "Table 1 said: a bus stop at the clinic door"}})
        wf.delete_notes([c.id])

    def table_2(wf):
        wf.update_notes({b.id: rules.with_co({"x": b.x - 80, "y": b.y - 50}, b)})
        wf.add_notes([added.copy(**rules.with_co({"x": added.x, "y": added.y}))])
        wf.add_votes([Vote(note_id=added.id, voter_id=voter.id)])

    edit(files[0], table_1)
    edit(files[1], table_2)
    return Conflicting(files, a.id, b.id, c.id, added.id)
