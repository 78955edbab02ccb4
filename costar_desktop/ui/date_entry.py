"""Typing a date: a line edit that reads what the user's locale writes, ISO dates and
English, with a calendar as a help (never as the only way).

The reading rules live in ``core/dates.py``; this module hands them what ``QLocale``
knows (the order of the short format, month and weekday names in the locale's language,
the words of its formats) and says in plain words, right at the box, when a text is not a
date, keeping what was typed so it can be corrected.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLineEdit, QToolTip

from costar_desktop.core.dates import DateWords, NotADate, format_words, order_of, read_date
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

#: The date the hints show, written the locale's way ("21/01/2027" in the UK).
EXAMPLE = QDate(2027, 1, 21)
#: How a date is shown in a cell and put in the box: "21 Jan 2027", months in the locale's words.
DISPLAY_FORMAT = "d MMM yyyy"

_words: dict[tuple, DateWords] = {}


def locale_words(locale: QLocale | None = None) -> DateWords:
    """What the reading rules need from ``locale`` (the default: the user's), with the month
    and weekday names of the language the window speaks added, and English."""
    locale = locale or QLocale()
    ui = i18n.ui_locale()
    # The name is not enough: en_US in the Deseret script is "en_US" too.
    key = tuple((loc.language(), loc.script(), loc.name()) for loc in (locale, ui))
    if key not in _words:
        months: list[list[tuple[str, int]]] = [[], []]
        ignored = []
        for names, loc in zip(months, (locale, ui), strict=True):
            for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
                for m in range(1, 13):
                    names += [(loc.monthName(m, kind), m), (loc.standaloneMonthName(m, kind), m)]
                for d in range(1, 8):
                    ignored += [loc.dayName(d, kind), loc.standaloneDayName(d, kind)]
                ignored += format_words(loc.dateFormat(kind))
        # The locale's own names first: where the window's language calls another month
        # by the same name, the locale's meaning is the one read.
        _words[key] = DateWords.build(
            order_of(locale.dateFormat(QLocale.FormatType.ShortFormat)),
            months[0],
            ignored,
            also=months[1],
        )
    return _words[key]


def example_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with the year in full: "M/d/yy" -> "M/d/yyyy"."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def example(locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(EXAMPLE, example_format(locale))


def display(value: QDate | str, locale: QLocale | None = None) -> str:
    """A date as the table shows it, "" for none; ``value`` is a QDate or YYYY-MM-DD."""
    if isinstance(value, str):
        value = QDate.fromString(value, "yyyy-MM-dd")
    return (locale or QLocale()).toString(value, DISPLAY_FORMAT) if value.isValid() else ""


def read(text: str, locale: QLocale | None = None, today: date | None = None) -> QDate:
    """The date ``text`` means (an invalid QDate for an empty text); raises NotADate."""
    found = read_date(text, locale_words(locale), today)
    return QDate(found.year, found.month, found.day) if found is not None else QDate()


def not_a_date_message(text: str, locale: QLocale | None = None) -> str:
    return (
        translate("DateEntry", "“%1” is not a date. Type it like %2.")
        .replace("%1", text.strip())
        .replace("%2", example(locale))
    )


def _calendar_icon(widget) -> QIcon:
    """A small calendar drawn in the text colour (the platforms have no common one)."""
    size = 64
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = widget.palette().text().color()
    painter.setPen(QPen(colour, 5))
    painter.drawRoundedRect(QRectF(8, 12, 48, 44), 5, 5)
    painter.fillRect(QRectF(8, 12, 48, 12), colour)
    painter.drawLine(20, 5, 20, 16)
    painter.drawLine(44, 5, 44, 16)
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(16 + col * 12, 30 + row * 11, 7, 7), colour)
    painter.end()
    return QIcon(pix)


class DateLineEdit(QLineEdit):
    """A box a date is typed into: "21/01/2027", "21 Jan 2027", "2027-01-21", … or
    nothing for no date. Alt+Down (or F4, or the button) shows a calendar to pick from.

    What was typed is never changed behind the user's back: a text that is not a date stays
    as typed and :meth:`show_problem` says so; ``problem`` carries the words ("" when the
    problem is gone) for a message line.
    """

    problem = Signal(str)

    def __init__(self, parent=None, locale: QLocale | None = None):
        super().__init__(parent)
        self._locale = locale
        self._problem = ""
        #: The text this box last showed for a date, and that date (YYYY-MM-DD).
        self._shown: tuple[str, str] | None = None
        self._hint = translate(
            "DateEntry", "Type a date like %1, or leave it empty for no date."
        ).replace("%1", example(locale))
        self.setToolTip(self._hint)
        self.calendar_action = QAction(
            _calendar_icon(self), translate("DateEntry", "Choose from a calendar"), self
        )
        self.calendar_action.setToolTip(
            translate("DateEntry", "Choose the date from a calendar (Alt+Down)")
        )
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.textEdited.connect(self._edited)

    # --- the value ----------------------------------------------------------------------

    def date_locale(self) -> QLocale:
        return self._locale or QLocale()

    def iso(self) -> str:
        """The date typed as YYYY-MM-DD, "" for none; raises NotADate."""
        if self._shown is not None and self.text() == self._shown[0]:
            return self._shown[1]  # as put there, in whatever words the locale has
        found = read(self.text(), self._locale)
        return found.toString("yyyy-MM-dd") if found.isValid() else ""

    def is_readable(self) -> bool:
        try:
            self.iso()
        except NotADate:
            return False
        return True

    def set_iso(self, value: str) -> None:
        """Show the date YYYY-MM-DD ("" for none) the way the table shows it."""
        self.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate())

    def date(self) -> QDate:
        """The date typed; an invalid QDate for none or for a text that is not a date."""
        try:
            iso = self.iso()
        except NotADate:
            return QDate()
        return QDate.fromString(iso, "yyyy-MM-dd") if iso else QDate()

    def setDate(self, value: QDate) -> None:
        """Show ``value`` (an invalid QDate empties the box: no date)."""
        text = display(value, self._locale) if value.isValid() else ""
        self._shown = (text, value.toString("yyyy-MM-dd") if value.isValid() else "")
        self.setText(text)
        self._set_problem("")

    def minimumDate(self) -> QDate:
        """No date (what QDateEdit's minimum stood for): ``setDate`` of it empties the box."""
        return QDate()

    # --- saying what is wrong -----------------------------------------------------------

    def check(self) -> bool:
        """True if what was typed is a date or empty; otherwise say so, here, and keep it."""
        if self.is_readable():
            self._set_problem("")
            return True
        self.show_problem()
        return False

    def show_problem(self) -> None:
        message = not_a_date_message(self.text(), self._locale)
        self._set_problem(message)
        if self.isVisible():
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    def _set_problem(self, message: str) -> None:
        self.setToolTip(message or self._hint)
        self.setAccessibleDescription(message)
        if message != self._problem:
            self._problem = message
            self.problem.emit(message)

    def _edited(self, _text: str) -> None:
        if self._problem:  # being corrected: the message has been read
            QToolTip.hideText()
            self._set_problem("")

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        if self._problem:  # the box is closed: what it said no longer applies
            QToolTip.hideText()
            self._set_problem("")

    # --- the calendar -------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Show a calendar under the box, on the date typed (or today); Enter or a click
        puts the chosen date in the box, Escape leaves the box as it was."""
        if self.calendar is None:
            # Imported here: PySide makes a widget class's Python type on first import, a cost
            # every start would pay now that the step panels are imported with the window.
            from PySide6.QtWidgets import QCalendarWidget

            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setVerticalHeaderFormat(
                QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
            )
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
            self.calendar.installEventFilter(self)
        self.calendar.setLocale(self.date_locale())
        typed = self.date()
        self.calendar.setSelectedDate(typed if typed.isValid() else QDate.currentDate())
        self.calendar.adjustSize()
        self.calendar.move(self._popup_position(self.calendar.sizeHint()))
        self.calendar.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _popup_position(self, size) -> QPoint:
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = QGuiApplication.screenAt(below) or self.screen()
        area = screen.availableGeometry()
        x = min(max(below.x(), area.left()), area.right() - size.width())
        y = below.y()
        if y + size.height() > area.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - size.height()  # above the box
        return QPoint(x, max(y, area.top()))

    def _picked(self, value: QDate) -> None:
        self.setDate(value)
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.calendar
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.calendar.hide()
            self.setFocus(Qt.FocusReason.PopupFocusReason)
            return True
        return super().eventFilter(watched, event)
