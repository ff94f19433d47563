"""A long plain story exports on a busy machine (QA33 #10): the render's time budgets count
the converting thread's own CPU time, so other processes and threads spend none of them; the
whole body's grows with its length. A 2.8 MB story of 6,000 plain paragraphs, 1.1 s of work,
was refused 3 times in 6 with three busy loops beside it, its time out on the wall clock,
and the message blamed whichever paragraph the search for the slow block had reached
("line 79: this block is too complex to render in time"). Hostile markup still runs out, at
its line; a body that runs out with no block slow on its own is said to be too long."""

from __future__ import annotations

import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.errors import ArticleError
from netizen_editor.publish import body
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from netizen_editor.timebudget import OutOfTime, ThreadBudget

pytestmark = pytest.mark.usefixtures("english")
WORDS = "warga kota banjir hujan polisi sidang saksi harga beras pasar petani sekolah".split()


def plain_story(paragraphs: int, words: int = 60) -> str:
    rng = random.Random(1)
    body = "\n\n".join(
        " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
        for _ in range(paragraphs)
    )
    return f"---\ntitle: Laporan Panjang\n---\n{body}\n"


@contextmanager
def busy_loops(processes: int = 3, threads: int = 2) -> Iterator[None]:
    """Loops that keep the machine busy: processes beside this one (the QA's load) and
    threads in it, which take the interpreter from the render whatever the number of cores."""
    loops = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(processes)]
    done = threading.Event()

    def spin() -> None:
        while not done.is_set():
            pass

    spinners = [threading.Thread(target=spin, daemon=True) for _ in range(threads)]
    for spinner in spinners:
        spinner.start()
    try:
        yield
    finally:
        done.set()
        for loop in loops:
            loop.kill()
            loop.wait()
        for spinner in spinners:
            spinner.join()


def test_the_budget_counts_only_the_threads_own_time():
    budget = ThreadBudget()
    budget.start(0.2)
    time.sleep(0.5)  # the wall clock runs; the thread spends nothing
    budget.check()
    give_up = time.monotonic() + 60  # a guard against a hang, no measure
    with pytest.raises(OutOfTime):
        while time.monotonic() < give_up:  # the thread's own work spends it
            budget.check()


@pytest.mark.slow
def test_a_long_plain_story_exports_with_busy_loops_beside_it(tmp_path, capsys):
    story = tmp_path / "panjang.md"
    story.write_text(plain_story(6000), encoding="utf-8")
    with busy_loops():
        code = main(["export", str(story), "-o", str(tmp_path / "out") + "/"])
    assert code == 0, capsys.readouterr().err
    assert (tmp_path / "out" / "panjang.html").read_text(encoding="utf-8").count("<p") >= 6000


@pytest.mark.slow
def test_a_hostile_block_in_a_long_story_is_still_refused_at_its_line_under_load():
    # 5,000 "[a](" take 5 s alone; the body's budget for its length is 2.5 s
    text = plain_story(300) + "\n" + "[a](" * 5000 + "\n\nPenutup.\n"
    article = Article.parse(text)
    with busy_loops(processes=1, threads=0), pytest.raises(ArticleError) as caught:
        BodyRenderer().render(article, Settings())
    assert caught.value.line == article.body_line + 600
    assert "too complex to render in time" in caught.value.message


@pytest.mark.parametrize("search", [1.0, 0.0], ids=["search done", "search out of time"])
def test_a_body_out_of_time_with_no_slow_block_is_too_long_and_names_none(monkeypatch, search):
    # a computer too slow for the story's length: each paragraph alone is quick. The search
    # for the slow block out of time named the paragraph it was trying as "too complex"
    monkeypatch.setattr(body, "body_budget", lambda _chars: 0.0)
    monkeypatch.setattr(body, "SEARCH_BUDGET", search)
    article = Article.parse(plain_story(300))
    with pytest.raises(ArticleError) as caught:
        BodyRenderer().render(article, Settings())
    assert caught.value.line == article.body_line
    assert caught.value.message == (
        f"this story is too long to render in time ({len(article.body)} characters); "
        "split it into shorter stories"
    )


def test_the_story_too_long_reads_in_indonesian(monkeypatch, indonesian):
    monkeypatch.setattr(body, "body_budget", lambda _chars: 0.0)
    with pytest.raises(ArticleError) as caught:
        BodyRenderer().render(Article.parse(plain_story(3)), Settings())
    assert caught.value.message.startswith("berita ini terlalu panjang untuk ditampilkan")


def test_a_thread_budget_still_ends_on_the_wall_clock_far_past_its_time():
    """Waiting work (or a machine far busier) spends no CPU time of the thread's: the budget
    still runs out at ``WALL_FACTOR`` times its seconds of the wall clock."""
    from netizen_editor.timebudget import WALL_FACTOR

    budget = ThreadBudget()
    budget.start(0.02)
    time.sleep(0.02 * WALL_FACTOR + 0.05)
    with pytest.raises(OutOfTime):
        budget.check()
