"""A colleague's lock file whose time no clock can show (QA24 #3): "since"
0001-01-01T00:00:00+23:59 has no UTC equivalent, 9999-12-31T23:00:00+00:00 is past the
calendar's end in WIB. The window died before it showed (OverflowError in the lock dialog), and
at every later start once the story was in the session; now the lock dialog and the read-only
bar show, on real windows."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from netizen_editor import i18n
from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.gui.window.session import default_session_path
from netizen_editor.storage.locks import lock_path
from tests.gui import TIMEOUT
from tests.gui.window.test_locking import answer_lock_dialog, settings_for

STORY = "---\ntitle: Banjir Kemang\nid: 33333333-3333-3333-3333-333333333333\n---\n\nHalo.\n"
#: a time that has no UTC equivalent: read as no lock at all (an unknown holder, as garbage)
NO_UTC = "0001-01-01T00:00:00+23:59"
#: a time that has one, but past the calendar's end on the newsroom's clock: shown as written
PAST_WIB = "9999-12-31T23:00:00+00:00"


def plant(story, since: str) -> None:
    """Eve's live lock (heartbeat now) on ``story``, started at ``since``."""
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    info = {"user": "Eve", "host": "laptop-eve", "pid": 1, "since": since, "heartbeat": now,
            "token": "x"}  # fmt: skip
    lock_path(story).write_text(json.dumps(info), encoding="utf-8")


@pytest.fixture
def story(tmp_path):
    path = tmp_path / "s.md"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("since", "said"),
    [
        (NO_UTC, "Someone has “Banjir Kemang” open (the lock file beside it cannot be read"),
        (PAST_WIB, "Eve has “Banjir Kemang” open on laptop-eve since Friday, 31 December 9999 "
                   "23:00 UTC+0."),
    ],
)  # fmt: skip
def test_opening_the_story_shows_the_lock_dialog(make_window, monkeypatch, story, since, said):
    plant(story, since)
    window = make_window(restore=False, settings=settings_for("Budi"))
    shown = answer_lock_dialog(monkeypatch, window, "read_only")
    tab = window.files.open_path(story)
    assert len(shown) == 1 and said in shown[0].message.text()
    assert tab is not None and tab.read_only and window.isVisible()
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")  # says who, since when, at each look
    assert bar is not None and bar.isVisible() and "Banjir Kemang" in bar.label.text()
    assert "Banjir Kemang" not in lock_path(story).read_text(encoding="utf-8")  # still Eve's


def test_a_story_of_the_last_session_still_opens_at_the_start(qtbot, monkeypatch, story):
    """The story was open at the last close, then the lock was planted: every start died in
    ``restore_session``, before the window showed. (The last session's stories a colleague
    holds open read-only without a question: the tab's bar says who and since when.)"""
    plant(story, PAST_WIB)
    path = default_session_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"open_files": [str(story)]}), encoding="utf-8")
    monkeypatch.setattr(i18n, "_language", "en")  # as the start sets it (gui/app.py)
    window = MainWindow(settings_for("Budi"))
    qtbot.addWidget(window)
    shown = answer_lock_dialog(monkeypatch, window, "read_only")
    window.restore_session()  # as the start does: the last session's stories, then show
    window.show()
    qtbot.waitExposed(window)
    assert shown == []
    assert [t.path for t in window.all_tabs()] == [story] and window.all_tabs()[0].read_only
    qtbot.waitUntil(lambda: not window.all_tabs()[0].opening, timeout=TIMEOUT)
    bar = window.all_tabs()[0].findChild(ReadOnlyBar, "read_only_bar")
    qtbot.waitUntil(lambda: bar.isVisible(), timeout=TIMEOUT)
    assert "since Friday, 31 December 9999 23:00 UTC+0" in bar.label.text()
