"""Export a workshop as JSON, CSV or Markdown, in a documented and stable shape.

The shapes are described in ``docs/file-format.md`` ("Exports"). Fields are only
ever added, never renamed or removed, within one ``format_version``.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from typing import Any

from costar_desktop import __version__
from costar_desktop.core import day_ran, steps
from costar_desktop.core.breakouts import sentence
from costar_desktop.core.model import Note, WorkshopData
from costar_desktop.core.programme import METHODS, clock
from costar_desktop.core.star import CO_ORDER, STEP_ORDER

EXPORT_FORMAT_VERSION = 1
FORMATS = ("json", "csv", "md")

WORKSHOP_FIELDS = (
    "id",
    "title",
    "date",
    "venue",
    "organisation",
    "facilitator",
    "created",
    "updated",
    "vote_budget",
    "votes_hidden",
    "current_step",
)
PARTICIPANT_FIELDS = ("id", "name", "kind", "is_group", "size", "created", "updated")
NOTE_FIELDS = (
    "id",
    "text",
    "co",
    "step",
    "author",
    "author_id",
    "colour",
    "x",
    "y",
    "width",
    "height",
    "created",
    "updated",
    "kind",
    "group_id",
    "votes",
    "impact",
    "shortlisted",
    "is_example",
)
VOTE_FIELDS = ("id", "note_id", "voter", "voter_id", "created")
PERSON_FIELDS = (
    "id",
    "name",
    "role",
    "kind",
    "inside",
    "could_bring",
    "involvement",
    "note_ids",
    "created",
    "updated",
)
MARKET_FIELDS = ("id", "sceptic_says", "our_answer", "audience", "created", "updated")
ACTION_FIELDS = (
    "id",
    "action",
    "first_step",
    "owner",
    "due",
    "co",
    "status",
    "review_date",
    "note_ids",
    "carried_from",
    "created",
    "updated",
)


def _plain(value: Any) -> Any:
    return value.value if hasattr(value, "value") else value


def _workshop_dict(data: WorkshopData) -> dict[str, Any]:
    w = data.workshop
    return {f: _plain(getattr(w, f)) for f in WORKSHOP_FIELDS}


def _participant_dicts(data: WorkshopData) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "name": p.name,
            "kind": p.kind.value,
            "is_group": p.is_group,
            "size": p.size,
            "created": p.created,
            "updated": p.updated,
        }
        for p in data.participants
    ]


def _note_dict(
    note: Note, data: WorkshopData, totals: Counter[str] | None = None
) -> dict[str, Any]:
    author = data.participant(note.author_id)
    totals = steps.votes_by_note(data) if totals is None else totals
    return {
        "id": note.id,
        "text": note.text,
        "co": note.co.value if note.co else None,
        "step": note.step.value,
        "author": author.name if author else None,
        "author_id": note.author_id,
        "colour": note.colour,
        "x": round(note.x, 2),
        "y": round(note.y, 2),
        "width": round(note.width, 2),
        "height": round(note.height, 2),
        "created": note.created,
        "updated": note.updated,
        "kind": note.kind,
        "group_id": note.group_id,
        "votes": totals.get(note.id, 0) if note.group_id is None else 0,
        "impact": note.impact,
        "shortlisted": note.shortlisted,
        "is_example": note.is_example,
    }


def _note_dicts(data: WorkshopData) -> list[dict[str, Any]]:
    totals = steps.votes_by_note(data)
    return [_note_dict(n, data, totals) for n in data.notes]


def _vote_dicts(data: WorkshopData) -> list[dict[str, Any]]:
    out = []
    for v in data.votes:
        voter = data.participant(v.voter_id)
        out.append(
            {
                "id": v.id,
                "note_id": v.note_id,
                "voter": voter.name if voter else None,
                "voter_id": v.voter_id,
                "created": v.created,
            }
        )
    return out


def _generic(obj: Any, fields: tuple[str, ...]) -> dict[str, Any]:
    return {
        f: _plain(getattr(obj, f)) if f != "note_ids" else list(getattr(obj, f)) for f in fields
    }


def to_dict(data: WorkshopData) -> dict[str, Any]:
    """The whole workshop as one JSON-ready object."""
    return {
        "format": "costar-export",
        "format_version": EXPORT_FORMAT_VERSION,
        "app_version": __version__,
        "workshop": _workshop_dict(data),
        "participants": _participant_dicts(data),
        "notes": _note_dicts(data),
        "votes": _vote_dicts(data),
        "people": [_generic(p, PERSON_FIELDS) for p in data.people],
        "market_items": [_generic(m, MARKET_FIELDS) for m in data.market_items],
        "actions": [_generic(a, ACTION_FIELDS) for a in data.actions],
        "breakouts": _breakout_dicts(data),
        "programme": _programme_dict(data),
    }


def _programme_dict(data: WorkshopData) -> dict[str, Any]:
    """The agenda: the day's start and name, and each block as planned and as it ran
    (core/day_ran.py). No blocks: an empty list. It names no participants (nothing to
    anonymise)."""
    p = data.programme
    return {
        "name": p.name,
        "description": p.description,
        "day_start": clock(p.day_start),
        "planned_end": clock(p.day_start + p.minutes),
        "running_block_id": p.running.block_id if p.running is not None else None,
        "summary": day_ran.summary(p),
        "blocks": [
            {
                "id": r.block.id,
                "title": r.block.title,
                "step": r.block.step.value if r.block.step is not None else None,
                "minutes": r.block.minutes,
                "method": r.block.method,
                "materials": r.block.materials,
                "notes": r.block.notes,
                "planned_start": clock(r.planned_start),
                "planned_end": clock(r.planned_end),
                "state": r.state,
                "started": r.block.started,
                "ran_seconds": r.block.ran_seconds,
            }
            for r in day_ran.as_it_ran(p)
        ],
    }


def _breakout_dicts(data: WorkshopData) -> list[dict[str, Any]]:
    return [
        {
            "table": b.table,
            "table_id": b.table_id,
            "merged": b.merged,
            "added": dict(b.added),
            "changed": dict(b.changed),
            "removed": dict(b.removed),
            "conflicts": b.conflicts,
            "missing": b.missing,
            "sentence": sentence(b),
        }
        for b in data.breakouts
    ]


def to_json(data: WorkshopData) -> str:
    return json.dumps(to_dict(data), ensure_ascii=False, indent=2) + "\n"


def _csv_text(fields: tuple[str, ...], records: list[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for r in records:
        writer.writerow({k: ("" if r.get(k) is None else r.get(k)) for k in fields})
    return buf.getvalue()


def _joined(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Lists of ids become one cell, separated by spaces."""
    return [{k: " ".join(v) if isinstance(v, list) else v for k, v in r.items()} for r in records]


