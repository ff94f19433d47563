"""QA15: two journal entries of one story, a recovered copy recovered again, and a read-only
tab whose file goes missing. Every recovered text stays visible in a tab; none replaces
another."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from netizen_editor.gui.dialogs.recovery_dialog import RecoveryDialog
from netizen_editor.storage.datadirs import journal_dir
from netizen_editor.storage.journal import Journal
from netizen_editor.storage.recovery import find_recoverable
from tests.gui.window.test_locking import answer_lock_dialog, settings_for
from tests.gui.window.test_recovery import crashed_session, entry_of
from tests.samples import TEST_ARTICLE

OLDER = TEST_ARTICLE + "RINA-SEBELUM-CRASH-1\n"
NEWER = TEST_ARTICLE + "RINA-SEBELUM-CRASH-2\n"


def _written_at(doc_id: str, when: dt.datetime) -> None:
    """Give a crashed session's entry the time it was written."""
    (file,) = journal_dir().glob(f"*.{doc_id}.json")
    raw = json.loads(file.read_text(encoding="utf-8"))
    raw["time"] = when.isoformat()
    file.write_text(json.dumps(raw), encoding="utf-8")


def _restore_all(window):
    window.prompts.recovery = lambda items: {item.doc_id: "restore" for item in items}
    return window.offer_recovery()


@pytest.mark.parametrize("open_before", [False, True], ids=["closed", "open-from-session"])
def test_two_entries_of_one_story_each_keep_their_text(
    make_window, qtbot, article_file, open_before
):
    if open_before:  # the session reopens the story before the offer
        make_window([article_file]).close()
    # the newer entry written first: the order on disk does not choose which is the story's
    newer, older = crashed_session([(article_file, NEWER), (article_file, OLDER)])
    _written_at(older, dt.datetime(2025, 3, 4, 3, 31, tzinfo=dt.UTC))
    _written_at(newer, dt.datetime(2025, 3, 4, 3, 37, tzinfo=dt.UTC))
    window = make_window([])
    restored = _restore_all(window)
    assert len(restored) == 2
    story = window.files.find_tab(article_file)
    assert story is not None and story.editor_text() == NEWER and story.is_dirty()
    (copy,) = [tab for tab in restored if tab is not story]
    assert copy.editor_text() == OLDER and copy.is_dirty() and copy.path is None
    assert copy.document.protected_path == article_file  # never saved over the story
    assert "(recovered)" in copy.display_name()
    assert "later moment" in copy.info_bar.label.text()
    entry = entry_of(window, copy)  # the copy's entry no longer claims to be the file
    assert entry.path is None and entry.copy_of == article_file and entry.text == OLDER
    window.activate_tab(story)
    window.registry["save"].trigger()
    assert article_file.read_text(encoding="utf-8").endswith("RINA-SEBELUM-CRASH-2\n")
    window.prompts.unsaved_changes = lambda name: "discard"


def test_a_recovered_copy_is_recovered_as_a_copy_again(make_window, qtbot, article_file):
    journal = Journal(journal_dir())
    doc_id = Journal.new_doc_id()
    journal.write(doc_id, OLDER, path=None, cursor=0, saved_identity=None, copy_of=article_file)
    lock = json.loads(journal.lock.path.read_text(encoding="utf-8"))
    lock["boot_id"] = "an-earlier-boot"  # that session is dead
    journal.lock.path.write_text(json.dumps(lock), encoding="utf-8")
    (item,) = find_recoverable(journal_dir())
    assert item.path is None and item.copy_of == article_file
    dialog = RecoveryDialog([item])
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItem(0).text(1) == "A copy of uji-coba.md — never saved"
    window = make_window([])
    (copy,) = _restore_all(window)
    assert copy.path is None and copy.editor_text() == OLDER and copy.is_dirty()
    assert copy.document.protected_path == article_file
    assert "(recovered)" in copy.display_name()
    assert "was a copy of" in copy.info_bar.label.text()
    assert entry_of(window, copy).copy_of == article_file
    window.prompts.unsaved_changes = lambda name: "discard"


def test_a_copy_beside_a_colleagues_story_is_journaled_as_a_copy(
    make_window, qtbot, article_file, monkeypatch
):
    # QA15: its entry kept the story's path, so the next crash offered it as the story
    crashed_session([(article_file, OLDER)])
    make_window([article_file], settings=settings_for("Budi"))
    window = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, window, "read_only")
    held = window.files.open_path(article_file)
    assert held is not None and held.read_only
    (copy,) = _restore_all(window)
    entry = entry_of(window, copy)
    assert entry.path is None and entry.copy_of == article_file and entry.text == OLDER
    window.prompts.unsaved_changes = lambda name: "discard"


def test_a_read_only_tab_whose_file_goes_missing_is_not_unsaved(
    make_window, qtbot, article_file, monkeypatch
):
    make_window([article_file], settings=settings_for("Budi"))
    window = make_window(restore=False, settings=settings_for("Rina"))
    answer_lock_dialog(monkeypatch, window, "read_only")
    tab = window.files.open_path(article_file)
    assert tab is not None and tab.read_only
    article_file.unlink()
    window.files.check_disk(tab)
    assert not tab.is_dirty() and "*" not in tab.tab_label()
    said = tab.info_bar.label.text()
    assert "moved or deleted" in said and "save it" not in said
    theirs = TEST_ARTICLE + "Ditulis lagi oleh Budi.\n"
    article_file.write_text(theirs, encoding="utf-8")  # strict prompts: a question fails
    window.files.check_disk(tab)
    assert tab.editor_text() == theirs and not tab.is_dirty()
