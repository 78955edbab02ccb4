"""The room on the window's side (issue 31): the server's life, and phones' notes and dots
written through the document.

The server runs on its own thread (``costar_desktop.room``). What a phone sends reaches this
controller as a queued item with a ``concurrent.futures.Future``; the Qt thread writes every
item that arrived in the last :data:`BATCH_MS` milliseconds in **one** transaction, and only
then resolves their futures, so a phone hears "Received" only once its note is in the file.
One transaction per batch rather than per note: on a slow disk (3 ms a sync, 3–4 syncs a
commit) one commit per phone's note kept the Qt thread 80 % busy (issue 31's measurements).
The one-gesture-one-transaction rule is about the facilitator's gestures; phones' notes are
not facilitator gestures and are not undo steps. Putting an inbox note on the star is.

A phone is never trusted with a participant's id: the controller maps each phone's token to
the participant it made for it (its first name, or its label "Phone 3"), so dots count per
phone, never per network address.
"""

from __future__ import annotations

import concurrent.futures
import gc
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from costar_desktop.core import rules, steps
from costar_desktop.core.model import (
    InboxNote,
    Note,
    Participant,
    ParticipantKind,
    Step,
    Vote,
)
from costar_desktop.ui.i18n import label, question, translate
from costar_desktop.ui.steps.base import StepPanel

if TYPE_CHECKING:  # the server (and aiohttp) is imported when the room first opens
    from costar_desktop.room.server import PhoneNote, PhoneVote, RoomServer

#: What arrived in this many milliseconds (at most) is written in one transaction. The
#: wait follows the disk: twice as long as the last commit took, so a fast disk writes a
#: phone's note almost at once and a slow one gathers more notes into each commit.
BATCH_MS = 50
#: The room's state is sent to the phones at most this often (milliseconds).
PUBLISH_MS = 250
#: How often (seconds) the interpreter may switch threads while the room is open.
SWITCH_INTERVAL = 0.001
#: While the room is open, the step panels (ranking, voting…) catch up with changes at
#: most this often (ms): phones' dots arrive many times a second.
PANEL_DELAY_MS = 1000
#: The kind a phone's participant gets when its writer did not say who they are.
UNSAID_KIND = ParticipantKind.MIXED


class RoomError(Exception):
    """The room could not be opened; the message is in plain words."""


@dataclass
class _Item:
    """Something a phone sent, waiting for the Qt thread."""

    sent: PhoneNote | PhoneVote
    future: concurrent.futures.Future[Any]


