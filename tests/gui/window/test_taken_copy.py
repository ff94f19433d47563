"""A tab whose story a colleague took over, saved as a copy (QA31 F1): the notice that offered
to save the text as a copy or compare it goes, and says where the text is; the copy's tab holds
the copy and has no conflict."""

from __future__ import annotations

from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
from netizen_editor.storage.locks import read_lock
from tests.gui import Recorder
from tests.gui.window.test_locking import two_writers

SAVED = "Your text is saved as “uji-coba-copy.md”; Rina has “Judul Uji Coba” open."


def assert_saved_as_the_copy(window, tab, article_file) -> None:
    copy = article_file.with_name("uji-coba-copy.md")
    assert tab.path == copy and not tab.is_dirty()
    assert tab.info_bar.shown == SAVED and not tab.info_bar.offering  # no Compare any more
    assert tab.info_bar.label.toolTip() == str(copy)
    assert tab not in window.locks.taken
    window.locks.refresh_all()  # the heartbeat: the copy's lock is ours, nothing was taken
    window.locks.follow_all()
    assert read_lock(copy).user == "Budi" and read_lock(article_file).user == "Rina"
    assert "taken over" not in tab.info_bar.shown
    window.registry["save"].trigger()  # no conflict (strict prompts: no question)
    assert copy.read_text(encoding="utf-8").endswith("Versi Budi.")


def test_save_as_a_copy_from_the_conflict_question(make_window, qtbot, article_file, monkeypatch):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    first.prompts.disk_conflict = Recorder("copy")
    first.prompts.save_path = lambda suggested: suggested
    first.registry["save"].trigger()
    assert_saved_as_the_copy(first, mine, article_file)


def test_save_mine_as_a_copy_from_the_compare_window(make_window, qtbot, article_file, monkeypatch):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    first.prompts.disk_conflict = Recorder("compare")
    first.prompts.save_path = lambda suggested: suggested
    first.registry["save"].trigger()
    dialog = first.findChild(CompareDialog, "compare_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.conflict_buttons["copy"].click()
    assert_saved_as_the_copy(first, mine, article_file)


def test_a_notice_closed_before_the_copy_stays_closed(
    make_window, qtbot, article_file, monkeypatch
):
    first, mine = two_writers(make_window, qtbot, article_file, monkeypatch)
    mine.info_bar.hide()  # read, and closed
    first.prompts.disk_conflict = Recorder("copy")
    first.prompts.save_path = lambda suggested: suggested
    first.registry["save"].trigger()
    assert mine.path == article_file.with_name("uji-coba-copy.md") and not mine.is_dirty()
    assert mine.info_bar.shown == "" and mine not in first.locks.taken
