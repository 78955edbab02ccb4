"""Presentation mode for the shared screen: full screen, only the star, the question and
a small bar of big buttons. F5 enters, Escape leaves; F11 is plain full screen.

F7 (or the bar's button) switches between the star and the current step's work in large
type — the ranking, the co-producers, the worries and answers, the action plan — which
the side panels hold but presentation mode hides (ui/presentation_views.py).

The bar's "Zoom to" button opens a big-type menu of the Co's, the notes not yet placed and
the selection (View → Zoom to): two large taps reach any of them. A button that cycled
through the Co's would need up to four taps, each starting a flight, and a tremor's double
tap would skip a Co; a menu with rows 56 px or taller asks for one choice, seen at once.
While zoomed, the button says where the view is, and the banner shows only the question."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolBar,
)

from costar_desktop.core.model import Step
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas import readable, style
from costar_desktop.ui.canvas.zoom_to import place_name
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.shell.captions import LiveCaption, Notice
from costar_desktop.ui.shell.presentation_views import WORK_STEPS, StepWorkView, button_label

#: The smallest side of anything to tap on the floating bar, in pixels.
MIN_TARGET = 56
#: The bar's words, in points (times the text size), and the least they shrink to so that
#: the bar fits a narrow screen.
BAR_POINTS = 16.0
MIN_BAR_POINTS = 10.0


class FloatingBar(QFrame):
    """Step, add note, vote, timer, undo and exit — large enough for any finger."""

    def __init__(self, window, editor):
        super().__init__(editor)
        self.setObjectName("floatingBar")
        self.window_ = window
        self.editor = editor
        # The buttons are the table's actions that have a place on the bar (ui/shell/actions.py).
        actions = window.menu_actions
        presentation = window.presentation
        buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(10)
        for section, placed in actions.bar_buttons():
            if section == "step":
                self.step_label = QLabel()
                self.step_label.setAccessibleName(self.tr("Current step"))
                row.addWidget(self.step_label)
            for spec, place in placed:
                look = place.button
                action = actions[spec.id]
                if look.star_first:  # notes and dots go on the star: bring it back first

                    def run(action=action):
                        presentation.show_star()
                        action.trigger()
                else:
                    run = action.trigger
                button = self._button(
                    translate("FloatingBar", look.text) if look.text else "",
                    translate("FloatingBar", look.name),
                    run,
                )
                button.setCheckable(look.checkable)
                if look.checkable and action.isCheckable():  # pressed while it is on
                    button.setChecked(action.isChecked())
                    action.toggled.connect(button.setChecked)
                buttons[spec.id] = button
                row.addWidget(button)
        self.previous, self.next = buttons["steps.previous"], buttons["steps.next"]
        self.work, self.add_note = buttons["view.work"], buttons["edit.new_note"]
        self.vote, self.timer = buttons["steps.voting"], buttons["steps.timer.bar"]
        self.undo, self.exit = buttons["edit.undo"], buttons["view.leave_presentation"]
        self.zoom = buttons["view.zoom_to.bar"]
        #: Next block, +5 minutes, pause / go on: shown while the day's programme runs, in
        #: the place of the timer's button (the block's time is the timer then). Their signs
        #: are in every font (» ‖ ▶): an emoji's width from a fallback font is not counted
        #: in a button's size, and its words were cut off.
        self.programme_buttons = {k: b for k, b in buttons.items() if k.startswith("programme.")}
        #: View → Zoom to, in big type, above the bar's "Zoom to" button.
        self.zoom_menu = actions.fill_menu(QMenu(self), "view.zoom_to", {})
        self.zoom_menu.setObjectName("zoomMenu")
        self.zoom_menu.aboutToHide.connect(self.refresh)  # the button is checked only if zoomed
        editor.view.zooms.changed.connect(self.refresh)
        editor.step_changed.connect(self.refresh)
        editor.voting_mode_changed.connect(self.refresh)
        editor.countdown.state_changed.connect(self.refresh)
        appearance().changed.connect(self.restyle)
        self.restyle()
        self.refresh()
        self.hide()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.setToolTip(name)
        b.setMinimumSize(MIN_TARGET, MIN_TARGET)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.clicked.connect(lambda checked=False: slot())
        return b

    def restyle(self) -> None:
        t = appearance().theme
        self.setStyleSheet(
            f"#floatingBar {{ background: {t.banner}; border: 3px solid {t.banner_text};"
            f" border-radius: 12px; }}"
            f"#floatingBar QLabel {{ color: {t.banner_text}; }}"
            f"#floatingBar QPushButton {{ color: {t.step_button_text}; background: {t.step_button};"
            f" border: 2px solid {t.step_button_text}; border-radius: 8px; padding: 4px 14px; }}"
            # A pressed button (voting, the step's work on show) is not told by colour alone.
            f"#floatingBar QPushButton:checked {{ background: {t.step_button_checked};"
            f" color: {t.step_button_checked_text};"
            f" border: 4px solid {t.step_button_checked_text}; }}"
            f"#floatingBar QPushButton:focus {{ border: 4px dashed {t.banner_text}; }}"
        )
        self._set_points(BAR_POINTS * appearance().text_scale)
        # The menu's words larger still: the room reads where the view is going.
        bigger = style.font(20 * appearance().text_scale, bold=True)
        self.zoom_menu.setFont(bigger)
        pad = max(8, (MIN_TARGET - QFontMetrics(bigger).height()) // 2 + 4)
        self.zoom_menu.setStyleSheet(
            f"#zoomMenu {{ background: {t.banner}; border: 3px solid {t.banner_text}; }}"
            f"#zoomMenu::item {{ color: {t.banner_text}; padding: {pad}px 28px; }}"
            f"#zoomMenu::item:selected {{ background: {t.step_button_checked};"
            f" color: {t.step_button_checked_text}; }}"
            f"#zoomMenu::separator {{ height: 3px; background: {t.banner_text}; margin: 6px; }}"
        )
        self.adjustSize()

    def show_zoom_menu(self) -> None:
        """The bar's "Zoom to" button: the places in big type, above the button."""
        self.zoom.setChecked(True)
        self.zoom_menu.adjustSize()
        above = self.zoom.mapToGlobal(QPoint(0, -self.zoom_menu.sizeHint().height() - 4))
        self.zoom_menu.popup(above)

    def refresh(self, *_args) -> None:
        step = self.editor.current_step
        run = self.window_.programme_run
        block = run.bar_words()
        self.step_label.setText(
            f" {block} · {i18n.label(step)} " if block else f" {i18n.label(step)} "
        )
        for button in self.programme_buttons.values():
            button.setVisible(bool(block))
        self.timer.setVisible(not block)
        if "programme.pause" in self.programme_buttons:
            self.programme_buttons["programme.pause"].setText(
                self.tr("▶ Go on") if run.paused else self.tr("‖ Pause")
            )
        self.vote.setChecked(self.editor.scene.voting_mode)
        showing = self.window_.presentation.work_shown()
        self.work.setVisible(step in WORK_STEPS)  # the Map's work is the star itself
        self.work.setChecked(showing)
        self.work.setText(self.tr("★ Star") if showing else button_label(step))
        place = self.editor.view.zooms.current
        self.zoom.setChecked(place is not None or self.zoom_menu.isVisible())
        self.zoom.setText(
            self.tr("Zoom to ▴")
            if place is None
            else self.tr("%1 ▴").replace("%1", place_name(place))
        )
        c = self.editor.countdown
        self.timer.setText(
            self.tr("⏱ Pause")
            if c.running
            else self.tr("⏱ Go on")
            if c.left > 0 and not c.done
            else self.tr("⏱ 5 min")
        )
        self.adjustSize()
        self.place()

    def _set_points(self, points: float) -> None:
        font = style.font(points, bold=True)
        for w in self.findChildren(QPushButton) + self.findChildren(QLabel):
            w.setFont(font)
        self.adjustSize()

    def place(self) -> None:
        """Bottom centre of the canvas; on a narrow screen (a 1280-pixel projector, a large
        text size) the words get smaller until the bar fits, the buttons never under
        MIN_TARGET."""
        view = self.editor.view
        geo = view.geometry()
        points = BAR_POINTS * appearance().text_scale
        self._set_points(points)
        while self.width() > geo.width() - 16 and points > MIN_BAR_POINTS:
            points = max(MIN_BAR_POINTS, points - 1)
            self._set_points(points)
        x = geo.left() + (geo.width() - self.width()) // 2
        y = geo.bottom() - self.height() - 24
        self.move(max(0, x), max(0, y))
        self.raise_()