def to_csv_tables(data: WorkshopData) -> dict[str, str]:
    """One CSV text per table (workshop, participants, notes, votes, people, market, actions)."""
    d = to_dict(data)
    return {
        "workshop.csv": _csv_text(WORKSHOP_FIELDS, [d["workshop"]]),
        "participants.csv": _csv_text(PARTICIPANT_FIELDS, d["participants"]),
        "notes.csv": _csv_text(NOTE_FIELDS, d["notes"]),
        "votes.csv": _csv_text(VOTE_FIELDS, d["votes"]),
        "people.csv": _csv_text(PERSON_FIELDS, _joined(d["people"])),
        "market_items.csv": _csv_text(MARKET_FIELDS, d["market_items"]),
        "actions.csv": _csv_text(ACTION_FIELDS, _joined(d["actions"])),
    }


def _md_escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for ch in "*_`[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return out.replace("\n", "  \n  ")


def to_markdown(data: WorkshopData) -> str:
    """A readable summary: details, participants, then notes by Co and step."""
    w = data.workshop
    lines = [f"# {_md_escape(w.title)}", ""]
    for label, value in (
        ("Date", w.date),
        ("Venue", w.venue),
        ("Organisation", w.organisation),
        ("Facilitator", w.facilitator),
    ):
        if value:
            lines.append(f"- **{label}:** {_md_escape(value)}")
    lines += ["", "## Participants and groups", ""]
    if data.participants:
        for p in data.participants:
            kind = p.kind.label + (" (group)" if p.is_group else "")
            if p.size > 1:
                kind += f", {p.size} people"
            lines.append(f"- {_md_escape(p.name)} – {kind}")
    else:
        lines.append("_No participants recorded._")
    plain_notes = [n for n in data.notes if not n.is_group]
    sections: list[tuple[str, list[Note]]] = [
        (co.label, [n for n in plain_notes if n.co == co]) for co in CO_ORDER
    ]
    sections.append(("Parking area (no Co yet)", [n for n in plain_notes if n.co is None]))
    for heading, notes in sections:
        lines += ["", f"## {heading}", ""]
        if not notes:
            lines.append("_No notes._")
            continue
        for step in STEP_ORDER:
            step_notes = [n for n in notes if n.step == step]
            if not step_notes:
                continue
            lines += [f"### {step.label}", ""]
            for n in step_notes:
                author = data.participant(n.author_id)
                by = f" — _{_md_escape(author.name)}_" if author else ""
                example = " (example)" if n.is_example else ""
                lines.append(f"- {_md_escape(n.text)}{example}{by}")
            lines.append("")
    lines += _markdown_steps(data)
    return "\n".join(lines).rstrip() + "\n"


