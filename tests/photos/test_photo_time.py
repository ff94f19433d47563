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

from netizen_editor.photos import limits, pipeline
from netizen_editor.photos.limits import DecodeBudget
from netizen_editor.photos.pipeline import make_share_image, make_web_copy
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected
from netizen_editor.timebudget import OutOfTime
from tests.photos.fake_clock import FakeClock


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


def spend(seconds: float) -> None:
    """Spend ``seconds`` of this thread's CPU time (what the budget counts)."""
    begun = time.thread_time()
    while time.thread_time() - begun < seconds:
        pass


def test_the_time_a_picture_under_way_spends_counts_for_the_others_at_once():
    """A picture saw only what the pictures finished before it had spent: four threads each
    ran on the time left as if alone. Now each check counts what its thread has spent."""
    budget = DecodeBudget(seconds=0.2)
    spent, finish = threading.Event(), threading.Event()

    def under_way() -> None:
        with budget.timing():
            spend(0.15)
            budget.check()  # 0.15 of 0.2: it goes on
            spent.set()
            finish.wait(10)  # not finished: its time must count all the same

    worker = threading.Thread(target=under_way)
    worker.start()
    try:
        assert spent.wait(10)
        with pytest.raises(OutOfTime), budget.timing():  # begun with 0.05 s left
            spend(0.15)
            budget.check()  # 0.3 s spent by the two: past the 0.2 s
        with pytest.raises(OutOfTime), budget.timing():  # begun now: refused at once
            pass
    finally:
        finish.set()
        worker.join(10)


SECOND = round(1_000_000 / limits.SECONDS_PER_MEGAPIXEL)  # pixels expected to take a second


def test_a_picture_expected_to_take_more_than_the_time_not_promised_is_not_begun():
    clock = FakeClock()
    budget = DecodeBudget(seconds=10, clock=clock)
    promised, finish = threading.Event(), threading.Event()

    def under_way() -> None:
        with budget.timing():
            budget.expect(8 * SECOND)  # 8 of the 10 seconds promised to it
            promised.set()
            finish.wait(10)
            clock.advance(3)  # it took less than expected: the rest is free again

    worker = threading.Thread(target=under_way)
    worker.start()
    try:
        assert promised.wait(10)
        with pytest.raises(OutOfTime), budget.timing():
            budget.expect(4 * SECOND)  # 2 s not promised: not begun
        with budget.timing():
            budget.expect(2 * SECOND)  # fits
    finally:
        finish.set()
        worker.join(10)
    assert budget.seconds == 7  # what was spent, not what was promised
    with budget.timing():
        budget.expect(7 * SECOND)


def test_a_picture_is_not_decoded_when_less_time_is_left_than_it_is_expected_to_take(
    monkeypatch,
):
    """One thread ran the picture it had begun before the time ran out to its next step:
    with a 16-bit PNG of 49 MP, a decode of 2 s past the budget."""
    decoded: list[tuple[int, int]] = []
    upright = pipeline._upright_srgb
    monkeypatch.setattr(
        pipeline,
        "_upright_srgb",
        lambda image, *args: decoded.append(image.size) or upright(image, *args),
    )
    budget = DecodeBudget(seconds=0.05, clock=FakeClock())  # nothing spent: the fake stands
    big = photo((1600, 1200))  # 1.9 MP: expected to take 0.06 s
    with pytest.raises(SourceRejected) as refused:
        make_web_copy(big, budget=budget)
    assert refused.value.reason == SourceRejected.LATE and decoded == []
    assert make_web_copy(photo((800, 600)), budget=budget).width == 800  # 0.015 s: made
    assert decoded == [(800, 600)]
