"""The Steps menu, its shortcuts and the step panels, installed into a main window."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QInputDialog, QSplitter, QTabWidget

from costar_desktop.core.model import Step
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.steps.actions_panel import ActionsPanel
from costar_desktop.ui.steps.base import StepPanel
from costar_desktop.ui.steps.panels import PANEL_CLASSES, STEP_PANELS
from costar_desktop.ui.steps.timer import PRESETS_MINUTES, ask_custom_minutes
from costar_desktop.ui.steps.voting import VotingPanel

P = TypeVar("P", bound=StepPanel)


class StepTools:
    """Everything the five steps add to a window; follows the window's open workshop."""

    def __init__(self, window):
        self.window = window
        #: Panels made so far. A panel is made (and bound to the open workshop) when its
        #: dock is first shown or when :meth:`panel` asks for it: at start-up only the
        #: current step's panel is on screen, and the others cost time and follow every
        #: change for nothing.
        self.panels: dict[str, StepPanel] = {}
        self.docks: dict[str, QDockWidget] = {}
        #: Each dock by the key of its first panel (View → Panels lists them so).
        self._dock_keys: dict[str, QDockWidget] = {}
        #: The action plan was shown only because the group reached Grow.
        self._actions_auto_shown = False
        self._members: dict[QDockWidget, list[type[StepPanel]]] = {}
        #: Docks on screen now, as their visibilityChanged says (it follows the tabs).
        self._on_screen: dict[QDockWidget, bool] = {}
        window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        # One dock per panel that has no dock to share (four on the right, as tabs, and the
        # action plan below); Ranking shares the Voting dock, Voices the People dock.
        classes = {cls.key: cls for cls in PANEL_CLASSES}
        layout = {
            cls.key: [m.key for m in PANEL_CLASSES if (m.dock or m.key) == cls.key]
            for cls in PANEL_CLASSES
            if not cls.dock
        }
        first_right = None
        for key, members in layout.items():
            dock = QDockWidget(translate("StepTools", classes[key].title), window)
            dock.setObjectName(f"dock_{key}")
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
            self._members[dock] = [classes[m] for m in members]
            dock.visibilityChanged.connect(
                lambda visible, dock=dock: self._dock_on_screen(dock, visible)
            )
            area = classes[key].area
            window.addDockWidget(area, dock)
            if area == Qt.DockWidgetArea.RightDockWidgetArea:
                if first_right is None:
                    first_right = dock
                else:
                    window.tabifyDockWidget(first_right, dock)
            for m in members:
                self.docks[m] = dock
            self._dock_keys[key] = dock
        window.resizeDocks([first_right], [400], Qt.Orientation.Horizontal)
        window.resizeDocks([self.docks["actions"]], [260], Qt.Orientation.Vertical)
        # The action plan needs the width of the window; it appears at the Grow step
        # (or from View → Panels) so that the star has the room before that.
        self.docks["actions"].hide()
        first_right.raise_()
        self._build_actions()
        window.workshop_changed.connect(self._on_workshop_changed)
        self._on_workshop_changed(None)

    # --- actions ------------------------------------------------------------------------

    def _editor(self):
        return self.window.editor

    def _build_actions(self) -> None:
        """Run the Steps menu's actions (declared in ui/shell/actions.py)."""
        acts = self.window.menu_actions
        on = acts.on
        self.step_actions = {
            step: on(f"steps.go.{step.value}", lambda s=step: self._editor().go_to_step(s))
            for step in STEP_ORDER
        }
        self.step_group = acts.group("step")
        self.previous_action = on("steps.previous", lambda: self._editor().previous_step())
        self.next_action = on("steps.next", lambda: self._editor().next_step())
        self.hints_action = on("steps.hints", self._show_hints)
        self.only_step_action = on(
            "steps.only_step", lambda on: self._editor().set_only_current_step(on)
        )
        self.voting_action = on("steps.voting", self._set_voting)
        self.dot_action = on("steps.dot", lambda: self._editor().dot_selected())
        self.hide_dots_action = on(
            "steps.hide_dots", lambda: self.panel_of(VotingPanel).toggle_hidden()
        )
        self.impact_actions = [
            on(f"steps.impact.{n}", lambda n=n: self._editor().set_impact(n)) for n in range(1, 6)
        ]
        self.impact_actions.append(on("steps.impact.none", lambda: self._editor().set_impact(None)))
        self.shortlist_action = on("steps.shortlist", lambda: self._editor().toggle_shortlist())
        self.group_action = on("steps.group", self.group_dialog)
        self.ungroup_action = on("steps.ungroup", lambda: self._editor().ungroup_selection())
        self.tidy_co_action = on("steps.tidy_co", lambda: self.tidy(whole_star=False))
        self.tidy_star_action = on("steps.tidy_star", lambda: self.tidy(whole_star=True))
        self.move_step_actions = {
            step: on(
                f"steps.move.{step.value}", lambda s=step: self._editor().move_selection_to_step(s)
            )
            for step in STEP_ORDER
        }
        self.make_action_action = on("steps.make_action", self._make_action)
        self.carry_action = on(
            "steps.carry_over", lambda: self.panel_of(ActionsPanel).carry_over_dialog()
        )
        self.timer_actions = [
            on(f"steps.timer.{m}", lambda m=m: self.start_timer(m * 60)) for m in PRESETS_MINUTES
        ]
        self.timer_custom_action = on("steps.timer.other", self._custom_timer)
        self.timer_pause_action = on(
            "steps.timer.pause", lambda: self._editor().countdown.toggle_pause()
        )
        self.timer_stop_action = on("steps.timer.stop", lambda: self._editor().countdown.stop())
        self.timer_beep_action = on("steps.timer.beep", self._set_beep)
        self.timer_bar_action = on("steps.timer.bar", self.five_minutes_or_pause)
        self.switch_pane_action = on("steps.switch_pane", self.switch_pane)
        self.hints_action.setChecked(True)

    def fill_panels_menu(self, menu) -> None:
        """View → Panels: show or hide each dock."""
        for key, dock in self._dock_keys.items():
            action = dock.toggleViewAction()
            action.setObjectName(f"view.panels.{key}")
            menu.addAction(action)

    # --- following the window's workshop --------------------------------------------------

    def _on_workshop_changed(self, _path) -> None:
        editor = self.window.editor
        document = self.window.document
        for panel in self.panels.values():
            panel.bind(document, editor)
        if editor is None:
            return
        editor.step_changed.connect(self._on_step_changed)
        editor.voting_mode_changed.connect(self._on_voting_changed)
        editor.message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        editor.banner.set_hint_visible(self.hints_action.isChecked())
        editor.countdown.beep = self.timer_beep_action.isChecked()
        editor.set_only_current_step(self.only_step_action.isChecked())
        self.voting_action.setChecked(False)
        self._on_step_changed(editor.current_step)

    def _on_step_changed(self, step: Step) -> None:
        step = Step(step)
        self.step_actions[step].setChecked(True)
        actions_dock = self.docks["actions"]
        if step == Step.GROW and not actions_dock.isVisible():
            self._actions_auto_shown = True
        elif step != Step.GROW and self._actions_auto_shown:
            # Shown only because the group reached Grow: give the star its room back.
            actions_dock.hide()
            self._actions_auto_shown = False
        if self.window.presentation.active:
            return  # the room sees only the star; panels come back when presenting ends
        dock = self.docks[STEP_PANELS[step]]
        dock.show()
        dock.raise_()

    def _on_voting_changed(self, on: bool) -> None:
        if self.voting_action.isChecked() != on:
            self.voting_action.setChecked(on)
        if VotingPanel.key in self.panels:
            self.panels[VotingPanel.key].refresh()

    # --- slots ------------------------------------------------------------------------------

    def _show_hints(self, on: bool) -> None:
        if self.window.editor is not None:
            self.window.editor.banner.set_hint_visible(on)

    def _set_voting(self, on: bool) -> None:
        if self.window.editor is not None and self.window.editor.scene.voting_mode != on:
            self.window.editor.set_voting_mode(on)
            if on:
                self.docks["voting"].show()
                self.docks["voting"].raise_()

    def _set_beep(self, on: bool) -> None:
        if self.window.editor is not None:
            self.window.editor.countdown.beep = on

    def group_dialog(self) -> None:
        editor = self.window.editor
        if editor is None:
            return
        if len(editor.selected_note_ids()) < 2:
            editor.message.emit(translate("StepTools", "Select two or more notes to group them."))
            return
        title, ok = QInputDialog.getText(
            self.window,
            translate("StepTools", "Group notes"),
            translate("StepTools", "A title for the group:"),
        )
        if ok and title.strip():
            editor.group_selection(title)

    def tidy(self, whole_star: bool) -> bool:
        """T and Shift+T: lay the notes out without overlap (ui/canvas/tidy_actions.py, loaded when
        first used)."""
        from costar_desktop.ui.canvas import tidy_actions

        if whole_star:
            return tidy_actions.tidy_whole_star(self.window.editor)
        return tidy_actions.tidy_this_co(self.window.editor)

    def _make_action(self) -> None:
        editor = self.window.editor
        if editor is None:
            return
        action = editor.make_action_from_selection()
        if action is not None:
            self.docks["actions"].show()
            self.docks["actions"].raise_()
            panel = self.panel_of(ActionsPanel)
            panel.refresh()
            panel.select(action.id)

    def start_timer(self, seconds: int) -> None:
        if self.window.editor is not None:
            self.window.editor.countdown.start(seconds)

    def five_minutes_or_pause(self) -> None:
        """The floating bar's timer button: five minutes, or pause and go on."""
        editor = self.window.editor
        if editor is None:
            return
        c = editor.countdown
        if c.running or (c.left > 0 and not c.done):
            c.toggle_pause()
        else:
            c.start(5 * 60)

    def _custom_timer(self) -> None:
        minutes = ask_custom_minutes(self.window)
        if minutes:
            self.start_timer(minutes * 60)

    def switch_pane(self) -> None:
        """F6: from the star to the current step's panel, and back. Not in presentation
        mode: a side panel would cover the room's screen (F7 shows the step's work there)."""
        editor = self.window.editor
        if editor is None or self.window.presentation.active:
            return
        dock = self.docks[STEP_PANELS[editor.current_step]]
        if editor.view.hasFocus() or editor.isAncestorOf(self.window.focusWidget() or editor):
            dock.show()
            dock.raise_()
            dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            if dock.widget().focusWidget() is None:
                dock.widget().focusNextChild()
        else:
            editor.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def panel(self, key: str) -> StepPanel:
        """The panel called ``key`` (made now if it has not been shown yet), up to date."""
        if key not in self.panels:
            self._fill(self.docks[key])
        panel = self.panels[key]
        panel.refresh_if_stale()
        return panel

    def panel_of(self, cls: type[P]) -> P:
        """The panel of class ``cls``, as :meth:`panel` gives it."""
        panel = self.panel(cls.key)
        assert isinstance(panel, cls), panel
        return panel

    def _dock_on_screen(self, dock: QDockWidget, visible: bool) -> None:
        self._on_screen[dock] = visible
        if visible:
            self._fill(dock)
        for cls in self._members[dock]:
            if cls.key in self.panels:
                self.panels[cls.key].set_in_sight(visible)

    def _fill(self, dock: QDockWidget) -> None:
        """Make the panels that live in ``dock`` and bind them to the open workshop."""
        if dock.widget() is not None:
            return
        made: list[StepPanel] = []
        for cls in self._members[dock]:
            self.panels[cls.key] = cls()
            made.append(self.panels[cls.key])
        if len(made) == 1:
            dock.setWidget(made[0])
        else:
            splitter = QSplitter(Qt.Orientation.Vertical)
            for panel in made:
                splitter.addWidget(panel)
            dock.setWidget(splitter)
        for panel in made:
            panel.problem.connect(self.window.report_error)
            panel.set_in_sight(self._on_screen.get(dock, False))
            panel.bind(self.window.document, self.window.editor)
