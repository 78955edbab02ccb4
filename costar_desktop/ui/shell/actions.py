"""The table of actions: every user-visible action of the window, declared once.

Menus, the note menu, the toolbar, the floating bar of presentation mode and Help →
Keyboard shortcuts are all built from :data:`TABLE` (:mod:`costar_desktop.ui.shell.menus`).
The parts of the window (the window itself, the step tools, printing, backups, privacy,
presentation) connect the callables with ``window.menu_actions.on(id, slot)``.

The words keep the translation contexts they had when each part made its own actions
("MainWindow", "StepTools", …), so the translations still apply.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon, QKeySequence

from costar_desktop.core.model import Co
from costar_desktop.core.palette import PALETTE, NoteColour
from costar_desktop.core.star import CO_ORDER, STEP_ORDER
from costar_desktop.ui import i18n
from costar_desktop.ui.i18n import QT_TRANSLATE_NOOP
from costar_desktop.ui.shell.spec import (
    ActionSpec,
    BarButton,
    MenuSpec,
    Place,
    Scope,
    When,
)
from costar_desktop.ui.steps.timer import PRESETS_MINUTES

SK = QKeySequence.StandardKey
W, C = Scope.WINDOW, Scope.CANVAS
OPEN = When.WORKSHOP


def _colour_label(entry: NoteColour) -> Callable[[], str]:
    def label() -> str:
        return f"{i18n.core(entry.name)} ({entry.letter})"

    return label


def _co_label(number: int, co: Co) -> Callable[[], str]:
    def label() -> str:
        return f"&{number} {i18n.label(co)}"

    return label


def _colour_icon(fill: str) -> Callable[[], QIcon]:
    def icon() -> QIcon:
        from costar_desktop.ui.widgets import colour_icon

        return colour_icon(fill)

    return icon


MENUS: tuple[MenuSpec, ...] = (
    # The menu bar, in this order.
    MenuSpec(
        "file",
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        sections=("open", "save", "workshop", "tables", "close"),
    ),
    MenuSpec(
        "file.recent",
        QT_TRANSLATE_NOOP("MainWindow", "Open &recent"),
        place=Place("file", "open", 3),
        filled="show",
    ),
    MenuSpec(
        "file.export",
        QT_TRANSLATE_NOOP("MainWindow", "&Export"),
        place=Place("file", "save", 3),
        sections=("formats", "options"),
    ),
    MenuSpec(
        "edit",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        sections=("history", "notes", "preferences"),
    ),
    MenuSpec(
        "edit.colour",
        QT_TRANSLATE_NOOP("MainWindow", "Note &colour"),
        place=Place("edit", "notes", 5),
    ),
    MenuSpec(
        "edit.author",
        QT_TRANSLATE_NOOP("MainWindow", "Note &author"),
        place=Place("edit", "notes", 6),
        filled="show",
    ),
    MenuSpec(
        "view", QT_TRANSLATE_NOOP("MainWindow", "&View"), sections=("zoom", "bars", "presentation")
    ),
    MenuSpec(
        "view.zoom_to",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &to"),
        place=Place("view", "zoom", 1),
        sections=("places", "back"),
    ),
    MenuSpec(
        "view.panels",
        QT_TRANSLATE_NOOP("StepTools", "&Panels"),
        "StepTools",
        place=Place("view", "bars", 2),
        filled="build",
    ),
    MenuSpec(
        "steps",
        QT_TRANSLATE_NOOP("StepTools", "&Steps"),
        "StepTools",
        sections=("go", "show", "mark", "plan", "timer"),
    ),
    MenuSpec(
        "steps.impact",
        QT_TRANSLATE_NOOP("StepTools", "&Impact rating"),
        "StepTools",
        place=Place("steps", "mark", 4),
    ),
    MenuSpec(
        "steps.move",
        QT_TRANSLATE_NOOP("StepTools", "&Move note to step"),
        "StepTools",
        place=Place("steps", "mark", 10),
    ),
    MenuSpec(
        "steps.timer",
        QT_TRANSLATE_NOOP("StepTools", "&Timer"),
        "StepTools",
        place=Place("steps", "timer"),
    ),
    MenuSpec(
        "programme",
        QT_TRANSLATE_NOOP("Programme", "Pro&gramme"),
        "Programme",
        sections=("plan", "run", "print", "library"),
    ),
    MenuSpec(
        "room",
        QT_TRANSLATE_NOOP("Room", "&Room"),
        "Room",
        sections=("open", "phones", "inbox", "close"),
    ),
    MenuSpec("help", QT_TRANSLATE_NOOP("MainWindow", "&Help")),
    # The note menu (right-click, Menu key, a long press): submenus only with notes selected.
    MenuSpec("note", sections=("note", "group", "delete")),
    MenuSpec(
        "note.impact",
        QT_TRANSLATE_NOOP("MainWindow", "Impact rating"),
        place=Place("note", "note", 6),
        enabled=When.SELECTION,
    ),
    MenuSpec(
        "note.colour",
        QT_TRANSLATE_NOOP("MainWindow", "Colour"),
        place=Place("note", "note", 7),
        enabled=When.SELECTION,
    ),
    MenuSpec(
        "note.author",
        QT_TRANSLATE_NOOP("MainWindow", "Author"),
        place=Place("note", "note", 8),
        enabled=When.SELECTION,
        filled="build",
    ),
    MenuSpec(
        "note.move",
        QT_TRANSLATE_NOOP("MainWindow", "Move to step"),
        place=Place("note", "note", 9),
        enabled=When.SELECTION,
    ),
    # The main toolbar ("writing" holds the author and colour boxes) and the floating bar
    # ("step" holds the name of the current step).
    MenuSpec("toolbar", sections=("edit", "writing", "zoom")),
    MenuSpec("bar", sections=("back", "step", "main")),
)

#: The menus of the menu bar, in order.
MENU_BAR = ("file", "edit", "view", "steps", "programme", "room", "help")

_file: tuple[ActionSpec, ...] = (
    ActionSpec(
        "file.new",
        QT_TRANSLATE_NOOP("MainWindow", "&New workshop…"),
        keys=(SK.New,),
        places=(Place("file", "open", 1),),
    ),
    ActionSpec(
        "file.open",
        QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
        keys=(SK.Open,),
        places=(Place("file", "open", 2),),
    ),
    ActionSpec(
        "file.sample",
        QT_TRANSLATE_NOOP("MainWindow", "Open the sa&mple workshop"),
        places=(Place("file", "open", 4),),
    ),
    ActionSpec(
        "file.new_window",
        QT_TRANSLATE_NOOP("MainWindow", "New &window"),
        keys=("Ctrl+Shift+N",),
        places=(Place("file", "open", 5),),
    ),
    ActionSpec(
        "file.save_as",
        QT_TRANSLATE_NOOP("MainWindow", "Save &As…"),
        keys=(SK.SaveAs,),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Save a complete copy and keep working in it"),
        places=(Place("file", "save", 1),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.restore",
        QT_TRANSLATE_NOOP("Backups", "&Restore from backup…"),
        "Backups",
        tip=QT_TRANSLATE_NOOP("Backups", "Go back to an automatic backup of this workshop"),
        places=(Place("file", "save", 2),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.export.json",
        QT_TRANSLATE_NOOP("MainWindow", "Export as &JSON…"),
        places=(Place("file.export", "formats"),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.export.csv",
        QT_TRANSLATE_NOOP("MainWindow", "Export as &CSV tables…"),
        places=(Place("file.export", "formats"),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.export.md",
        QT_TRANSLATE_NOOP("MainWindow", "Export as &Markdown…"),
        places=(Place("file.export", "formats"),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.export.anonymise",
        QT_TRANSLATE_NOOP("Privacy", "&Anonymise names (e.g. “Service user 3”)"),
        "Privacy",
        tip=QT_TRANSLATE_NOOP(
            "Privacy",
            "Exports and PDFs show each participant's kind "
            "and a number instead of their name, notes' "
            "authors and co-producers included",
        ),
        checkable=True,
        places=(Place("file.export", "options"),),
    ),
    ActionSpec(
        "file.export_pdf",
        QT_TRANSLATE_NOOP("PrintController", "Export &PDF…"),
        "PrintController",
        keys=("Ctrl+E",),
        tip=QT_TRANSLATE_NOOP(
            "PrintController", "Save an action plan, a report or blank templates as PDF"
        ),
        places=(Place("file", "save", 4),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.print",
        QT_TRANSLATE_NOOP("PrintController", "&Print…"),
        "PrintController",
        keys=(SK.Print,),
        tip=QT_TRANSLATE_NOOP(
            "PrintController", "Print an action plan, a report or blank templates"
        ),
        places=(Place("file", "save", 5),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.details",
        QT_TRANSLATE_NOOP("MainWindow", "Workshop &details…"),
        keys=("Ctrl+I",),
        places=(Place("file", "workshop"),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.participants",
        QT_TRANSLATE_NOOP("MainWindow", "&Participants and groups…"),
        keys=("Ctrl+Shift+P",),
        places=(Place("file", "workshop"),),
        enabled=OPEN,
    ),
    # Breakout tables (issue 28, ui/tables/tools.py): Hand out and Bring back say why when
    # they cannot be used (a table's own file, a read-only one); End only while tables are out.
    ActionSpec(
        "file.hand_out",
        QT_TRANSLATE_NOOP("Tables", "&Hand out to tables…"),
        "Tables",
        keys=("Ctrl+Shift+D",),
        tip=QT_TRANSLATE_NOOP(
            "Tables", "Write a copy of this workshop for each breakout table's laptop"
        ),
        places=(Place("file", "tables", 1),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.bring_back",
        QT_TRANSLATE_NOOP("Tables", "&Bring back tables' files…"),
        "Tables",
        keys=("Ctrl+Shift+B",),
        tip=QT_TRANSLATE_NOOP(
            "Tables",
            "Bring the tables' work back into this workshop: a preview first, then one undo step",
        ),
        places=(Place("file", "tables", 2),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.end_breakout",
        QT_TRANSLATE_NOOP("Tables", "End the brea&kout"),
        "Tables",
        keys=("Ctrl+Shift+K",),
        tip=QT_TRANSLATE_NOOP(
            "Tables", "Drop what this workshop keeps for bringing tables' files back"
        ),
        places=(Place("file", "tables", 3),),
        enabled=When.OWNER,
    ),
    ActionSpec(
        "file.close",
        QT_TRANSLATE_NOOP("MainWindow", "&Close workshop"),
        keys=(SK.Close,),
        places=(Place("file", "close"),),
        enabled=OPEN,
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        keys=(SK.Quit,),
        places=(Place("file", "close"),),
    ),
)

_edit: tuple[ActionSpec, ...] = (
    ActionSpec(
        "edit.undo",
        QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
        keys=(SK.Undo,),
        supplied=True,
        enabled=When.OWNER,
        places=(
            Place("edit", "history"),
            Place("toolbar", "edit", 2),
            Place(
                "bar",
                "main",
                6,
                BarButton(
                    QT_TRANSLATE_NOOP("FloatingBar", "↶ Undo"),
                    QT_TRANSLATE_NOOP("FloatingBar", "Undo"),
                ),
            ),
        ),
    ),
    ActionSpec(
        "edit.redo",
        QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
        keys=("Ctrl+Shift+Z", "Ctrl+Y"),
        supplied=True,
        enabled=When.OWNER,
        places=(Place("edit", "history"), Place("toolbar", "edit", 3)),
    ),
    ActionSpec(
        "edit.new_note",
        QT_TRANSLATE_NOOP("MainWindow", "&New note"),
        keys=("N",),
        scope=C,
        tip=QT_TRANSLATE_NOOP(
            "MainWindow", "Add a note where the pointer is (or double-click empty space)"
        ),
        help_row=(
            QT_TRANSLATE_NOOP("Help", "N"),
            QT_TRANSLATE_NOOP("Help", "Start a new note under the pointer (canvas focused)"),
        ),
        enabled=OPEN,
        places=(
            Place("edit", "notes", 1),
            Place("note", "note", 1),
            Place("toolbar", "edit", 1),
            Place(
                "bar",
                "main",
                3,
                BarButton(
                    QT_TRANSLATE_NOOP("FloatingBar", "+ Note"),
                    QT_TRANSLATE_NOOP("FloatingBar", "Add a note"),
                    star_first=True,
                ),
            ),
        ),
    ),
    ActionSpec(
        "edit.edit_note",
        QT_TRANSLATE_NOOP("MainWindow", "&Edit note"),
        keys=("F2",),
        scope=C,
        enabled=OPEN,
        places=(Place("edit", "notes", 2), Place("note", "note", 2)),
    ),
    ActionSpec(
        "edit.delete",
        QT_TRANSLATE_NOOP("MainWindow", "&Delete"),
        keys=(SK.Delete, "Backspace"),
        scope=C,
        enabled=OPEN,
        places=(Place("edit", "notes", 3), Place("note", "delete"), Place("toolbar", "edit", 4)),
    ),
    ActionSpec(
        "edit.select_all",
        QT_TRANSLATE_NOOP("MainWindow", "Select &all notes"),
        keys=(SK.SelectAll,),
        scope=C,
        enabled=OPEN,
        places=(Place("edit", "notes", 4),),
    ),
    *(
        ActionSpec(
            f"edit.colour.{entry.key}",
            keys=(f"Alt+{i}",),
            checkable=True,
            group="colour",
            label=_colour_label(entry),
            icon=_colour_icon(entry.fill),
            enabled=OPEN,
            places=(Place("edit.colour", "main"), Place("note.colour", "main")),
        )
        for i, entry in enumerate(PALETTE, start=1)
    ),
    ActionSpec(
        "edit.preferences",
        QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
        keys=("Ctrl+,",),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Text size, theme and colour options"),
        places=(Place("edit", "preferences"),),
    ),
)

_view: tuple[ActionSpec, ...] = (
    ActionSpec(
        "view.zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &in"),
        keys=(SK.ZoomIn, "Ctrl+="),
        enabled=OPEN,
        places=(Place("view", "zoom"), Place("toolbar", "zoom", 3)),
    ),
    ActionSpec(
        "view.zoom_out",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &out"),
        keys=(SK.ZoomOut,),
        enabled=OPEN,
        places=(Place("view", "zoom"), Place("toolbar", "zoom", 1)),
    ),
    ActionSpec(
        "view.actual_size",
        QT_TRANSLATE_NOOP("MainWindow", "&Actual size"),
        keys=("Ctrl+Alt+0",),
        enabled=OPEN,
        places=(Place("view", "zoom"),),
    ),
    ActionSpec(
        "view.fit",
        QT_TRANSLATE_NOOP("MainWindow", "&Fit star"),
        keys=("Ctrl+0",),
        enabled=OPEN,
        places=(
            Place("view", "zoom"),
            Place("toolbar", "zoom", 2),
            Place("view.zoom_to", "back"),
        ),
    ),
    # Zoom to a Co, the parking area or the selection; the same key again flies back.
    *(
        ActionSpec(
            f"view.zoom_to.{co.value}",
            keys=(f"Ctrl+Shift+{i}",),
            label=_co_label(i, co),
            enabled=OPEN,
            places=(Place("view.zoom_to", "places"),),
            # One row in Help → Keyboard shortcuts for the four.
            in_help=i == 1,
            help_row=(
                QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+1 to Ctrl+Shift+4"),
                QT_TRANSLATE_NOOP(
                    "Help",
                    "Zoom to Co-commission, Co-design, Co-deliver or Co-assess; "
                    "the same key again shows the whole star",
                ),
            ),
        )
        for i, co in enumerate(CO_ORDER, start=1)
    ),
    ActionSpec(
        "view.zoom_to.parking",
        QT_TRANSLATE_NOOP("MainWindow", "&5 Notes not yet placed"),
        keys=("Ctrl+Shift+5",),
        enabled=OPEN,
        places=(Place("view.zoom_to", "places"),),
        help_row=(
            QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+5"),
            QT_TRANSLATE_NOOP("Help", "Zoom to the notes not yet placed (the parking area)"),
        ),
    ),
    ActionSpec(
        "view.zoom_to.selection",
        QT_TRANSLATE_NOOP("MainWindow", "&Selected notes or group"),
        keys=("Ctrl+Shift+F",),
        enabled=OPEN,
        places=(Place("view.zoom_to", "places"),),
        help_row=(
            QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+F"),
            QT_TRANSLATE_NOOP("Help", "Zoom to the selected notes or group"),
        ),
    ),
    ActionSpec(
        "view.toolbar",
        QT_TRANSLATE_NOOP("MainWindow", "Main toolbar"),
        supplied=True,
        checkable=True,
        places=(Place("view", "bars", 1),),
    ),
    # View → Outline (issue 29): the workshop as a tree, in a dock (ui/outline/tools.py).
    # Words the translations already have ("Outline"); a letter to underline and a tip
    # wait for the next `make translations`.
    ActionSpec(
        "view.outline",
        QT_TRANSLATE_NOOP("Outline", "Outline"),
        "Outline",
        keys=("F12",),
        checkable=True,
        enabled=OPEN,
        places=(Place("view", "bars", 3),),
    ),
    ActionSpec(
        "view.present",
        QT_TRANSLATE_NOOP("PresentationController", "&Presentation mode"),
        "PresentationController",
        keys=("F5",),
        checkable=True,
        enabled=OPEN,
        places=(Place("view", "presentation"),),
    ),
    ActionSpec(
        "view.work",
        QT_TRANSLATE_NOOP(
            "PresentationController", "Switch between the star and this step's &work, in large type"
        ),
        "PresentationController",
        keys=("F7",),
        enabled=When.OWNER,
        places=(
            Place("view", "presentation"),
            Place(
                "bar",
                "main",
                2,
                BarButton(
                    "",
                    QT_TRANSLATE_NOOP(
                        "FloatingBar",
                        "Switch between the star and this step's work, in large type (F7)",
                    ),
                    checkable=True,
                ),
            ),
        ),
    ),
    # Only on the floating bar: a big-type menu of the places above.
    ActionSpec(
        "view.zoom_to.bar",
        enabled=OPEN,
        places=(
            Place(
                "bar",
                "main",
                2,
                BarButton(
                    QT_TRANSLATE_NOOP("FloatingBar", "Zoom to ▴"),
                    QT_TRANSLATE_NOOP(
                        "FloatingBar",
                        "Zoom to a Co, the notes not yet placed or the selected notes",
                    ),
                    checkable=True,
                ),
            ),
        ),
    ),
    ActionSpec(
        "view.spotlight",
        QT_TRANSLATE_NOOP("Spotlight", "Spot&light: the selected note in large type"),
        "Spotlight",
        keys=("F9",),
        checkable=True,
        enabled=OPEN,
        tip=QT_TRANSLATE_NOOP(
            "Spotlight",
            "Show the selected note across the canvas in large type; the arrow keys go to the "
            "next and previous note, Escape goes back to the star",
        ),
        places=(
            Place("view", "presentation"),
            Place("note", "note", 2),
            Place(
                "bar",
                "main",
                2,
                BarButton(
                    QT_TRANSLATE_NOOP("FloatingBar", "◉ Spotlight"),
                    QT_TRANSLATE_NOOP(
                        "FloatingBar", "Spotlight: the selected note in large type (F9)"
                    ),
                    checkable=True,
                ),
            ),
        ),
    ),
    ActionSpec(
        "view.read_aloud",
        QT_TRANSLATE_NOOP("ReadAloud", "&Read the note aloud"),
        "ReadAloud",
        keys=("R",),
        scope=C,
        enabled=OPEN,
        tip=QT_TRANSLATE_NOOP(
            "ReadAloud",
            "Say the spotlighted or selected note with the computer's own voice (shown only "
            "when the computer has one)",
        ),
        places=(Place("view", "presentation"), Place("note", "note", 2)),
    ),
    ActionSpec(
        "view.full_screen",
        QT_TRANSLATE_NOOP("PresentationController", "&Full screen"),
        "PresentationController",
        keys=("F11",),
        checkable=True,
        places=(Place("view", "presentation"),),
    ),
    # Escape's row among the canvas keys in Help → Keyboard shortcuts says this too.
    ActionSpec(
        "view.leave_presentation",
        QT_TRANSLATE_NOOP("PresentationController", "Leave presentation mode"),
        "PresentationController",
        keys=("Escape",),
        enabled=When.OWNER,
        in_help=False,
        places=(
            Place(
                "bar",
                "main",
                9,
                BarButton(
                    QT_TRANSLATE_NOOP("FloatingBar", "✕ Exit"),
                    QT_TRANSLATE_NOOP("FloatingBar", "Leave presentation mode (Escape)"),
                ),
            ),
        ),
    ),
)


def _steps() -> tuple[ActionSpec, ...]:
    def st(id, text="", keys=(), places=(), **kw) -> ActionSpec:
        return ActionSpec(id, text, "StepTools", keys=keys, places=places, enabled=OPEN, **kw)

    return (
        *(
            st(
                f"steps.go.{step.value}",
                keys=(f"Ctrl+{i}",),
                checkable=True,
                group="step",
                label=lambda i=i, step=step: f"&{i} {i18n.label(step)}",
                places=(Place("steps", "go"),),
            )
            for i, step in enumerate(STEP_ORDER, start=1)
        ),
        st(
            "steps.previous",
            QT_TRANSLATE_NOOP("StepTools", "&Previous step"),
            ("Ctrl+PgUp",),
            (
                Place("steps", "go"),
                Place(
                    "bar",
                    "back",
                    1,
                    BarButton("◀", QT_TRANSLATE_NOOP("FloatingBar", "Previous step")),
                ),
            ),
        ),
        st(
            "steps.next",
            QT_TRANSLATE_NOOP("StepTools", "&Next step"),
            ("Ctrl+PgDown",),
            (
                Place("steps", "go"),
                Place(
                    "bar", "main", 1, BarButton("▶", QT_TRANSLATE_NOOP("FloatingBar", "Next step"))
                ),
            ),
        ),
        st(
            "steps.hints",
            QT_TRANSLATE_NOOP("StepTools", "Show facilitator &hints"),
            ("Ctrl+H",),
            (Place("steps", "show"),),
            checkable=True,
        ),
        st(
            "steps.only_step",
            QT_TRANSLATE_NOOP("StepTools", "Show &only this step's notes"),
            ("Ctrl+Shift+O",),
            (Place("steps", "show"),),
            checkable=True,
        ),
        st(
            "steps.switch_pane",
            QT_TRANSLATE_NOOP("StepTools", "Switch between the star and this step's &panel"),
            ("F6",),
            (Place("steps", "show"),),
        ),
        st(
            "steps.voting",
            QT_TRANSLATE_NOOP("StepTools", "&Voting mode"),
            ("Ctrl+Shift+V",),
            (
                Place("steps", "mark", 1),
                Place(
                    "bar",
                    "main",
                    4,
                    BarButton(
                        QT_TRANSLATE_NOOP("FloatingBar", "Vote"),
                        QT_TRANSLATE_NOOP("FloatingBar", "Voting mode"),
                        checkable=True,
                        star_first=True,
                    ),
                ),
            ),
            checkable=True,
        ),
        st(
            "steps.dot",
            QT_TRANSLATE_NOOP("StepTools", "Give or take back a &dot"),
            ("D",),
            (Place("steps", "mark", 2), Place("note", "note", 3)),
            scope=C,
        ),
        st(
            "steps.hide_dots",
            QT_TRANSLATE_NOOP("StepTools", "&Hide or reveal the dots"),
            ("Ctrl+Shift+H",),
            (Place("steps", "mark", 3),),
        ),
        *(
            st(
                f"steps.impact.{n}",
                QT_TRANSLATE_NOOP("StepTools", "Impact %1"),
                (str(n),),
                (Place("steps.impact", "main"), Place("note.impact", "main")),
                scope=C,
                arg=str(n),
            )
            for n in range(1, 6)
        ),
        st(
            "steps.impact.none",
            QT_TRANSLATE_NOOP("StepTools", "No impact rating"),
            ("0",),
            (Place("steps.impact", "main"), Place("note.impact", "main")),
            scope=C,
        ),
        st(
            "steps.shortlist",
            QT_TRANSLATE_NOOP("StepTools", "Add to or remove from the &shortlist"),
            ("S",),
            (Place("steps", "mark", 5), Place("note", "note", 4)),
            scope=C,
        ),
        st(
            "steps.group",
            QT_TRANSLATE_NOOP("StepTools", "&Group notes…"),
            ("Ctrl+G",),
            (Place("steps", "mark", 6), Place("note", "group")),
        ),
        st(
            "steps.ungroup",
            QT_TRANSLATE_NOOP("StepTools", "&Ungroup"),
            ("Ctrl+Shift+G",),
            (Place("steps", "mark", 7), Place("note", "group")),
        ),
        st(
            "steps.tidy_co",
            QT_TRANSLATE_NOOP("StepTools", "Tid&y this Co"),
            ("T",),
            (Place("steps", "mark", 8),),
            scope=C,
            tip=QT_TRANSLATE_NOOP(
                "StepTools",
                "Lay out one Co's notes side by side, without overlap: the Co of the "
                "selected notes; with none selected, the Co under the pointer (or in "
                "the middle of the view)",
            ),
        ),
        st(
            "steps.tidy_star",
            QT_TRANSLATE_NOOP("StepTools", "Tidy the &whole star"),
            ("Shift+T",),
            (Place("steps", "mark", 9),),
            scope=C,
            tip=QT_TRANSLATE_NOOP(
                "StepTools",
                "Lay out the notes of every Co and of the parking area side by side, "
                "without overlap",
            ),
        ),
        *(
            st(
                f"steps.move.{step.value}",
                keys=(f"Alt+Shift+{i}",),
                label=lambda i=i, step=step: f"{i} {i18n.label(step)}",
                places=(Place("steps.move", "main"), Place("note.move", "main")),
            )
            for i, step in enumerate(STEP_ORDER, start=1)
        ),
        st(
            "steps.make_action",
            QT_TRANSLATE_NOOP("StepTools", "Make an &action from the note"),
            ("A",),
            (Place("steps", "plan"), Place("note", "note", 5)),
            scope=C,
        ),
        st(
            "steps.carry_over",
            QT_TRANSLATE_NOOP("StepTools", "&Carry over open actions…"),
            places=(Place("steps", "plan"),),
        ),
        *(
            st(
                f"steps.timer.{m}",
                QT_TRANSLATE_NOOP("StepTools", "%1 minutes"),
                (f"Ctrl+Alt+{i}",),
                (Place("steps.timer", "main"),),
                arg=str(m),
            )
            for i, m in enumerate(PRESETS_MINUTES, start=1)
        ),
        st(
            "steps.timer.other",
            QT_TRANSLATE_NOOP("StepTools", "Other length…"),
            places=(Place("steps.timer", "main"),),
        ),
        st(
            "steps.timer.pause",
            QT_TRANSLATE_NOOP("StepTools", "&Pause or resume"),
            ("F8",),
            (Place("steps.timer", "main"),),
        ),
        st(
            "steps.timer.stop",
            QT_TRANSLATE_NOOP("StepTools", "&Stop"),
            ("Shift+F8",),
            (Place("steps.timer", "main"),),
        ),
        st(
            "steps.timer.beep",
            QT_TRANSLATE_NOOP("StepTools", "&Beep when time is up"),
            places=(Place("steps.timer", "main"),),
            checkable=True,
        ),
        # Only on the floating bar: five minutes, or pause and go on (its words follow the timer).
        st(
            "steps.timer.bar",
            places=(
                Place(
                    "bar",
                    "main",
                    5,
                    BarButton(
                        QT_TRANSLATE_NOOP("FloatingBar", "⏱ 5 min"),
                        QT_TRANSLATE_NOOP("FloatingBar", "Start a 5 minute timer, or pause it"),
                    ),
                ),
            ),
        ),
    )


def _programme_run() -> tuple[ActionSpec, ...]:
    """Programme → running the day (issue 19; ui/programme/run.py runs them and enables
    them: Start with an agenda, the others while the day runs). Window keys, so that they
    work in presentation mode too. Back, next, +5 and pause are on the floating bar, after
    the timer's button, shown while the day runs (ui/shell/presentation.py)."""

    def run(id, text, keys, order, bar=None, **kw) -> ActionSpec:
        places: tuple[Place, ...] = (Place("programme", "run", order),)
        if bar is not None:
            places += (Place("bar", "main", bar[0], BarButton(bar[1], bar[2])),)
        return ActionSpec(id, text, "Programme", keys=keys, places=places, enabled=When.OWNER, **kw)

    return (
        run(
            "programme.start",
            QT_TRANSLATE_NOOP("Programme", "&Start the programme"),
            ("F3",),
            1,
            tip=QT_TRANSLATE_NOOP(
                "Programme",
                "Run the agenda against the clock: the first block not yet run, or go on "
                "where the day was",
            ),
        ),
        run(
            "programme.previous",
            QT_TRANSLATE_NOOP("Programme", "Pre&vious block"),
            ("Shift+F4",),
            3,
            bar=(
                5,
                QT_TRANSLATE_NOOP("FloatingBar", "« Back"),
                QT_TRANSLATE_NOOP("FloatingBar", "Back to the previous block (Shift+F4)"),
            ),
        ),
        run(
            "programme.next",
            QT_TRANSLATE_NOOP("Programme", "&Next block"),
            ("F4",),
            2,
            bar=(
                5,
                QT_TRANSLATE_NOOP("FloatingBar", "» Next block"),
                QT_TRANSLATE_NOOP("FloatingBar", "Next block of the programme (F4)"),
            ),
        ),
        run(
            "programme.more",
            QT_TRANSLATE_NOOP("Programme", "+&5 minutes"),
            ("Ctrl+Alt+5",),
            4,
            bar=(
                5,
                QT_TRANSLATE_NOOP("FloatingBar", "+5 min"),
                QT_TRANSLATE_NOOP("FloatingBar", "Five more minutes for this block (Ctrl+Alt+5)"),
            ),
        ),
        run(
            "programme.pause",
            QT_TRANSLATE_NOOP("Programme", "Pause / &go on"),
            ("Ctrl+F8",),
            5,
            bar=(
                5,
                QT_TRANSLATE_NOOP("FloatingBar", "‖ Pause"),
                QT_TRANSLATE_NOOP("FloatingBar", "Pause the programme, or go on (Ctrl+F8)"),
            ),
        ),
        run(
            "programme.stop",
            QT_TRANSLATE_NOOP("Programme", "S&top the programme"),
            ("Shift+F3",),
            6,
            tip=QT_TRANSLATE_NOOP(
                "Programme", "End the run; each block keeps its real start and length"
            ),
        ),
    )


