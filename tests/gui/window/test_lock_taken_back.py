"""A tab whose lock a colleague took takes it back once they no longer have the story open:
it stayed without a lock for ever, so colleagues opening the story saw nobody holding it.
Two windows in one process with two user names on one folder, and locks written by hand from
another computer."""

from __future__ import annotations

import datetime as dt
import json
import os
import time

from netizen_editor.gui.window.locking import FOLLOW_MS
from netizen_editor.storage.locks import lock_path, read_lock
from tests.gui import Recorder, type_at_end
from tests.gui.window.test_lock_following import taken_by_rina
from tests.gui.window.test_locking import answer_lock_dialog, settings_for


def holds(window, tab, article) -> bool:
    """The lock beside ``article`` is the one ``tab`` of ``window`` holds."""
    lock = window.locks.lock_of(tab)
    return lock is not None and lock.held and lock.is_ours(read_lock(article))


def test_the_lock_comes_back_when_the_colleague_closes_the_story(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    first.locks.follow_all()
    first.locks.refresh_all()  # while she has it: left alone
    assert read_lock(article_file).user == "Rina" and "Rina has taken over" in mine.info_bar.shown
    second.files.close_tab(theirs)  # Rina closes the story, unchanged
    assert read_lock(article_file) is None
    qtbot.waitUntil(lambda: holds(first, mine, article_file), timeout=3 * FOLLOW_MS)
    info = read_lock(article_file)
    assert (info.user, info.pid) == ("Budi", os.getpid()) and not info.is_stale()
    notice = mine.info_bar.shown
    assert "Rina no longer has “Judul Uji Coba” open: it is yours again." in notice
    assert "taken over" not in notice
    first.locks.refresh_all()  # the heartbeat keeps it his
    assert holds(first, mine, article_file)
    first.registry["save"].trigger()  # the file is unchanged: no question (strict prompts)
    assert article_file.read_text(encoding="utf-8").endswith("Versi Budi.")
    assert not mine.is_dirty() and holds(first, mine, article_file)
    shown = answer_lock_dialog(monkeypatch, second, "read_only")  # Rina opens it again
    again = second.files.open_path(article_file)
    assert "Budi has “Judul Uji Coba” open" in shown[0].message.text()
    assert again is not None and again.read_only
    first.files.close_tab(mine)  # closing removes it, as for any held story
    assert read_lock(article_file) is None


def test_a_save_after_taking_it_back_still_asks_when_the_colleague_saved(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    first.files.unwatch(article_file)  # a network drive: only the save notices the change
    type_at_end(qtbot, theirs, "Versi Rina.")
    second.registry["save"].trigger()
    second.files.close_tab(theirs)
    first.locks.follow_all()
    assert holds(first, mine, article_file)
    asked = Recorder("cancel")
    first.prompts.disk_conflict = asked
    first.registry["save"].trigger()
    # nobody else holds it now; the text on disk is Rina's save, and named so (QA31 F13)
    assert asked.calls == [("uji-coba.md", "", "Rina")]
    assert article_file.read_text(encoding="utf-8").endswith("Versi Rina.")  # not overwritten
    assert mine.is_dirty() and mine.editor_text().endswith("Versi Budi.")  # nothing lost


def write_lock(article, user: str, host: str, minutes_ago: int) -> None:
    when = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).isoformat()
    info = {"user": user, "host": host, "pid": 1, "since": when, "heartbeat": when}
    lock_path(article).write_text(json.dumps(info), encoding="utf-8")
    written = time.time() - minutes_ago * 60  # the file too: its computer stopped then
    os.utime(lock_path(article), (written, written))


def test_a_colleagues_lock_gone_stale_is_taken_back_and_a_live_one_never(
    make_window, qtbot, article_file
):
    window = make_window([article_file], settings=settings_for("Budi"))
    mine = window.current_tab()
    write_lock(article_file, "Rina", "laptop-rina", 0)  # Rina took it from another computer
    qtbot.waitUntil(lambda: "Rina has taken over" in mine.info_bar.shown, timeout=3 * FOLLOW_MS)
    window.locks.refresh_all()
    window.locks.follow_all()
    assert read_lock(article_file).host == "laptop-rina"  # live: never written over
    write_lock(article_file, "Rina", "laptop-rina", 10)  # her laptop went to sleep
    window.locks.refresh_all()  # the heartbeat reads it (stale without changing)
    assert holds(window, mine, article_file) and read_lock(article_file).user == "Budi"
    assert "it is yours again" in mine.info_bar.shown


def test_a_link_planted_at_the_lock_name_is_never_written_through(
    make_window, qtbot, article_file, tmp_path
):
    window = make_window([article_file], settings=settings_for("Budi"))
    mine = window.current_tab()
    write_lock(article_file, "Rina", "laptop-rina", 0)
    qtbot.waitUntil(lambda: "Rina has taken over" in mine.info_bar.shown, timeout=3 * FOLLOW_MS)
    victim = tmp_path / "victim.txt"
    victim.write_text("jangan diubah", encoding="utf-8")
    lock_path(article_file).unlink()
    lock_path(article_file).symlink_to(victim)  # a fresh link: keeps others out, is no lock
    window.locks.follow_all()
    window.locks.refresh_all()
    assert victim.read_text(encoding="utf-8") == "jangan diubah"
    assert lock_path(article_file).is_symlink() and not holds(window, mine, article_file)


def test_a_closed_tab_takes_nothing_back(make_window, qtbot, article_file, monkeypatch):
    first, mine, second, theirs = taken_by_rina(make_window, qtbot, monkeypatch, article_file)
    first.prompts.unsaved_changes = Recorder("discard")
    first.files.close_tab(mine)
    assert read_lock(article_file).user == "Rina"  # her lock stays
    second.files.close_tab(theirs)
    first.locks.follow_all()
    first.locks.refresh_all()
    assert read_lock(article_file) is None
