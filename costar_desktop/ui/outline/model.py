"""The outline's item model: the workshop as a tree that follows the document live.

Level 1 is each Co in the star's order, then "Not yet placed" (notes in no Co). All five
are always there, even empty, so the shape of the star is the same in every workshop and a
new note can be asked for in an empty Co. Level 2 is the steps of that Co in the star's
order, but only the steps that have notes there: five steps under five Co's would be 25
rows, most of them empty on any given day, and a screen reader reads out each one.
Level 3 is the group cards and the loose notes of that Co and step, and level 4 a group's
notes, both in :func:`~costar_desktop.core.rules.reading_order` (a grouped note lives under
its group's card whatever its own Co and step).

The model never resets for one change: after each change of the document it works out the
tree the document asks for (:func:`_wanted`, shaped by
:func:`costar_desktop.core.outline.outline` as the printed outline is) and walks there with
as few row moves, inserts and removes as it can (:meth:`OutlineModel._walk_to`), so a view
keeps its current row, its selection and what is expanded. A row whose words change gets
``dataChanged`` alone. Within one gesture the document tells of its notes one by one and then
``notes_settled``: the model waits for that and walks once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from costar_desktop.core.model import Co, Step
from costar_desktop.core.outline import Entry, outline
from costar_desktop.core.star import CO_ORDER
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.outline.words import container_words, note_sentence, note_words

#: The note's id (group cards too); None on a Co or step row.
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: What the row is: "co", "step", "group" or "note".
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
#: The step of the row's place in the tree (a Step; None on a Co row).
STEP_ROLE = Qt.ItemDataRole.UserRole + 3
#: The Co of the row's place in the tree (a Co, or None for "not yet placed").
CO_ROLE = Qt.ItemDataRole.UserRole + 4
#: True for a shortlisted note or group card, and for the notes of a shortlisted group.
SHORTLISTED_ROLE = Qt.ItemDataRole.UserRole + 5
#: The words a search looks in: the note's text and its author's name, in lower case.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6

_INDEX = QModelIndex | QPersistentModelIndex
#: The invisible root's index (the default parent).
_TOP = QModelIndex()
#: A row's key: ("co", Co | None), ("step", Co | None, Step) or ("note", note id).
Key = tuple[Any, ...]
ROOT: Key = ("root",)


@dataclass(frozen=True)
class Shown:
    """What one row says, as plain values (compared to tell which rows changed)."""

    kind: str
    text: str = ""
    author: str | None = None
    dots: int | None = None
    impact: int | None = None
    shortlisted: bool = False
    count: int = 0
    co: Co | None = None
    step: Step | None = None
    in_shortlisted_group: bool = False


@dataclass(eq=False)
class _Node:
    key: Key
    serial: int
    shown: Shown | None
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0


@dataclass
class Wanted:
    """The tree the document asks for: each row's children and what each row says."""

    children: dict[Key, list[Key]]
    shown: dict[Key, Shown]


def _wanted(doc) -> Wanted:
    """The tree for ``doc``'s notes, participants, dots and settings: the shape is core's
    (:func:`costar_desktop.core.outline.outline`, which the printed outline reads too);
    here it becomes rows. Every Co and "not yet placed" is a row even when empty (the
    same shape for every workshop); steps only when they hold notes."""
    by_co = {branch.co: branch for branch in outline(doc.snapshot())}
    children: dict[Key, list[Key]] = {ROOT: [("co", co) for co in (*CO_ORDER, None)]}
    shown: dict[Key, Shown] = {}

    def row(entry: Entry, co: Co | None, step: Step, card: Entry | None = None) -> Key:
        key: Key = ("note", entry.id)
        children[key] = [row(m, co, step, entry) for m in entry.members]
        shown[key] = Shown(
            kind="group" if entry.is_group else "note",
            text=entry.text,
            author=entry.author,
            # A grouped note's dots count for its card, and are said there.
            dots=None if card is not None else entry.dots,
            impact=entry.impact,
            shortlisted=entry.shortlisted,
            count=len(entry.members),
            co=co,
            step=step,
            in_shortlisted_group=card is not None and card.shortlisted,
        )
        return key

    for co in (*CO_ORDER, None):
        co_key: Key = ("co", co)
        children[co_key] = []
        co_count = 0
        branch = by_co.get(co)
        for part in branch.steps if branch is not None else ():
            step_key: Key = ("step", co, part.step)
            children[co_key].append(step_key)
            children[step_key] = [row(entry, co, part.step) for entry in part.entries]
            # Notes, not group cards: a group's title is not one of the group's ideas.
            count = sum(len(e.members) if e.is_group else 1 for e in part.entries)
            shown[step_key] = Shown(kind="step", count=count, co=co, step=part.step)
            co_count += count
        shown[co_key] = Shown(kind="co", count=co_count, co=co)
    return Wanted(children, shown)