def _room() -> tuple[ActionSpec, ...]:
    """Room: phones in the room (issue 31). Everything but opening waits for an open room
    (its owner, ui/room/tools.py, enables them)."""

    def rm(id, text, keys, section, **kw) -> ActionSpec:
        kw.setdefault("enabled", When.OWNER)
        return ActionSpec(id, text, "Room", keys=keys, places=(Place("room", section),), **kw)

    return (
        rm(
            "room.open",
            QT_TRANSLATE_NOOP("Room", "&Open the room for phones…"),
            ("Ctrl+Shift+R",),
            "open",
            enabled=OPEN,
            tip=QT_TRANSLATE_NOOP(
                "Room",
                "Let everyone in the room write notes and give dots from their own phone, "
                "over the room's own network (no internet needed)",
            ),
        ),
        ActionSpec(
            "room.card",
            QT_TRANSLATE_NOOP("Room", "Show &how to join"),
            "Room",
            keys=("Ctrl+Shift+J",),
            checkable=True,
            enabled=OPEN,
            tip=QT_TRANSLATE_NOOP(
                "Room",
                "Show the QR code, the address and the join code large, for the room (opens "
                "the room first if it is closed)",
            ),
            places=(
                Place("room", "open"),
                Place(
                    "bar",
                    "main",
                    3,
                    BarButton(
                        QT_TRANSLATE_NOOP("FloatingBar", "📱 Join"),
                        QT_TRANSLATE_NOOP(
                            "FloatingBar", "Show how to join from a phone (Ctrl+Shift+J)"
                        ),
                        checkable=True,
                    ),
                ),
            ),
        ),
        rm(
            "room.joining",
            QT_TRANSLATE_NOOP("Room", "&Let new phones join"),
            ("Ctrl+Shift+T",),
            "phones",
            checkable=True,
        ),
        rm(
            "room.phones",
            QT_TRANSLATE_NOOP("Room", "&Phones in the room…"),
            ("Ctrl+Shift+L",),
            "phones",
        ),
        rm(
            "room.inbox",
            QT_TRANSLATE_NOOP("Room", "&Inbox: phones' notes"),
            ("Ctrl+Shift+I",),
            "inbox",
            checkable=True,
            enabled=OPEN,
        ),
        rm(
            "room.place_all",
            QT_TRANSLATE_NOOP("Room", "Put &every inbox note on the star"),
            ("Ctrl+Shift+Y",),
            "inbox",
        ),
        rm(
            "room.straight",
            QT_TRANSLATE_NOOP("Room", "Put phones' notes on the star &at once"),
            ("Ctrl+Shift+A",),
            "inbox",
            checkable=True,
            enabled=OPEN,
            tip=QT_TRANSLATE_NOOP(
                "Room", "Skip the inbox: each note from a phone goes onto the star as it arrives"
            ),
        ),
        rm(
            "room.close",
            QT_TRANSLATE_NOOP("Room", "&Close the room"),
            ("Ctrl+Shift+W",),
            "close",
        ),
    )


