"""Work on a thread of its own whose result comes back to a GUI-thread object: the spell layer's
dictionaries, and the prose lines of a long text (``prose_reader``)."""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Relay(QObject):
    """Brings a thread's result to the GUI thread. It lives as long as the app: a thread
    emitting through the receiver itself could hit it while its editor's closing deletes it (a
    crash, seen in the tests), and the receiver may be gone by then."""

    arrived = Signal(object, str, object)  # receiver ref, method name, the result's arguments

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.arrived.connect(self._deliver)  # a slot of this GUI-thread object: queued

    def _deliver(self, ref, method: str, args: tuple) -> None:
        receiver = ref()
        if receiver is not None and shiboken6.isValid(receiver):
            getattr(receiver, method)(*args)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
    return _relay


def run_off_thread(receiver: QObject, method: str, work: Callable[[], tuple], name: str) -> None:
    """Run ``work`` on a daemon thread called ``name``, then ``receiver.<method>(*result)`` on
    the GUI thread, unless ``receiver`` is gone by then."""
    relay, ref = _the_relay(), weakref.ref(receiver)

    def run() -> None:
        result = work()
        with contextlib.suppress(RuntimeError):  # the app is closing: the relay is gone
            relay.arrived.emit(ref, method, result)

    threading.Thread(target=run, name=name, daemon=True).start()
