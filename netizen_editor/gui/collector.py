"""Python's cycle collector, kept off the keystroke path.

A full collection walks every object Python tracks: with a 20,000-word article open (its
words, findings, parsed blocks and the app's own modules) that took 20-65 ms, on whichever
thread happened to allocate, often the render thread, and a key pressed meanwhile waited for
it (measured with ``gc.callbacks`` during ``benchmarks.bench_spelling``). So what exists once
the window is up is frozen (``gc.freeze``: the automatic collections skip it), and the full
collection runs only when the journalist has not typed for ``IDLE_S`` (checked every
``PERIOD_MS``, and only if something was typed since the last one); everything that survived
it is frozen again. A desk's listing (thousands of rows made on its worker thread, kept for as
long as the desk is open) asks for one too (:func:`note_growth`), typed or not: unfrozen, every
automatic full collection walked them again, 40-130 ms with the GUI thread waiting (the polls'
own short-lived objects start one every few polls). The first one, ``PERIOD_MS`` after the
start, is off the path to the first frame. Garbage is still freed at once by reference
counting; only reference cycles wait for the idle collection.

During the start itself the automatic collections are off (:func:`pause_for_start`): the
imports and the window's widgets made ~80 of them before the window was shown, ~25 ms, for
almost no garbage; they come back ``START_PAUSE_MS`` after the event loop starts.
"""

from __future__ import annotations

import gc
import time
import weakref

from PySide6.QtCore import QObject, QTimer

IDLE_S = 1.0
PERIOD_MS = 10_000
#: after growth (note_growth), the collector looks this soon instead of at its next period
GROWTH_LOOK_MS = 1_500
START_PAUSE_MS = 3_000

_last_activity = 0.0
_grown_at = -1.0  # when many objects that will live were last made (note_growth)
_paused = False


def pause_for_start() -> None:
    """No automatic collections until an :class:`IdleCollector` has run ``START_PAUSE_MS``."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def _resume() -> None:
    global _paused
    if _paused:
        _paused = False
        gc.enable()


def note_activity() -> None:
    """The journalist typed (called on every edit: one float store)."""
    global _last_activity
    _last_activity = time.monotonic()


def note_growth() -> None:
    """Many objects that will live a while were made (a desk's listing): the next pause
    collects and freezes them, even if nothing was typed."""
    global _grown_at
    _grown_at = time.monotonic()
    for collector in list(_COLLECTORS):
        collector.look_soon()


def collect_and_freeze() -> None:
    """A full collection, then everything left becomes permanent until the next one."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


_COLLECTORS: weakref.WeakSet[IdleCollector] = weakref.WeakSet()


class IdleCollector(QObject):
    """Owned by the application: freezes what start-up built, collects when typing pauses."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collections = 0
        self._collected_at = -1.0  # the first collection also freezes what start-up built
        self._timer = QTimer(self, interval=PERIOD_MS)
        self._timer.timeout.connect(self.maybe_collect)
        self._timer.start()
        QTimer.singleShot(START_PAUSE_MS, self, _resume)
        self._soon = QTimer(self, interval=GROWTH_LOOK_MS, singleShot=True)
        self._soon.timeout.connect(self.maybe_collect)
        _COLLECTORS.add(self)

    def look_soon(self) -> None:
        """Look ``GROWTH_LOOK_MS`` from now (growth to freeze), not at the next period."""
        self._soon.start()

    def maybe_collect(self) -> bool:
        """Collect now unless an edit came in the last ``IDLE_S``, or neither an edit nor
        growth (:func:`note_growth`) since the last collection; True when it collected."""
        now = time.monotonic()
        if now - _last_activity < IDLE_S:
            return False
        if max(_last_activity, _grown_at) < self._collected_at:
            return False
        collect_and_freeze()
        self._collected_at = time.monotonic()
        self.collections += 1
        return True
