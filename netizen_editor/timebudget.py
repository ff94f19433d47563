"""A deadline that long work checks as it goes: the Markdown converter's processors, the check
rules; and :class:`Stopped`, which long work raises when asked to stop. Neither Markdown nor
Qt: the checks import it before anything is rendered."""

from __future__ import annotations

import math
import time


class OutOfTime(Exception):
    """The work ran past its deadline."""


class Stopped(Exception):
    """The work gave up when asked to: its text is stale, or its thread is ending."""


class Budget:
    """A deadline to check; none until :meth:`start`."""

    def __init__(self) -> None:
        self.deadline = math.inf

    def start(self, seconds: float) -> None:
        self.deadline = time.perf_counter() + seconds

    def stop(self) -> None:
        self.deadline = math.inf

    def check(self) -> None:
        if time.perf_counter() > self.deadline:
            raise OutOfTime


#: a budget of CPU time is bounded on the wall clock too, at this many times its seconds: a
#: machine several times busier still gets the work done, and work that waits (files on a slow
#: shared drive spend no CPU time) or a machine far busier than that still stops
WALL_FACTOR = 5


class ThreadBudget(Budget):
    """A deadline in the CPU time of the thread that starts and checks it (``time.thread_time``):
    what the work itself spent, which other processes and threads of a busy machine do not
    spend for it. A plain 2.8 MB story took 1.1 s of its own here and ran past a 2.5 s deadline
    of the wall clock with three busy loops beside it; hostile markup is slow whatever the load,
    so it still runs out. Checked about as cheaply as :class:`Budget` (a converter checks it
    150,000 times for that story, and reading the thread's time costs seven times the wall
    clock's): a thread spends at most the wall time that passed, so its CPU time is read only
    once the wall clock's deadline has passed, which then moves on by the CPU time left."""

    def __init__(self, *, wall: bool = False) -> None:
        super().__init__()
        self.wall = wall  # the wall clock's time instead (work the user waits on, files read)
        self.cpu_deadline = math.inf
        self.wall_cap = math.inf  # :data:`WALL_FACTOR`

    def own_time(self) -> float:
        """The time this budget counts: the thread's CPU time (``wall``: the wall clock's)."""
        return time.perf_counter() if self.wall else time.thread_time()

    def start(self, seconds: float) -> None:
        self.cpu_deadline = self.own_time() + seconds
        super().start(seconds)
        self.wall_cap = time.perf_counter() + WALL_FACTOR * seconds

    def stop(self) -> None:
        self.cpu_deadline = self.wall_cap = math.inf
        super().stop()

    def check(self) -> None:
        if time.perf_counter() > self.deadline:
            left = self.cpu_deadline - self.own_time()
            now = time.perf_counter()
            if left <= 0 or now > self.wall_cap:
                raise OutOfTime
            self.deadline = min(now + left, self.wall_cap)
