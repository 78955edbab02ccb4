"""The workshop editor: the canvas plus the thin glue from gestures to undo commands."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from costar_desktop.core import rules, steps
from costar_desktop.core.inspiration import Example
from costar_desktop.core.model import Action, Note, Step
from costar_desktop.storage import SaveFailed
from costar_desktop.ui.canvas.scene import CanvasScene
from costar_desktop.ui.canvas.view import CanvasView
from costar_desktop.ui.model import commands, commands_steps as step_commands
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.model.session import EditingSession
from costar_desktop.ui.steps.banner import StepBanner
from costar_desktop.ui.steps.timer import Countdown


class WorkshopEditor(QWidget):
    """Shows one document on the star and turns what the user does into commands."""

    #: The selection of notes changed.
    selection_changed = Signal()
    #: A short message for the status bar (e.g. "No dots left for Table 2").
    message = Signal(str)
    #: The step changed (the new step).
    step_changed = Signal(object)
    #: Voting mode was switched on or off.
    voting_mode_changed = Signal(bool)
    #: The note menu was asked for (global screen position).
    context_menu_requested = Signal(QPoint)

    def __init__(self, document: WorkshopDocument, parent=None):
        super().__init__(parent)
        self.document = document
        self.scene = CanvasScene(document.geometry, self)
        self.scene.set_document(document)
        self.view = CanvasView(self.scene, self)
        self.countdown = Countdown(self)
        self.banner = StepBanner(self.countdown, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

        #: The colour, author and voter that new notes and dots take (not saved in the file).
        self.session = EditingSession(self)
        self.banner.set_step(self.current_step)

        self.scene.note_typed.connect(self._on_note_typed)
        self.scene.note_edited.connect(self._on_note_edited)
        self.scene.notes_moved.connect(self.move_notes)
        self.scene.new_note_wanted.connect(self.start_note_at)
        self.scene.selectionChanged.connect(self.selection_changed)
        self.scene.dot_clicked.connect(self.give_dot)
        self.scene.step_clicked.connect(self.go_to_step)
        self.scene.group_rename_requested.connect(self._ask_group_title)
        self.banner.step_requested.connect(self.go_to_step)
        self.view.example_dropped.connect(self._on_example_dropped)
        self.view.nudge_requested.connect(self.nudge_selection)
        self.view.menu_requested.connect(self.context_menu_requested)
        self.view.zooms.message.connect(self.message)
        document.settings_changed.connect(self._on_settings_changed)
        from costar_desktop.ui.appearance import appearance

        appearance().changed.connect(self.scene.refresh_appearance)

    # --- commands -------------------------------------------------------------------

    def push(self, command: commands.DocumentCommand) -> bool:
        """Run a command through the undo stack; False (and the screen put back) if not saved."""
        if not self.document.push(command):
            self._resync()
            return False
        return True

    def _resync(self) -> None:
        """Put every item back where the document says it is (after a failed save)."""
        self.scene.show_as_saved(list(self.document.notes))

    # --- notes ----------------------------------------------------------------------

    def author_name(self, author_id: str | None) -> str:
        p = self.document.participants.get(author_id) if author_id else None
        return p.name if p else ""

    def start_note_at(self, centre: QPointF) -> None:
        """Start typing a new note centred at ``centre`` (scene coordinates)."""
        self.view.setFocus()
        self.scene.start_new_note(
            centre, self.session.colour, self.author_name(self.session.author_id)
        )

    def new_note(self) -> None:
        """Start a new note under the pointer (or in the middle of the view). Where that is
        the ring of steps in the middle of the star, which is no place for a note, the note
        starts in the nearest free place of the parking area instead, and is brought into
        view."""
        point = self.view.pointer_scene_pos()
        x, y = rules.new_note_place(
            point.x(), point.y(), self.document.notes.values(), self.document.geometry
        )
        self.start_note_at(QPointF(x, y))
        item = self.scene.editing_item()
        if item is not None:
            self.view.ensureVisible(item, 24, 24 + self.view.bottom_margin)

    def _on_note_typed(self, x: float, y: float, text: str, height: float) -> None:
        note = Note(
            text=text,
            x=x,
            y=y,
            height=height,
            colour=self.session.colour,
            author_id=self.session.author_id,
            step=self.current_step,
        )
        if self.push(commands.AddNotesCommand(self.document, [note])):
            self.scene.select_notes([note.id])
        else:
            # Not saved: keep the typed text on screen, in a draft, so nothing is lost.
            draft = self.scene.start_new_note(
                QPointF(x, y), self.session.colour, self.author_name(self.session.author_id)
            )
            draft.text_item.setPlainText(text)

    def _on_note_edited(self, note_id: str, text: str, height: float) -> None:
        if not self._save_text(note_id, text, height):
            # Keep what was typed on screen, in the editor, so it is not lost.
            item = self.scene.note_item(note_id)
            if item is not None:
                item.start_editing()
                item.text_item.setPlainText(text)

    def _save_text(self, note_id: str, text: str, height: float) -> bool:
        """A note's words as typed: one undo step; emptied, the note is deleted. False if
        the change could not be saved."""
        note = self.document.notes.get(note_id)
        if note is None or text == note.text:
            return True
        if not text.strip():
            return self.push(commands.DeleteNotesCommand(self.document, [note_id]))
        return self.push(commands.EditNoteTextCommand(self.document, note_id, text, height))

    def edit_note_text(self, note_id: str, text: str) -> bool:
        """Give a note the words typed for it outside the canvas (the spotlight): the same
        undo step as typing into it on the canvas, and for a group card the same as
        renaming the group. False if it could not be saved."""
        note = self.document.notes.get(note_id)
        if note is None:
            return False
        if note.is_group:
            return self.rename_group(note_id, text)
        item = self.scene.note_item(note_id)
        height = item.height_for(text) if item is not None else note.height
        return self._save_text(note_id, text, height)

    def move_notes(self, positions: dict) -> bool:
        """Move notes to new centres ({note id: (x, y)}): one undo step, each note's Co
        following from where it lands. False (and the notes put back) if not saved."""
        return self.push(commands.MoveNotesCommand(self.document, positions))

    def nudge_selection(self, dx: float, dy: float) -> None:
        """Move the selected notes a little (arrow keys); a run of nudges is one undo step."""
        ids = self.selected_note_ids()
        if not ids:
            return
        notes = self.document.notes
        self.push(
            commands.NudgeNotesCommand(
                self.document, {i: (notes[i].x + dx, notes[i].y + dy) for i in ids}
            )
        )

    def selected_note_ids(self) -> list[str]:
        return self.scene.selected_note_ids()

    def edit_selected(self) -> None:
        ids = self.selected_note_ids()
        if len(ids) == 1:
            self.scene.note_item(ids[0]).start_editing()

    def delete_selected(self) -> None:
        ids = self.selected_note_ids()
        if ids:
            self.push(commands.DeleteNotesCommand(self.document, ids))

    def recolour(self, colour: str) -> None:
        """Colour the selected notes (undoable); new notes take this colour too."""
        self.session.set_colour(colour)
        ids = self.selected_note_ids()
        if ids:
            self.push(commands.RecolourNotesCommand(self.document, ids, colour))

    def set_author_of_selected(self, author_id: str | None) -> None:
        """Give the selected notes (not group cards) this author: one undo step."""
        notes = self.document.notes
        ids = [
            i
            for i in self.selected_note_ids()
            if not notes[i].is_group and notes[i].author_id != author_id
        ]
        if ids:
            self.push(commands.SetNoteAuthorCommand(self.document, ids, author_id))

    def select_all(self) -> None:
        self.scene.select_notes(
            [
                n.id
                for n in self.document.notes.values()
                if self.scene.note_item(n.id) is not None and self.scene.note_item(n.id).isVisible()
            ]
        )

    # --- the steps --------------------------------------------------------------------

    @property
    def current_step(self) -> Step:
        return self.document.workshop.current_step

    def go_to_step(self, step: Step) -> None:
        """Show ``step``: its question, its notes in full, and new notes take it.

        Moving between steps is not an edit, so it is not on the undo stack; it is saved
        so that the workshop reopens at the same step.
        """
        step = Step.of(step)
        if step == self.current_step:
            self.banner.set_step(step)
            return
        try:
            self.document.set_settings({"current_step": step})
        except SaveFailed:
            self.banner.set_step(self.current_step)

    def next_step(self) -> None:
        self.go_to_step(steps.next_step(self.current_step))

    def previous_step(self) -> None:
        self.go_to_step(steps.previous_step(self.current_step))

    def _on_settings_changed(self) -> None:
        self.banner.set_step(self.current_step)
        self.step_changed.emit(self.current_step)

    def set_only_current_step(self, only: bool) -> None:
        self.scene.set_only_current_step(only)

    def move_selection_to_step(self, step: Step) -> None:
        ids = self.selected_note_ids()
        if ids:
            self.push(step_commands.SetStepOfNotesCommand(self.document, ids, step))

    # --- the Map step: ideas from elsewhere -------------------------------------------

    def add_example(self, example: Example, centre: QPointF | None = None) -> str | None:
        """Put an example from the inspiration deck on the star as a note marked "Example"."""
        if centre is None:
            x, y = rules.free_place(
                example.co, self.document.notes.values(), self.document.geometry
            )
        else:
            x, y = centre.x(), centre.y()
        note = Note(
            text=example.text, x=x, y=y, colour="white", is_example=True, step=self.current_step
        )
        if self.push(commands.AddNotesCommand(self.document, [note], self.tr("Add example"))):
            self.scene.select_notes([note.id])
            return note.id
        return None

    def _on_example_dropped(self, key: str, centre: QPointF) -> None:
        from costar_desktop.core.inspiration import example

        found = example(key)
        if found is not None:
            self.add_example(found, centre)

    # --- the Focus step: dots, impact, shortlist, groups -----------------------------------

    def set_voting_mode(self, on: bool) -> None:
        self.scene.voting_mode = bool(on)
        self.view.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        )
        self.voting_mode_changed.emit(bool(on))

    def voter_id(self) -> str | None:
        """Whose dots a click or D gives: the voter chosen in the voting panel, or the first
        participant while none is chosen (the panel may not have been shown yet)."""
        participants = self.document.participants
        if self.session.voter_id not in participants:
            self.session.set_voter(next(iter(participants), None))
        return self.session.voter_id

    def give_dot(self, note_id: str) -> bool:
        """Give the chosen voter's dot to a note (or its group); a second time takes it back."""
        voter = self.voter_id()
        data = self.document.snapshot()
        has_one = bool(
            rules.dots_of_voter_on(
                self.document.votes.values(), self.document.notes, voter, note_id
            )
        )
        name = self.author_name(voter) or self.tr("this voter")
        if not has_one and steps.votes_left(data, voter) <= 0:
            self.message.emit(
                self.tr(
                    "%1 has no dots left. Click one of their dots to take it back first."
                ).replace("%1", name)
            )
            return False
        ok = self.push(step_commands.ToggleDotCommand(self.document, note_id, voter))
        if ok:
            left = steps.votes_left(self.document.snapshot(), voter)
            self.message.emit(
                self.tr("%1: %2 dots left").replace("%1", name).replace("%2", str(left))
            )
        return ok

    def dot_selected(self) -> bool:
        """Give the chosen voter's dot to each selected note (or group), or take it back
        where they have one there: one gesture, one undo step. Notes beyond the voter's
        dots left get none, and the voter is told."""
        targets = self._votable_selection()
        if len(targets) < 2:
            return bool(targets) and self.give_dot(targets[0])
        voter = self.voter_id()
        data = self.document.snapshot()
        left = steps.votes_left(data, voter)
        parts = []
        for target in targets:
            part = step_commands.ToggleDotCommand(self.document, target, voter)
            if part.vote is not None:
                if left <= 0:
                    continue
                left -= 1
            parts.append(part)
        name = self.author_name(voter) or self.tr("this voter")
        if not parts:
            self.message.emit(
                self.tr(
                    "%1 has no dots left. Click one of their dots to take it back first."
                ).replace("%1", name)
            )
            return False
        gives = sum(part.vote is not None for part in parts)
        text = self.tr("Give dots") if gives else self.tr("Take back dots")
        if not self.push(commands.GestureCommand(self.document, text, parts)):
            return False
        left = steps.votes_left(self.document.snapshot(), voter)
        if len(parts) < len(targets):
            self.message.emit(
                self.tr("%1 had no dots left for %2 of the notes: %3 dots left")
                .replace("%1", name)
                .replace("%2", str(len(targets) - len(parts)))
                .replace("%3", str(left))
            )
        else:
            self.message.emit(
                self.tr("%1: %2 dots left").replace("%1", name).replace("%2", str(left))
            )
        return True

    def set_impact(self, impact: int | None) -> None:
        ids = self._votable_selection()
        if ids:
            self.push(step_commands.SetImpactCommand(self.document, ids, impact))

    def toggle_shortlist(self) -> None:
        ids = self._votable_selection()
        if ids:
            on = not all(self.document.notes[i].shortlisted for i in ids)
            self.push(step_commands.SetShortlistCommand(self.document, ids, on))

    def _votable_selection(self) -> list[str]:
        """Selected notes, a grouped note standing for its group."""
        data = self.document.snapshot()
        return list(dict.fromkeys(steps.vote_target(data, i) for i in self.selected_note_ids()))

    def group_selection(self, title: str) -> str | None:
        ids = [
            i
            for i in self.selected_note_ids()
            if not self.document.notes[i].is_group and not self.document.notes[i].group_id
        ]
        if len(ids) < 2 or not title.strip():
            self.message.emit(self.tr("Select two or more notes that are not in a group yet."))
            return None
        command = step_commands.GroupNotesCommand(
            self.document, ids, title.strip(), self.current_step
        )
        if self.push(command):
            self.scene.select_notes([command.card.id])
            return command.card.id
        return None

    def ungroup_selection(self) -> None:
        chosen = {self.document.notes[i].group_id or i for i in self.selected_note_ids()}
        groups = [g for g in chosen if g in self.document.notes and self.document.notes[g].is_group]
        if groups:  # several groups taken apart at once are one undo step
            self.push(step_commands.UngroupCommand(self.document, sorted(groups)))

    def rename_group(self, group_id: str, title: str) -> bool:
        """Give a group a new title (one undo step; an empty title is not taken). False if
        it could not be saved."""
        if title.strip() and title.strip() != self.document.notes[group_id].text:
            return self.push(
                commands.UpdateNotesCommand(
                    self.document, {group_id: {"text": title.strip()}}, self.tr("Rename group")
                )
            )
        return True

    def _ask_group_title(self, group_id: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        title, ok = QInputDialog.getText(
            self,
            self.tr("Rename group"),
            self.tr("Group title:"),
            text=self.document.notes[group_id].text,
        )
        if ok:
            self.rename_group(group_id, title)

    # --- the Grow step ------------------------------------------------------------------

    def make_action_from_selection(self) -> Action | None:
        """Turn the selected note (or group) into an action, its text prefilled and linked."""
        ids = self._votable_selection()
        if not ids:
            self.message.emit(self.tr("Select a note first."))
            return None
        notes = [self.document.notes[i] for i in ids]
        action = Action(
            action=" / ".join(n.text.split("\n")[0] for n in notes), co=notes[0].co, note_ids=ids
        )
        if self.push(
            step_commands.AddEntityCommand(
                self.document, "actions", action, self.tr("Make an action")
            )
        ):
            return action
        return None

    def finish_editing(self) -> None:
        """End any text editing in progress (before closing or saving elsewhere)."""
        item = self.scene.editing_item()
        if item is not None:
            item.finish_editing("focus")
