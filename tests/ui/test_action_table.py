"""The action plan's table driven as a facilitator drives it during a workshop: keys only.

Issue 24: Tab reopened the same cell (the owner typed next replaced the first step), and
dates could not be typed ("21/01/2027" was ignored, digits gave "Dec 3202"). Every test here
types with real key events into the table's viewport and its editors, then reads the file
on disk through an independent connection to a copy of it.
"""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCalendarWidget, QComboBox, QLineEdit

from costar_desktop.ui.steps.actions import COLUMNS

from .keys import type_text
from .test_steps import flush

FIELDS = ("action", "first_step", "owner", "due", "co", "status", "review_date")


@pytest.fixture
def british(qapp):
    """Dates read and shown the way a user in the UK has set up the machine."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def german(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


def file_actions(window, tmp_path) -> dict[str, dict]:
    """The actions table of the workshop file, read from a copy with plain sqlite3."""
    copy = tmp_path / "check.costar"
    shutil.copyfile(window.document.path, copy)
    conn = sqlite3.connect(copy)
    try:
        conn.row_factory = sqlite3.Row
        rows = conn.execute(f"SELECT id, {', '.join(FIELDS)} FROM actions").fetchall()
    finally:
        conn.close()
    copy.unlink()
    return {r["id"]: {f: r[f] for f in FIELDS} for r in rows}


def the_table(window, qtbot):
    """The action plan on screen, as after Ctrl+5 (the Grow step)."""
    QTest.keyClick(window.editor.view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    dock = window.step_tools.docks["actions"]
    qtbot.waitUntil(dock.isVisible)
    dock.raise_()
    flush(qtbot)
    panel = window.step_tools.panel("actions")
    window.resizeDocks([dock], [420], Qt.Orientation.Vertical)
    flush(qtbot)
    return panel


def row_id(panel, row: int) -> str:
    return panel.model.ids[panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()]


def click_cell(panel, qtbot, row: int, field: str) -> None:
    """Make a cell the current one with a click, as a facilitator does before typing."""
    index = panel.proxy.index(row, COLUMNS.index(field))
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    QTest.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    qtbot.waitUntil(lambda: panel.view.currentIndex() == index)


def editor(qtbot):
    """The cell editor that has the keyboard now."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def open_cell(panel, qtbot, row: int, field: str):
    """Click a cell, then F2: its editor opens with what the cell holds."""
    click_cell(panel, qtbot, row, field)
    QTest.keyClick(panel.view.viewport(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.view.state() == panel.view.State.EditingState)
    return editor(qtbot)


def replace_text(widget, text: str) -> None:
    """Select what the editor holds and type over it."""
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text and text.isascii():
        QTest.keyClicks(widget, text)
    elif text:
        type_text(widget, text)  # QTest.keyClicks knows ASCII only
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)