class OutlineModel(QAbstractItemModel):
    """The workshop as a tree of Co's, steps, groups and notes (column 0 only)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._doc = None
        self._serials = 0
        self._root = _Node(ROOT, 0, None)
        self._by_key: dict[Key, _Node] = {}
        self._by_serial: dict[int, _Node] = {}
        self._waiting = False

    # --- following a document ------------------------------------------------------

    def set_document(self, doc) -> None:
        """Show ``doc`` (or nothing, for None): the one full reset of this model."""
        if self._doc is not None:
            for signal in self._signals(self._doc):
                signal.disconnect(self._on_change)
            self._doc.notes_settled.disconnect(self._on_settled)
        self.beginResetModel()
        self._doc = doc
        self._root = _Node(ROOT, 0, None)
        self._by_key, self._by_serial = {}, {}
        if doc is not None:
            wanted = _wanted(doc)
            self._build(self._root, wanted)
        self.endResetModel()
        if doc is not None:
            for signal in self._signals(doc):
                signal.connect(self._on_change)
            doc.notes_settled.connect(self._on_settled)

    @staticmethod
    def _signals(doc) -> list:
        return [
            doc.note_added,
            doc.note_changed,
            doc.note_removed,
            doc.votes_changed,
            doc.settings_changed,
            doc.participants_changed,
        ]

    def _on_change(self, *_args: object) -> None:
        # The caches are final when a signal goes out; within a run of notes, walk once.
        if self._doc is not None and self._doc.in_note_run:
            self._waiting = True
        else:
            self.refresh()

    def _on_settled(self) -> None:
        if self._waiting:
            self._waiting = False
            self.refresh()

    def refresh(self) -> None:
        """Bring the tree to the document's state with as few row changes as it can."""
        if self._doc is None:
            return
        wanted = _wanted(self._doc)
        self._walk_to(self._root, wanted)
        self._drop_unwanted(self._root, wanted)
        self._tell_changed(self._root, wanted)

    # --- the tree ----------------------------------------------------------------------

    def _new_node(self, key: Key, shown: Shown) -> _Node:
        self._serials += 1
        node = _Node(key, self._serials, shown)
        self._by_key[key] = node
        self._by_serial[node.serial] = node
        return node

    def _build(self, parent: _Node, wanted: Wanted) -> None:
        for key in wanted.children.get(parent.key, []):
            node = self._new_node(key, wanted.shown[key])
            node.parent = parent
            parent.children.append(node)
            self._build(node, wanted)

    def _walk_to(self, parent: _Node, wanted: Wanted) -> None:
        """Put ``parent``'s wanted children first, in order, then do the same below.

        A row that is somewhere else in the tree moves here (so its index, its own rows
        and its expanded state go with it); a new one is inserted. Rows no longer wanted
        end up after the wanted ones, where :meth:`_drop_unwanted` removes them.
        """
        here = self._index_of(parent)
        for i, key in enumerate(wanted.children.get(parent.key, [])):
            kids = parent.children
            if i < len(kids) and kids[i].key == key:
                continue
            node = self._by_key.get(key)
            if node is None:
                self.beginInsertRows(here, i, i)
                node = self._new_node(key, wanted.shown[key])
                node.parent = parent
                kids.insert(i, node)
                self.endInsertRows()
                continue
            assert node.parent is not None
            source, j = node.parent, node.row()
            self.beginMoveRows(self._index_of(source), j, j, here, i)
            source.children.pop(j)
            node.parent = parent
            kids.insert(i, node)
            self.endMoveRows()
        for child in list(parent.children[: len(wanted.children.get(parent.key, []))]):
            self._walk_to(child, wanted)

    def _drop_unwanted(self, parent: _Node, wanted: Wanted) -> None:
        keep = len(wanted.children.get(parent.key, []))
        for child in parent.children[:keep]:
            self._drop_unwanted(child, wanted)
        if len(parent.children) > keep:
            self.beginRemoveRows(self._index_of(parent), keep, len(parent.children) - 1)
            for gone in parent.children[keep:]:
                for node in _walk(gone):
                    self._by_key.pop(node.key, None)
                    self._by_serial.pop(node.serial, None)
            del parent.children[keep:]
            self.endRemoveRows()

    def _tell_changed(self, parent: _Node, wanted: Wanted) -> None:
        for node in _walk(parent):
            if node is parent:
                continue
            shown = wanted.shown[node.key]
            if node.shown != shown:
                node.shown = shown
                index = self._index_of(node)
                self.dataChanged.emit(index, index)

    def _index_of(self, node: _Node) -> QModelIndex:
        if node is self._root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), 0, node.serial)

    def _node(self, index: _INDEX) -> _Node:
        if not index.isValid():
            return self._root
        return self._by_serial[index.internalId()]

    # --- for the window ------------------------------------------------------------------

    def index_of_note(self, note_id: str) -> QModelIndex:
        """The row of the note (or group card) ``note_id``; invalid if it is not shown."""
        node = self._by_key.get(("note", note_id))
        return self._index_of(node) if node is not None else QModelIndex()

    @staticmethod
    def note_id(index: _INDEX) -> str | None:
        """The id of the note or group card at ``index`` (of this model or a proxy)."""
        return index.data(NOTE_ID_ROLE) if index.isValid() else None

    def tree(self) -> list[tuple[Key, list]]:
        """The tree as it is shown, as plain keys (for tests and the printed outline)."""

        def below(node: _Node) -> list[tuple[Key, list]]:
            return [(c.key, below(c)) for c in node.children]

        return below(self._root)

    # --- QAbstractItemModel --------------------------------------------------------------

    def index(self, row: int, column: int, parent: _INDEX = _TOP) -> QModelIndex:
        if column != 0 or row < 0 or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row].serial)

    def parent(self, index: _INDEX = _TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        return QModelIndex() if up is None or up is self._root else self._index_of(up)

    def rowCount(self, parent: _INDEX = _TOP) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _INDEX = _TOP) -> int:
        return 1

    def flags(self, index: _INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        shown = node.shown
        assert shown is not None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if shown.kind in ("co", "step"):
                return container_words(shown)
            if role == Qt.ItemDataRole.DisplayRole:
                return note_words(shown)
            return note_sentence(shown)
        if role == Qt.ItemDataRole.ToolTipRole:
            return container_words(shown) if shown.kind in ("co", "step") else note_sentence(shown)
        if role == NOTE_ID_ROLE:
            return node.key[1] if node.key[0] == "note" else None
        if role == KIND_ROLE:
            return shown.kind
        if role == STEP_ROLE:
            return shown.step
        if role == CO_ROLE:
            return shown.co
        if role == SHORTLISTED_ROLE:
            return shown.shortlisted or shown.in_shortlisted_group
        if role == SEARCH_ROLE:
            return f"{' '.join(shown.text.split())}\n{shown.author or ''}".casefold()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Outline", "Outline")
        return None


def _walk(node: _Node) -> Iterator[_Node]:
    yield node
    for child in node.children:
        yield from _walk(child)