def _programme() -> tuple[ActionSpec, ...]:
    """Programme: planning the day (issue 19) — the "plan" and "library" sections (owned by
    ui/programme/tools.py). The agenda's own keys (Insert, Enter or F2, Delete, Alt+Up,
    Alt+Down) belong to its table, not to the window: the canvas has F2 and Delete."""

    def pg(id, text, section, order=0, keys=(), **kw) -> ActionSpec:
        kw.setdefault("enabled", OPEN)
        return ActionSpec(
            id, text, "Programme", keys=keys, places=(Place("programme", section, order),), **kw
        )

    return (
        pg(
            "programme.agenda",
            QT_TRANSLATE_NOOP("Programme", "Show &agenda"),
            "plan",
            keys=("F10",),
            checkable=True,
            tip=QT_TRANSLATE_NOOP("Programme", "The day's blocks, their times and methods"),
        ),
        pg("programme.add_block", QT_TRANSLATE_NOOP("Programme", "A&dd block…"), "plan", 1),
        pg("programme.edit_block", QT_TRANSLATE_NOOP("Programme", "&Edit block…"), "plan", 1),
        pg("programme.delete_block", QT_TRANSLATE_NOOP("Programme", "De&lete block"), "plan", 1),
        pg("programme.move_up", QT_TRANSLATE_NOOP("Programme", "Move block &up"), "plan", 2),
        pg("programme.move_down", QT_TRANSLATE_NOOP("Programme", "Move block do&wn"), "plan", 2),
        pg(
            "programme.put_in",
            QT_TRANSLATE_NOOP("Programme", "&Put in a programme…"),
            "library",
            tip=QT_TRANSLATE_NOOP(
                "Programme",
                "Make a shipped programme or one of yours the agenda (undo brings "
                "the old one back)",
            ),
        ),
        pg(
            "programme.new_from",
            QT_TRANSLATE_NOOP("Programme", "New wor&kshop from a programme…"),
            "library",
            enabled=When.ALWAYS,
        ),
        pg(
            "programme.next_day",
            QT_TRANSLATE_NOOP("Programme", "&Continue on a new day…"),
            "library",
            tip=QT_TRANSLATE_NOOP(
                "Programme",
                "A copy of this workshop for the next day, with the next day's programme "
                "(this file stays as it is)",
            ),
        ),
        pg(
            "programme.save_own",
            QT_TRANSLATE_NOOP("Programme", "Save agenda as &my programme…"),
            "library",
            1,
        ),
        pg(
            "programme.export",
            QT_TRANSLATE_NOOP("Programme", "E&xport agenda as a file…"),
            "library",
            1,
            tip=QT_TRANSLATE_NOOP("Programme", "A programme file to give to a colleague"),
        ),
        pg(
            "programme.import",
            QT_TRANSLATE_NOOP("Programme", "&Import a programme file…"),
            "library",
            1,
            enabled=When.ALWAYS,
            tip=QT_TRANSLATE_NOOP(
                "Programme", "Check a programme file and keep it with your own programmes"
            ),
        ),
    )


