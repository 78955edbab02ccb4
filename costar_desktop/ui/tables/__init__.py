"""The window's side of breakout tables (issue 28): File → Hand out to tables…, Bring back
tables' files… (with its preview of every change and conflict) and End the breakout.

A ui layer beside ``ui.room``, between shell (which makes ``window.tables``) and steps.
The merge itself is Qt-free (``core.merge``, ``storage.breakout``); this package only asks,
shows and pushes one undo command per gesture. ``tools.py`` is made with every window, so
it imports nothing heavy: the dialogs and the storage side come when first used.
"""
