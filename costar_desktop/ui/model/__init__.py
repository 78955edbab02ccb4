"""The workshop as the window holds it: the document, its undo commands and the editing
session. These are the only parts of ui/ that write to the file."""
