"""The room server: phones in the room join with a code and send notes (issue 31).

No Qt here. :class:`RoomServer` runs aiohttp on its own thread and event loop, on one
local address; :class:`PhoneRegistry` holds the join code, the phones' tokens and the
limits. The window (later) hands each note to the Qt thread and answers when it is
committed. See docs/room.md.
"""

from costar_desktop.room.phones import JoinRefused, Phone, PhoneRegistry, RoomLimits
from costar_desktop.room.server import PhoneNote, RoomServer

__all__ = ["JoinRefused", "Phone", "PhoneNote", "PhoneRegistry", "RoomLimits", "RoomServer"]
