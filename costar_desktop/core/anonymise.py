"""Anonymised copies of a workshop, for exports and reports that leave the room.

Every participant's name becomes their kind and a number ("Service user 3", "Carer group 1"),
and so does every named co-producer; the numbers are shared per kind, so one label means one
person or group throughout. Where a participant's or co-producer's name appears as a whole
word in free text (a note, an action's owner, a sceptic's worry…) it is replaced by the same
label. The facilitator's name becomes "Facilitator", and the names of breakout tables
(chosen by the facilitator, they may be people's names) "Table 1", "Table 2" in the order
the tables' files were brought back. Authors and voters follow automatically,
because exports show them by looking up the (now anonymised) participant.

Limits, said plainly: a name that is not recorded as a participant or co-producer, or that is
misspelt in a note, cannot be recognised and stays as typed.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable

from costar_desktop.core.breakouts import anonymous_names, table_key
from costar_desktop.core.model import ParticipantKind, WorkshopData

FACILITATOR_LABEL = "Facilitator"
#: Names shorter than this are not searched for inside free text (too many false matches).
MIN_NAME_IN_TEXT = 3


def label_for(kind: ParticipantKind, is_group: bool) -> str:
    """The words before the number: "Service user", "Carer group", "Mixed group"."""
    label = ParticipantKind(kind).label
    if is_group and not label.lower().endswith("group"):
        label += " group"
    return label


def anonymise(data: WorkshopData) -> WorkshopData:
    """A new :class:`WorkshopData` with people's names replaced; ``data`` is not changed."""
    out = copy.deepcopy(data)
    counters: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}  # real name -> label, for replacing inside free text

    def next_label(kind: ParticipantKind, is_group: bool) -> str:
        words = label_for(kind, is_group)
        counters[words] += 1
        return f"{words} {counters[words]}"

    for p in out.participants:
        label = next_label(p.kind, p.is_group)
        if p.name.strip():
            names.setdefault(p.name.strip(), label)
        p.name = label
    for person in out.people:
        if person.name.strip():
            label = next_label(person.kind, False)
            names.setdefault(person.name.strip(), label)
            person.name = label

    # A breakout table's name is chosen by the facilitator and may be people's names
    # ("Amira's table"): tables become "Table 1", "Table 2" in the order they came back.
    tables = anonymous_names(out.breakouts)
    for line in out.breakouts:
        names.setdefault(line.table, tables[table_key(line)])
    out.breakouts = [
        dataclasses.replace(line, table=tables[table_key(line)]) for line in out.breakouts
    ]

    facilitator = out.workshop.facilitator.strip()
    if facilitator:
        names.setdefault(facilitator, FACILITATOR_LABEL)
        out.workshop.facilitator = FACILITATOR_LABEL

    replace = _replacer(names)
    w = out.workshop
    w.title, w.venue, w.organisation = replace(w.title), replace(w.venue), replace(w.organisation)
    for n in out.notes:
        n.text = replace(n.text)
    for person in out.people:
        person.role = replace(person.role)
        person.could_bring = replace(person.could_bring)
        person.involvement = replace(person.involvement)
    for m in out.market_items:
        m.sceptic_says, m.our_answer = replace(m.sceptic_says), replace(m.our_answer)
    for a in out.actions:
        a.owner = names.get(a.owner.strip(), replace(a.owner))
        a.action, a.first_step = replace(a.action), replace(a.first_step)
        a.carried_from = replace(a.carried_from)
    return out


def _replacer(names: dict[str, str]) -> Callable[[str], str]:
    """A function that swaps every whole-word occurrence of a known name for its label."""
    searchable = sorted((n for n in names if len(n) >= MIN_NAME_IN_TEXT), key=len, reverse=True)
    if not searchable:
        return lambda text: text
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, searchable)) + r")(?!\w)")
    return lambda text: pattern.sub(lambda m: names[m.group(1)], text) if text else text
