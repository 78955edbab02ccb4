"""Presentation mode for the shared screen: full screen, only the star, the question and
a small bar of big buttons. F5 enters, Escape leaves; F11 is plain full screen.

F7 (or the bar's button) switches between the star and the current step's work in large
type — the ranking, the co-producers, the worries and answers, the action plan — which
the side panels hold but presentation mode hides (ui/presentation_views.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QFrame, QHBoxLayout, QLabel, QPushButton, QToolBar

from costar_desktop.core.model import Step
from costar_desktop.ui import i18n
from costar_desktop.ui.appearance import appearance
from costar_desktop.ui.canvas import style
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.shell.presentation_views import WORK_STEPS, StepWorkView, button_label

#: The smallest side of anything to tap on the floating bar, in pixels.
MIN_TARGET = 56


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
        big = style.font(16 * appearance().text_scale, bold=True)
        for w in self.findChildren(QPushButton) + self.findChildren(QLabel):
            w.setFont(big)
        self.adjustSize()

    def refresh(self, *_args) -> None:
        step = self.editor.current_step
        self.step_label.setText(f" {i18n.label(step)} ")
        self.vote.setChecked(self.editor.scene.voting_mode)
        showing = self.window_.presentation.work_shown()
        self.work.setVisible(step in WORK_STEPS)  # the Map's work is the star itself
        self.work.setChecked(showing)
        self.work.setText(self.tr("★ Star") if showing else button_label(step))
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

    def place(self) -> None:
        """Bottom centre of the canvas."""
        view = self.editor.view
        geo = view.geometry()
        self.adjustSize()
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
        actions = window.menu_actions
        self.present_action = actions.on(
            "view.present", lambda on: self.enter() if on else self.leave()
        )
        self.fullscreen_action = actions.on("view.full_screen", self._full_screen)
        self.leave_action = actions.on("view.leave_presentation", self.leave)
        self.leave_action.setEnabled(False)
        self.work_view: StepWorkView | None = None
        self.work_action = actions.on("view.work", self.toggle_work)
        window.workshop_changed.connect(self._on_workshop_changed)
        window.installEventFilter(self)
        self._on_workshop_changed(None)

    def _on_workshop_changed(self, _path) -> None:
        if self.window.editor is None:
            if self.active:
                self.leave()
            self.bar = None
            self.work_view = None
            self.present_action.setEnabled(False)
            self.work_action.setEnabled(False)
            return
        self.present_action.setEnabled(True)
        # The old bar and work view went with the old editor; new ones are made when needed.
        self.bar = None
        self.work_view = None
        editor = self.window.editor
        editor.step_changed.connect(self._on_step_changed)
        editor.voting_mode_changed.connect(self._on_voting_mode)
        self._on_step_changed(editor.current_step)
        if self.active:
            self._show_bar()

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
        self._show_bar()
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
        if w.editor is not None:
            w.editor.banner.set_presenting(False)
            w.editor.banner.set_hint_visible(w.step_tools.hints_action.isChecked())
            w.editor.view.bottom_margin = 0
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
        if obj is self.window and event.type() == QEvent.Type.Resize and self.bar is not None:
            self.bar.place()
        return False
