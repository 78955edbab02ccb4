"""The action plan: a handout with every agreed action, grouped by owner or sorted by date."""

from __future__ import annotations

from typing import BinaryIO

from reportlab.platypus import Flowable

from costar_desktop.core.model import Action, ActionStatus, WorkshopData
from costar_desktop.report.flowables import GridTable, Heading, Row, Sections, TextBlock
from costar_desktop.report.pages import PagedDocument, Progress, footer_text
from costar_desktop.report.styles import GROUP_FILL, Look, landscape_page, month_label, nice_date

#: Relative column widths: action, first step, owner, due, Co, status.
COLUMNS: list[float] = [30, 25, 15, 11, 10, 10]
EASY_COLUMNS: list[float] = [26, 22, 15, 16, 9, 12]
#: On a portrait page (inside the report) the Co needs a larger share to fit "Co-commission".
PORTRAIT_COLUMNS: list[float] = [25, 21, 15, 13, 15, 11]
EASY_STATUS = {
    ActionStatus.NOT_STARTED: "Not yet",
    ActionStatus.IN_PROGRESS: "Started",
    ActionStatus.DONE: "Yes, done",
}


def _due_key(action: Action) -> tuple[bool, str]:
    return (action.due == "", action.due)


def ordered_actions(data: WorkshopData, group_by: str) -> list[tuple[str, list[Action]]]:
    """Actions in printing order, in groups: (group title key, actions).

    By owner: owners A to Z (no owner last), each owner's actions by date. By date:
    soonest first, grouped by month, undated last. Ties keep the order they were agreed in.
    """
    actions = list(data.actions)
    groups: dict[str, list[Action]] = {}
    if group_by == "owner":
        actions.sort(
            key=lambda a: (a.owner.strip() == "", a.owner.strip().casefold(), *_due_key(a))
        )
        for a in actions:
            groups.setdefault(a.owner.strip(), []).append(a)
    else:
        actions.sort(key=lambda a: (*_due_key(a), a.owner.strip().casefold()))
        for a in actions:
            groups.setdefault(month_label(a.due), []).append(a)
    return list(groups.items())


def _group_title(key: str, group_by: str, lk: Look) -> str:
    if group_by == "owner":
        return lk.word("group_owner").format(owner=key) if key else lk.word("no_owner")
    return lk.word("group_month").format(month=key) if key else lk.word("no_date")


def _status(action: Action, lk: Look) -> str:
    return EASY_STATUS[action.status] if lk.easy else action.status.label


def _row(action: Action, lk: Look) -> Row:
    cell = lk.cell
    what: list[tuple[str, bool]] = [(action.action or "–", False)]
    if action.carried_from:
        what.append((f"\n(carried over from {action.carried_from})", False))
    due = nice_date(action.due, lk.easy) or "–"
    if action.review_date and not lk.easy:
        due += f"\nReview {nice_date(action.review_date)}"
    return Row(
        [
            TextBlock(what, cell),
            TextBlock(action.first_step or "–", cell),
            TextBlock(action.owner or "–", cell),
            TextBlock(due, cell),
            TextBlock(action.co.label if action.co else "–", cell),
            TextBlock(_status(action, lk), cell),
        ]
    )


def action_table(
    data: WorkshopData, lk: Look, group_by: str, portrait: bool = False
) -> list[Flowable]:
    """The table of actions (or a sentence saying there are none)."""
    if not data.actions:
        return [TextBlock(lk.word("no_actions"), lk.body, space_after=lk.gap)]
    head = lk.cell_head
    header = [
        TextBlock(lk.word(k), head)
        for k in ("col_action", "col_first", "col_owner", "col_due", "col_co", "col_status")
    ]
    rows: list[Row] = []
    for key, actions in ordered_actions(data, group_by):
        title = f"{_group_title(key, group_by, lk)} ({len(actions)})"
        rows.append(Row([TextBlock(title, head)], kind="group", fill=GROUP_FILL))
        rows.extend(_row(a, lk) for a in actions)
    columns = EASY_COLUMNS if lk.easy else PORTRAIT_COLUMNS if portrait else COLUMNS
    return [GridTable(columns, header, rows, lk.cell_pad, space_after=lk.gap)]


def details_lines(data: WorkshopData, lk: Look) -> str:
    w = data.workshop
    parts = [nice_date(w.date, lk.easy), w.venue, w.organisation]
    if w.facilitator:
        parts.append(f"{lk.word('facilitator')}: {w.facilitator}")
    return " · ".join(p for p in parts if p)


def build_action_plan(
    data: WorkshopData, out: BinaryIO, paper: str, lk: Look, group_by: str, progress: Progress
) -> None:
    if lk.easy:
        # Easy read is not a table: one block per action, in the same order (easy_read.py).
        from costar_desktop.report.easy_read import build_easy_action_plan

        actions = [a for _, group in ordered_actions(data, group_by) for a in group]
        build_easy_action_plan(data, out, paper, lk, actions, progress)
        return
    what = lk.word("action_plan")
    title = data.workshop.title.strip()
    sections = Sections()
    story: list[Flowable] = [
        Heading(what, lk.title, "plan", 0, sections, space_after=lk.gap / 2),
    ]
    if title:
        story.append(TextBlock(title, lk.h2, space_after=lk.gap / 2))
    details = details_lines(data, lk)
    if details:
        story.append(TextBlock(details, lk.body, space_after=lk.gap * 2))
    story += action_table(data, lk, group_by)
    doc = PagedDocument(
        out,
        landscape_page(paper),
        lk,
        footer_text(data, what, lk.easy),
        f"{what} – {title}" if title else what,
        data.workshop.organisation,
        progress,
    )
    doc.build_story(story)
