"""Planning the day in the window (issue 19): the Agenda dock, its blocks and their dialog,
and programmes put in, saved, exported and imported (``window.programme``)."""