class RoomController(QObject):
    """Room → Open the room for phones… and what follows (``window.room``)."""

    #: The room opened (the server listens) or closed (nothing listens).
    opened = Signal()
    closed = Signal()
    #: A phone joined or was removed.
    phones_changed = Signal()
    #: Notes arrived in the inbox (how many, in this batch).
    arrived = Signal(int)
    #: Emitted from the server's thread: something waits in the queue.
    _wake = Signal()
    _phones = Signal()

    def __init__(self, document_of: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document_of = document_of
        self.server: RoomServer | None = None
        #: Put phones' notes on the star at once, skipping the inbox.
        self.straight_onto_star = False
        self._queue: deque[_Item] = deque()
        self._lock = threading.Lock()
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self.write_waiting)
        self._wake.connect(self._start_batch, Qt.ConnectionType.QueuedConnection)
        self._phones.connect(self.phones_changed, Qt.ConnectionType.QueuedConnection)
        self._publish_timer = QTimer(self)
        self._publish_timer.setSingleShot(True)
        self._publish_timer.setInterval(PUBLISH_MS)
        self._publish_timer.timeout.connect(self.publish)
        #: The participant made for each phone (by token) in this room.
        self._voters: dict[str, str] = {}
        #: Keys of the notes written while this window is open, across room openings: a
        #: phone that rejoins a reopened room resends an unanswered note with the same key.
        self._written_keys: set[str] = set()
        self._watched: Any = None
        self._switch_interval = sys.getswitchinterval()
        #: What the phones were last sent ("shared", "dots", "mine" by token).
        self._published: dict[str, Any] = {}
        #: The room's state must be worked out again before the next publish.
        self._shared_stale = True
        #: How each note looked when the room's state was last worked out.
        self._seen_looks: dict[str, tuple[Any, ...]] = {}

    # --- opening and closing -----------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def address(self) -> str:
        """The short address phones open: ``http://192.168.1.20:8080``."""
        if self.server is None:
            return ""
        host = self.server.host
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.server.port}"

    @property
    def join_url(self) -> str:
        """The address with the join code, for the QR code: the code sits after ``#``, so
        the page reads it and the phone never sends it in a request line."""
        if self.server is None:
            return ""
        return f"{self.address}/#code={self.server.join_code}"

    @property
    def join_code(self) -> str:
        return self.server.join_code if self.server is not None else ""

    def open(self, host: str, port: int = 0) -> None:
        """Start listening on ``host``:``port`` (0: any free port); :class:`RoomError` if it
        cannot. Only with a workshop open that can be saved."""
        document = self._document_of()
        if document is None:
            raise RoomError(translate("Room", "Open a workshop first."))
        if document.read_only:
            raise RoomError(
                translate(
                    "Room",
                    "This workshop file is read-only, so phones' notes could not be saved. "
                    "Save a copy with File → Save As… first.",
                )
            )
        if self.is_open:
            self.close()
        from costar_desktop.room.server import RoomServer

        server = RoomServer(
            self._on_note,
            on_vote=self._on_vote,
            on_phones_changed=self._phones.emit,
            host=host,
            port=port,
        )
        try:
            server.start()
        except OSError as error:
            raise RoomError(_why_not(error, port)) from None
        except Exception as error:  # the server's own refusal (for example a bad address)
            raise RoomError(
                translate("Room", "The room could not be opened: %1").replace("%1", str(error))
            ) from None
        self.server = server
        self._voters = {}
        self._published = {}
        self._watch(document)
        # Objects made so far (the workshop, Qt's wrappers) never need collecting: a full
        # collection of them paused the Qt thread for 24–41 ms under load (issue 31).
        gc.collect()
        gc.freeze()
        # The server's thread hands the interpreter back to the window's thread every
        # millisecond rather than every 5 (Python's default): the window waits less for it.
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)
        StepPanel.set_refresh_delay(PANEL_DELAY_MS)
        self.publish()
        self.opened.emit()

    def close(self) -> None:
        """Close the room: the server stops, so nothing keeps listening.

        Requests still waiting for a commit are answered "not saved yet, send again" by the
        server, so what they sent is dropped here, not written: a phone keeps a note it was
        not told "Received" for and sends it again (written then once, by its key)."""
        server, self.server = self.server, None
        if server is None:
            return
        self._publish_timer.stop()
        self._batch.stop()
        server.stop()  # at most STOP_TIMEOUT
        with self._lock:
            dropped = list(self._queue)
            self._queue.clear()
        for item in dropped:
            item.future.set_exception(RuntimeError("the room closed"))
        self._watch(None)
        self._voters = {}
        gc.unfreeze()
        sys.setswitchinterval(self._switch_interval)
        StepPanel.set_refresh_delay(0)
        self.closed.emit()

    def set_joining(self, joining: bool) -> None:
        if self.server is not None:
            self.server.set_joining(joining)
            self.phones_changed.emit()

    @property
    def joining(self) -> bool:
        return self.server is not None and self.server.registry.joining

    def phones(self) -> list[Any]:
        """The phones in the room, in the order they joined."""
        return self.server.registry.phones() if self.server is not None else []

    def participant_of(self, token: str) -> str | None:
        """The participant made for a phone in this room (for its dots), if any yet."""
        return self._voters.get(token)

    def remove_phone(self, token: str) -> bool:
        """Remove a phone: its token stops working at once."""
        if self.server is None:
            return False
        removed = self.server.remove_phone(token)
        if removed:
            self.phones_changed.emit()
        return removed

    # --- from the server's thread ------------------------------------------------------

    def _on_note(self, note: PhoneNote) -> concurrent.futures.Future[None]:
        return self._enqueue(note)

    def _on_vote(self, vote: PhoneVote) -> concurrent.futures.Future[dict[str, Any]]:
        return self._enqueue(vote)

    def _enqueue(self, sent: PhoneNote | PhoneVote) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        with self._lock:
            self._queue.append(_Item(sent, future))
        self._wake.emit()
        return future

    # --- on the Qt thread ---------------------------------------------------------------

    def _start_batch(self) -> None:
        if not self._batch.isActive():
            self._batch.start()

    def write_waiting(self) -> None:
        """Write everything phones sent since the last batch, in one transaction, then tell
        each phone (its future) how it went."""
        from costar_desktop.room.server import PhoneNote

        with self._lock:
            items = list(self._queue)
            self._queue.clear()
        if not items:
            return
        document = self._document_of()
        if document is None or document.read_only:
            for item in items:
                item.future.set_exception(RuntimeError("no workshop to write to"))
            return
        answers: list[tuple[_Item, Any, BaseException | None]] = []
        written: set[str] = set()
        to_inbox = 0
        started = time.perf_counter()
        try:
            with document.change():
                for item in items:
                    sent = item.sent
                    if isinstance(sent, PhoneNote):
                        if sent.key not in self._written_keys and sent.key not in written:
                            if self.straight_onto_star:
                                self._put_on_star(document, sent)
                            else:
                                self._put_in_inbox(document, sent)
                                to_inbox += 1
                            written.add(sent.key)
                        answers.append((item, None, None))
                    else:
                        answers.append((item, *self._take_vote(document, sent)))
        except Exception as error:  # not saved: the document told the window why
            for item in items:
                item.future.set_exception(error)
            return
        took_ms = (time.perf_counter() - started) * 1000
        self._batch.setInterval(min(BATCH_MS, round(took_ms * 2)))
        self._written_keys |= written
        sent = self._published.setdefault("mine", {})
        for item, result, refusal in answers:
            if refusal is None and result is not None and not isinstance(item.sent, PhoneNote):
                sent[item.sent.token] = result  # the phone hears it with its answer
        for item, result, refusal in answers:
            if refusal is not None:
                item.future.set_exception(refusal)
            else:
                item.future.set_result(result)
        if to_inbox:
            self.arrived.emit(to_inbox)

    def _phone_of(self, token: str) -> Any:
        return self.server.registry.phone(token) if self.server is not None else None

    def _put_in_inbox(self, document: Any, sent: PhoneNote) -> None:
        phone = self._phone_of(sent.token)
        document.receive_inbox(
            [
                InboxNote(
                    text=sent.text,
                    co=sent.co,
                    step=document.workshop.current_step,
                    kind=sent.kind,
                    name=sent.name,
                    phone=phone.label if phone is not None else "",
                )
            ]
        )

    def _put_on_star(self, document: Any, sent: PhoneNote) -> None:
        author = None
        if sent.name or sent.kind is not None:
            author = self._participant_for(document, sent.token)
        x, y = rules.free_place(sent.co, document.notes.values(), document.geometry)
        document.add_notes(
            [
                # Its Co follows from the place, in the Co the writer chose (the document's rule).
                Note(
                    text=sent.text,
                    x=x,
                    y=y,
                    author_id=author,
                    step=document.workshop.current_step,
                )
            ]
        )

    def _participant_for(self, document: Any, token: str) -> str | None:
        """The participant that stands for a phone, made (in the gesture under way) the
        first time the phone needs one."""
        known = self._voters.get(token)
        if known is not None and known in document.participants:
            return known
        phone = self._phone_of(token)
        if phone is None:
            return None
        participant = Participant(
            name=phone.name or phone.label, kind=phone.kind or UNSAID_KIND, is_group=False
        )
        document.add_participant(participant)
        self._voters[token] = participant.id
        return participant.id

    def _take_vote(
        self, document: Any, vote: PhoneVote
    ) -> tuple[dict[str, Any] | None, BaseException | None]:
        """Give or take back a phone's dot inside the batch's gesture; (the phone's dots
        now, None) or (None, the refusal)."""
        from costar_desktop.room.server import VoteRefused

        if document.workshop.current_step != Step.FOCUS:
            return None, VoteRefused(translate("Room", "Voting is not open just now."))
        if vote.note_id not in document.notes:
            return None, VoteRefused(translate("Room", "That note is not on the star any more."))
        voter = self._participant_for(document, vote.token)
        if voter is None:
            return None, VoteRefused(translate("Room", "This phone is not in the room."))
        target = rules.dot_target(document.notes, vote.note_id)
        if vote.give:
            if self._dots_left(document, voter) <= 0:
                return None, VoteRefused(
                    translate("Room", "You have no dots left. Take one back first.")
                )
            document.add_votes([Vote(note_id=target, voter_id=voter)])
        else:
            mine = rules.dots_of_voter_on(
                document.votes.values(), document.notes, voter, vote.note_id
            )
            if not mine:
                return None, VoteRefused(translate("Room", "You have no dot on that note."))
            document.remove_votes([mine[-1].id])
        return self.personal(document, voter), None

    def _dots_left(self, document: Any, voter: str) -> int:
        return int(self.personal(document, voter)["left"])

    def personal(self, document: Any, voter: str | None) -> dict[str, Any]:
        """A phone's own dots: how many it has left and where it put them."""
        mine: dict[str, int] = {}
        for v in document.votes.values():
            if voter is not None and v.voter_id == voter:
                mine[v.note_id] = mine.get(v.note_id, 0) + 1
        return self._personal(document, document.participants.get(voter), mine)

    @staticmethod
    def _personal(document: Any, voter: Any, mine: dict[str, int]) -> dict[str, Any]:
        """``{"left", "mine"}`` for a voter who put ``mine`` (dots by note): the same
        budget as voters at the screen (core's rule)."""
        budget = steps.dots_of(document.workshop.vote_budget, voter)
        return {"left": max(0, budget - sum(mine.values())), "mine": mine}

    # --- what the phones see -------------------------------------------------------------

    def _watch(self, document: Any) -> None:
        """Follow the document's changes that phones see (and only while the room is open)."""
        if self._watched is not None:
            for signal, slot in self._signals(self._watched):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass
        self._watched = document
        self._shared_stale = True
        if document is not None:
            for signal, slot in self._signals(document):
                signal.connect(slot)

    def _signals(self, document: Any) -> list[tuple[Any, Any]]:
        """The document's changes phones see, and what each makes stale."""
        return [
            (document.settings_changed, self._all_stale),
            (document.note_added, self._all_stale),
            (document.note_removed, self._all_stale),
            (document.note_changed, self._note_changed),
            (document.votes_changed, self._dots_stale),
            (document.participants_changed, self._dots_stale),
        ]

    @staticmethod
    def _looks(note: Any) -> tuple[Any, ...]:
        """What of a note decides how phones see it in the vote (its words, Co, step,
        group, shortlist and place in the reading order): a dot given does not change it."""
        return (note.text, note.co, note.step, note.group_id, note.kind, note.x, note.y)

    def _note_changed(self, note_id: str) -> None:
        document = self._watched
        note = document.notes.get(note_id) if document is not None else None
        if note is None or self._seen_looks.get(note_id) != self._looks(note):
            self._all_stale()

    def _all_stale(self, *_: object) -> None:
        """The step, the notes or the settings changed: the notes' list is worked out again
        (at Focus, 2,000 notes take milliseconds)."""
        self._shared_stale = True
        self._publish_soon()

    def _dots_stale(self, *_: object) -> None:
        self._publish_soon()

    def _publish_soon(self) -> None:
        if self.server is not None and not self._publish_timer.isActive():
            self._publish_timer.start()

    def shared_state(self, document: Any) -> dict[str, Any]:
        """What every phone sees: the step, its question, and while the room votes the
        notes it votes on (their dots go separately: :meth:`dot_state`)."""
        step = document.workshop.current_step
        voting = step == Step.FOCUS
        state: dict[str, Any] = {
            "step": step.value,
            "step_name": label(step),
            "question": question(step),
            "voting": voting,
            "hidden": bool(document.workshop.votes_hidden),
            "budget": document.workshop.vote_budget,
            "notes": [],
        }
        if voting:
            from costar_desktop.room.state import notes_to_vote_on

            state["notes"] = notes_to_vote_on(
                document.notes,
                document.votes.values(),
                True,  # the dots go in their own message
                translate("Room", "(a note with no words)"),
            )
        return state

    def dot_state(self, document: Any) -> dict[str, int] | None:
        """The dots of each note the room votes on (notes with none left out), or None
        while they are hidden or the room is not voting."""
        if document.workshop.current_step != Step.FOCUS or document.workshop.votes_hidden:
            return None
        shown = self._published.get("shared") or self.shared_state(document)
        ids = {n["id"] for n in shown["notes"]}
        totals = rules.dot_totals(document.votes.values(), document.notes)
        return {nid: n for nid, n in totals.items() if nid in ids and n}

    def publish(self) -> None:
        """Send the phones what changed since last time: the room's state, the dots, and
        each voter's own dots."""
        document = self._document_of()
        server = self.server
        if server is None or document is None:
            return
        if self._shared_stale:
            self._shared_stale = False
            self._seen_looks = {nid: self._looks(n) for nid, n in document.notes.items()}
            shared = self.shared_state(document)
            if shared != self._published.get("shared"):
                self._published["shared"] = shared
                server.publish(shared)
        dots = self.dot_state(document)
        if dots != self._published.get("dots", {}):
            self._published["dots"] = dots
            server.publish_dots(dots)
        mine = self._all_personal(document)
        sent = self._published.setdefault("mine", {})
        for token, personal in mine.items():
            if sent.get(token) != personal:
                sent[token] = personal
                server.publish_phone(token, personal)

    def _all_personal(self, document: Any) -> dict[str, dict[str, Any]]:
        """Each voter phone's own dots, worked out in one pass over the dots."""
        by_voter = {voter: token for token, voter in self._voters.items()}
        mine: dict[str, dict[str, int]] = {token: {} for token in self._voters}
        for v in document.votes.values():
            token = by_voter.get(v.voter_id)
            if token is not None:
                mine[token][v.note_id] = mine[token].get(v.note_id, 0) + 1
        return {
            token: self._personal(document, document.participants[voter], mine[token])
            for token, voter in self._voters.items()
            if voter in document.participants
        }


def _why_not(error: OSError, port: int) -> str:
    """An OSError from opening the listening socket, in plain words."""
    import errno

    if error.errno in (errno.EADDRINUSE, 10048):
        return translate(
            "Room",
            "Another program already uses port %1 on this address. Choose “any free port”, "
            "or close the other program.",
        ).replace("%1", str(port))
    if error.errno in (errno.EADDRNOTAVAIL, 10049):
        return translate(
            "Room",
            "This laptop no longer has that address: the network may have changed. Check "
            "the room again and choose another address.",
        )
    if error.errno in (errno.EACCES, 10013):
        return translate(
            "Room",
            "This computer does not let CoStar Desktop use port %1. Choose “any free port”.",
        ).replace("%1", str(port))
    return translate("Room", "The room could not be opened: %1").replace(
        "%1", error.strerror or str(error)
    )