def tab(qtbot, backwards: bool = False):
    """Tab (or Shift+Tab) in the open editor; returns the editor open after it."""
    before = QApplication.focusWidget()
    if backwards:
        QTest.keyClick(before, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        QTest.keyClick(before, Qt.Key.Key_Tab)
    flush(qtbot)
    return QApplication.focusWidget()


def current_field(panel) -> str:
    return COLUMNS[panel.view.currentIndex().column()]


def undo_count(window) -> int:
    return window.document.undo_stack.count()


# --- Tab and Shift+Tab -------------------------------------------------------------------------


def test_tab_moves_to_the_next_cell_across_two_rows_and_keeps_what_was_typed(
    window, qtbot, tmp_path, british
):
    panel = the_table(window, qtbot)
    first, second = row_id(panel, 0), row_id(panel, 1)
    before = file_actions(window, tmp_path)
    undo_before = undo_count(window)

    cell = open_cell(panel, qtbot, 0, "action")
    replace_text(cell, "Ring the day centre")
    typed = [("action", "Ring the day centre")]
    for field, text in (
        ("first_step", "Call Joan on Monday"),
        ("owner", "Amira (carer)"),
        ("due", "21/01/2027"),
    ):
        cell = tab(qtbot)
        assert current_field(panel) == field, "Tab must move to the next cell"
        assert isinstance(cell, QLineEdit), f"the editor of {field} must be open after Tab"
        replace_text(cell, text)
        typed.append((field, text))
    cell = tab(qtbot)  # to the Co: a choice, typed by its first letters
    assert current_field(panel) == "co" and isinstance(cell, QComboBox)
    QTest.keyClicks(cell, "Co-de")
    cell = tab(qtbot)  # Linked notes cannot be typed in: Tab goes past it
    assert current_field(panel) == "status" and isinstance(cell, QComboBox)
    QTest.keyClicks(cell, "In")
    cell = tab(qtbot)
    assert current_field(panel) == "review_date" and isinstance(cell, QLineEdit)
    replace_text(cell, "2027-03-01")
    cell = tab(qtbot)  # from the last column to the first of the next row
    assert panel.view.currentIndex().row() == 1 and current_field(panel) == "action"
    assert isinstance(cell, QLineEdit)
    replace_text(cell, "Open the library on Saturdays")
    cell = tab(qtbot)
    replace_text(cell, "Ask the volunteers")
    cell = tab(qtbot)
    assert current_field(panel) == "owner"
    replace_text(cell, "Sam")
    QTest.keyClick(cell, Qt.Key.Key_Return)  # Enter commits and closes the cell
    flush(qtbot)
    assert panel.view.state() != panel.view.State.EditingState

    after = file_actions(window, tmp_path)
    assert after[first] == {
        "action": "Ring the day centre",
        "first_step": "Call Joan on Monday",
        "owner": "Amira (carer)",
        "due": "2027-01-21",
        "co": "design",
        "status": "in_progress",
        "review_date": "2027-03-01",
    }
    assert after[second] == dict(
        before[second],
        action="Open the library on Saturdays",
        first_step="Ask the volunteers",
        owner="Sam",
    )
    assert {k: v for k, v in after.items() if k not in (first, second)} == {
        k: v for k, v in before.items() if k not in (first, second)
    }
    # One undo step per cell that changed.
    changed = sum(after[i][f] != before[i][f] for i in (first, second) for f in FIELDS)
    assert undo_count(window) - undo_before == changed
    window.undo_action.trigger()
    assert file_actions(window, tmp_path)[second]["owner"] == before[second]["owner"]
    assert file_actions(window, tmp_path)[second]["first_step"] == "Ask the volunteers"


def test_shift_tab_goes_back_a_cell_and_back_across_rows(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    first, second = row_id(panel, 0), row_id(panel, 1)
    cell = open_cell(panel, qtbot, 1, "first_step")
    replace_text(cell, "Book the hall")
    cell = tab(qtbot, backwards=True)
    assert (panel.view.currentIndex().row(), current_field(panel)) == (1, "action")
    assert isinstance(cell, QLineEdit)
    replace_text(cell, "Hold an open day")
    cell = tab(qtbot, backwards=True)  # to the last column of the row above
    assert (panel.view.currentIndex().row(), current_field(panel)) == (0, "review_date")
    replace_text(cell, "1 March 2027")
    cell = tab(qtbot, backwards=True)
    assert current_field(panel) == "status" and isinstance(cell, QComboBox)
    cell = tab(qtbot, backwards=True)  # past Linked notes
    assert current_field(panel) == "co" and isinstance(cell, QComboBox)
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    flush(qtbot)
    after = file_actions(window, tmp_path)
    assert (after[second]["action"], after[second]["first_step"]) == (
        "Hold an open day",
        "Book the hall",
    )
    assert after[first]["review_date"] == "2027-03-01"


def test_escape_cancels_only_the_cell_being_typed(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 0)
    before = file_actions(window, tmp_path)[aid]
    cell = open_cell(panel, qtbot, 0, "owner")
    replace_text(cell, "Priya")
    cell = tab(qtbot)
    assert current_field(panel) == "due" and isinstance(cell, QLineEdit)
    replace_text(cell, "05/05/2027")
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    flush(qtbot)
    assert panel.view.state() != panel.view.State.EditingState
    after = file_actions(window, tmp_path)[aid]
    assert after == dict(before, owner="Priya")


def test_typing_into_a_chosen_cell_opens_it_and_tab_moves_on(window, qtbot, tmp_path, british):
    """No F2: a facilitator clicks a cell and starts typing."""
    panel = the_table(window, qtbot)
    aid = row_id(panel, 1)
    click_cell(panel, qtbot, 1, "owner")
    QTest.keyClicks(panel.view.viewport(), "J")
    cell = editor(qtbot)  # the key opened the cell; the keyboard now types there
    assert isinstance(cell, QLineEdit)
    QTest.keyClicks(cell, "o Bloggs")
    cell = tab(qtbot)
    assert current_field(panel) == "due"
    replace_text(cell, "21 Jan 2027")
    QTest.keyClick(cell, Qt.Key.Key_Enter)
    flush(qtbot)
    saved = file_actions(window, tmp_path)[aid]
    assert saved["owner"] == "Jo Bloggs"  # what the cell held was typed over
    assert saved["due"] == "2027-01-21"


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "21/01/2027",
        "21 Jan 2027",
        "2027-01-21",
        "21 January 2027",
        "Thursday, 21 January 2027",
        "21/1/27",
        "21.01.2027",
    ],
)
def test_a_date_typed_in_the_locales_formats_or_iso_is_saved_as_an_iso_date(
    window, qtbot, tmp_path, british, typed
):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 2)
    cell = open_cell(panel, qtbot, 2, "due")
    replace_text(cell, typed)
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["due"] == "2027-01-21"
    # The cell shows it, and opening it again and pressing Enter changes nothing.
    assert panel.proxy.index(2, COLUMNS.index("due")).data() == "21 Jan 2027"
    undo_before = undo_count(window)
    cell = open_cell(panel, qtbot, 2, "due")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert undo_count(window) == undo_before
    assert file_actions(window, tmp_path)[aid]["due"] == "2027-01-21"


