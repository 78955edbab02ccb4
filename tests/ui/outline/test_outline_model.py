"""The outline's model on the sample workshop: its shape, its words, and how it follows the
document through the document's own undo commands while views keep their place.

After every command, undo and redo the tree read through Qt's item model interface must be
the tree worked out plainly from ``document.snapshot()``; Qt's QAbstractItemModelTester
watches every signal the model sends; a persistent index on a note no command touches must
stay on that note, and a view must keep what it had expanded.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView

from costar_desktop.core.model import Co, Note, Participant, Step
from costar_desktop.ui.model import commands, commands_steps
from costar_desktop.ui.outline.model import NOTE_ID_ROLE, OutlineModel
from costar_desktop.ui.outline.words import one_line

from .helpers import expected_tree, note_ids_in, shown_tree

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def model(document):
    outline = OutlineModel()
    outline.set_document(document)
    tester = QAbstractItemModelTester(outline, FATAL)
    yield outline
    del tester
    outline.set_document(None)


def _note(document, text: str) -> Note:
    return next(n for n in document.notes.values() if n.text.startswith(text))


def _centre_of(document, co: Co) -> tuple[float, float]:
    """A free place inside ``co`` (where the document will place a note in that Co)."""
    from costar_desktop.core.rules import free_place

    return free_place(co, document.notes.values(), document.geometry)


def test_every_note_of_the_sample_is_in_the_tree_once_with_its_text(document, model):
    tree = shown_tree(model)
    assert tree == expected_tree(document.snapshot())
    assert sorted(note_ids_in(tree)) == sorted(document.notes)
    for note in document.notes.values():
        shown = model.index_of_note(note.id).data(Qt.ItemDataRole.DisplayRole)
        assert one_line(note.text) in shown
        sentence = model.index_of_note(note.id).data(Qt.ItemDataRole.AccessibleTextRole)
        assert note.text.rstrip(".") in sentence


def test_the_levels_are_cos_then_steps_then_cards_then_a_groups_notes(document, model):
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert [n.split(" — ")[0] for n in names] == [
        "Co-commission",
        "Co-design",
        "Co-deliver",
        "Co-assess",
        "Not yet placed",
    ]
    assert names[1] == "Co-design — 8 notes"
    assert names[4] == "Not yet placed — 3 notes"
    card = model.index_of_note(_note(document, "Peer support after hospital").id)
    step = card.parent()
    assert step.data() == "Focus — 2 notes"  # the card's two notes; the card is a title
    assert step.parent().data().startswith("Co-deliver")
    members = {model.index(r, 0, card).data(NOTE_ID_ROLE) for r in range(model.rowCount(card))}
    assert members == {
        n.id for n in document.notes.values() if n.group_id == card.data(NOTE_ID_ROLE)
    }
    assert card.data().startswith("Group: Peer support after hospital — 2 notes")
    assert model.note_id(card) == card.data(NOTE_ID_ROLE)
    assert model.note_id(step) is None
    assert model.flags(card) == Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def test_a_notes_row_says_who_wrote_it_its_dots_impact_and_shortlist_in_words(document, model):
    note = _note(document, "Easy-read letters written")
    row = model.index_of_note(note.id)
    author = document.participants[note.author_id].name
    dots = sum(1 for v in document.votes.values() if v.note_id == note.id)
    assert dots == 1  # the sample's dot on it
    assert row.data() == (
        f"{one_line(note.text)} — by {author}, 1 dot, impact 4 of 5, ★ shortlisted"
    )
    sentence = row.data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"Written by {author}." in sentence
    assert "1 dot. Impact 4 of 5. On the shortlist." in sentence
    assert row.data(Qt.ItemDataRole.ToolTipRole) == sentence

    document.push(commands.SetNoteAuthorCommand(document, [note.id], None))
    assert "— anonymous, 1 dot, impact 4 of 5" in model.index_of_note(note.id).data()

    card = _note(document, "Peer support after hospital")
    votes = document.votes.values()
    total = sum(1 for v in votes if rules_target(document, v.note_id) == card.id)
    assert total > 1
    assert f"{total} dots" in model.index_of_note(card.id).data()
    document.push(commands_steps.SetSettingsCommand(document, {"votes_hidden": True}, "Hide"))
    assert "dots" not in model.index_of_note(card.id).data()
    assert "dot" not in model.index_of_note(card.id).data(Qt.ItemDataRole.AccessibleTextRole)


def rules_target(document, note_id: str) -> str:
    from costar_desktop.core.rules import dot_target

    return dot_target(document.notes, note_id)


def test_a_long_note_is_one_line_cut_with_an_ellipsis_and_whole_in_the_sentence(document, model):
    text = "A very long idea.\n" + "word " * 300
    note = Note(
        text=text, x=_centre_of(document, Co.DESIGN)[0], y=_centre_of(document, Co.DESIGN)[1]
    )
    document.push(commands.AddNotesCommand(document, [note]))
    row = model.index_of_note(note.id)
    first = row.data().split(" — ")[0]
    assert "\n" not in row.data() and first.endswith("…") and len(first) <= 200
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith(text.rstrip())


def test_an_edit_tells_the_views_of_that_row_alone(document, model):
    note = _note(document, "Carers tested the new referral")
    told: list[tuple] = []
    model.dataChanged.connect(lambda a, b: told.append(("data", a.data(NOTE_ID_ROLE), b.row())))
    for signal in (
        model.rowsInserted,
        model.rowsRemoved,
        model.rowsMoved,
        model.modelReset,
        model.layoutChanged,
    ):
        signal.connect(lambda *_a, s=signal: told.append(("structure",)))
    document.push(commands.EditNoteTextCommand(document, note.id, "Carers tested it", 100.0))
    assert told == [("data", note.id, model.index_of_note(note.id).row())]
    assert model.index_of_note(note.id).data().startswith("Carers tested it — ")


def _commands(document):
    """Each step of a working session, as a function that makes its command."""
    design = _centre_of(document, Co.DESIGN)
    assess = _centre_of(document, Co.ASSESS)
    new = Note(text="A new idea", x=design[0], y=design[1], step=Step.FOCUS)
    card = _note(document, "Peer support after hospital")
    voter = next(iter(document.participants))
    member = next(n for n in document.notes.values() if n.group_id == card.id)
    return [
        lambda: commands.AddNotesCommand(document, [new]),
        lambda: commands.EditNoteTextCommand(document, new.id, "A newer idea", 100.0),
        lambda: commands.MoveNotesCommand(document, {new.id: assess}),
        lambda: commands.MoveNotesCommand(document, {member.id: design}),
        lambda: commands_steps.ToggleDotCommand(document, new.id, voter),
        lambda: commands_steps.SetStepOfNotesCommand(document, [new.id], Step.GROW),
        lambda: commands_steps.GroupNotesCommand(
            document,
            [new.id, _note(document, "Mystery shoppers").id],
            "Checking",
            Step.MAP,
        ),
        lambda: commands_steps.UngroupCommand(document, card.id),
        lambda: commands.AddParticipantCommand(document, Participant(name="Zoe")),
        lambda: commands.DeleteNotesCommand(document, [_note(document, "Men's shed").id]),
    ]


def test_the_tree_follows_every_command_undo_and_redo_and_keeps_its_place(document, model):
    still = _note(document, "Dementia café")
    keeper = QPersistentModelIndex(model.index_of_note(still.id))
    view = QTreeView()
    view.setModel(model)
    step = model.index_of_note(still.id).parent()
    view.expand(step)
    view.setCurrentIndex(model.index_of_note(still.id))

    def check() -> None:
        assert shown_tree(model) == expected_tree(document.snapshot())
        assert keeper.isValid() and keeper.data(NOTE_ID_ROLE) == still.id
        assert view.isExpanded(model.index_of_note(still.id).parent())
        assert view.currentIndex().data(NOTE_ID_ROLE) == still.id

    for make in _commands(document):
        assert document.push(make())
        check()
    while document.undo():
        check()
    while document.redo():
        check()


def test_a_note_that_moves_keeps_its_index_and_a_deleted_ones_index_goes(document, model):
    moving = _note(document, "Carers' forum helps")
    held = QPersistentModelIndex(model.index_of_note(moving.id))
    document.push(commands.MoveNotesCommand(document, {moving.id: _centre_of(document, Co.ASSESS)}))
    assert held.isValid() and held.data(NOTE_ID_ROLE) == moving.id
    assert held.parent().parent().data().startswith("Co-assess")
    document.push(commands.DeleteNotesCommand(document, [moving.id]))
    assert not held.isValid()
    assert not model.index_of_note(moving.id).isValid()


def test_a_new_document_resets_and_none_empties(document, model):
    model.set_document(None)
    assert model.rowCount() == 0
    model.set_document(document)
    assert shown_tree(model) == expected_tree(document.snapshot())
