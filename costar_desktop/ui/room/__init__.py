"""The window's side of phones in the room (issue 31): the dialog that opens the room (its
address picker and room check), the QR code and the card the room reads from the back.

A ui layer between shell (which owns the menus and the controller) and steps. The server
itself is ``costar_desktop.room`` (no Qt).
"""
