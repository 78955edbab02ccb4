"""How large words must be drawn for the room to read them (issue 27).

Sizes are the height of the font (its em) in pixels of a screen 1080 pixels high; on another
screen they scale with the window's height, and with the user's text size. Human-factors
standards for displays ask for capital letters of at least 16 minutes of arc; from the back
of an 8 m hall looking at a projected picture two metres tall, that is words set at about
40 pixels on a 1080p picture. The smaller sizes are for views that show many notes at once.
"""

from __future__ import annotations

#: Words the whole room must read: the step's work in large type (F7), the spotlighted
#: note, and live captions while a note is typed.
ROOM_PX_AT_1080 = 40.0
SPOTLIGHT_PX_AT_1080 = ROOM_PX_AT_1080
CAPTION_PX_AT_1080 = ROOM_PX_AT_1080
#: A Co (or a group) flown to, when it holds up to a dozen notes.
ZOOMED_PX_AT_1080 = 24.0
#: The room's address and join code (issue 31): typed into phones by people at the back, so
#: every character must be read without doubt (a 6 for a 5, a 1 for a 7), larger than words.
JOIN_CODE_PX_AT_1080 = 64.0
#: The whole star in presentation mode: the current step's notes.
OVERVIEW_PX_AT_1080 = 12.0

#: The screen height the sizes above are given for.
REFERENCE_HEIGHT = 1080.0


def px_for(px_at_1080: float, screen_height: float, text_scale: float = 1.0) -> float:
    """``px_at_1080`` on a window ``screen_height`` pixels high, at the user's text size."""
    return px_at_1080 * max(1.0, screen_height) / REFERENCE_HEIGHT * text_scale
