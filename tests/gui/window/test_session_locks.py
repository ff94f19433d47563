"""The last session's stories that a colleague has open now (QA27): reopening them asked the
lock question once per story, up to 50 modal questions before the window showed. They open
read-only without a question; each tab's bar says who has the story, or offers Edit It Now
once nobody has (a stale lock). A story named on the command line still asks."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import replace

import pytest

from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.settings import Settings
from netizen_editor.storage.locks import lock_path, read_lock
from tests.gui.conftest import UnexpectedPrompt
from tests.gui.window.test_session_planted import _plant


def _lock(path, user: str, minutes_ago: float) -> None:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).isoformat()
    info = {"user": user, "host": "laptop-budi", "pid": 4242, "since": when, "heartbeat": when}
    lock_path(path).write_text(json.dumps(info), encoding="utf-8")
    written = time.time() - minutes_ago * 60  # the file too: its computer stopped then
    os.utime(lock_path(path), (written, written))


def test_the_sessions_stories_a_colleague_holds_open_read_only_without_a_question(
    make_window, qtbot, tmp_path
):
    held, stale, free = (tmp_path / f"{name}.md" for name in ("dipegang", "basi", "bebas"))
    for path, title in ((held, "Dipegang"), (stale, "Basi"), (free, "Bebas")):
        path.write_text(f"---\ntitle: {title}\n---\nIsi.\n", encoding="utf-8")
    _lock(held, "Budi", minutes_ago=1)
    _lock(stale, "Budi", minutes_ago=30)  # heartbeat older than 5 minutes
    _plant({"open_files": [str(held), str(stale), str(free)]})
    settings = replace(Settings(ui_language="en"), default_author="Rina")
    window = make_window([], settings=settings)  # the strict prompts fail on any question
    tabs = {tab.path: tab for tab in window.all_tabs()}
    assert set(tabs) == {held, stale, free}
    assert tabs[held].read_only and tabs[stale].read_only and not tabs[free].read_only
    assert read_lock(held).user == "Budi" and read_lock(free).user == "Rina"

    window.activate_tab(tabs[held])
    bar = tabs[held].findChild(ReadOnlyBar, "read_only_bar")
    qtbot.waitUntil(lambda: bar.isVisible())
    assert "Budi has “Dipegang” open" in bar.label.text() and not bar.edit_button.isVisible()
    writing = ("embed", "add_update", "add_comment", "accept_mark", "bold", "paste")
    # off in a colleague's story, where they did nothing without a word (QA30 #5)
    assert not any(window.registry[key].isEnabled() for key in writing)

    window.activate_tab(tabs[stale])
    bar = tabs[stale].findChild(ReadOnlyBar, "read_only_bar")
    qtbot.waitUntil(lambda: bar.isVisible() and bar.edit_button.isVisible())
    # whose it was, not "nobody has it open" (QA30 #4: a colleague whose laptop slept)
    assert "Read-only: Budi had “Basi” open. There has been no sign of life from it since" in (
        bar.label.text()
    )
    bar.edit_button.click()  # the stale lock is taken over from the bar
    assert not tabs[stale].read_only and read_lock(stale).user == "Rina"
    assert all(window.registry[key].isEnabled() for key in writing)


def test_a_story_named_at_the_start_still_asks(make_window, tmp_path):
    held = tmp_path / "dipegang.md"
    held.write_text("---\ntitle: Dipegang\n---\nIsi.\n", encoding="utf-8")
    _lock(held, "Budi", minutes_ago=1)
    settings = replace(Settings(ui_language="en"), default_author="Rina")
    with pytest.raises(UnexpectedPrompt, match="article_locked"):  # the question is asked
        make_window([held], settings=settings)
