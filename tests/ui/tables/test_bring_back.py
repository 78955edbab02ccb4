"""Bringing tables' files back through the window: the preview, one undo step, a backup
first, refused files, and the choices of conflicts."""

from __future__ import annotations

from costar_desktop.core.model import InboxNote, Note
from costar_desktop.storage import WorkshopFile

from .conftest import bring_back, choose_files, edit


def _loose_notes(document, n=3):
    return [x for x in document.notes.values() if not x.is_group and not x.group_id][:n]


def test_hand_out_then_bring_back_a_real_edited_table_file(
    window, handed_out, monkeypatch, messages, qtbot
):
    document = window.document
    store = document.store
    first, second = _loose_notes(document, 2)
    files = handed_out()
    added = Note(text="Table 1 wrote this on its own laptop", x=first.x + 400, y=first.y)

    def table_work(wf):
        wf.add_notes([added])
        wf.update_notes({first.id: {"text": "Words changed at Table 1"}})
        wf.delete_notes([second.id])

    edit(files[0], table_work)
    before = store.rows()
    dialog = bring_back(window, monkeypatch, files)
    qtbot.waitExposed(dialog)
    text = "\n".join(w.text() for w in dialog.findChildren(type(dialog.result_label)))
    assert "Table 1" in text and "Added 1 note" in text and "Changed 1 note" in text
    assert "Removed 1 note" in text
    assert "No changes since it was handed out" in text  # Table 2 did nothing
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert document.notes[first.id].text == "Words changed at Table 1"
    assert second.id not in document.notes and added.id in document.notes
    backups = window.backups.store.list(document.workshop.id)
    assert any(b.reason == "before-merge" for b in backups)
    # One undo step, redone whole.
    assert document.undo_stack.undoText() == "Bring back 2 tables' files"
    assert document.undo()
    assert store.rows() == before
    assert second.id in document.notes and added.id not in document.notes
    assert document.redo()
    assert document.notes[first.id].text == "Words changed at Table 1"
    path = document.path
    window.close_workshop()
    data = WorkshopFile.read(path)
    by_id = {n.id: n for n in data.notes}
    assert by_id[first.id].text == "Words changed at Table 1"
    assert second.id not in by_id and added.id in by_id


def _box_texts(box):
    return box.title.text(), box.here_value.text(), box.theirs_value.text()


def test_the_preview_lists_every_conflict_and_a_choice_changes_the_result(
    window, conflicting, monkeypatch, qtbot
):
    document = window.document
    c = conflicting
    dialog = bring_back(window, monkeypatch, c.files)
    qtbot.waitExposed(dialog)
    boxes = list(dialog.boxes.values())
    assert len(boxes) == 3
    words = next(b for b in boxes if b.conflict.field == "text")
    place = next(b for b in boxes if b.conflict.field == "place")
    deleted = next(b for b in boxes if b.conflict.deleted)
    title, here, theirs = _box_texts(words)
    assert "Both this workshop and Table 1 changed the words" in title
    assert here == "Here we said: a bus every ten minutes"
    assert theirs == "Table 1 said: a bus stop at the clinic door"
    assert words.buttons["both"].isChecked() and words.buttons["both"].isVisible()
    title, here, theirs = _box_texts(place)
    assert "changed the place" in title and here.startswith("Moved here: ")
    assert theirs.startswith("Moved at Table 2: ") and not place.buttons["both"].isVisible()
    assert place.buttons["here"].isChecked()
    title, here, theirs = _box_texts(deleted)
    assert "Table 1 deleted the note “Changed here since the hand-out”" in title
    assert here == "Changed here: the words" and theirs == "Deleted at Table 1."
    assert deleted.buttons["here"].text() == "Keep it, with the changes made here"
    assert deleted.buttons["theirs"].text() == "Delete it, as Table 1 did"
    assert deleted.buttons["here"].isChecked()
    assert dialog.result_label.text().startswith("Bringing back will add 2 notes and 1 dot")
    # Other answers: Table 1's words, and the deletion; the sentence follows at once.
    words.buttons["theirs"].click()
    deleted.buttons["theirs"].click()
    assert dialog.choices == {words.conflict.id: "theirs", deleted.conflict.id: "theirs"}
    assert dialog.result_label.text().startswith(
        "Bringing back will add 1 note and 1 dot, change 1 note and remove 1 note"
    )
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert document.notes[c.a].text == "Table 1 said: a bus stop at the clinic door"
    assert c.c not in document.notes and c.added in document.notes
    assert not [n for n in document.notes.values() if n.text.startswith("[Table 1]")]
    rows = document.store.rows()
    assert rows["notes"][c.a]["text"] == "Table 1 said: a bus stop at the clinic door"
    assert c.c not in rows["notes"]


def test_keep_both_puts_the_tables_words_on_a_second_marked_note(
    window, conflicting, monkeypatch, qtbot
):
    document = window.document
    dialog = bring_back(window, monkeypatch, conflicting.files)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert document.notes[conflicting.a].text == "Here we said: a bus every ten minutes"
    both = [n for n in document.notes.values() if n.text.startswith("[Table 1] ")]
    assert [n.text for n in both] == ["[Table 1] Table 1 said: a bus stop at the clinic door"]
    assert conflicting.c in document.notes  # changed here: kept by default
    assert document.undo_stack.undoText() == "Bring back 2 tables' files"
    assert document.undo()
    assert not [n for n in document.notes.values() if n.text.startswith("[Table 1] ")]


