"""A story's folder or file turned into a link while the window has it open: the save, the
waiting save's retry and the file watcher neither read nor write through it."""

from __future__ import annotations

import os
import sys

import pytest

from netizen_editor.storage.journal import load_entry
from netizen_editor.storage.locks import lock_path
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.samples import TEST_ARTICLE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges")


def test_a_save_into_a_folder_swapped_for_a_link_offers_save_as(
    make_window, qtbot, article_file, tmp_path, monkeypatch
):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    folder = article_file.parent
    folder.rename(folder.with_name("articles.gone"))
    elsewhere = tmp_path / "elsewhere2"
    elsewhere.mkdir()
    folder.symlink_to(elsewhere, target_is_directory=True)
    asked = Recorder("save_as")
    window.prompts.folder_moved = asked
    chosen = tmp_path / "aman" / "uji-coba.md"
    chosen.parent.mkdir()
    window.prompts.save_path = Recorder(chosen)
    window.registry["save"].trigger()

    assert len(asked.calls) == 1
    sentence = asked.calls[0][0]
    assert str(folder) in sentence and str(elsewhere) in sentence and "not saved" in sentence
    assert list(elsewhere.iterdir()) == []  # no article, no .netizen/, no lock there
    assert chosen.read_text(encoding="utf-8").endswith("Kalimat penting.")
    assert f"Saved {chosen.name}" in window.statusBar().currentMessage()


def test_a_waiting_save_is_not_retried_into_the_place_the_folder_now_leads(
    make_window, qtbot, article_file, tmp_path
):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat penting.")
    folder = article_file.parent
    folder.rename(folder.with_name("articles.gone"))  # the drive went away
    errors = Recorder()
    window.prompts.error = errors
    window.registry["save"].trigger()
    assert len(errors.calls) == 1 and window.files.locks.saves.waiting(tab)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = elsewhere / article_file.name
    planted.write_text("Teks orang lain.\n", encoding="utf-8")
    folder.symlink_to(elsewhere, target_is_directory=True)  # "back", but leading elsewhere
    window.files.locks.saves.retry()  # asks nothing: any question fails the test (strict)

    assert planted.read_text(encoding="utf-8") == "Teks orang lain.\n"
    assert sorted(p.name for p in elsewhere.iterdir()) == [article_file.name]
    assert not os.path.lexists(lock_path(planted))
    journal_file = window.keeper.journal.entry_file(tab.doc_id)
    assert load_entry(journal_file).text.endswith("Kalimat penting.")
    assert tab.is_dirty() and not window.files.locks.saves.waiting(tab)
    assert (
        "uji-coba.md was not saved: its save needs your answer"
        in window.statusBar().currentMessage()
    )
    asked = Recorder("cancel")
    window.prompts.folder_moved = asked
    window.registry["save"].trigger()  # the user's own save asks, naming where it leads
    assert len(asked.calls) == 1 and str(elsewhere) in asked.calls[0][0]
    assert planted.read_text(encoding="utf-8") == "Teks orang lain.\n"


def test_a_story_file_replaced_by_a_link_is_not_reloaded_and_a_save_asks(
    make_window, qtbot, article_file, tmp_path
):
    window = make_window([article_file])
    tab = window.current_tab()
    secret = tmp_path / "passwd"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    article_file.unlink()
    article_file.symlink_to(secret)
    qtbot.waitUntil(lambda: "is now a link" in tab.info_bar.label.text(), timeout=TIMEOUT)
    assert f"is now a link to {secret}; not read" in tab.info_bar.label.text()
    assert tab.editor_text() == TEST_ARTICLE and "root:x" not in tab.editor_text()

    conflict = Recorder("cancel")
    window.prompts.disk_conflict = conflict
    window.registry["save"].trigger()
    assert len(conflict.calls) == 1
    assert article_file.is_symlink()
    conflict.answer = "overwrite"
    window.registry["save"].trigger()
    assert not article_file.is_symlink() and "root:x" not in article_file.read_text("utf-8")
    assert secret.read_text(encoding="utf-8").startswith("root:x")


def test_no_version_is_kept_in_a_folder_that_now_leads_elsewhere(
    make_window, qtbot, article_file, tmp_path
):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Kalimat.")
    window.registry["save"].trigger()  # the story gets its id, so a history
    assert window.files.versions.keep(tab, "restore", quiet=True) is not None
    folder = article_file.parent
    folder.rename(folder.with_name("articles.gone"))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    folder.symlink_to(elsewhere, target_is_directory=True)
    assert window.files.versions.keep(tab, "restore", quiet=True) is None
    assert list(elsewhere.iterdir()) == []
