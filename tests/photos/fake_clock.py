"""A CPU clock for the tests of an export's photo time: one per thread, moved only when told,
so a test spends time without racing the real clock."""

from __future__ import annotations

import threading


class FakeClock:
    """A CPU clock per thread that moves only when told: time spent, never raced."""

    def __init__(self) -> None:
        self.now: dict[int, float] = {}

    def __call__(self) -> float:
        return self.now.get(threading.get_ident(), 0.0)

    def advance(self, seconds: float) -> None:
        self.now[threading.get_ident()] = self() + seconds