def test_a_foreign_file_and_a_plain_workshop_are_refused_and_left_as_they_were(
    window, handed_out, monkeypatch, qtbot, tmp_path
):
    from costar_desktop.core.demo import demo_workshop
    from costar_desktop.storage.breakout import hand_out

    mine = handed_out()
    edit(mine[0], lambda wf: wf.update_workshop(venue="The library"))
    other = tmp_path / "other" / "other.costar"
    other.parent.mkdir()
    WorkshopFile.create(other, data=demo_workshop()).close()
    with WorkshopFile.open(other) as host:
        foreign = hand_out(host, ["Table 1"], other.parent).files[0]
    before = {p: p.read_bytes() for p in (other, foreign)}
    dialog = bring_back(window, monkeypatch, [foreign, other, mine[0]])
    refusals = [w.text() for w in dialog.findChildren(type(dialog.result_label), "refusal")]
    assert len(refusals) == 2
    assert "belongs to another workshop" in refusals[0] and foreign.name in refusals[0]
    assert "not a table's file" in refusals[1] and "It was not changed." in refusals[1]
    assert "Changed the workshop's details" in "\n".join(
        w.text() for w in dialog.findChildren(type(dialog.result_label), "table_lines")
    )
    dialog.ok_button.click()  # the table that can be brought back is
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert window.document.workshop.venue == "The library"
    assert {p: p.read_bytes() for p in before} == before


def test_only_refused_files_leave_nothing_to_bring_back(
    window, handed_out, monkeypatch, qtbot, tmp_path
):
    handed_out()
    stranger = tmp_path / "stranger.costar"
    stranger.write_bytes(b"not a workshop at all")
    dialog = bring_back(window, monkeypatch, [stranger])
    assert dialog.result_label.text().startswith("Nothing to bring back")
    assert dialog.ok_button.isHidden() and dialog.cancel_button.text() == "Close"
    count = window.document.undo_stack.count()
    dialog.cancel_button.click()
    assert window.document.undo_stack.count() == count
    assert stranger.read_bytes() == b"not a workshop at all"


def test_a_file_brought_back_twice_brings_nothing_the_second_time(
    window, handed_out, monkeypatch, qtbot
):
    files = handed_out()
    edit(files[0], lambda wf: wf.update_workshop(venue="The library"))
    dialog = bring_back(window, monkeypatch, files[:1])
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.tables.dialog is None)
    assert window.document.undo_stack.undoText() == "Bring back the file of Table 1"
    count = window.document.undo_stack.count()
    dialog = bring_back(window, monkeypatch, files[:1])
    assert dialog.nothing_to_bring() and dialog.ok_button.isHidden()
    assert "no changes since" in dialog.result_label.text()
    dialog.reject()
    assert window.document.undo_stack.count() == count


def test_with_no_tables_out_bringing_back_says_so_and_asks_for_no_file(
    window, monkeypatch, messages
):
    calls = choose_files(monkeypatch, [])
    window.menu_actions["file.bring_back"].trigger()
    assert calls == [] and window.tables.dialog is None
    assert "No tables are out" in messages[-1]


def test_phones_notes_left_in_a_tables_inbox_are_told(window, handed_out, monkeypatch):
    files = handed_out()
    edit(files[1], lambda wf: wf.add_inbox([InboxNote(text="from a phone at table 2")]))
    dialog = bring_back(window, monkeypatch, files)
    lines = [w.text() for w in dialog.findChildren(type(dialog.result_label), "table_lines")]
    assert "inbox" not in lines[0]
    assert "1 phone's note is still waiting in its inbox: it stays on that laptop" in lines[1]
    dialog.reject()


def test_values_are_shown_as_they_are_even_with_placeholders_in_them(
    window, handed_out, monkeypatch
):
    note = next(n for n in window.document.notes.values() if not n.is_group)
    files = handed_out()
    assert window.editor.edit_note_text(note.id, "Here: %1 of %2")
    edit(files[0], lambda wf: wf.update_notes({note.id: {"text": "Table: %1, %2 and %n"}}))
    dialog = bring_back(window, monkeypatch, files[:1])
    (box,) = dialog.boxes.values()
    assert box.here_value.text() == "Here: %1 of %2"
    assert box.theirs_value.text() == "Table: %1, %2 and %n"
    assert "the note “Here: %1 of %2”" in box.title.text()
    dialog.reject()


def test_the_file_chooser_looks_where_the_tables_went_also_after_a_restart(
    window, handed_out, monkeypatch, messages
):
    files = handed_out()
    window.tables.last_folder = None  # as a window made after a restart has it
    calls = choose_files(monkeypatch, [])
    window.menu_actions["file.bring_back"].trigger()
    assert calls and calls[0][1] == str(files[0].parent)
