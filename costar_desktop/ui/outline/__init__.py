"""The outline: the workshop as a tree (Co → step → group → note) for screen readers and
for anyone who would rather read the board than look at it. This package holds the
Qt item model and its filter; the dock and its keys come later (see docs/outline.md)."""
