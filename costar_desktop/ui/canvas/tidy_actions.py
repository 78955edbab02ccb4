"""Steps → Tidy this Co (T) and Tidy the whole star (Shift+T): the glue from the keys to
:func:`costar_desktop.core.tidy.tidy` and one undoable move.

The layout is the core's; here we only choose the areas, read what the canvas draws (each
card's size as shown, and which card lies in front), move the notes with one
:class:`~costar_desktop.ui.model.commands.MoveNotesCommand` (one transaction, one undo step) and
say in the status bar what happened.
"""

from __future__ import annotations

from costar_desktop.core.model import Co
from costar_desktop.core.star import CO_ORDER
from costar_desktop.core.tidy import TidyResult, tidy
from costar_desktop.ui import i18n
from costar_desktop.ui.canvas.note_item import NoteItem
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.model import commands

#: Marks "no Co under the pointer" apart from None, which is the parking area.
_NOWHERE = object()


def area_name(co: Co | None) -> str:
    return i18n.label(co) if co is not None else translate("Tidy", "the parking area")


def _names(areas) -> str:
    order = {co: i for i, co in enumerate((*CO_ORDER, None))}
    return ", ".join(area_name(a) for a in sorted(areas, key=order.__getitem__))


def areas_to_tidy(editor) -> set | object:
    """The areas "Tidy this Co" tidies: those of the selected notes; with nothing
    selected, the Co (or the parking area) under the pointer, or in the middle of the view
    when the pointer is not over it. ``_NOWHERE`` if that is the hub of the star."""
    notes = editor.document.notes
    selected = [notes[i] for i in editor.selected_note_ids() if i in notes]
    if selected:
        return {n.co for n in selected}
    geometry = editor.document.geometry
    point = editor.view.pointer_scene_pos()
    co = geometry.co_at(point.x(), point.y())
    if co is None and geometry.contains(point.x(), point.y()):
        return _NOWHERE
    return {co}


def tidy_this_co(editor) -> bool:
    """Tidy the Co of the selected notes (or under the pointer); True if notes moved."""
    if editor is None:
        return False
    areas = areas_to_tidy(editor)
    if areas is _NOWHERE:
        editor.message.emit(translate("Tidy", "Select a note, or point at a Co, to tidy it."))
        return False
    return _tidy(editor, areas, _names(areas))


def tidy_whole_star(editor) -> bool:
    """Tidy every Co and the parking area; True if notes moved."""
    if editor is None:
        return False
    return _tidy(editor, None, translate("Tidy", "the whole star"))


def _tidy(editor, areas, name: str) -> bool:
    editor.finish_editing()
    document = editor.document
    sizes: dict[str, tuple[float, float]] = {}
    stacking: dict[str, float] = {}
    for note_id in document.notes:
        item = editor.scene.note_item(note_id)
        if isinstance(item, NoteItem):
            rect = item.rect()
            sizes[note_id] = (rect.width(), rect.height())
            stacking[note_id] = item.zValue()
    result = tidy(document.notes.values(), areas, document.geometry, sizes, stacking)
    if not result.tidied:
        editor.message.emit(translate("Tidy", "No notes to tidy: %1.").replace("%1", name))
        return False
    if not result.moves:
        editor.message.emit(
            _said(result, translate("Tidy", "Already tidy: %1.").replace("%1", name))
        )
        return False
    command = commands.MoveNotesCommand(document, result.moves)
    command.setText(translate("Tidy", "Tidy notes"))
    if not editor.push(command):
        return False  # the window says why it was not saved
    editor.message.emit(
        _said(
            result, translate("Tidy", "Tidied: %1. Undo puts the notes back.").replace("%1", name)
        )
    )
    return True


def _said(result: TidyResult, done: str) -> str:
    """``done``, and what did not go as a facilitator might expect."""
    parts = [done]
    if result.crowded:
        parts.append(
            translate(
                "Tidy",
                "Too full for every note at full size, so some "
                "overlap: %1. Move some notes out to make room.",
            ).replace("%1", _names(result.crowded))
        )
    if result.kept_groups:
        parts.append(translate("Tidy", "A group that lies across two areas stays where it is."))
    return " ".join(parts)
