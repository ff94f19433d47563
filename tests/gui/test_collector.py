"""The idle collector: full collections only when typing has paused, then all is frozen."""

from __future__ import annotations

import gc
import time

from netizen_editor.gui import collector


def test_collects_only_after_an_edit_and_a_pause(qapp, monkeypatch) -> None:
    idle = collector.IdleCollector()
    try:
        now = [1000.0]
        monkeypatch.setattr(collector.time, "monotonic", lambda: now[0])
        collector.note_activity()  # typed at t=1000
        assert not idle.maybe_collect()  # still typing
        now[0] += collector.IDLE_S + 0.1
        assert idle.maybe_collect()  # paused: collected, and everything left is frozen
        assert gc.get_freeze_count() > 0
        now[0] += 60
        assert not idle.maybe_collect()  # nothing typed since: nothing to do
        collector.note_activity()
        now[0] += collector.IDLE_S + 0.1
        assert idle.maybe_collect()
        assert idle.collections == 2
    finally:
        gc.unfreeze()
        idle.deleteLater()


def test_a_cycle_frozen_while_alive_is_freed_at_the_next_pause(qapp, monkeypatch) -> None:
    import weakref

    class Node:
        pass

    idle = collector.IdleCollector()
    try:
        now = [time.monotonic()]
        monkeypatch.setattr(collector.time, "monotonic", lambda: now[0])
        a, b = Node(), Node()
        a.other, b.other = b, a  # type: ignore[attr-defined]
        gone = weakref.ref(a)
        collector.collect_and_freeze()  # the cycle is alive, so it is frozen
        del a, b
        gc.collect()  # an ordinary collection skips frozen objects
        assert gone() is not None
        collector.note_activity()
        now[0] += collector.IDLE_S + 0.1
        assert idle.maybe_collect()
        assert gone() is None
    finally:
        gc.unfreeze()
        idle.deleteLater()


def test_automatic_collections_are_off_during_the_start_and_come_back(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(collector, "START_PAUSE_MS", 50)
    assert gc.isenabled()
    collector.pause_for_start()
    try:
        assert not gc.isenabled()
        idle = collector.IdleCollector()  # as run() makes it once the window is shown
        assert not gc.isenabled()
        qtbot.waitUntil(gc.isenabled, timeout=2_000)
        idle.deleteLater()
    finally:
        gc.enable()


def test_growth_is_collected_and_frozen_at_a_pause_without_typing(qapp, monkeypatch) -> None:
    """A desk's listing (thousands of rows kept while the desk is open) is frozen at the next
    pause even if nothing was typed: else every automatic full collection walks it again."""
    idle = collector.IdleCollector()
    try:
        now = [2000.0]
        monkeypatch.setattr(collector.time, "monotonic", lambda: now[0])
        collector.note_activity()
        now[0] += collector.IDLE_S + 0.1
        assert idle.maybe_collect()
        now[0] += 60
        assert not idle.maybe_collect()  # nothing typed, nothing made
        frozen = gc.get_freeze_count()
        rows = [[n] for n in range(5000)]  # what a listing made
        collector.note_growth()
        now[0] += 1
        assert idle.maybe_collect()
        assert idle.collections == 2 and gc.get_freeze_count() >= frozen + len(rows)
        collector.note_growth()
        collector.note_activity()  # typing: no collection until it pauses
        assert not idle.maybe_collect()
    finally:
        gc.unfreeze()
        idle.deleteLater()


def test_growth_is_looked_at_soon_not_at_the_next_period(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(collector, "GROWTH_LOOK_MS", 50)
    idle = collector.IdleCollector()
    try:
        monkeypatch.setattr(collector, "_last_activity", time.monotonic() - 60)
        collector.note_growth()
        qtbot.waitUntil(lambda: idle.collections == 1, timeout=2_000)  # the period is 10 s
    finally:
        gc.unfreeze()
        idle.deleteLater()