def _md_cell(text: str) -> str:
    return _md_escape(text).replace("  \n  ", " ")


def _markdown_steps(data: WorkshopData) -> list[str]:
    lines = ["", "## Groups", ""]
    groups = [n for n in data.notes if n.is_group]
    if not groups:
        lines.append("_No groups._")
    for g in groups:
        lines.append(f"- **{_md_escape(g.text)}**")
        for m in steps.group_members(data, g.id):
            lines.append(f"  - {_md_escape(m.text)}")
    lines += ["", "## Voting and ranking", "", f"Dots per voter: {data.workshop.vote_budget}.", ""]
    ranked = steps.ranking(data)
    if ranked:
        lines += ["| Rank | Note | Dots | Impact | Shortlist |", "| --- | --- | --- | --- | --- |"]
        for r in ranked:
            lines.append(
                f"| {r.rank} | {_md_cell(r.note.text)} | {r.votes} | "
                f"{r.impact or ''} | {'yes' if r.note.shortlisted else ''} |"
            )
    else:
        lines.append("_No dots or ratings yet._")
    lines += ["", "## Shortlist", ""]
    short = steps.shortlist(data)
    lines += [f"1. {_md_escape(n.text)}" for n in short] or ["_Nothing shortlisted yet._"]
    lines += ["", "## Co-producers", ""]
    for p in data.people:
        where = "inside" if p.inside else "outside"
        lines.append(
            f"- **{_md_escape(p.display_name())}** – {p.kind.label}, {where} the "
            f"organisation. Could bring: {_md_escape(p.could_bring) or '–'}. "
            f"Involvement: {_md_escape(p.involvement) or '–'}."
        )
    if not data.people:
        lines.append("_No co-producers named yet._")
    lines += ["", "## Winning over sceptics", ""]
    for item in data.market_items:
        lines += [
            f"- **{item.audience.label}** – “{_md_escape(item.sceptic_says)}”",
            f"  - Our answer: {_md_escape(item.our_answer) or '–'}",
        ]
    if not data.market_items:
        lines.append("_No worries recorded yet._")
    lines += ["", "## Voices", ""]
    v = steps.voices(data)
    lines += [f"- {_md_escape(w)}" for w in v.warnings] or [
        "Every kind of participant present has added to every Co."
    ]
    lines += ["", "## Action plan", ""]
    if data.actions:
        lines += [
            "| Action | First step | Owner | Due | Co | Status |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for a in data.actions:
            lines.append(
                f"| {_md_cell(a.action)} | {_md_cell(a.first_step)} | "
                f"{_md_cell(a.owner)} | {a.due} | {a.co.label if a.co else ''} | "
                f"{a.status.label} |"
            )
    else:
        lines.append("_No actions yet._")
    if data.breakouts:
        lines += ["", "## Breakout tables", ""]
        lines += [f"- {_md_escape(sentence(b))}" for b in data.breakouts]
    return lines + _markdown_agenda(data)


def _markdown_agenda(data: WorkshopData) -> list[str]:
    """The agenda as planned and as it ran (only when it has blocks)."""
    p = data.programme
    if not p.blocks:
        return []
    lines = ["", "## Agenda", ""]
    if p.name.strip():
        lines.append(f"- **Programme:** {_md_escape(p.name)}")
    lines += [
        f"- **Start of the day:** {clock(p.day_start)}",
        f"- **Planned end:** {clock(p.day_start + p.minutes)}",
        "",
        "| Planned | Block | Step | Method | As it ran |",
        "| --- | --- | --- | --- | --- |",
    ]
    for r in day_ran.as_it_ran(p):
        b = r.block
        method = METHODS[b.method][0] if b.method in METHODS else ""
        lines.append(
            f"| {day_ran.planned_words(r)} | {_md_cell(b.title)} | "
            f"{b.step.label if b.step is not None else ''} | {method} | "
            f"{day_ran.actual_words(r)} |"
        )
    lines += ["", _md_escape(day_ran.summary(p))]
    return lines
