"""Promise: a deleted note does not linger in the workshop file — not in free space, not in
the journal beside it, not after undo and redo, not in a Save As copy. The same holds for a
phone's note turned down in the inbox, or edited there, or put on the star and then deleted.

Each check first finds the text in the raw bytes (so the search works), deletes or replaces
it through the window's undo commands, and then searches every byte again.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from costar_desktop.core.model import InboxNote, Note
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.model import commands
from costar_desktop.ui.model.document import WorkshopDocument


def secret(size: int = 0) -> str:
    """A text no file holds by chance: one unique word, repeated to ``size`` characters.
    (A long text is split across pages, so searches look for the word.)"""
    word = f"PRIVATE-{uuid.uuid4().hex}"
    return word if size == 0 else (word + " ") * (size // (len(word) + 1))


def word(text: str) -> bytes:
    return text.split()[0].encode()


def raw_bytes(path: Path) -> bytes:
    """The file and, if there is one, the journal beside it."""
    journal = Path(f"{path}-journal")
    return path.read_bytes() + (journal.read_bytes() if journal.exists() else b"")


@pytest.fixture
def document(qapp, demo_file):
    doc = WorkshopDocument(WorkshopFile.open(demo_file))
    yield doc
    doc.close()


def push(document, command):
    document.undo_stack.push(command)
    assert not command.failed


@pytest.mark.parametrize("size", [0, 12_000])  # one page, and a text spread over many
def test_a_deleted_note_is_gone_from_the_bytes(document, size):
    text = secret(size)
    note = Note(text=text, x=-1300, y=600)
    push(document, commands.AddNotesCommand(document, [note]))
    assert word(text) in document.path.read_bytes()
    push(document, commands.DeleteNotesCommand(document, [note.id]))
    assert word(text) not in raw_bytes(document.path)


def test_replaced_text_is_gone_too(document):
    old, new = secret(), secret()
    note = Note(text=old, x=-1300, y=600)
    push(document, commands.AddNotesCommand(document, [note]))
    push(document, commands.EditNoteTextCommand(document, note.id, new, 100.0))
    assert word(new) in document.path.read_bytes()
    assert word(old) not in raw_bytes(document.path)


def test_nothing_lingers_after_undo_and_redo_cycles(document):
    text = secret(5000)
    note = Note(text=text, x=-1300, y=600)
    push(document, commands.AddNotesCommand(document, [note]))
    push(document, commands.DeleteNotesCommand(document, [note.id]))
    for _ in range(3):
        document.undo_stack.undo()  # the note is back
        assert word(text) in document.path.read_bytes()
        document.undo_stack.redo()  # and deleted again
        assert word(text) not in raw_bytes(document.path)
    document.undo_stack.undo()
    document.undo_stack.undo()  # now the add itself is undone
    assert word(text) not in raw_bytes(document.path)


def test_a_save_as_copy_and_the_closed_file_hold_no_deleted_text(document, tmp_path):
    text = secret(3000)
    note = Note(text=text, x=-1300, y=600)
    push(document, commands.AddNotesCommand(document, [note]))
    push(document, commands.DeleteNotesCommand(document, [note.id]))
    original = document.path
    copy = tmp_path / "copy.costar"
    document.save_as(copy)
    assert word(text) not in raw_bytes(copy)
    document.close()
    assert not Path(f"{original}-journal").exists()
    assert word(text) not in original.read_bytes()


@pytest.mark.parametrize("size", [0, 12_000])
def test_a_turned_down_phone_note_is_gone_from_the_bytes(document, size):
    text, name = secret(size), secret()
    item = InboxNote(text=text, name=name, phone="Phone 1")
    document.receive_inbox([item])
    assert word(text) in document.path.read_bytes()
    push(document, commands.TurnDownInboxCommand(document, [item.id]))
    assert word(text) not in raw_bytes(document.path)
    assert word(name) not in raw_bytes(document.path)  # the writer's name too
    document.undo_stack.undo()
    assert word(text) in document.path.read_bytes()
    document.undo_stack.redo()
    assert word(text) not in raw_bytes(document.path)


def test_an_edited_phone_notes_old_text_is_gone(document):
    old, new = secret(), secret()
    item = InboxNote(text=old)
    document.receive_inbox([item])
    push(document, commands.EditInboxCommand(document, item.id, new))
    assert word(new) in document.path.read_bytes()
    assert word(old) not in raw_bytes(document.path)


def test_a_phone_note_put_on_the_star_then_deleted_leaves_no_copy(document, tmp_path):
    text, name = secret(3000), secret()
    item = InboxNote(text=text, name=name)
    document.receive_inbox([item])
    note = Note(text=text, x=-1300, y=600)
    push(document, commands.PlaceInboxCommand(document, [item.id], [note]))
    push(document, commands.DeleteNotesCommand(document, [note.id]))
    assert word(text) not in raw_bytes(document.path)
    assert word(name) not in raw_bytes(document.path)
    copy = tmp_path / "copy.costar"
    document.save_as(copy)
    assert word(text) not in raw_bytes(copy)
