"""The outline's filters on the sample workshop: this step only, shortlisted only, search
(in text and authors' names, any case); a Co, step or group row stays above a match; the
proxy passes Qt's QAbstractItemModelTester while the filters and the document change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QAbstractItemModelTester

from costar_desktop.core.model import Step
from costar_desktop.ui.model import commands, commands_steps
from costar_desktop.ui.outline.filters import OutlineFilter
from costar_desktop.ui.outline.model import OutlineModel

from .helpers import note_ids_in, shown_tree

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def proxy(document):
    model = OutlineModel()
    model.set_document(document)
    outline = OutlineFilter()
    outline.setSourceModel(model)
    testers = [QAbstractItemModelTester(m, FATAL) for m in (model, outline)]
    yield outline
    del testers
    model.set_document(None)


def _shown_ids(proxy) -> set[str]:
    return set(note_ids_in(shown_tree(proxy)))


def _top_names(proxy) -> list[str]:
    return [proxy.index(r, 0).data().split(" — ")[0] for r in range(proxy.rowCount())]


def test_with_no_filter_every_row_shows(document, proxy):
    assert not proxy.active
    assert _shown_ids(proxy) == set(document.notes)
    assert len(_top_names(proxy)) == 5


def test_this_step_only_keeps_that_steps_notes_under_their_co_and_step(document, proxy):
    proxy.set_step(Step.FOCUS)
    shown = _shown_ids(proxy)
    card = next(n for n in document.notes.values() if n.is_group)
    members = {n.id for n in document.notes.values() if n.group_id == card.id}
    # A grouped note goes with its group's step, even one written in Map.
    assert (
        shown
        == {n.id for n in document.notes.values() if n.step == Step.FOCUS and not n.group_id}
        | members
    )
    assert _top_names(proxy) == ["Co-design", "Co-deliver"]
    for top in range(proxy.rowCount()):
        co = proxy.index(top, 0)
        assert [
            proxy.index(r, 0, co).data().split(" — ")[0] for r in range(proxy.rowCount(co))
        ] == ["Focus"]
    proxy.set_step(None)
    assert _shown_ids(proxy) == set(document.notes)


def test_shortlisted_only_keeps_shortlisted_notes_and_a_shortlisted_groups_notes(document, proxy):
    proxy.set_shortlisted_only(True)
    card = next(n for n in document.notes.values() if n.is_group)
    assert card.shortlisted
    expected = {n.id for n in document.notes.values() if n.shortlisted or n.group_id == card.id}
    assert _shown_ids(proxy) == expected
    note = next(n for n in document.notes.values() if not n.shortlisted and not n.group_id)
    document.push(commands_steps.SetShortlistCommand(document, [note.id], True))
    assert _shown_ids(proxy) == expected | {note.id}


def test_search_ignores_case_looks_in_authors_names_and_keeps_the_rows_above(document, proxy):
    proxy.set_search("  PEER   mentor ")
    shown = _shown_ids(proxy)
    matching = {i for i, n in document.notes.items() if "peer mentor" in n.text.lower()}
    card = next(n for n in document.notes.values() if n.is_group)
    assert "peer mentor" not in card.text.lower()
    assert any(document.notes[i].group_id == card.id for i in matching)
    # The group card of a matching note stays above it, though its title does not match.
    assert shown == matching | {card.id}
    proxy.set_search("")
    author = next(iter(document.participants.values()))
    proxy.set_search(author.name.upper())
    by_name = {n.id for n in document.notes.values() if n.author_id == author.id}
    assert by_name and by_name <= _shown_ids(proxy)


def test_a_cos_own_name_is_not_a_match(document, proxy):
    proxy.set_search("not yet placed")
    assert proxy.rowCount() == 0


def test_filters_combine_and_follow_the_document(document, proxy):
    proxy.set_step(Step.MAP)
    proxy.set_shortlisted_only(True)
    proxy.set_search("letters")
    shown = _shown_ids(proxy)
    assert len(shown) == 1
    (only,) = shown
    document.push(commands_steps.SetStepOfNotesCommand(document, [only], Step.GROW))
    assert proxy.rowCount(QModelIndex()) == 0
    document.undo()
    assert _shown_ids(proxy) == {only}
    document.push(commands.DeleteNotesCommand(document, [only]))
    assert _shown_ids(proxy) == set()
    proxy.clear()
    assert _shown_ids(proxy) == set(document.notes)