def test_review_dates_are_typed_too(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 0)
    cell = open_cell(panel, qtbot, 0, "review_date")
    replace_text(cell, "3 feb 2027")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["review_date"] == "2027-02-03"


def test_month_names_in_the_locales_language_and_in_english(window, qtbot, tmp_path, german):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 0)
    for typed, expected in (
        ("21. Januar 2027", "2027-01-21"),
        ("3. März 2027", "2027-03-03"),
        ("21 January 2027", "2027-01-21"),
        ("03.04.2027", "2027-04-03"),
        ("4 Mai 2027", "2027-05-04"),
        ("2027-06-30", "2027-06-30"),
    ):
        cell = open_cell(panel, qtbot, 0, "due")
        replace_text(cell, typed)
        QTest.keyClick(cell, Qt.Key.Key_Return)
        flush(qtbot)
        assert file_actions(window, tmp_path)[aid]["due"] == expected, typed


def test_digits_typed_one_by_one_are_not_turned_into_another_date(window, qtbot, tmp_path, british):
    """Typing the digits of 21/01/2027 gave "Dec 3202" in the old date box."""
    panel = the_table(window, qtbot)
    aid = row_id(panel, 1)
    cell = open_cell(panel, qtbot, 1, "due")
    replace_text(cell, "21/01/2027")
    assert cell.text() == "21/01/2027"  # what was typed stays as typed
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["due"] == "2027-01-21"


def test_an_unreadable_date_says_so_and_keeps_what_was_typed(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 0)
    before = file_actions(window, tmp_path)
    undo_before = undo_count(window)
    cell = open_cell(panel, qtbot, 0, "due")
    replace_text(cell, "31/02/2027")
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Return):
        QTest.keyClick(cell, key)
        flush(qtbot)
        assert QApplication.focusWidget() is cell, "the cell stays open to be corrected"
        assert cell.text() == "31/02/2027"
        assert current_field(panel) == "due"
        message = panel.date_message.text()
        assert "“31/02/2027” is not a date. Type it like 21/01/2027." in message
        assert panel.date_message.isVisible()
        assert cell.toolTip() == message
    assert file_actions(window, tmp_path) == before
    assert undo_count(window) == undo_before
    # Corrected, it is saved, Tab moves on and the message goes.
    QTest.keyClick(cell, Qt.Key.Key_Backspace)  # typing again puts the message away
    assert not panel.date_message.isVisible()
    replace_text(cell, "28/02/2027")
    QTest.keyClick(cell, Qt.Key.Key_Tab)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["due"] == "2027-02-28"
    assert current_field(panel) == "co"
    assert not panel.date_message.isVisible()


def test_escape_drops_an_unreadable_date_and_leaves_the_file_alone(
    window, qtbot, tmp_path, british
):
    panel = the_table(window, qtbot)
    before = file_actions(window, tmp_path)
    cell = open_cell(panel, qtbot, 0, "review_date")
    replace_text(cell, "next tuesday-ish")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert "“next tuesday-ish” is not a date." in panel.date_message.text()
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    flush(qtbot)
    assert panel.view.state() != panel.view.State.EditingState
    assert not panel.date_message.isVisible()
    assert file_actions(window, tmp_path) == before


