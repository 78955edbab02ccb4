"""People, voices, sceptics, the action plan table and the timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from costar_desktop.core.model import (
    Action,
    ActionStatus,
    Audience,
    Co,
    Note,
    ParticipantKind,
    Step,
    Workshop,
)
from costar_desktop.storage import WorkshopFile
from costar_desktop.ui.model.commands import AddNotesCommand
from costar_desktop.ui.steps import market as market_module, people as people_module
from costar_desktop.ui.steps.actions import COLUMNS

from .test_steps import flush, on_disk


def on_screen(window, qtbot, key):
    """The panel ``key`` as a facilitator uses it: its dock shown and in front. A panel out
    of sight does not follow changes until it is shown again (see the last test)."""
    dock = window.step_tools.docks[key]
    dock.show()
    dock.raise_()
    flush(qtbot)
    return window.step_tools.panel(key)


def test_add_a_co_producer_with_a_role_only_linked_to_the_shortlist(window, qtbot, monkeypatch):
    short = [n for n in window.document.notes.values() if n.shortlisted]

    def fake_exec(self):
        self.role.setText("Youth council")
        self.kind.setCurrentIndex(list(ParticipantKind).index(ParticipantKind.COMMUNITY))
        self.outside.setChecked(True)
        self.could_bring.setPlainText("Young people's views")
        self.links.item(0).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(people_module.PersonDialog, "exec", fake_exec)
    panel = on_screen(window, qtbot, "people")
    count = panel.table.rowCount()
    panel.add()
    flush(qtbot)
    assert panel.table.rowCount() == count + 1
    person = [p for p in on_disk(window).people if p.role == "Youth council"][0]
    assert person.name == "" and not person.inside and person.kind == ParticipantKind.COMMUNITY
    assert len(person.note_ids) == 1 and person.note_ids[0] in {n.id for n in short}
    window.undo_action.trigger()
    assert "Youth council" not in [p.role for p in on_disk(window).people]


def test_edit_and_remove_a_co_producer_with_undo(window, qtbot, monkeypatch):
    panel = window.step_tools.panel("people")
    flush(qtbot)
    panel.table.selectRow(0)
    first = list(window.document.people.values())[0]
    original = (first.id, first.involvement, list(first.note_ids))

    def fake_exec(self):
        self.involvement.setPlainText("Chair the steering group")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(people_module.PersonDialog, "exec", fake_exec)
    panel.edit()
    assert on_disk(window).people[0].involvement == "Chair the steering group"
    panel.table.selectRow(0)
    panel.remove()
    assert first.id not in {p.id for p in on_disk(window).people}
    window.undo_action.trigger()
    window.undo_action.trigger()
    restored = [p for p in on_disk(window).people if p.id == original[0]][0]
    assert (restored.id, restored.involvement, restored.note_ids) == original


def test_voices_warn_plainly_when_a_kind_is_missing_from_a_co(window, qtbot):
    doc = window.document
    carers = next(p for p in doc.participants.values() if p.kind == ParticipantKind.CARER)
    assess_by_carers = [
        n.id for n in doc.notes.values() if n.author_id == carers.id and n.co == Co.ASSESS
    ]
    window.editor.scene.select_notes(assess_by_carers)
    window.delete_action.trigger()
    flush(qtbot)
    text = window.step_tools.panel("voices").warnings.text()
    assert "No carers have added anything to Co-assess yet." in text
    window.undo_action.trigger()
    flush(qtbot)
    assert "Co-assess" not in window.step_tools.panel("voices").warnings.text()


def test_sceptic_and_answer_pairs(window, qtbot, monkeypatch):
    def fake_exec(self):
        self.audience.setCurrentIndex(list(Audience).index(Audience.COMMUNITY))
        self.says.setPlainText("Nobody will come")
        self.answer.setPlainText("Forty people came to the library sessions")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(market_module.MarketDialog, "exec", fake_exec)
    panel = on_screen(window, qtbot, "market")
    panel.add()
    item = [m for m in on_disk(window).market_items if m.sceptic_says == "Nobody will come"][0]
    assert item.audience == Audience.COMMUNITY and item.our_answer.startswith("Forty")
    flush(qtbot)
    assert any(
        panel.table.item(r, 1).text() == "Nobody will come" for r in range(panel.table.rowCount())
    )
    window.undo_action.trigger()
    assert "Nobody will come" not in [m.sceptic_says for m in on_disk(window).market_items]


def _cell(panel, action_id, field):
    row = panel.model.ids.index(action_id)
    return panel.proxy.mapFromSource(panel.model.index(row, COLUMNS.index(field)))


def test_action_table_edits_in_place_and_each_edit_undoes(window, qtbot):
    panel = window.step_tools.panel("actions")
    flush(qtbot)
    action = list(window.document.actions.values())[0]
    edits = {
        "owner": "Amira (carer)",
        "first_step": "Phone the ward manager",
        "status": ActionStatus.DONE.value,
        "co": Co.ASSESS.value,
        "due": "2027-05-01",
    }
    for field, value in edits.items():
        assert panel.proxy.setData(_cell(panel, action.id, field), value)
    saved = [a for a in on_disk(window).actions if a.id == action.id][0]
    assert (saved.owner, saved.first_step, saved.status, saved.co, saved.due) == (
        "Amira (carer)",
        "Phone the ward manager",
        ActionStatus.DONE,
        Co.ASSESS,
        "2027-05-01",
    )
    for _ in edits:
        window.undo_action.trigger()
    saved = [a for a in on_disk(window).actions if a.id == action.id][0]
    assert (saved.owner, saved.status, saved.due) == (action.owner, action.status, action.due)


def test_action_table_editors_write_dates_and_choices(window, qtbot):
    panel = window.step_tools.panel("actions")
    window.step_tools.docks["actions"].show()
    flush(qtbot)
    action = list(window.document.actions.values())[1]
    index = _cell(panel, action.id, "due")
    delegate = panel.view.itemDelegateForColumn(COLUMNS.index("due"))
    editor = delegate.createEditor(panel.view.viewport(), None, index)
    delegate.setEditorData(editor, index)
    editor.setDate(QDate(2027, 6, 30))
    delegate.setModelData(editor, panel.proxy, index)
    assert [a.due for a in on_disk(window).actions if a.id == action.id] == ["2027-06-30"]
    editor.setDate(editor.minimumDate())  # "No date"
    delegate.setModelData(editor, panel.proxy, _cell(panel, action.id, "due"))
    assert [a.due for a in on_disk(window).actions if a.id == action.id] == [""]


def test_action_table_sorts_and_filters(window, qtbot):
    panel = window.step_tools.panel("actions")
    flush(qtbot)
    panel.view.sortByColumn(COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
    dues = [a.due for a in sorted(window.document.actions.values(), key=lambda a: a.due or "9")]
    shown = panel.visible_actions()
    by_text = {a.action: a.due for a in window.document.actions.values()}
    assert [by_text[t] for t in shown] == dues
    panel.co_filter.setCurrentIndex(panel.co_filter.findData(Co.DESIGN.value))
    assert set(panel.visible_actions()) == {
        a.action for a in window.document.actions.values() if a.co == Co.DESIGN
    }
    panel.co_filter.setCurrentIndex(0)
    panel.status_filter.setCurrentIndex(panel.status_filter.findData(ActionStatus.DONE.value))
    assert panel.visible_actions() == [
        a.action for a in window.document.actions.values() if a.status == ActionStatus.DONE
    ]
    panel.status_filter.setCurrentIndex(0)
    panel.owner_filter.setText("quality")
    assert panel.visible_actions() == ["Pair every care home visit with an expert by experience"]


def test_make_an_action_from_a_note_with_one_key(window, qtbot):
    note = next(n for n in window.document.notes.values() if n.shortlisted and not n.is_group)
    window.editor.scene.select_notes([note.id])
    QTest.keyClick(window.editor.view, Qt.Key.Key_A)
    action = list(on_disk(window).actions)[-1]
    assert action.action == note.text and action.note_ids == [note.id] and action.co == note.co
    assert window.step_tools.docks["actions"].isVisible()
    window.undo_action.trigger()
    assert action.id not in {a.id for a in on_disk(window).actions}


def test_carry_open_actions_over_from_an_earlier_workshop(window, tmp_path, qtbot):
    earlier = tmp_path / "earlier.costar"
    WorkshopFile.create(earlier, Workshop(title="Spring review")).close()
    with WorkshopFile.open(earlier) as wf:
        wf.add_actions(
            [
                Action(action="Train mentors", owner="Sam", status=ActionStatus.IN_PROGRESS),
                Action(action="Already done", status=ActionStatus.DONE),
                Action(action="Write the leaflet", status=ActionStatus.NOT_STARTED),
            ]
        )
    before = len(window.document.actions)
    assert window.step_tools.panel("actions").carry_over(earlier) == 2
    data = on_disk(window)
    carried = [a for a in data.actions if a.carried_from == "Spring review"]
    assert [a.action for a in carried] == ["Train mentors", "Write the leaflet"]
    assert carried[0].status == ActionStatus.IN_PROGRESS and carried[0].owner == "Sam"
    window.undo_action.trigger()  # one undo step for the whole carry-over
    assert len(on_disk(window).actions) == before


def test_carried_over_values_are_checked_and_the_repairs_said(window, tmp_path, messages):
    """An earlier workshop altered outside the app: its over-long action is cut to what the
    app keeps and its unknown status repaired, on the way in; that file is not changed."""
    import sqlite3

    earlier = tmp_path / "earlier.costar"
    WorkshopFile.create(earlier, Workshop(title="Spring review")).close()
    with WorkshopFile.open(earlier) as wf:
        wf.add_actions([Action(action="Train mentors"), Action(action="Write the leaflet")])
    conn = sqlite3.connect(earlier)
    conn.execute("UPDATE actions SET action = ? WHERE action = 'Train mentors'", ("m" * 30_000,))
    conn.execute("UPDATE actions SET status = 'someday' WHERE action = 'Write the leaflet'")
    conn.commit()
    conn.close()
    before = earlier.read_bytes()
    assert window.step_tools.panel("actions").carry_over(earlier) == 2
    carried = {a.action[:5]: a for a in on_disk(window).actions if a.carried_from}
    assert len(carried["mmmmm"].action) == 20_000
    assert carried["Write"].status == ActionStatus.NOT_STARTED
    assert "30,000 characters long" in messages[-1] and "status was not one" in messages[-1]
    assert earlier.read_bytes() == before


def test_timer_counts_down_pauses_and_shows_time_is_up(window, qtbot):
    editor = window.editor
    banner = editor.banner
    window.step_tools.start_timer(2)
    assert banner.timer_label.text().endswith("0:02")
    window.step_tools.timer_pause_action.trigger()
    qtbot.wait(1200)
    assert "paused" in banner.timer_label.text() and editor.countdown.left == 2
    window.step_tools.timer_pause_action.trigger()
    qtbot.waitUntil(lambda: editor.countdown.done, timeout=5000)
    assert "Time is up" in banner.timer_label.text()
    assert banner.time_up  # the banner turns red too, the words say it without colour
    window.step_tools.timer_stop_action.trigger()
    assert banner.timer_label.text() == "" and not banner.time_up


@pytest.mark.parametrize("away", ["behind another tab", "dock closed"])
def test_a_panel_out_of_sight_catches_up_when_shown_not_on_every_change(window, qtbot, away):
    tools = window.step_tools
    window.editor.go_to_step(Step.MAP)
    voices = tools.panel("voices")  # made, bound and up to date
    people, ideas = tools.docks["people"], tools.docks["ideas"]
    if away == "dock closed":
        people.hide()
    else:
        people.show()
        window.tabifyDockWidget(ideas, people)
        ideas.raise_()
    flush(qtbot)
    counted = []
    real = voices.refresh
    voices.refresh = lambda *a: (counted.append(1), real(*a))
    window.editor.push(
        AddNotesCommand(window.document, [Note(text="A new idea", x=0, y=-600, co=Co.COMMISSION)])
    )
    flush(qtbot)
    assert counted == []  # nobody sees it: no recount
    people.show()
    people.raise_()
    flush(qtbot)
    assert counted == [1]  # on screen: one recount, with the new note
    assert tools.panel("voices") is voices and counted == [1]  # already up to date
    window.editor.push(
        AddNotesCommand(window.document, [Note(text="Another", x=50, y=-600, co=Co.COMMISSION)])
    )
    flush(qtbot)
    assert counted == [1, 1]  # in sight: it follows every change again
