"""The Agenda dock: every change to the plan is one undo step, the file says what the screen
says, and the whole plan can be made with the keyboard alone (issue 19)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from costar_desktop.core.model import Step
from costar_desktop.core.programme import METHODS, Block, shipped_programmes
from costar_desktop.paths import resource
from costar_desktop.ui.programme.words import METHOD_WORDS

from ..test_steps import on_disk


def titles(window) -> list[str]:
    return [b.title for b in window.document.programme.blocks]


def disk_titles(window) -> list[str]:
    return [b.title for b in on_disk(window).programme.blocks]


def screen_titles(window) -> list[str]:
    panel = window.programme.panel
    return [panel.row_texts(r)[1] for r in range(panel.table.rowCount())]


def three(window) -> None:
    tools = window.programme
    for n, title in enumerate(("Welcome", "Map", "Close")):
        assert tools.add_block(Block(title=title, minutes=10 * (n + 1)), at=n)


def one_day():
    return shipped_programmes(resource("programmes"))[1]


def test_the_method_words_are_cores_methods():
    assert list(METHOD_WORDS) == list(METHODS)
    assert all(METHOD_WORDS[k] == METHODS[k] for k in METHODS)


def test_adding_editing_deleting_each_one_undo_step_and_the_file_follows(window):
    doc = window.document
    tools = window.programme
    tools.show_agenda(True)
    assert doc.programme.blocks == []
    start = doc.undo_stack.count()
    three(window)
    assert doc.undo_stack.count() == start + 3
    assert (
        titles(window)
        == disk_titles(window)
        == screen_titles(window)
        == [
            "Welcome",
            "Map",
            "Close",
        ]
    )
    edited = Block(
        title="Map together",
        minutes=45,
        step=Step.MAP,
        method="silent_writing",
        id=doc.programme.blocks[1].id,
    )
    assert tools.edit_block(1, edited)
    saved = on_disk(window).programme.blocks[1]
    assert (saved.title, saved.minutes, saved.step, saved.method) == (
        "Map together",
        45,
        Step.MAP,
        "silent_writing",
    )
    assert window.programme.panel.row_texts(1)[2:] == ["Map", "45 min", "Silent writing"]
    assert tools.delete_block(0)
    assert disk_titles(window) == ["Map together", "Close"]
    doc.undo()
    assert disk_titles(window) == screen_titles(window) == ["Welcome", "Map together", "Close"]
    doc.undo()
    assert disk_titles(window)[1] == "Map"
    doc.redo()
    doc.redo()
    assert disk_titles(window) == ["Map together", "Close"]


def test_keys_in_the_table_move_and_delete_and_the_moved_block_stays_chosen(window):
    doc = window.document
    three(window)
    window.programme.show_agenda(True)
    table = window.programme.panel.table
    window.programme.panel.select_row(0)
    table.setFocus()
    count = doc.undo_stack.count()
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert disk_titles(window) == ["Map", "Welcome", "Close"]
    assert window.programme.panel.current_row() == 1
    QTest.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert disk_titles(window) == ["Map", "Close", "Welcome"]
    assert window.programme.panel.current_row() == 2
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert disk_titles(window) == ["Map", "Welcome", "Close"]
    assert doc.undo_stack.count() == count + 3
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert disk_titles(window) == screen_titles(window) == ["Map", "Close"]
    doc.undo()
    assert disk_titles(window) == ["Map", "Welcome", "Close"]


def test_a_drop_is_one_move(window, qtbot):
    doc = window.document
    three(window)
    window.programme.show_agenda(True)
    panel = window.programme.panel
    table = panel.table
    qtbot.waitUntil(lambda: table.isVisible())
    panel.select_row(0)
    mime: QMimeData = table.model().mimeData([table.model().index(0, 0)])
    below = table.visualRect(table.model().index(2, 0)).bottomLeft() - QPoint(-2, 2)
    count = doc.undo_stack.count()
    event = QDropEvent(
        QPointF(below),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(event)
    assert disk_titles(window) == screen_titles(window) == ["Map", "Close", "Welcome"]
    assert doc.undo_stack.count() == count + 1
    assert panel.current_row() == 2
    doc.undo()
    assert disk_titles(window) == ["Welcome", "Map", "Close"]


def test_the_start_of_the_day_is_undoable_and_moves_every_time(window):
    doc = window.document
    three(window)
    panel = window.programme.panel
    panel.start.setTime(QTime(10, 15))
    panel.start.editingFinished.emit()
    assert on_disk(window).programme.day_start == 10 * 60 + 15
    assert panel.row_texts(1)[0] == "10:25–10:45"
    assert "10:15" not in panel.summary.text() and "11:15" in panel.summary.text()
    doc.undo()
    assert on_disk(window).programme.day_start == 9 * 60 + 30
    assert panel.start.time() == QTime(9, 30)


def test_putting_in_a_shipped_programme_asks_and_undo_brings_the_agenda_back(window, messages):
    doc = window.document
    three(window)
    tools = window.programme
    # The agenda has blocks: the question is asked, and "No" (the fixture) changes nothing.
    assert not tools.put_in(one_day())
    assert any("3 blocks" in m for m in messages)
    assert disk_titles(window) == ["Welcome", "Map", "Close"]
    count = doc.undo_stack.count()
    assert tools.put_in(one_day(), ask=False)
    saved = on_disk(window).programme
    assert saved.name == "One day: all five steps"
    assert [b.title for b in saved.blocks] == [b.title for b in one_day().blocks]
    assert screen_titles(window) == [b.title for b in saved.blocks]
    assert doc.undo_stack.count() == count + 1
    doc.undo()
    assert disk_titles(window) == ["Welcome", "Map", "Close"]


def test_the_running_block_and_the_ones_run_say_so_in_words(window):
    from costar_desktop.core.programme import run_block

    window.programme.put_in(one_day(), ask=False)
    doc = window.document
    doc.set_run(run_block(doc.programme, 0, 1_000_000.0))
    doc.set_run(run_block(doc.programme, 1, 1_000_000.0 + 25 * 60))
    panel = window.programme.panel
    assert "✓ ran" in panel.row_texts(0)[0]
    assert "▶ now" in panel.row_texts(1)[0]
    assert "▶" not in panel.row_texts(2)[0] and "✓" not in panel.row_texts(2)[0]


@pytest.fixture
def drive(modal_driver):
    """``drive(steps)``: the next block dialog is driven by ``steps`` (see modal_driver)."""
    from costar_desktop.ui.programme.block_dialog import BlockDialog

    return lambda steps: modal_driver(BlockDialog, steps)


def focused(dialog):
    return dialog.focusWidget()


def test_plan_three_blocks_with_the_keyboard_only(window, drive):
    view = window.editor.view
    QTest.keyClick(view, Qt.Key.Key_F10)
    table = window.programme.panel.table
    assert window.programme.dock.isVisible() and table.hasFocus()
    for title, minutes in (("Welcome", "15"), ("Map together", "60"), ("Close", "20")):

        def fill(dialog, title=title, minutes=minutes):
            field = focused(dialog)
            QTest.keyClicks(field, title)
            QTest.keyClick(field, Qt.Key.Key_Tab)  # to the minutes, all chosen
            QTest.keyClicks(focused(dialog), minutes)
            QTest.keyClick(focused(dialog), Qt.Key.Key_Return)

        drive(fill)
        QTest.keyClick(table, Qt.Key.Key_Insert)
    saved = on_disk(window).programme
    assert [(b.title, b.minutes) for b in saved.blocks] == [
        ("Welcome", 15),
        ("Map together", 60),
        ("Close", 20),
    ]
    # F2 edits the chosen block (the last one added): Tab to the step, choose Map (Down).
    window.programme.panel.select_row(1)

    def step(dialog):
        field = focused(dialog)
        QTest.keyClick(field, Qt.Key.Key_Tab)
        QTest.keyClick(focused(dialog), Qt.Key.Key_Tab)
        QTest.keyClick(focused(dialog), Qt.Key.Key_Down)
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return)

    drive(step)
    QTest.keyClick(table, Qt.Key.Key_F2)
    assert on_disk(window).programme.blocks[1].step == Step.MAP
    # Escape cancels and changes nothing.
    drive(lambda dialog: QTest.keyClick(focused(dialog), Qt.Key.Key_Escape))
    count = window.document.undo_stack.count()
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.document.undo_stack.count() == count


def test_a_title_is_needed(window, drive):
    window.programme.show_agenda(True)

    def empty(dialog):
        QTest.keyClick(focused(dialog), Qt.Key.Key_Return)  # refused: stays open
        assert dialog.isVisible() and "title" in dialog.problem.text()
        QTest.keyClick(focused(dialog), Qt.Key.Key_Escape)

    drive(empty)
    assert not window.programme.add_block_dialog()
    assert window.document.programme.blocks == []


def test_save_own_reload_export_and_import(window, tmp_path, messages):
    tools = window.programme
    tools.put_in(one_day(), ask=False)
    path = tools.save_own("Our Tuesday")
    assert path is not None and path.parent == tools.own_folder()
    from costar_desktop.ui.programme.library import LibraryDialog

    dialog = LibraryDialog(tools.own_folder(), window)
    names = [p.name for p, _ in dialog.entries]
    assert names[:4] == [p.name for p in shipped_programmes(resource("programmes"))]
    assert "Our Tuesday" in names
    dialog.list.setCurrentRow(names.index("Our Tuesday"))
    assert dialog.delete_button.isEnabled()
    assert [b.title for b in dialog.chosen().blocks] == [b.title for b in one_day().blocks]
    dialog.deleteLater()
    # Export for a colleague, then import it back: it is one of the own programmes.
    out = tmp_path / "for a colleague.json"
    assert tools.export_to(out)
    assert json.loads(out.read_text("utf-8"))["format"] == "costar-programme"
    assert tools.import_file(out)
    assert (tools.own_folder() / "One day all five steps.json").exists()


def test_a_hostile_file_is_refused_in_plain_words_and_nothing_changes(window, tmp_path, messages):
    tools = window.programme
    three(window)
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "costar-programme",
                "version": 1,
                "name": "x",
                "blocks": [{"title": "t", "minutes": 100000}],
            }
        ),
        "utf-8",
    )
    before = sorted(p.name for p in tools.own_folder().glob("*"))
    count = window.document.undo_stack.count()
    assert not tools.import_file(bad)
    assert "must last a whole number of minutes" in window.last_error
    assert sorted(p.name for p in tools.own_folder().glob("*")) == before
    assert window.document.undo_stack.count() == count
    assert disk_titles(window) == ["Welcome", "Map", "Close"]


def test_an_unreadable_own_programme_is_skipped_with_its_reason(window):
    tools = window.programme
    tools.own_folder().mkdir(parents=True, exist_ok=True)
    (tools.own_folder() / "broken.json").write_text("{not json", "utf-8")
    from costar_desktop.ui.programme.library import LibraryDialog

    dialog = LibraryDialog(tools.own_folder(), window)
    assert len(dialog.entries) == 4
    assert "broken.json" in dialog.skipped.text()
    dialog.deleteLater()


@pytest.fixture
def choose(monkeypatch):
    """The Put-in dialog chooses the programme called ``name`` and says OK."""
    from costar_desktop.ui.programme.library import LibraryDialog

    chosen = []

    def exec_(dialog):
        names = [p.name for p, _path in dialog.entries]
        dialog.list.setCurrentRow(names.index(chosen[0]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LibraryDialog, "exec", exec_)
    return chosen.append


def test_put_in_a_programme_through_its_dialog_into_an_empty_agenda(window, choose):
    choose("Half day: an introduction to co-production")
    assert window.menu_actions["programme.put_in"].isEnabled()
    window.menu_actions["programme.put_in"].trigger()
    assert on_disk(window).programme.name == "Half day: an introduction to co-production"
    window.document.undo()
    assert on_disk(window).programme.blocks == []


def test_a_new_workshop_from_a_programme_starts_with_it_as_its_first_undo_step(
    registry, qtbot, tmp_path, monkeypatch, choose
):
    from PySide6.QtWidgets import QFileDialog

    from costar_desktop.ui.shell import dialogs

    monkeypatch.setattr(dialogs.DetailsDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "day.costar"), "")
    )
    choose("One day: all five steps")
    w = registry.new_window()
    qtbot.addWidget(w)
    w.show()
    w.menu_actions["programme.new_from"].trigger()
    assert w.document is not None and w.document.path == tmp_path / "day.costar"
    assert on_disk(w).programme.name == "One day: all five steps"
    assert w.programme.dock.isVisible()
    assert w.document.undo_stack.count() == 1
    w.document.undo()
    assert on_disk(w).programme.blocks == []


def test_the_agenda_opens_wide_enough_to_read_a_title(window):
    """In the real window at 1920 wide the dock first opened at its smallest: "Focus: what
    matters most" stood one word a line beside the times and methods."""
    window.resize(1800, 1000)
    window.show()
    window.programme.put_in(one_day())
    window.programme.show_agenda()
    window.programme.dock.layout().activate()
    QTest.qWait(0)
    table = window.programme.panel.table
    assert window.programme.dock.width() >= 560
    assert table.columnWidth(1) >= 200  # the block's title


