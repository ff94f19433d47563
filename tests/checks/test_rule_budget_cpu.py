"""The check rules' time budgets count the checking thread's own CPU time (a rule "took too long
at this block" on a busy machine: the spelling rule's 1 s step ran out at a story's first
paragraph in two CI runs, time other processes took). A rule waiting (a stand-in for the
machine busy elsewhere) is not stopped; a rule working past its step still is, at its line."""

from __future__ import annotations

import time

import pytest

from netizen_editor.checks.registry import RuleBudget
from netizen_editor.timebudget import WALL_FACTOR, OutOfTime


def spin(seconds: float) -> None:
    """This thread's own work for ``seconds`` of its CPU time."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_step_waiting_on_a_busy_machine_is_not_out_of_time():
    budget = RuleBudget(0.5, step_seconds=0.1)
    for line in range(1, 4):
        time.sleep(0.2)  # past the step's and the rule's time on the wall clock
        budget.step(line)
    assert budget.line == 3


def test_a_step_working_past_its_time_is_stopped_at_its_line():
    budget = RuleBudget(5.0, step_seconds=0.1)
    budget.step(1)
    spin(0.15)
    with pytest.raises(OutOfTime):
        budget.step(7)
    assert budget.line == 7


def test_a_rule_working_past_its_own_time_is_stopped():
    budget = RuleBudget(0.2, step_seconds=0.1)
    with pytest.raises(OutOfTime):
        for line in range(1, 100):
            spin(0.05)
            budget.step(line)
    assert 4 <= budget.line < 100


def test_a_budget_of_the_wall_clock_counts_the_waiting():
    """``wall``: a look whose user waits on a shared drive's files (``desk.story_files``)."""
    budget = RuleBudget(5.0, step_seconds=0.1, wall=True)
    time.sleep(0.15)
    with pytest.raises(OutOfTime):
        budget.step(2)


def test_a_rule_that_waits_far_past_its_time_still_stops():
    """A rule whose time goes waiting (images on a slow shared drive: no CPU time of its own)
    stops at ``WALL_FACTOR`` times its time on the wall clock, its steps too."""
    step = RuleBudget(5.0, step_seconds=0.02)
    time.sleep(0.02 * WALL_FACTOR + 0.05)
    with pytest.raises(OutOfTime):
        step.step(3)
    rule = RuleBudget(0.05, step_seconds=1.0)
    with pytest.raises(OutOfTime):
        for line in range(1, 100):
            time.sleep(0.02)
            rule.step(line)
    assert line >= 0.05 * WALL_FACTOR / 0.02 - 1
