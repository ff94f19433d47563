"""An export's web copies share a budget of CPU time (``DecodeBudget(seconds=…)``, through
``timebudget.ThreadBudget``): a picture made when it is spent, or running past what is left, is
refused as ``LATE``. Twenty 49 MP PNGs took 36 s of CPU in one export with no bound (QA35 #2).
The budgets here are tiny or large, never a race against the clock."""

from __future__ import annotations

import io
import threading
import time

import pytest
from PIL import Image

from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.pipeline import make_share_image, make_web_copy
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected
from netizen_editor.timebudget import OutOfTime


def photo(size: tuple[int, int] = (1600, 1200), shade: int = 1) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (shade, 2, 3)).save(out, "PNG")
    return out.getvalue()


def test_the_cpu_time_of_each_picture_is_taken_from_the_budget():
    budget = DecodeBudget(seconds=1000)
    make_web_copy(photo(), budget=budget)
    assert 0 < budget.seconds < 1000  # the CPU time spent on it, counted
    assert not budget.out_of_time()


def test_a_picture_made_when_the_time_is_spent_is_refused_before_it_is_decoded():
    budget = DecodeBudget(seconds=0)
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(photo(), budget=budget)
    assert refused.value.reason == SourceRejected.LATE
    assert refusal_reason(refused.value) == (
        "it came after the export's photos used up their time (0 seconds of work)"
    )
    assert budget.left == DecodeBudget().left  # nothing decoded: no pixels taken


def test_a_picture_that_runs_past_the_time_left_is_stopped_between_its_steps():
    budget = DecodeBudget(seconds=1e-6)  # spent by the first step
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(photo((4000, 3000)), budget=budget)
    assert refused.value.reason == SourceRejected.LATE
    assert budget.out_of_time()  # its time was taken: the next one is refused at once
    with pytest.raises(SourceRejected):
        make_share_image(photo(shade=2), budget=budget)


def test_once_one_thread_spends_the_time_the_others_stop_too():
    """Web copies are made in parallel: a picture started with time left stops at its next
    step once another has spent the rest, though it spent next to nothing itself."""
    budget = DecodeBudget(seconds=0.05)
    entered, spent = threading.Event(), threading.Event()
    outcome: list[str] = []

    def make() -> None:
        try:
            with budget.timing():
                entered.set()
                spent.wait(10)  # waiting costs this thread no CPU time
                budget.check()
        except OutOfTime:
            outcome.append("stopped")
        else:
            outcome.append("went on")

    worker = threading.Thread(target=make)
    worker.start()
    assert entered.wait(10)
    with budget.timing():  # another picture, on this thread, spends more than the 0.05 s
        begun = time.thread_time()
        while time.thread_time() - begun < 0.1:
            pass
    assert budget.out_of_time()
    spent.set()
    worker.join(10)
    assert outcome == ["stopped"]


def test_an_import_or_a_paste_has_no_time_bound():
    budget = DecodeBudget()  # seconds=None: only the pixels count
    budget.check()
    with budget.timing():
        budget.check()
    assert not budget.out_of_time() and budget.seconds is None
