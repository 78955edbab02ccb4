"""The room server: phones in the room join with a code and send notes (issue 31).

No Qt here. :class:`RoomServer` runs aiohttp on its own thread and event loop, on one
local address; :class:`PhoneRegistry` holds the join code, the phones' tokens and the
limits. The window hands each note and vote to the Qt thread and answers when it is
committed, and publishes the room's state (the step, the vote) to the phones. See docs/room.md.
"""

from costar_desktop.room.phones import JoinRefused, Phone, PhoneRegistry, RoomLimits
from costar_desktop.room.server import PhoneNote, PhoneVote, RoomServer, VoteRefused

__all__ = [
    "JoinRefused",
    "Phone",
    "PhoneNote",
    "PhoneRegistry",
    "PhoneVote",
    "RoomLimits",
    "RoomServer",
    "VoteRefused",
]