def test_an_empty_date_clears_the_date(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    dated = [
        r
        for r in range(panel.proxy.rowCount())
        if file_actions(window, tmp_path)[row_id(panel, r)]["due"]
    ]
    row = dated[0]
    aid = row_id(panel, row)
    cell = open_cell(panel, qtbot, row, "due")
    assert cell.text(), "an open date cell shows its date"
    replace_text(cell, "")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["due"] == ""
    assert panel.proxy.index(row, COLUMNS.index("due")).data() == ""


def test_a_calendar_helps_but_typing_is_enough(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    aid = row_id(panel, 0)
    cell = open_cell(panel, qtbot, 0, "due")
    # The calendar's button is there for the mouse, and says what it does.
    buttons = [a for a in cell.actions() if a.isVisible()]
    assert buttons and "calendar" in buttons[0].toolTip()
    replace_text(cell, "21/01/2027")
    QTest.keyClick(cell, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = cell.findChild(QCalendarWidget)
    qtbot.waitUntil(lambda: calendar is not None and calendar.isVisible() and calendar.hasFocus())
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2027-01-21"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # the day after
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert QApplication.focusWidget() is cell
    assert cell.text() == "22 Jan 2027"
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[aid]["due"] == "2027-01-22"


# --- every locale's own ways of writing a date -------------------------------------------------


def test_every_locale_reads_its_own_dates_and_never_misreads_one(qapp):
    """For each of Qt's locales: the short format (the one the hint shows) and ISO always
    read back as the same date; the long, narrow and table formats and English read back as
    the same date or are refused (a few languages write them in ways the rules do not know),
    never as another date. Where the locale's own word for a month is an English month's
    name, the locale's meaning is the one read."""
    from PySide6.QtCore import QDate

    from costar_desktop.core.dates import NotADate
    from costar_desktop.ui import date_entry

    days = [
        QDate(2027, 1, 21),
        QDate(2027, 3, 3),
        QDate(2027, 5, 31),
        QDate(2028, 2, 29),
        QDate(2027, 9, 9),
        QDate(2027, 12, 1),
        QDate(2027, 7, 4),
        QDate(2027, 11, 12),
    ]
    refused = set()
    locales = QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
    )
    assert len(locales) > 300
    for locale in locales:
        assert date_entry.read(date_entry.example(locale), locale) == date_entry.EXAMPLE, (
            locale.name()
        )
        for day in days:
            for must, text in (
                (True, locale.toString(day, QLocale.FormatType.ShortFormat)),
                (True, day.toString("yyyy-MM-dd")),
                (False, day.toString("d MMMM yyyy")),  # English
                (False, locale.toString(day, QLocale.FormatType.LongFormat)),
                (False, locale.toString(day, QLocale.FormatType.NarrowFormat)),
                (False, date_entry.display(day, locale)),
            ):
                words = date_entry.locale_words(locale)
                if text == day.toString("d MMMM yyyy") and words.month(
                    day.toString("MMMM"), start=False
                ) not in (None, day.month()):
                    continue  # the locale calls another month so (Duala "May" is October)
                try:
                    assert date_entry.read(text, locale) == day, (locale.name(), text)
                except NotADate:
                    assert not must, (locale.name(), text)
                    refused.add(locale.bcp47Name())
    assert len(refused) < 15, sorted(refused)
    for name in (
        "en_GB",
        "en_US",
        "de_DE",
        "fr_FR",
        "es_ES",
        "pl_PL",
        "ru_RU",
        "ja_JP",
        "zh_CN",
        "ar_EG",
        "cy_GB",
        "ga_IE",
        "pa_IN",
        "ur_PK",
        "bn_BD",
        "so_SO",
    ):
        assert QLocale(name).bcp47Name() not in refused, name


@pytest.mark.parametrize(
    "name, example",
    [
        ("en_GB", "21/01/2027"),
        ("en_US", "1/21/2027"),
        ("de_DE", "21.01.2027"),
        ("ja_JP", "2027/01/21"),
    ],
)
def test_the_message_shows_the_locales_own_way(qapp, name, example):
    from costar_desktop.ui import date_entry

    message = date_entry.not_a_date_message(" 31/02/2027 ", QLocale(name))
    assert message == f"“31/02/2027” is not a date. Type it like {example}."


def test_a_cell_reads_back_what_it_showed_in_any_locale(qapp):
    """Opening a date cell and pressing Enter changes nothing, even where the locale writes
    a date in words the reading rules do not know."""
    from PySide6.QtCore import QDate

    from costar_desktop.ui.date_entry import DateLineEdit

    for name in ("cu_RU", "dyo_SN", "en_GB"):
        box = DateLineEdit(locale=QLocale(name))
        box.set_iso("2027-05-31")
        assert box.text() and box.iso() == "2027-05-31"
        assert box.date() == QDate(2027, 5, 31)
        box.set_iso("")
        assert box.text() == "" and box.iso() == ""


def test_an_unreadable_date_stays_when_another_cell_is_clicked(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    before = file_actions(window, tmp_path)
    cell = open_cell(panel, qtbot, 0, "due")
    replace_text(cell, "31/02/2027")
    index = panel.proxy.index(1, COLUMNS.index("owner"))
    QTest.mouseClick(
        panel.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        panel.view.visualRect(index).center(),
    )
    flush(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is cell)
    assert cell.isVisible() and cell.text() == "31/02/2027"
    assert (panel.view.currentIndex().row(), current_field(panel)) == (0, "due")
    assert "“31/02/2027” is not a date." in panel.date_message.text()
    assert file_actions(window, tmp_path) == before
    # Focus going elsewhere in the window (the filter box) leaves the cell as typed too.
    QTest.mouseClick(panel.owner_filter, Qt.MouseButton.LeftButton)
    flush(qtbot)
    assert cell.isVisible() and cell.text() == "31/02/2027" and panel.date_message.isVisible()
    QTest.mouseClick(cell, Qt.MouseButton.LeftButton)
    replace_text(cell, "1/3/2027")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    assert file_actions(window, tmp_path)[row_id(panel, 0)]["due"] == "2027-03-01"
    assert not panel.date_message.isVisible()


def test_closing_the_calendar_with_escape_keeps_what_was_typed(window, qtbot, tmp_path, british):
    panel = the_table(window, qtbot)
    cell = open_cell(panel, qtbot, 0, "review_date")
    replace_text(cell, "2 Feb 2027")
    QTest.keyClick(cell, Qt.Key.Key_F4)
    calendar = cell.findChild(QCalendarWidget)
    qtbot.waitUntil(lambda: calendar is not None and calendar.hasFocus())
    assert calendar.selectedDate().toString("yyyy-MM-dd") == "2027-02-02"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert QApplication.focusWidget() is cell and cell.text() == "2 Feb 2027"
    QTest.keyClick(cell, Qt.Key.Key_Tab)
    flush(qtbot)
    assert file_actions(window, tmp_path)[row_id(panel, 0)]["review_date"] == "2027-02-02"
    # From the last column, Tab went on to the next row.
    assert (panel.view.currentIndex().row(), current_field(panel)) == (1, "action")


def test_a_cell_left_open_is_committed_by_finish_editing(window, qtbot, tmp_path, british):
    """What the window calls before a workshop closes (see ActionsPanel.finish_editing)."""
    panel = the_table(window, qtbot)
    cell = open_cell(panel, qtbot, 1, "owner")
    replace_text(cell, "Zara")
    panel.finish_editing()
    flush(qtbot)
    assert panel.view.state() != panel.view.State.EditingState
    assert file_actions(window, tmp_path)[row_id(panel, 1)]["owner"] == "Zara"


def test_closing_the_workshop_with_a_cell_open_is_quiet(window, qtbot, british):
    """A cell still open when its workshop closes used to write into no document (an
    exception in the event loop, which pytest-qt turns into an error of this test)."""
    panel = the_table(window, qtbot)
    aid = row_id(panel, 1)
    path = window.document.path
    cell = open_cell(panel, qtbot, 1, "first_step")
    replace_text(cell, "Left open")
    window.close_workshop()
    flush(qtbot)
    window.activateWindow()
    flush(qtbot)
    # and what was typed in the open cell was saved before the workshop closed
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        saved = conn.execute("SELECT first_step FROM actions WHERE id = ?", (aid,)).fetchone()
    finally:
        conn.close()
    assert saved == ("Left open",)


def test_tab_follows_the_action_when_the_table_is_sorted(window, qtbot, tmp_path, british):
    """Sorted by owner, a new owner moves the row; Tab goes on in that action's row."""
    panel = the_table(window, qtbot)
    panel.view.sortByColumn(COLUMNS.index("owner"), Qt.SortOrder.AscendingOrder)
    flush(qtbot)
    aid = row_id(panel, 0)
    cell = open_cell(panel, qtbot, 0, "owner")
    replace_text(cell, "Zoe (last in the alphabet)")
    cell = tab(qtbot)
    assert current_field(panel) == "due" and isinstance(cell, QLineEdit)
    assert row_id(panel, panel.view.currentIndex().row()) == aid
    assert panel.view.currentIndex().row() == panel.proxy.rowCount() - 1
    replace_text(cell, "2 March 2027")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    flush(qtbot)
    saved = file_actions(window, tmp_path)[aid]
    assert (saved["owner"], saved["due"]) == ("Zoe (last in the alphabet)", "2027-03-02")
