"""The breakout tables' lines for the report and exports: what each table's file brought
back, from the summaries the host keeps (``merges``; see core/merge_words.py).

A summary is read from a file, and a file can come from anywhere: :func:`breakout_line`
keeps only what a merge could have written (known kinds, whole counts of a sane size) and
leaves the rest out, so a hostile or damaged summary never reaches a page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from costar_desktop.core.merge_words import KIND_WORDS, summary_sentence
from costar_desktop.core.model import BreakoutLine

#: A count above this was not written by a merge (no workshop holds a million notes).
MAX_COUNT = 1_000_000
#: A table's name is cut to this many characters (storage keeps at most 100).
MAX_TABLE_CHARS = 100
#: How a table without a usable name is told.
UNNAMED_TABLE = "A table"
#: Words before an anonymised table's number ("Table 1", "Table 2" …).
ANONYMOUS_TABLE = "Table"


def _count(value: Any) -> int:
    """``value`` as a count, or 0 if it is not a whole number from 0 to MAX_COUNT."""
    if type(value) is int and 0 <= value <= MAX_COUNT:
        return value
    return 0


def _counts(value: Any) -> dict[str, int]:
    """The known kinds' counts that are sound (above 0), in KIND_WORDS's order."""
    if not isinstance(value, Mapping):
        return {}
    found = {kind: _count(value.get(kind)) for kind in KIND_WORDS}
    return {kind: n for kind, n in found.items() if n > 0}


def table_name(name: Any) -> str:
    """A table's name on one line, at most MAX_TABLE_CHARS long; never empty."""
    if not isinstance(name, str):
        return UNNAMED_TABLE
    words = " ".join(name.split())[:MAX_TABLE_CHARS].strip()
    return words or UNNAMED_TABLE


def breakout_line(table_id: Any, name: Any, merged: Any, summary: Any) -> BreakoutLine:
    """One bringing-back, with only the sound parts of ``summary`` (unknown kinds, keys
    and values that are not counts are left out)."""
    summary = summary if isinstance(summary, Mapping) else {}
    return BreakoutLine(
        table_id=table_id if isinstance(table_id, str) else "",
        table=table_name(name),
        merged=merged if isinstance(merged, str) else "",
        added=_counts(summary.get("added")),
        changed=_counts(summary.get("changed")),
        removed=_counts(summary.get("removed")),
        conflicts=_count(summary.get("conflicts")),
        missing=_count(summary.get("missing")),
    )


def sentence(line: BreakoutLine) -> str:
    """ "Table 3 added 14 notes and 6 dots, changed 2 notes and removed 1 note." (with the
    changes the facilitator decided, when there were any)."""
    return summary_sentence(line.table, line.summary())


def anonymous_names(lines: Sequence[BreakoutLine]) -> dict[str, str]:
    """Each table (by :func:`table_key`) → "Table 1", "Table 2" …, numbered in the order
    the tables were first brought back (a table's name may be people's names)."""
    labels: dict[str, str] = {}
    for line in lines:
        labels.setdefault(table_key(line), f"{ANONYMOUS_TABLE} {len(labels) + 1}")
    return labels


def table_key(line: BreakoutLine) -> str:
    """What tells one table from another: its id (its name if a record lost the id)."""
    return line.table_id or f" {line.table}"
