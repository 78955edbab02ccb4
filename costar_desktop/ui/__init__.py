"""Everything Qt: the document, undo commands, the canvas, panels and the main window."""
