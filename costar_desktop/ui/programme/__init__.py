"""The programme in the window (issue 19): planning the agenda — the Agenda dock, its blocks
and their dialog, programmes put in, saved, exported and imported (``window.programme``,
tools.py) — and running the day (``window.programme_run``, run.py)."""
