"""A team library's news reaches the desk: other clerks' saves, removals, reviews and edits, within a second.

A worker thread waits on a connection of its own (licdesk.store.team.live.ChangeListener) and hands
each piece of news to the GUI thread, where it becomes the session's change signals: the list, the
counts, the open license and the deadlines follow as they do after the clerk's own writes. When the
server goes away the thread says so and tries again every few seconds; once back, the desk reads
everything again, since news sent meanwhile was missed.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

from licdesk.store.team.live import Change, ChangeListener
from licdesk.store.team.location import TeamLibrary

if TYPE_CHECKING:
    from licdesk.ui.session import DeskSession

WAIT_SECONDS = 0.5  # how long one wait for news lasts: also how soon a stop is noticed
RETRY_SECONDS = 3.0


class _Relay(QObject):
    """Carries the worker's news to the GUI thread. Owned by no window and kept alive until the worker has
    ended, so the worker never emits on an object the GUI thread may be deleting (a closed desk)."""

    arrived = Signal(object)
    lost = Signal(str)
    back = Signal()
    ended = Signal()


_relays: set[_Relay] = set()  # the relays of running workers


class LiveUpdates(QObject):
    arrived = Signal(object)  # a Change, on the GUI thread
    lost = Signal(str)  # the server went away (the reason, for the banner)
    back = Signal()  # listening again after a loss

    def __init__(self, session: DeskSession, library: TeamLibrary, password: str | None,
                 own_process: Callable[[], int] = lambda: 0, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else session)
        self.session, self.library, self._password = session, library, password
        self.own_process = own_process  # the desk's own server process: its own news is not news
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())  # the desk closed: the thread ends at its next wait
        self._relay = relay = _Relay()
        relay.arrived.connect(self.arrived)  # Qt drops these connections when this object goes
        relay.lost.connect(self.lost)
        relay.back.connect(self.back)
        relay.ended.connect(relay.deleteLater)  # queued: the relay lives on the GUI thread
        relay.destroyed.connect(lambda *_: _relays.discard(relay))
        self.arrived.connect(self._deliver)
        self.back.connect(self.session.licenses_changed.emit)

    def start(self) -> None:
        if self._thread is None:
            _relays.add(self._relay)
            self._thread = threading.Thread(
                target=_listen, args=(self.library, self._password, self._stop, self.listening, self._relay),
                name="licdesk-live-updates", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=WAIT_SECONDS * 4)
            self._thread = None

    # -- the GUI thread ----------------------------------------------------------------------------
    def _deliver(self, change: Change) -> None:
        if change.pid and change.pid == self.own_process():
            return  # the desk's own write: it has told its session already
        if change.kind == "license":
            self.session.saved(change.number)
        elif change.kind == "licenses":
            self.session.licenses_changed.emit()
        elif change.kind == "review":
            self.session.reviewed(change.number)
        elif change.kind == "editing":
            self.session.editing_changed.emit(change.number)


def _listen(library: TeamLibrary, password: str | None, stop: threading.Event, listening: threading.Event,
            relay: _Relay) -> None:
    """The worker: listen, tell the relay, reconnect after a loss, until `stop` is set."""
    from licdesk.store import StoreError

    was_lost = False
    try:
        while not stop.is_set():
            try:
                listener = ChangeListener(library, password)
            except StoreError as exc:
                if not was_lost:
                    relay.lost.emit(str(exc))
                was_lost = True
                stop.wait(RETRY_SECONDS)
                continue
            listening.set()
            if was_lost:
                relay.back.emit()
                was_lost = False
            try:
                while not stop.is_set():
                    for change in listener.changes(timeout=WAIT_SECONDS):
                        relay.arrived.emit(change)
            except Exception as exc:  # noqa: BLE001 - the connection broke: say so and reconnect
                listening.clear()
                relay.lost.emit(str(exc))
                was_lost = True
                stop.wait(RETRY_SECONDS)
            finally:
                listener.close()
    finally:
        listening.clear()
        relay.ended.emit()
