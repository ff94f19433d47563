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
