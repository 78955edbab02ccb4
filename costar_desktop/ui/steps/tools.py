"""The Steps menu, its shortcuts and the step panels, installed into a main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QInputDialog, QSplitter, QTabWidget

from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import translate
from costar_desktop.core.model import Step
from costar_desktop.core.star import STEP_ORDER
from costar_desktop.ui.steps.timer import PRESETS_MINUTES, ask_custom_minutes

#: Which panel comes to the front at each step.
STEP_PANELS = {Step.MAP: "ideas", Step.FOCUS: "voting", Step.PEOPLE: "people",
               Step.MARKET: "market", Step.GROW: "actions"}

#: Each panel's module and class, imported when the panel is first needed.
PANEL_CLASSES = {
    "ideas": ("inspiration", "InspirationPanel"), "voting": ("voting", "VotingPanel"),
    "ranking": ("ranking", "RankingPanel"), "people": ("people", "PeoplePanel"),
    "voices": ("voices", "VoicesPanel"), "market": ("market", "MarketPanel"),
    "actions": ("actions_panel", "ActionsPanel"),
}


class StepTools:
    """Everything the five steps add to a window; follows the window's open workshop."""

    def __init__(self, window):
        self.window = window
        self.titles = {
            "ideas": translate("StepTools", "Ideas"),
            "voting": translate("StepTools", "Voting"),
            "ranking": translate("StepTools", "Ranking"),
            "people": translate("StepTools", "People"),
            "voices": translate("StepTools", "Voices"),
            "market": translate("StepTools", "Sceptics"),
            "actions": translate("StepTools", "Action plan"),
        }
        #: Panels made so far. A panel is made (and bound to the open workshop) when its
        #: dock is first shown or when :meth:`panel` asks for it: at start-up only the
        #: current step's panel is on screen, and the others cost time and follow every
        #: change for nothing.
        self.panels: dict[str, object] = {}
        self.docks: dict[str, QDockWidget] = {}
        self._members: dict[QDockWidget, list[str]] = {}
        #: Docks on screen now, as their visibilityChanged says (it follows the tabs).
        self._on_screen: dict[QDockWidget, bool] = {}
        window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        # Four docks on the right (one per step that needs one) and the action plan below.
        # Ranking shares the Voting dock, Voices the People dock.
        layout = {"ideas": ["ideas"], "voting": ["voting", "ranking"],
                  "people": ["people", "voices"], "market": ["market"], "actions": ["actions"]}
        first_right = None
        for key, members in layout.items():
            dock = QDockWidget(self.titles[key], window)
            dock.setObjectName(f"dock_{key}")
            dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                             | QDockWidget.DockWidgetFeature.DockWidgetClosable
                             | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
            self._members[dock] = members
            dock.visibilityChanged.connect(
                lambda visible, dock=dock: self._dock_on_screen(dock, visible))
            area = (Qt.DockWidgetArea.BottomDockWidgetArea if key == "actions"
                    else Qt.DockWidgetArea.RightDockWidgetArea)
            window.addDockWidget(area, dock)
            if area == Qt.DockWidgetArea.RightDockWidgetArea:
                if first_right is None:
                    first_right = dock
                else:
                    window.tabifyDockWidget(first_right, dock)
            for m in members:
                self.docks[m] = dock
        window.resizeDocks([first_right], [400], Qt.Orientation.Horizontal)
        window.resizeDocks([self.docks["actions"]], [260], Qt.Orientation.Vertical)
        # The action plan needs the width of the window; it appears at the Grow step
        # (or from View → Panels) so that the star has the room before that.
        self.docks["actions"].hide()
        first_right.raise_()
        self._build_actions()
        self._build_menu()
        window.workshop_changed.connect(self._on_workshop_changed)
        self._on_workshop_changed(None)

    # --- actions ------------------------------------------------------------------------

    def _act(self, text, slot, shortcut=None, checkable=False, canvas=False) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        if checkable:
            action.toggled.connect(slot)
        else:
            action.triggered.connect(lambda checked=False: slot())
        if canvas:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.canvas_actions.append(action)
        self.document_actions.append(action)
        return action

    def _editor(self):
        return self.window.editor

    def _build_actions(self) -> None:
        self.canvas_actions: list[QAction] = []
        self.document_actions: list[QAction] = []
        self.step_group = QActionGroup(self.window)
        self.step_actions = {}
        for i, step in enumerate(STEP_ORDER, start=1):
            act = self._act(f"&{i} {i18n.label(step)}", lambda s=step: self._editor().go_to_step(s),
                            f"Ctrl+{i}")
            act.setCheckable(True)
            self.step_group.addAction(act)
            self.step_actions[step] = act
        self.previous_action = self._act(translate("StepTools", "&Previous step"), lambda: self._editor().previous_step(),
                                         "Ctrl+PgUp")
        self.next_action = self._act(translate("StepTools", "&Next step"), lambda: self._editor().next_step(), "Ctrl+PgDown")
        self.hints_action = self._act(translate("StepTools", "Show facilitator &hints"), self._show_hints, "Ctrl+H",
                                      checkable=True)
        self.only_step_action = self._act(translate("StepTools", "Show &only this step's notes"),
                                          lambda on: self._editor().set_only_current_step(on),
                                          "Ctrl+Shift+O", checkable=True)
        self.voting_action = self._act(translate("StepTools", "&Voting mode"), self._set_voting, "Ctrl+Shift+V",
                                       checkable=True)
        self.dot_action = self._act(translate("StepTools", "Give or take back a &dot"), lambda: self._editor().dot_selected(),
                                    "D", canvas=True)
        self.hide_dots_action = self._act(translate("StepTools", "&Hide or reveal the dots"),
                                          lambda: self.panel("voting").toggle_hidden(),
                                          "Ctrl+Shift+H")
        self.impact_actions = [
            self._act(translate("StepTools", "Impact %1").replace("%1", str(n)), lambda n=n: self._editor().set_impact(n),
                      str(n), canvas=True) for n in range(1, 6)]
        self.impact_actions.append(self._act(translate("StepTools", "No impact rating"),
                                             lambda: self._editor().set_impact(None), "0", canvas=True))
        self.shortlist_action = self._act(translate("StepTools", "Add to or remove from the &shortlist"),
                                          lambda: self._editor().toggle_shortlist(), "S", canvas=True)
        self.group_action = self._act(translate("StepTools", "&Group notes…"), self.group_dialog, "Ctrl+G")
        self.ungroup_action = self._act(translate("StepTools", "&Ungroup"), lambda: self._editor().ungroup_selection(),
                                        "Ctrl+Shift+G")
        self.tidy_co_action = self._act(translate("StepTools", "Tid&y this Co"),
                                        lambda: self.tidy(whole_star=False), "T",
                                        canvas=True)
        self.tidy_co_action.setStatusTip(translate(
            "StepTools", "Lay out one Co's notes side by side, without overlap: the Co of the "
                         "selected notes; with none selected, the Co under the pointer (or in "
                         "the middle of the view)"))
        self.tidy_star_action = self._act(translate("StepTools", "Tidy the &whole star"),
                                          lambda: self.tidy(whole_star=True),
                                          "Shift+T", canvas=True)
        self.tidy_star_action.setStatusTip(translate(
            "StepTools", "Lay out the notes of every Co and of the parking area side by side, "
                         "without overlap"))
        self.move_step_actions = {
            step: self._act(f"{i} {i18n.label(step)}",
                            lambda s=step: self._editor().move_selection_to_step(s),
                            f"Alt+Shift+{i}") for i, step in enumerate(STEP_ORDER, start=1)}
        self.make_action_action = self._act(translate("StepTools", "Make an &action from the note"),
                                            self._make_action, "A", canvas=True)
        self.carry_action = self._act(translate("StepTools", "&Carry over open actions…"),
                                      lambda: self.panel("actions").carry_over_dialog())
        self.timer_actions = [
            self._act(translate("StepTools", "%1 minutes").replace("%1", str(m)), lambda m=m: self.start_timer(m * 60),
                      f"Ctrl+Alt+{i}") for i, m in enumerate(PRESETS_MINUTES, start=1)]
        self.timer_custom_action = self._act(translate("StepTools", "Other length…"), self._custom_timer)
        self.timer_pause_action = self._act(translate("StepTools", "&Pause or resume"),
                                            lambda: self._editor().countdown.toggle_pause(), "F8")
        self.timer_stop_action = self._act(translate("StepTools", "&Stop"), lambda: self._editor().countdown.stop(),
                                           "Shift+F8")
        self.timer_beep_action = self._act(translate("StepTools", "&Beep when time is up"), self._set_beep,
                                           checkable=True)
        self.switch_pane_action = self._act(translate("StepTools", "Switch between the star and this step's &panel"),
                                            self.switch_pane, "F6")
        self.hints_action.setChecked(True)

    def _build_menu(self) -> None:
        bar = self.window.menuBar()
        help_action = bar.actions()[-1]
        menu = bar.addMenu(translate("StepTools", "&Steps"))
        bar.insertMenu(help_action, menu)
        menu.addActions(list(self.step_actions.values()))
        menu.addActions([self.previous_action, self.next_action])
        menu.addSeparator()
        menu.addActions([self.hints_action, self.only_step_action, self.switch_pane_action])
        menu.addSeparator()
        menu.addActions([self.voting_action, self.dot_action, self.hide_dots_action])
        impact = menu.addMenu(translate("StepTools", "&Impact rating"))
        impact.addActions(self.impact_actions)
        menu.addActions([self.shortlist_action, self.group_action, self.ungroup_action,
                         self.tidy_co_action, self.tidy_star_action])
        move = menu.addMenu(translate("StepTools", "&Move note to step"))
        move.addActions(list(self.move_step_actions.values()))
        menu.addSeparator()
        menu.addActions([self.make_action_action, self.carry_action])
        menu.addSeparator()
        timer = menu.addMenu(translate("StepTools", "&Timer"))
        timer.addActions(self.timer_actions + [self.timer_custom_action, self.timer_pause_action,
                                               self.timer_stop_action, self.timer_beep_action])
        self.menu = menu
        panels = self.window.view_menu.addMenu(translate("StepTools", "&Panels"))
        for dock in dict.fromkeys(self.docks.values()):
            panels.addAction(dock.toggleViewAction())

    # --- following the window's workshop --------------------------------------------------

    def _on_workshop_changed(self, _path) -> None:
        editor = self.window.editor
        document = self.window.document
        for panel in self.panels.values():
            panel.bind(document, editor)
        for act in self.document_actions:
            act.setEnabled(document is not None)
        if editor is None:
            return
        editor.view.addActions(self.canvas_actions)
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
        elif step != Step.GROW and getattr(self, "_actions_auto_shown", False):
            # Shown only because the group reached Grow: give the star its room back.
            actions_dock.hide()
            self._actions_auto_shown = False
        presenting = getattr(getattr(self.window, "presentation", None), "active", False)
        if presenting:
            return  # the room sees only the star; panels come back when presenting ends
        dock = self.docks[STEP_PANELS[step]]
        dock.show()
        dock.raise_()

    def _on_voting_changed(self, on: bool) -> None:
        if self.voting_action.isChecked() != on:
            self.voting_action.setChecked(on)
        if "voting" in self.panels:
            self.panels["voting"].refresh()

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
        title, ok = QInputDialog.getText(self.window, translate("StepTools", "Group notes"),
                                         translate("StepTools", "A title for the group:"))
        if ok and title.strip():
            editor.group_selection(title)

    def tidy(self, whole_star: bool) -> bool:
        """T and Shift+T: lay the notes out without overlap (ui/tidy_actions.py, loaded when
        first used)."""
        from costar_desktop.ui import tidy_actions

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
            panel = self.panel("actions")
            panel.refresh()
            panel.select(action.id)

    def start_timer(self, seconds: int) -> None:
        if self.window.editor is not None:
            self.window.editor.countdown.start(seconds)

    def _custom_timer(self) -> None:
        minutes = ask_custom_minutes(self.window)
        if minutes:
            self.start_timer(minutes * 60)

    def switch_pane(self) -> None:
        """F6: from the star to the current step's panel, and back. Not in presentation
        mode: a side panel would cover the room's screen (F7 shows the step's work there)."""
        editor = self.window.editor
        presentation = getattr(self.window, "presentation", None)
        if editor is None or (presentation is not None and presentation.active):
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

    def panel(self, key: str):
        """The panel called ``key`` (made now if it has not been shown yet), up to date."""
        if key not in self.panels:
            self._fill(self.docks[key])
        panel = self.panels[key]
        panel.refresh_if_stale()
        return panel

    def _dock_on_screen(self, dock: QDockWidget, visible: bool) -> None:
        self._on_screen[dock] = visible
        if visible:
            self._fill(dock)
        for key in self._members[dock]:
            if key in self.panels:
                self.panels[key].set_in_sight(visible)

    def _fill(self, dock: QDockWidget) -> None:
        """Make the panels that live in ``dock`` and bind them to the open workshop."""
        if dock.widget() is not None:
            return
        import importlib

        made = []
        for key in self._members[dock]:
            module, name = PANEL_CLASSES[key]
            cls = getattr(importlib.import_module(f"costar_desktop.ui.steps.{module}"), name)
            self.panels[key] = cls()
            made.append(self.panels[key])
        if len(made) == 1:
            dock.setWidget(made[0])
        else:
            splitter = QSplitter(Qt.Orientation.Vertical)
            for panel in made:
                splitter.addWidget(panel)
            dock.setWidget(splitter)
        for panel in made:
            panel.set_in_sight(self._on_screen.get(dock, False))
            panel.bind(self.window.document, self.window.editor)