def test_day_two_goes_on_in_a_copy_of_day_ones_file(window, tmp_path):
    """Programme → Continue on a new day…: the window goes on in a copy with day 2's
    programme in it; day 1's file keeps its own agenda and what ran."""
    from costar_desktop.core.programme import run_block
    from costar_desktop.storage import WorkshopFile
    from costar_desktop.ui.programme.next_day import continue_on_new_day

    day_one_path = window.document.path
    day_one = shipped_programmes(resource("programmes"))[2]
    assert window.programme.put_in(day_one, ask=False)
    window.document.set_run(run_block(window.document.programme, 0, 1_800_000_000.0))
    notes = len(window.document.notes)
    target = tmp_path / "Day two.costar"
    assert continue_on_new_day(window.programme, target)
    assert window.document.path == target
    day_two = shipped_programmes(resource("programmes"))[3]
    assert window.document.programme.name == day_two.name
    assert window.document.programme.running is None
    assert len(window.document.notes) == notes  # day 1's work goes on
    kept = WorkshopFile.read(day_one_path).programme
    assert kept.name == day_one.name and kept.blocks[0].started
    # One undo step brings day 1's agenda back into the copy, day 1's file untouched.
    assert window.document.undo()
    assert window.document.programme.name == day_one.name
    assert on_disk(window).programme.name == day_one.name
    assert WorkshopFile.read(day_one_path).programme == kept


def test_a_narrow_agenda_drops_columns_before_it_cuts_a_title(window):
    """In a 1280-wide window with both docks open (German words), the title column was
    45 pixels: "Wel…" one word a line. Method goes first, then Step."""
    window.resize(1800, 1000)
    window.programme.put_in(one_day(), ask=False)
    window.programme.show_agenda()
    dock = window.programme.dock
    table = window.programme.panel.table
    names = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    seen = []
    for width in (850, 640, 560, 480):
        window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
        QTest.qWait(0)
        hidden = [names[c] for c in (4, 2) if table.isColumnHidden(c)]
        assert hidden in ([], ["Method"], ["Method", "Step"]), hidden
        assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("0") * 16, width
        seen.append(len(hidden))
    assert seen[0] == 0 and seen[-1] >= 1  # wide: every column; narrow: some dropped