# Programme → print (issue 19, ui/shell/printing.py): the run sheet and the agenda handout,
# greyed while the agenda has no blocks; they open the Print dialog with the kind chosen.
_programme_print: tuple[ActionSpec, ...] = (
    ActionSpec(
        "programme.print_run_sheet",
        QT_TRANSLATE_NOOP("PrintController", "Print the &run sheet…"),
        "PrintController",
        tip=QT_TRANSLATE_NOOP(
            "PrintController",
            "Print the day's plan for the facilitator: times, methods, what each block needs "
            "and notes",
        ),
        places=(Place("programme", "print", 1),),
        enabled=When.OWNER,
    ),
    ActionSpec(
        "programme.print_agenda",
        QT_TRANSLATE_NOOP("PrintController", "Print the agenda &handout…"),
        "PrintController",
        tip=QT_TRANSLATE_NOOP(
            "PrintController",
            "Print the day's times and titles for participants, in large type or easy read",
        ),
        places=(Place("programme", "print", 2),),
        enabled=When.OWNER,
    ),
)

_help: tuple[ActionSpec, ...] = (
    ActionSpec(
        "help.shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
        keys=(SK.HelpContents,),
        places=(Place("help", "main"),),
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("MainWindow", "&About CoStar Desktop"),
        places=(Place("help", "main"),),
    ),
)

#: Every action, in the order of the menu bar (Help → Keyboard shortcuts lists them so).
TABLE: tuple[ActionSpec, ...] = (
    *_file,
    *_edit,
    *_view,
    *_steps(),
    *_programme(),
    *_programme_run(),
    *_programme_print,
    *_room(),
    *_help,
)

SPECS: dict[str, ActionSpec] = {spec.id: spec for spec in TABLE}
MENU_SPECS: dict[str, MenuSpec] = {menu.id: menu for menu in MENUS}
assert len(SPECS) == len(TABLE), "two actions share an id"
