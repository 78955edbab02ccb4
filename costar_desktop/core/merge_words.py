"""What a table did, in plain words ("Table 3 added 14 notes and 6 dots, changed 2 notes"):
for ``costar merge``, the workshop report and the summary kept in the file."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: Kinds of rows in the order they are told, with their singular and plural words.
KIND_WORDS: dict[str, tuple[str, str]] = {
    "notes": ("note", "notes"),
    "groups": ("group", "groups"),
    "dots": ("dot", "dots"),
    "participants": ("participant", "participants"),
    "co_producers": ("co-producer", "co-producers"),
    "worries": ("sceptic's worry", "sceptics' worries"),
    "actions": ("action", "actions"),
    "details": ("workshop detail", "workshop details"),
}

#: Links are told as part of what they link, not on their own.
_QUIET = {"co_producer_links", "action_links"}


def count_words(n: int, kind: str) -> str:
    one, many = KIND_WORDS.get(kind, (kind, kind))
    return f"{n:,} {one if n == 1 else many}"


def _listed(counts: Mapping[str, Any]) -> str:
    parts = [
        count_words(int(counts[kind]), kind)
        for kind in KIND_WORDS
        if isinstance(counts.get(kind), int) and counts[kind] > 0 and kind not in _QUIET
    ]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def summary_sentence(name: str, summary: Mapping[str, Any]) -> str:
    """One sentence of what table ``name`` did: "Table 3 added 14 notes and 6 dots,
    changed 2 notes and removed 1 note." Unknown or bad parts of a summary are left out."""
    clauses = []
    for key, verb in (("added", "added"), ("changed", "changed"), ("removed", "removed")):
        counts = summary.get(key)
        if isinstance(counts, Mapping):
            listed = _listed(counts)
            if listed:
                clauses.append(f"{verb} {listed}")
    if not clauses:
        sentence = f"{name} brought back no changes"
    elif len(clauses) == 1:
        sentence = f"{name} {clauses[0]}"
    else:
        sentence = f"{name} " + ", ".join(clauses[:-1]) + " and " + clauses[-1]
    conflicts = summary.get("conflicts")
    if isinstance(conflicts, int) and conflicts > 0:
        sentence += (
            f"; {conflicts:,} {'change was' if conflicts == 1 else 'changes were'} "
            "decided by the facilitator"
        )
    return sentence + "."


def table_summary(result: Any) -> dict[str, Any]:
    """The summary of one table's part of a merge, as kept in the file (JSON)."""
    return {
        "added": dict(result.counts.added),
        "changed": dict(result.counts.changed),
        "removed": dict(result.counts.removed),
        "conflicts": len(result.conflicts),
        "missing": len(result.missing),
    }
