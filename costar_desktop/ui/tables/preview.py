"""The preview of bringing tables' files back: what each table added, changed and removed,
the files refused, what was noticed, and every conflict with both values side by side and
a choice. Changing a choice plans the merge again, so the sentence at the top always says
what "Bring back" will do.

The dialog only plans (:func:`costar_desktop.storage.breakout.plan_bring_back`); the
window's tables' tools take the backup and push the one undo command.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from costar_desktop.core.merge import (
    BOTH,
    HERE,
    MERGED_TABLES,
    THEIRS,
    Conflict,
    Rows,
    fields_of,
    kind_of,
)
from costar_desktop.storage.breakout import (
    BringBack,
    Refusal,
    TableFile,
    plan_bring_back,
)
from costar_desktop.ui.i18n import translate
from costar_desktop.ui.large_type import body_font, heading_font
from costar_desktop.ui.tables import look
from costar_desktop.ui.tables.words import (
    did_lines,
    field_words,
    place_words,
    result_sentence,
    thing_words,
    value_words,
)

#: A value longer than this is shown cut, with "…" (a pasted page would fill the dialog).
MAX_SHOWN_CHARS = 600


def _label(text: str = "", font: QFont | None = None, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if font is not None:
        label.setFont(font)
    if name:
        label.setObjectName(name)
    return label


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def changes_by_kind(bring: BringBack) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """What the planned merge adds, changes and removes in the workshop, by kind of thing
    (the breakout's own records left out)."""
    before, after = bring.plan.before, bring.plan.after
    added: Counter[str] = Counter()
    changed: Counter[str] = Counter()
    removed: Counter[str] = Counter()
    for table in MERGED_TABLES:
        for row in bring.changes.inserts.get(table, []):
            added[kind_of(table, row)] += 1
        for key in bring.changes.updates.get(table, {}):
            changed[kind_of(table, after.get(table, {}).get(key))] += 1
        for key in bring.changes.deletes.get(table, []):
            removed[kind_of(table, before.get(table, {}).get(key))] += 1
    return added, changed, removed


class ConflictBox(QFrame):
    """One conflict: what it is about, both values side by side, and the choice."""

    #: (conflict id, choice) when the user picks another answer.
    chosen = Signal(str, str)

    def __init__(self, body: QFont, heading: QFont, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("conflict")
        self.conflict: Conflict | None = None
        layout = QVBoxLayout(self)
        self.title = _label(font=heading, name="conflict_title")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(body.pixelSize())
        layout.addLayout(grid)
        self.here_heading = _label(font=heading)
        self.theirs_heading = _label(font=heading)
        self.here_value = _label(font=body, name="here_value")
        self.theirs_value = _label(font=body, name="theirs_value")
        for column, (head, value) in enumerate(
            ((self.here_heading, self.here_value), (self.theirs_heading, self.theirs_value))
        ):
            value.setFrameShape(QFrame.Shape.Box)
            value.setMargin(body.pixelSize() // 3)
            value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(head, 0, column)
            grid.addWidget(value, 1, column)
            grid.setColumnStretch(column, 1)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        mark = max(16, round(body.pixelSize() * 0.9))
        for choice in (HERE, THEIRS, BOTH):
            button = QRadioButton()
            button.setObjectName(f"choice_{choice}")
            button.setFont(body)
            # A mark as large as the words (Fusion's is 13 px, too small to see from afar).
            button.setStyleSheet(
                f"QRadioButton::indicator {{ width: {mark}px; height: {mark}px; }}"
            )
            self.buttons[choice] = button
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttonToggled.connect(self._toggled)

    def show_conflict(
        self, number: int, total: int, conflict: Conflict, here: Rows, theirs: Rows, choice: str
    ) -> None:
        """Show ``conflict`` (number ``number`` of ``total``), with ``choice`` chosen."""
        self.conflict = conflict
        c = conflict
        name = c.table_name
        row = (
            here.get(c.table, {}).get(c.key)
            or theirs.get(c.table, {}).get(c.key)
            or (c.here if isinstance(c.here, dict) else None)
            or (c.theirs if isinstance(c.theirs, dict) else None)
        )
        thing = thing_words(c.table, row)
        if c.deleted == "theirs":
            title = translate(
                "Tables", "%1 deleted %2, which was changed here since it was handed out."
            )
            here_text = translate("Tables", "Changed here: %1").replace(
                "%1", self._changed_fields(c, c.here)
            )
            theirs_text = translate("Tables", "Deleted at %1.").replace("%1", name)
            words = {
                HERE: translate("Tables", "Keep it, with the changes made here"),
                THEIRS: translate("Tables", "Delete it, as %1 did"),
            }
        elif c.deleted == "here":
            title = translate("Tables", "%2 was deleted here; %1 changed it.")
            here_text = translate("Tables", "Deleted here.")
            theirs_text = (
                translate("Tables", "Changed at %1: %2")
                .replace("%1", name)
                .replace("%2", self._changed_fields(c, c.theirs))
            )
            words = {
                HERE: translate("Tables", "Leave it deleted"),
                THEIRS: translate("Tables", "Bring it back, with the changes from %1"),
            }
        else:
            title = translate("Tables", "Both this workshop and %1 changed %3 of %2.").replace(
                "%3", field_words(c.table, c.field)
            )
            here_text = value_words(c.table, c.field, c.here, here)
            theirs_text = value_words(c.table, c.field, c.theirs, theirs)
            if c.field == "place":
                here_text = translate("Tables", "Moved here: %1").replace(
                    "%1", place_words(c.here, c.base)
                )
                theirs_text = (
                    translate("Tables", "Moved at %1: %2")
                    .replace("%1", name)
                    .replace("%2", place_words(c.theirs, c.base))
                )
            words = {
                HERE: translate("Tables", "Keep this workshop's"),
                THEIRS: translate("Tables", "Take the one from %1"),
                BOTH: translate(
                    "Tables", "Keep both: the words from %1 become a second note beside it"
                ),
            }
        title = (
            translate("Tables", "%1 of %2.").replace("%1", str(number)).replace("%2", str(total))
            + " "
            + title.replace("%1", name).replace("%2", thing)
        )
        self.title.setText(title)
        self.here_heading.setText(translate("Tables", "Here, in this workshop:"))
        self.theirs_heading.setText(translate("Tables", "At %1:").replace("%1", name))
        self.here_value.setText(_cut(here_text))
        self.theirs_value.setText(_cut(theirs_text))  # a value is shown as it is, %1 and all
        self.here_value.setAccessibleName(
            translate("Tables", "Here: %1").replace("%1", _cut(here_text))
        )
        self.theirs_value.setAccessibleName(
            translate("Tables", "At %1: %2").replace("%1", name).replace("%2", _cut(theirs_text))
        )
        self.setAccessibleName(
            translate("Tables", "Decision %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total))
        )
        self.setAccessibleDescription(title)
        self.group.blockSignals(True)
        for key, button in self.buttons.items():
            shown = key in c.choices and key in words
            button.setVisible(shown)
            if shown:
                button.setText(words[key].replace("%1", name))
                button.setAccessibleName(button.text())
            button.setChecked(shown and key == choice)
        self.group.blockSignals(False)

    def _changed_fields(self, c: Conflict, row: Any) -> str:
        """The fields that ``row`` changed since the baseline, in words."""
        if not isinstance(row, dict) or not isinstance(c.base, dict):
            return translate("Tables", "(changed)")
        names = [
            field_words(c.table, name)
            for name, cols in fields_of(c.table, row).items()
            if any(row.get(col) != c.base.get(col) for col in cols)
        ]
        return ", ".join(names) if names else translate("Tables", "(changed)")

    def choice(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return self.conflict.default if self.conflict is not None else HERE

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked and self.conflict is not None:
            key = next(k for k, b in self.buttons.items() if b is button)
            self.chosen.emit(self.conflict.id, key)


class PreviewDialog(QDialog):
    """Bring back tables' files: accepted with "Bring back" (or Enter); ``bring`` is then
    the merge as planned with the choices made (``choices``)."""

    def __init__(
        self,
        host: Any,
        tables: Sequence[TableFile],
        refused: Sequence[Refusal] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("bring_back_dialog")
        self.setWindowTitle(translate("Tables", "Bring back tables' files"))
        self.host = host
        self.tables = list(tables)
        self.refused = list(refused)
        #: The answers given, by conflict id (a conflict not here takes its default).
        self.choices: dict[str, str] = {}
        self.bring: BringBack | None = plan_bring_back(host, self.tables) if self.tables else None
        self.boxes: dict[str, ConflictBox] = {}

        self.body = body_font(self.font(), parent)
        self.setFont(self.body)
        self.heading = heading_font(self.body)
        layout = QVBoxLayout(self)
        #: What "Bring back" will do, in one sentence (follows the choices).
        self.result_label = _label(font=self.heading, name="bring_back_result")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.result_label)

        self.details = QScrollArea()
        self.details.setObjectName("bring_back_details")
        self.details.setWidgetResizable(True)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setAccessibleName(translate("Tables", "What the tables' files bring back"))
        self.details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        content = QWidget()
        content.setObjectName("bring_back_content")
        self.content = QVBoxLayout(content)
        self.content.setSpacing(self.body.pixelSize() // 2)
        self.details.setWidget(content)
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            translate("Tables", "&Bring back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("bring_back_button")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumHeight(round(QFontMetrics(self.body).height() * 1.6))
        layout.addWidget(self.buttons)
        self._fill()
        if self.nothing_to_bring():
            self.ok_button.hide()
            self.cancel_button.setText(translate("Tables", "Close"))
            self.cancel_button.setDefault(True)
        else:
            self.ok_button.setDefault(True)
        self._update_result()
        first = next(iter(self.boxes.values()), None)
        if first is not None:
            first.buttons[first.choice()].setFocus()
        else:
            (self.cancel_button if self.nothing_to_bring() else self.ok_button).setFocus()
        look.fit(self, parent, QSize(self.body.pixelSize() * 64, self.body.pixelSize() * 44))

    # --- what is shown ------------------------------------------------------------------

    def nothing_to_bring(self) -> bool:
        """No file could be brought back, or none holds a change or a conflict."""
        return self.bring is None or all(
            r.counts.empty and not r.conflicts for r in self.bring.plan.tables
        )

    def _fill(self) -> None:
        body, heading = self.body, self.heading
        add = self.content.addWidget
        bring = self.bring
        if bring is not None:
            for table, result in zip(self.tables, bring.plan.tables, strict=True):
                add(
                    _label(
                        translate("Tables", "%1 — “%2”")
                        .replace("%1", table.record.name)
                        .replace("%2", table.path.name),
                        heading,
                        "table_heading",
                    )
                )
                lines = did_lines(result.counts.added, result.counts.changed, result.counts.removed)
                if not lines:
                    lines = [
                        translate(
                            "Tables", "No changes since it was handed out or last brought back."
                        )
                    ]
                if result.conflicts:
                    lines.append(
                        translate(
                            "Tables", "⚠ 1 thing was changed both here and there: decide below."
                        )
                        if len(result.conflicts) == 1
                        else translate(
                            "Tables", "⚠ %n things were changed both here and there: decide below."
                        ).replace("%n", str(len(result.conflicts)))
                    )
                if result.missing:
                    lines.append(
                        translate(
                            "Tables",
                            "ℹ 1 thing is missing from its file with no record that it was "
                            "deleted there: it is kept.",
                        )
                        if len(result.missing) == 1
                        else translate(
                            "Tables",
                            "ℹ %n things are missing from its file with no record that they "
                            "were deleted there: they are kept.",
                        ).replace("%n", str(len(result.missing)))
                    )
                if table.inbox:
                    lines.append(
                        translate(
                            "Tables",
                            "ℹ 1 phone's note is still waiting in its inbox: it stays on that "
                            "laptop. Put it on the star there, then bring the file back again.",
                        )
                        if table.inbox == 1
                        else translate(
                            "Tables",
                            "ℹ %n phones' notes are still waiting in its inbox: they stay on "
                            "that laptop. Put them on the star there, then bring the file "
                            "back again.",
                        ).replace("%n", str(table.inbox))
                    )
                add(_label("\n".join(lines), body, "table_lines"))
        if self.refused:
            add(
                _label(
                    translate("Tables", "✗ Not brought back (each file was left as it was):"),
                    heading,
                )
            )
            for refusal in self.refused:
                add(_label(f"• {refusal.message}", body, "refusal"))
        if bring is not None and (bring.plan.repairs or bring.plan.over_budget):
            add(_label(translate("Tables", "Noticed while bringing back:"), heading))
            for words in bring.plan.repairs:
                add(_label(f"ℹ {words}.", body, "repair"))
            for name, given, allowed in bring.plan.over_budget:
                add(
                    _label(
                        translate(
                            "Tables",
                            "⚠ %1 now has %2 dots, %3 allowed. No dot is taken away: take some "
                            "back on the star if the workshop wants to.",
                        )
                        .replace("%1", name or translate("Tables", "A voter"))
                        .replace("%2", str(given))
                        .replace("%3", str(allowed)),
                        body,
                        "over_budget",
                    )
                )
        self.conflicts_heading = _label(font=heading, name="conflicts_heading")
        add(self.conflicts_heading)
        self._sync_conflicts()
        self.content.addStretch(1)

    def _sync_conflicts(self) -> None:
        """One box per conflict of the plan, in its order; boxes of conflicts that went
        (another choice can change what a later table conflicts with) are removed."""
        conflicts = self.bring.plan.conflicts if self.bring is not None else []
        self.conflicts_heading.setVisible(bool(conflicts))
        self.conflicts_heading.setText(
            translate("Tables", "Decide: 1 thing was changed both here and at a table")
            if len(conflicts) == 1
            else translate(
                "Tables", "Decide: %n things were changed both here and at a table"
            ).replace("%n", str(len(conflicts)))
        )
        wanted = {c.id for c in conflicts}
        for cid in [k for k in self.boxes if k not in wanted]:
            gone = self.boxes.pop(cid)
            gone.hide()
            gone.deleteLater()
        here = self.bring.plan.before if self.bring is not None else {}
        start = self.content.indexOf(self.conflicts_heading) + 1
        previous: QWidget = self.details
        for number, conflict in enumerate(conflicts, start=1):
            found = self.boxes.get(conflict.id)
            box = found if found is not None else ConflictBox(self.body, self.heading)
            if found is None:
                box.chosen.connect(self._chosen)
                self.boxes[conflict.id] = box
            self.content.insertWidget(start + number - 1, box)
            theirs = next(t.side.rows for t in self.tables if t.record.id == conflict.table_id)
            choice = self.choices.get(conflict.id, conflict.default)
            box.show_conflict(number, len(conflicts), conflict, here, theirs, choice)
            for key in (HERE, THEIRS, BOTH):  # Tab: the boxes in order, then the buttons
                self.setTabOrder(previous, box.buttons[key])
                previous = box.buttons[key]
        self.setTabOrder(previous, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)

    def _update_result(self) -> None:
        if self.bring is None:
            text = translate(
                "Tables",
                "Nothing to bring back: none of the files chosen can be brought back here.",
            )
        elif self.nothing_to_bring():
            text = translate(
                "Tables",
                "Nothing to bring back: the tables' files hold no changes since they were "
                "handed out or last brought back.",
            )
        else:
            text = result_sentence(*changes_by_kind(self.bring))
            text += " " + translate(
                "Tables", "A backup is taken first; Edit → Undo takes it all back."
            )
        self.result_label.setText(text)
        self.result_label.setAccessibleName(text)

    # --- choices ----------------------------------------------------------------------

    def _chosen(self, conflict_id: str, choice: str) -> None:
        self.choose(conflict_id, choice)

    def choose(self, conflict_id: str, choice: str) -> None:
        """Answer one conflict and plan the merge again with every answer given."""
        self.choices[conflict_id] = choice
        self.bring = plan_bring_back(self.host, self.tables, self.choices)
        self._sync_conflicts()
        self._update_result()

    def final_choices(self) -> Mapping[str, str]:
        return dict(self.choices)
