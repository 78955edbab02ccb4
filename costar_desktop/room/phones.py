"""Who is in the room: the join code, each phone's token, and the limits that keep it fair.

Plain Python with a lock: the server thread joins phones and counts their notes, the
caller's thread (the window, later) removes a phone or reads the list. The clock is
injectable so the limits are tested without waiting.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from costar_desktop.core.model import MAX_NOTE_CHARS, ParticipantKind


@dataclass(frozen=True)
class RoomLimits:
    """The room's limits. Each refusal gives the phone a plain message and writes nothing."""

    #: Digits in the join code (read from the back of the room, typed on a phone).
    code_digits: int = 6
    #: Wrong join codes one network address may send per ``wrong_code_window`` seconds;
    #: after that, every join from that address (right code or not) waits for the window.
    wrong_codes: int = 5
    wrong_code_window: float = 60.0
    #: Phones in the room at once (the load test of issue 31 uses 200).
    max_phones: int = 200
    #: Notes one phone may send per minute (counted per token, never per address).
    notes_per_minute: int = 30
    #: Votes (a dot given or taken back) one phone may send per minute, per token.
    votes_per_minute: int = 60
    #: A note's text: the app's own limit for a note (core.model.MAX_NOTE_CHARS).
    note_chars: int = MAX_NOTE_CHARS
    #: A first name given when joining.
    name_chars: int = 40
    #: A phone's idempotency key: 1 to this many of A-Z a-z 0-9 _ -.
    key_chars: int = 64
    #: Request bodies larger than this are refused before they are read in full. A note of
    #: ``note_chars`` characters written as JSON escapes (up to 12 bytes per character)
    #: still fits.
    body_bytes: int = 256 * 1024
    #: Seconds a connection may stay open without a whole request: an idle keep-alive
    #: connection, or one that sent only part of a request's headers, is closed after this.
    keepalive_timeout: float = 15.0
    #: Seconds a request's body (and a WebSocket's first message) may take to arrive in
    #: full; a body trickled in more slowly is answered 408 and its connection closed.
    body_timeout: float = 5.0
    #: Live connections (WebSockets) one phone may hold; a new one closes its oldest.
    sockets_per_phone: int = 3
    #: Open connections overall; one more is answered 503 and closed at once. Room for
    #: ``max_phones`` phones each with a live connection and a request or two in flight.
    max_connections: int = 800


class JoinRefused(Exception):
    """A join that is not let in: ``status`` is the HTTP status, the text is for the phone."""

    def __init__(self, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


@dataclass
class Phone:
    """One phone in the room, known by its token (never by its network address)."""

    token: str
    kind: ParticipantKind | None
    name: str
    joined_at: float
    #: "Phone 1", "Phone 2", ... in the order the phones joined; never reused in a room.
    label: str = ""
    #: Times (from the registry's clock) of this phone's notes in the last minute.
    sent: deque[float] = field(default_factory=deque)
    #: Times of this phone's votes in the last minute.
    voted: deque[float] = field(default_factory=deque)
    #: Idempotency keys of notes and votes already received from this phone.
    keys: set[str] = field(default_factory=set)


class PhoneRegistry:
    """The join code and the phones that joined with it; thread-safe."""

    def __init__(
        self,
        limits: RoomLimits | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        join_code: str | None = None,
    ) -> None:
        self.limits = limits or RoomLimits()
        self._clock = clock
        self._lock = threading.Lock()
        self._phones: dict[str, Phone] = {}
        self._wrong: dict[str, deque[float]] = {}
        self._joined = 0
        #: Whether new phones may join; phones already in keep working either way.
        self.joining = True
        digits = self.limits.code_digits
        self.join_code = join_code or "".join(secrets.choice("0123456789") for _ in range(digits))

    def join(self, code: object, address: str, kind: ParticipantKind | None, name: str) -> Phone:
        """A new phone with its own token, or :class:`JoinRefused` (wrong code, throttled,
        room full)."""
        with self._lock:
            now = self._clock()
            wrong = self._wrong.setdefault(address, deque())
            while wrong and wrong[0] <= now - self.limits.wrong_code_window:
                wrong.popleft()
            if not wrong:
                del self._wrong[address]
            if len(wrong) >= self.limits.wrong_codes:
                wait = wrong[0] + self.limits.wrong_code_window - now
                raise JoinRefused(429, "Too many wrong codes. Please wait a minute.", wait)
            if not self.joining:
                raise JoinRefused(403, "The room is not taking new phones just now.")
            if not isinstance(code, str) or not secrets.compare_digest(
                "".join(code.split()).encode("utf-8"), self.join_code.encode("utf-8")
            ):
                self._wrong.setdefault(address, deque()).append(now)
                raise JoinRefused(403, "That is not the room's code. Please check it.")
            if len(self._phones) >= self.limits.max_phones:
                raise JoinRefused(503, "The room is full. Please ask the facilitator.")
            self._joined += 1
            phone = Phone(secrets.token_urlsafe(24), kind, name, now, f"Phone {self._joined}")
            self._phones[phone.token] = phone
            return phone

    def phone(self, token: object) -> Phone | None:
        """The phone holding ``token``, or None (unknown or removed)."""
        if not isinstance(token, str):
            return None
        with self._lock:
            return self._phones.get(token)

    def remove(self, token: str) -> bool:
        """Remove a phone: its token stops working at once. False if it was not here."""
        with self._lock:
            return self._phones.pop(token, None) is not None

    def phones(self) -> list[Phone]:
        """The phones in the room, in the order they joined."""
        with self._lock:
            return list(self._phones.values())

    def count_note(self, phone: Phone) -> float | None:
        """Count one note against the phone's per-minute limit: None if it may send, else
        the seconds until it may."""
        return self._count(phone.sent, self.limits.notes_per_minute)

    def uncount_note(self, phone: Phone) -> None:
        """Give back the last counted note (it was not stored)."""
        self._uncount(phone.sent)

    def count_vote(self, phone: Phone) -> float | None:
        """Count one vote against the phone's per-minute limit, as :meth:`count_note`."""
        return self._count(phone.voted, self.limits.votes_per_minute)

    def uncount_vote(self, phone: Phone) -> None:
        """Give back the last counted vote (it was not stored)."""
        self._uncount(phone.voted)

    def _count(self, times: deque[float], per_minute: int) -> float | None:
        with self._lock:
            now = self._clock()
            while times and times[0] <= now - 60.0:
                times.popleft()
            if len(times) >= per_minute:
                return times[0] + 60.0 - now
            times.append(now)
            return None

    def _uncount(self, times: deque[float]) -> None:
        with self._lock:
            if times:
                times.pop()
