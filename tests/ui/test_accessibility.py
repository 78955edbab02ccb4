"""Screen readers: the canvas, its sectors and steps, and every note have names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

from costar_desktop.core.model import Co, ParticipantKind, Step


def _canvas(window):
    iface = QAccessible.queryAccessibleInterface(window.editor.view)
    assert iface is not None
    return iface


def _children(iface):
    return [iface.child(i) for i in range(iface.childCount())]


def test_the_canvas_lists_co_sectors_steps_and_notes(window):
    iface = _canvas(window)
    assert iface.text(QAccessible.Text.Name) == "Co-Production Star"
    assert "Tab" in iface.text(QAccessible.Text.Description)
    names = [c.text(QAccessible.Text.Name) for c in _children(iface)]
    assert names[:4] == [
        "Co-commission point of the star",
        "Co-design point of the star",
        "Co-deliver point of the star",
        "Co-assess point of the star",
    ]
    assert names[4:9] == [
        "Step 1: Map",
        "Step 2: Focus",
        "Step 3: People",
        "Step 4: Market",
        "Step 5: Grow",
    ]
    assert len(names) == 9 + len(window.document.notes)
    design = _children(iface)[1]
    assert "Shaping" in design.text(QAccessible.Text.Description)
    assert design.rect().width() > 0


def test_each_note_is_named_by_author_co_step_and_text(window):
    doc = window.document
    carers = next(p for p in doc.participants.values() if p.kind == ParticipantKind.CARER)
    note = next(
        n
        for n in doc.notes.values()
        if n.author_id == carers.id and n.co == Co.DESIGN and n.step == Step.MAP
    )
    iface = _canvas(window)
    names = {c.text(QAccessible.Text.Name): c for c in _children(iface)}
    expected = f"Note by {carers.name}, Co-design, Map step: {note.text}"
    assert expected in names
    child = names[expected]
    assert child.role() == QAccessible.Role.ListItem
    assert "dot" in child.text(QAccessible.Text.Description) or note.id not in {
        v.note_id for v in doc.votes.values()
    }
    group = next(n for n in doc.notes.values() if n.is_group)
    assert any(n.startswith(f"Group {group.text}, Co-deliver, Focus step, 2 notes") for n in names)


def test_tab_moves_the_accessible_focus_to_the_note(window):
    QTest.keyClick(window.editor.view, Qt.Key.Key_Tab)
    iface = _canvas(window)
    focused = iface.focusChild()
    assert focused is not None
    selected = window.editor.scene.selected_note_ids()[0]
    assert focused.text(QAccessible.Text.Name).endswith(
        window.document.notes[selected].text
    ) or window.document.notes[selected].text in focused.text(QAccessible.Text.Name)
    assert focused.state().focused and focused.state().selected


def test_every_control_in_the_window_has_a_name(window):
    """Buttons, fields and lists either show words or carry an accessible name."""
    missing = []
    for widget in (
        window.findChildren(QAbstractButton)
        + window.findChildren(QComboBox)
        + window.findChildren(QLineEdit)
        + window.findChildren(QListWidget)
    ):
        if not widget.isVisibleTo(window) or widget.objectName().startswith("qt_"):
            continue  # hidden, or a part Qt adds inside a named control (a spin box's field)
        label = widget.accessibleName() or (widget.text() if hasattr(widget, "text") else "")
        if isinstance(widget, QComboBox):
            label = widget.accessibleName()
        if isinstance(widget, QLineEdit):
            label = widget.accessibleName() or widget.placeholderText()
        if not label.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    assert missing == []
