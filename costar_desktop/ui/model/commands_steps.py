"""Undo commands for the five steps: settings, dots, groups, people, sceptics, actions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from costar_desktop.core import rules, steps
from costar_desktop.core.model import NOTE_KIND_GROUP, Action, Note, Step, Vote
from costar_desktop.storage.steps_store import NoteDependants
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model.commands import DocumentCommand, UpdateNotesCommand
from costar_desktop.ui.model.document import WorkshopDocument
from costar_desktop.ui.model.document_steps import Entity


class SetSettingsCommand(DocumentCommand):
    """Change the vote budget or whether dots are shown."""

    def __init__(self, document: WorkshopDocument, changes: Mapping[str, Any], text: str):
        super().__init__(document, text)
        self.changes = dict(changes)
        self.previous: dict[str, Any] = {}

    def _redo(self) -> None:
        self.previous = self.document.set_settings(self.changes)

    def _undo(self) -> None:
        self.document.set_settings(self.previous)


class ToggleDotCommand(DocumentCommand):
    """Give a note (or its group) a dot from a voter, or take that voter's dot back."""

    def __init__(self, document: WorkshopDocument, note_id: str, voter_id: str | None):
        self.target = rules.dot_target(document.notes, note_id)
        mine = rules.dots_of_voter_on(document.votes.values(), document.notes, voter_id, note_id)
        self.taking_back = mine[-1:]
        super().__init__(
            document,
            translate("commands", "Take back a dot")
            if self.taking_back
            else translate("commands", "Give a dot"),
        )
        self.vote = None if self.taking_back else Vote(note_id=self.target, voter_id=voter_id)

    def _redo(self) -> None:
        if self.taking_back:
            self.document.remove_votes([v.id for v in self.taking_back])
        else:
            assert self.vote is not None
            self.document.add_votes([self.vote])

    def _undo(self) -> None:
        if self.taking_back:
            self.document.add_votes(self.taking_back)
        else:
            assert self.vote is not None
            self.document.remove_votes([self.vote.id])


class SetImpactCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], impact: int | None):
        super().__init__(
            document,
            {nid: {"impact": impact} for nid in note_ids},
            translate("commands", "Rate impact")
            if impact
            else translate("commands", "Clear impact rating"),
        )


class SetShortlistCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], on: bool):
        super().__init__(
            document,
            {nid: {"shortlisted": on} for nid in note_ids},
            translate("commands", "Add to shortlist")
            if on
            else translate("commands", "Remove from shortlist"),
        )


class SetStepOfNotesCommand(UpdateNotesCommand):
    def __init__(self, document: WorkshopDocument, note_ids: list[str], step: Step):
        super().__init__(
            document,
            {nid: {"step": step} for nid in note_ids},
            translate("commands", "Move to another step"),
        )


class GroupNotesCommand(DocumentCommand):
    """Put notes under a title card; the group moves and is voted on as one."""

    def __init__(self, document: WorkshopDocument, member_ids: list[str], title: str, step: Step):
        super().__init__(document, translate("commands", "Group notes"))
        members = [document.notes[i] for i in member_ids]
        x = sum(n.x for n in members) / len(members)
        y = min(n.y - n.height / 2 for n in members)
        self.card = Note(
            text=title, kind=NOTE_KIND_GROUP, x=x, y=y, colour="white", step=step, height=60.0
        )
        self.member_ids = list(member_ids)
        # The notes gather under the title, so the group reads as one on the star.
        places = steps.arrange_group(x, y, [(n.width, n.height) for n in members])
        self.gathered = {
            n.id: {"group_id": self.card.id, "x": px, "y": py}
            for n, (px, py) in zip(members, places, strict=True)
        }
        self.previous: dict[str, dict[str, Any]] = {}

    def _redo(self) -> None:
        self.previous = {
            i: {k: getattr(self.document.notes[i], k) for k in ("group_id", "x", "y", "co")}
            for i in self.member_ids
        }
        self.document.group_notes(self.card, self.gathered)

    def _undo(self) -> None:
        self.document.update_notes(self.previous)
        self.document.delete_notes([self.card.id])


class UngroupCommand(DocumentCommand):
    """Remove group cards; their notes stay where they are, ungrouped."""

    def __init__(self, document: WorkshopDocument, group_ids: str | list[str]):
        group_ids = [group_ids] if isinstance(group_ids, str) else list(group_ids)
        super().__init__(document, translate("commands", "Ungroup notes"))
        self.group_ids = group_ids
        self.removed: list[Note] = []
        self.dependants: NoteDependants | None = None

    def _redo(self) -> None:
        self.removed, self.dependants = self.document.delete_notes(self.group_ids)

    def _undo(self) -> None:
        assert self.dependants is not None  # undo follows a redo
        self.document.restore_notes(self.removed, self.dependants)


class AddEntityCommand(DocumentCommand):
    """Add a co-producer, a sceptic's worry or an action."""

    def __init__(self, document: WorkshopDocument, collection: str, obj: Entity, text: str):
        super().__init__(document, text)
        self.collection = collection
        self.obj = obj

    def _redo(self) -> None:
        self.document.add_entity(self.collection, self.obj)

    def _undo(self) -> None:
        self.document.remove_entity(self.collection, self.obj.id)


class UpdateEntityCommand(DocumentCommand):
    def __init__(
        self,
        document: WorkshopDocument,
        collection: str,
        obj_id: str,
        changes: Mapping[str, Any],
        text: str,
    ):
        super().__init__(document, text)
        self.collection = collection
        self.obj_id = obj_id
        self.changes = dict(changes)
        self.previous: dict[str, Any] = {}

    def _redo(self) -> None:
        self.previous = self.document.update_entity(self.collection, self.obj_id, self.changes)

    def _undo(self) -> None:
        self.document.update_entity(self.collection, self.obj_id, self.previous)


class RemoveEntityCommand(DocumentCommand):
    def __init__(self, document: WorkshopDocument, collection: str, obj_id: str, text: str):
        super().__init__(document, text)
        self.collection = collection
        self.obj_id = obj_id
        self.removed: Entity | None = None

    def _redo(self) -> None:
        self.removed = self.document.remove_entity(self.collection, self.obj_id)

    def _undo(self) -> None:
        assert self.removed is not None  # undo follows a redo
        self.document.add_entity(self.collection, self.removed)


class AddActionsCommand(DocumentCommand):
    """Add several actions at once (carrying open actions over from an earlier workshop)."""

    def __init__(self, document: WorkshopDocument, actions: list[Action], text: str):
        super().__init__(document, text)
        self.actions = list(actions)

    def _redo(self) -> None:
        self.document.add_actions(self.actions)

    def _undo(self) -> None:
        self.document.remove_actions([a.id for a in self.actions])