class PresentationController(QObject):
    """Enters and leaves presentation mode and plain full screen for a main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.active = False
        self._saved: dict = {}
        self.bar: FloatingBar | None = None
        #: The note being typed, large along the bottom (ui/shell/captions.py).
        self.caption: LiveCaption | None = None
        #: The window's messages, which the hidden status bar would show (captions.py).
        self.notice: Notice | None = None
        actions = window.menu_actions
        self.present_action = actions.on(
            "view.present", lambda on: self.enter() if on else self.leave()
        )
        self.fullscreen_action = actions.on("view.full_screen", self._full_screen)
        self.leave_action = actions.on("view.leave_presentation", self.leave)
        self.leave_action.setEnabled(False)
        self.work_view: StepWorkView | None = None
        self.work_action = actions.on("view.work", self.toggle_work)
        actions.on("view.zoom_to.bar", self.show_zoom_menu)
        window.workshop_changed.connect(self._on_workshop_changed)
        window.installEventFilter(self)
        appearance().changed.connect(self._readable_words)
        self._on_workshop_changed(None)

    def _on_workshop_changed(self, _path) -> None:
        if self.window.editor is None:
            if self.active:
                self.leave()
            self.bar = None
            self.caption = None
            self.notice = None
            self.work_view = None
            self.present_action.setEnabled(False)
            self.work_action.setEnabled(False)
            return
        self.present_action.setEnabled(True)
        # The old bar, caption and work view went with the old editor; new ones are made
        # when needed.
        self.bar = None
        self.caption = None
        self.notice = None
        self.work_view = None
        editor = self.window.editor
        editor.step_changed.connect(self._on_step_changed)
        editor.voting_mode_changed.connect(self._on_voting_mode)
        editor.view.zooms.changed.connect(self._on_zoom_changed)
        self._on_step_changed(editor.current_step)
        if self.active:
            self._show_bar()
            self._readable_words()

    def enter(self) -> None:
        w = self.window
        if self.active or w.editor is None:
            return
        self.active = True
        self._saved = {
            "full": w.isFullScreen(),
            "max": w.isMaximized(),
            "geometry": w.saveGeometry(),
            "visible": [
                x for x in w.findChildren(QDockWidget) + w.findChildren(QToolBar) if x.isVisible()
            ],
            # Of docks sharing a place as tabs, the one in front (Qt calls them all visible).
            "front": [
                d
                for d in w.findChildren(QDockWidget)
                if d.isVisible() and not d.visibleRegion().isEmpty()
            ],
            "menu": w.menuBar().isVisible(),
            "status": w.statusBar().isVisible(),
        }
        for x in self._saved["visible"]:
            x.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.showFullScreen()
        w.editor.banner.set_presenting(True)
        w.editor.banner.set_hint_visible(False)  # the hints are for the facilitator, not the room
        w.editor.view.set_presenting(True)
        self._show_bar()
        self._readable_words()
        self.leave_action.setEnabled(True)
        self.present_action.setChecked(True)
        w.editor.view.fit_star()
        w.editor.view.setFocus()

    def _show_bar(self) -> None:
        if self.bar is None and self.window.editor is not None:
            self.bar = FloatingBar(self.window, self.window.editor)
        if self.bar is not None:
            self.bar.show()
            self.bar.place()
            self.window.editor.view.bottom_margin = self.bar.height() + 32
            if self.caption is None:
                self.caption = LiveCaption(self.window.editor, self.bar)
            self.caption.set_presenting(True)
            if self.notice is None:
                self.notice = Notice(self.window.editor, self.bar, self.caption)
                self.notice.keep_clear = self._above_spotlight_buttons
            self.notice.set_presenting(True)

    def leave(self) -> None:
        w = self.window
        if not self.active:
            return
        self.active = False
        self.leave_action.setEnabled(False)
        if self.work_view is not None:
            self.work_view.hide()
        if self.bar is not None:
            self.bar.hide()
        if self.caption is not None:
            self.caption.set_presenting(False)
        if self.notice is not None:
            self.notice.set_presenting(False)
        if w.editor is not None:
            w.editor.banner.set_presenting(False)
            w.editor.banner.set_compact(False)
            w.editor.banner.set_hint_visible(w.step_tools.hints_action.isChecked())
            w.editor.view.bottom_margin = 0
            w.editor.scene.set_readable_words(None)
            w.editor.view.set_presenting(False)
        w.menuBar().setVisible(self._saved.get("menu", True))
        w.statusBar().setVisible(self._saved.get("status", True))
        for x in self._saved.get("visible", []):
            x.show()
        for dock in self._saved.get("front", []):
            dock.raise_()  # showing tabbed docks again brings the wrong tab forward
        if not self._saved.get("full"):
            w.showNormal()
            if self._saved.get("max"):
                w.showMaximized()
            else:
                w.restoreGeometry(self._saved["geometry"])
        self.present_action.setChecked(False)
        if w.editor is not None:
            w.editor.view.fit_star()

    def _above_spotlight_buttons(self) -> int | None:
        """The top of the spotlight's buttons in the editor, while it is shown: a message
        must not hide them."""
        spotlight = self.window.spotlight
        editor = self.window.editor
        if editor is None or spotlight.view is None or not spotlight.shown():
            return None
        return spotlight.view.previous.mapTo(editor, QPoint(0, 0)).y()

    def _readable_words(self) -> None:
        """In presentation mode the current step's notes show their words at least at the
        overview's readable size for this window's height and text size, however far the
        star is zoomed out (the cards set fewer words larger; see CanvasScene)."""
        editor = self.window.editor
        if self.active and editor is not None:
            editor.scene.set_readable_words(
                readable.px_for(
                    readable.OVERVIEW_PX_AT_1080, self.window.height(), appearance().text_scale
                )
            )

    # --- zoom to a Co ------------------------------------------------------------------------

    def show_zoom_menu(self) -> None:
        if self.bar is not None and self.active:
            self.bar.show_zoom_menu()

    def _on_zoom_changed(self) -> None:
        """While the star is zoomed to a place, the banner shows only the question (and the
        timer): the notes get the height of the step buttons (the bar has ◀ and ▶)."""
        editor = self.window.editor
        if editor is not None:
            editor.banner.set_compact(self.active and editor.view.zooms.current is not None)
            # Lay the banner and the canvas out now, so the flight that follows is worked
            # out for the canvas's new size.
            for widget in (editor.banner, editor):
                layout = widget.layout()
                if layout is not None:
                    layout.activate()

    # --- the step's work, large -------------------------------------------------------------

    def work_shown(self) -> bool:
        return self.work_view is not None and self.work_view.isVisible()

    def toggle_work(self) -> None:
        """F7 and the bar's button: the star or the current step's work (entering
        presentation mode first if need be)."""
        if self.work_shown():
            self.show_star()
        else:
            self.show_work()

    def show_work(self) -> None:
        w = self.window
        if w.editor is None or w.editor.current_step not in WORK_STEPS:
            return
        if not self.active:
            self.enter()
        w.editor.finish_editing()  # what was being typed is kept
        if w.editor.scene.voting_mode:
            w.step_tools.voting_action.setChecked(False)
        if self.work_view is None:
            self.work_view = StepWorkView(w.editor)
            self.work_view.back_requested.connect(self.show_star)
        self.work_view.show_over_star()
        if self.bar is not None:
            self.bar.raise_()
            self.bar.refresh()

    def _on_voting_mode(self, on: bool) -> None:
        if on:  # dots are given on the star
            self.show_star()

    def show_star(self) -> None:
        if self.work_view is None or not self.work_shown():
            return
        self.work_view.hide()
        if self.window.editor is not None:
            self.window.editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.bar is not None:
            self.bar.refresh()

    def _on_step_changed(self, step) -> None:
        step = Step(step)
        self.work_action.setEnabled(step in WORK_STEPS)
        if step not in WORK_STEPS:
            self.show_star()  # the Map's work is the star itself

    def _full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        elif not self.active:
            self.window.showNormal()

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Resize:
            if self.bar is not None:
                self.bar.place()
            if self.caption is not None and self.caption.isVisible():
                self.caption.place()
            if self.notice is not None and self.notice.isVisible():
                self.notice.place()
            self._readable_words()
        return False
