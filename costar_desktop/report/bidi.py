"""Right-to-left text: embedding levels and visual order (the Unicode Bidirectional Algorithm).

This is the implicit part of UAX #9 for one paragraph: it covers what people type (Arabic
or Hebrew mixed with Latin words and numbers). Explicit embedding, override and isolate
controls (U+202A-202E, U+2066-2069) are treated as boundary neutrals and ignored, and
bracket pairs (rule N0) are resolved by the neutral rules; both are rare in notes.

Levels: even = left to right, odd = right to left.
"""

from __future__ import annotations

import unicodedata

_STRONG = {"L": "L", "R": "R", "AL": "R"}
_NEUTRAL = {
    "B",
    "S",
    "WS",
    "ON",
    "BN",
    "LRE",
    "RLE",
    "LRO",
    "RLO",
    "PDF",
    "LRI",
    "RLI",
    "FSI",
    "PDI",
}


def _classes(text: str) -> list[str]:
    out = []
    for ch in text:
        c = unicodedata.bidirectional(ch) or "L"
        if c in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"):
            c = "BN"
        out.append(c)
    return out


def needs_bidi(text: str) -> bool:
    """True if the text holds any right-to-left character (otherwise all levels are 0)."""
    for ch in text:
        if ch >= "\u0590" and unicodedata.bidirectional(ch) in ("R", "AL", "AN"):
            return True
    return False


def base_level(text: str) -> int:
    """0 or 1: the direction of the first strong character (rules P2 and P3)."""
    for ch in text:
        c = unicodedata.bidirectional(ch)
        if c == "L":
            return 0
        if c in ("R", "AL"):
            return 1
    return 0


def resolve_levels(text: str, base: int | None = None) -> tuple[int, list[int]]:
    """The paragraph level and the embedding level of each character."""
    if base is None:
        base = base_level(text)
    n = len(text)
    if n == 0:
        return base, []
    types = _classes(text)
    e = "R" if base % 2 else "L"
    # Boundary neutrals take part in nothing; they get a neighbour's level at the end.
    idx = [i for i, t in enumerate(types) if t != "BN"]
    t = [types[i] for i in idx]
    m = len(t)
    # W1: a mark takes the type of what precedes it.
    prev = e
    for k in range(m):
        if t[k] == "NSM":
            t[k] = prev
        prev = t[k]
    # W2 and W3: European numbers after Arabic letters are Arabic numbers; AL is R.
    last_strong = e
    for k in range(m):
        if t[k] in ("L", "R", "AL"):
            last_strong = t[k]
        elif t[k] == "EN" and last_strong == "AL":
            t[k] = "AN"
    t = ["R" if x == "AL" else x for x in t]
    # W4: one separator between two numbers of the same kind joins them.
    for k in range(1, m - 1):
        if t[k] == "ES" and t[k - 1] == "EN" and t[k + 1] == "EN":
            t[k] = "EN"
        elif t[k] == "CS" and t[k - 1] == t[k + 1] and t[k - 1] in ("EN", "AN"):
            t[k] = t[k - 1]
    # W5: terminators (%, currency) next to European numbers belong to them.
    k = 0
    while k < m:
        if t[k] == "ET":
            j = k
            while j < m and t[j] == "ET":
                j += 1
            if (k > 0 and t[k - 1] == "EN") or (j < m and t[j] == "EN"):
                for q in range(k, j):
                    t[q] = "EN"
            k = j
        else:
            k += 1
    # W6: remaining separators and terminators are neutral.
    t = ["ON" if x in ("ES", "ET", "CS") else x for x in t]
    # W7: European numbers in left-to-right context are L.
    last_strong = e
    for k in range(m):
        if t[k] in ("L", "R"):
            last_strong = t[k]
        elif t[k] == "EN" and last_strong == "L":
            t[k] = "L"
    # N1 and N2: neutrals between the same direction take it; otherwise the paragraph's.
    k = 0
    while k < m:
        if t[k] in _NEUTRAL:
            j = k
            while j < m and t[j] in _NEUTRAL:
                j += 1
            before = e if k == 0 else ("R" if t[k - 1] in ("R", "EN", "AN") else "L")
            after = e if j == m else ("R" if t[j] in ("R", "EN", "AN") else "L")
            fill = before if before == after else e
            for q in range(k, j):
                t[q] = fill
            k = j
        else:
            k += 1
    # I1 and I2: implicit levels.
    levels = [base] * n
    for k, i in enumerate(idx):
        x = t[k]
        if base % 2 == 0:
            levels[i] = base + (1 if x == "R" else 2 if x in ("AN", "EN") else 0)
        else:
            levels[i] = base + (1 if x in ("L", "EN", "AN") else 0)
    for i in range(n):
        if types[i] == "BN":
            levels[i] = levels[i - 1] if i > 0 else base
    return base, levels


def line_levels(text: str, levels: list[int], base: int) -> list[int]:
    """Rule L1 for one line: trailing white space and separators go back to the base level."""
    out = list(levels)
    k = len(text) - 1
    while k >= 0 and (
        unicodedata.bidirectional(text[k]) in ("WS", "BN", "S", "B") or text[k] == " "
    ):
        out[k] = base
        k -= 1
    for i, ch in enumerate(text):
        if unicodedata.bidirectional(ch) in ("S", "B"):
            out[i] = base
            j = i - 1
            while j >= 0 and unicodedata.bidirectional(text[j]) in ("WS", "BN"):
                out[j] = base
                j -= 1
    return out


def visual_order(levels: list[int]) -> list[int]:
    """Rule L2: indices of the items in the order they appear from left to right."""
    order = list(range(len(levels)))
    if not levels:
        return order
    highest = max(levels)
    lowest_odd = min(lv for lv in levels if lv % 2) if any(lv % 2 for lv in levels) else highest + 1
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order
