"""Read-only tabs follow their story in front or behind, and a tab whose lock a colleague took
says so at once (QA15): two windows in one process with two user names on one folder, and a
lock written by hand from another computer."""

from __future__ import annotations

import datetime as dt
import json
import os

from netizen_editor.gui.dialogs.compare_dialog import DISK, CompareDialog
from netizen_editor.gui.window.locking import FOLLOW_MS, ReadOnlyBar
from netizen_editor.storage.locks import lock_path, read_lock
from tests.gui import TIMEOUT, type_at_end
from tests.gui.window.test_locking import answer_lock_dialog, settings_for
from tests.samples import TEST_ARTICLE


def reader(make_window, monkeypatch, article_file):
    """Budi edits the story; Rina has it open read-only."""
    first = make_window([article_file], settings=settings_for("Budi"))
    second = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, second, "read_only")
    tab = second.files.open_path(article_file)
    assert tab is not None and tab.read_only
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    assert bar is not None and "Budi has" in bar.label.text()
    return first, second, tab, bar


def test_a_read_only_tab_behind_another_follows_the_saves_and_the_lock(
    make_window, qtbot, article_file, monkeypatch
):
    first, second, tab, bar = reader(make_window, monkeypatch, article_file)
    other_file = article_file.with_name("lain.md")
    other_file.write_text(TEST_ARTICLE, encoding="utf-8")
    other = second.files.open_path(other_file)
    assert second.current_tab() is other and not bar.isVisible()
    second.files.unwatch(article_file)  # a drive that sends no change notices
    mine = first.current_tab()
    type_at_end(qtbot, mine, "Tambahan dari Budi.")
    first.registry["save"].trigger()
    qtbot.waitUntil(lambda: tab.editor_text().endswith("Tambahan dari Budi."), timeout=TIMEOUT)
    assert second.current_tab() is other  # followed while behind
    first.files.close_tab(mine)  # Budi closes the story
    assert read_lock(article_file) is None
    qtbot.wait(2 * FOLLOW_MS)  # the look goes on while the tab is behind
    second.tabs.setCurrentWidget(tab)
    assert bar.isVisible() and bar.edit_button.isVisible()  # right at once
    assert "nobody has “Judul Uji Coba” open" in bar.label.text()


def test_a_read_only_tab_brought_to_the_front_is_looked_at_at_once(
    make_window, qtbot, article_file, monkeypatch
):
    first, second, tab, bar = reader(make_window, monkeypatch, article_file)
    other_file = article_file.with_name("lain.md")
    other_file.write_text(TEST_ARTICLE, encoding="utf-8")
    second.files.open_path(other_file)
    second.locks.follow.stop()  # no look behind: only coming to the front looks
    first.files.close_tab(first.current_tab())
    second.tabs.setCurrentWidget(tab)
    assert bar.edit_button.isVisible() and "nobody has" in bar.label.text()
    assert second.locks.follow.isActive()  # and it goes on looking


def taken_by_rina(make_window, qtbot, monkeypatch, article_file):
    """Budi types; his lock is removed by hand and Rina clicks Edit It Now: his tab says at
    once that she has the story. (Budi's window, his tab, Rina's window, her tab)"""
    first, second, theirs, bar = reader(make_window, monkeypatch, article_file)
    mine = first.current_tab()
    type_at_end(qtbot, mine, "Versi Budi.")
    lock_path(article_file).unlink()
    qtbot.waitUntil(lambda: bar.edit_button.isVisible(), timeout=TIMEOUT)
    bar.edit_button.click()
    assert not theirs.read_only and read_lock(article_file).user == "Rina"
    qtbot.waitUntil(lambda: "Rina has taken over" in mine.info_bar.shown, timeout=3 * FOLLOW_MS)
    return first, mine, second, theirs


def test_a_holder_is_told_at_once_when_a_colleague_took_the_story(
    make_window, qtbot, article_file, monkeypatch
):
    """Budi's lock is removed by hand; Rina clicks Edit It Now: Budi's tab says she has it,
    his heartbeat leaves her lock alone, and Compare shows her text beside his."""
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    notice = mine.info_bar
    assert "Rina has taken over “Judul Uji Coba” since" in notice.shown
    assert "your text is still here" in notice.shown
    assert notice.label.toolTip() == str(article_file)
    first.locks.refresh_all()  # the heartbeat
    info = read_lock(article_file)
    assert info is not None and info.user == "Rina" and info.pid == os.getpid()
    assert mine.is_dirty() and mine.editor_text().endswith("Versi Budi.")  # nothing lost
    type_at_end(qtbot, theirs, "Versi Rina.")
    second.registry["save"].trigger()
    notice.action.click()  # Compare
    dialog = first.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.entries[0].key == DISK and dialog.entries[0].author == "Rina"
    assert dialog.text_of(DISK).endswith("Versi Rina.")
    assert dialog.current.endswith("Versi Budi.")


def test_a_lock_taken_from_another_computer_is_said_and_never_written_over(
    make_window, qtbot, article_file
):
    window = make_window([article_file], settings=settings_for("Budi"))
    mine = window.current_tab()
    now = dt.datetime.now(dt.UTC).isoformat()
    theirs = {"user": "Rina", "host": "laptop-rina", "pid": 1, "since": now, "heartbeat": now}
    lock_path(article_file).write_text(json.dumps(theirs), encoding="utf-8")
    qtbot.waitUntil(lambda: "Rina has taken over" in mine.info_bar.shown, timeout=3 * FOLLOW_MS)
    window.locks.refresh_all()  # the heartbeat
    info = read_lock(article_file)
    assert info is not None and (info.user, info.host, info.pid) == ("Rina", "laptop-rina", 1)
    window.files.close_tab(mine)  # closing leaves her lock too
    assert read_lock(article_file).host == "laptop-rina"
