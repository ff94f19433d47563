"""A story renamed on disk while it is open (``mv tiga.md tiga-baru.md``): the tab follows it
and a save never writes the old name silently, so two files never hold one story."""

from __future__ import annotations

import os
import types

from PySide6.QtGui import QTextCursor

from netizen_editor.gui.dialogs.prompts import Prompts
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.locks import ArticleLock, lock_path, read_lock
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.questions import answer_box
from tests.samples import TEST_ARTICLE

STORY_ID = "5b0f2c1e-9d7a-4c39-8a61-3f2e7d4b9c10"
STORY = TEST_ARTICLE.replace("status: draft\n", f"status: draft\nid: {STORY_ID}\n")


def open_story(make_window, tmp_path):
    """A window on meja/tiga.md (the story with an id); (window, tab, its path)."""
    folder = tmp_path / "meja"
    folder.mkdir(exist_ok=True)
    old = folder / "tiga.md"
    old.write_text(STORY, encoding="utf-8")
    window = make_window([old])
    return window, window.current_tab(), old


def open_and_rename(make_window, qtbot, tmp_path):
    (tmp_path / "meja").mkdir(exist_ok=True)
    (tmp_path / "meja" / "lain.md").write_text(TEST_ARTICLE, encoding="utf-8")  # another story
    window, tab, old = open_story(make_window, tmp_path)
    assert read_lock(old) is not None
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Tambahan.")
    new = old.with_name("tiga-baru.md")
    os.rename(old, new)  # a file manager on the shared drive
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    return window, tab, old, new


def test_follow_a_rename_then_save_writes_the_new_name_only(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    bar = tab.info_bar
    assert bar.label.text() == "“tiga.md” was renamed to “tiga-baru.md” (same story)."
    assert bar.offering and bar.action.text() == "Follow"
    old_lock = lock_path(old)
    assert old_lock.exists()  # ours, left under the old name until followed
    bar.action.click()
    assert tab.path == new and tab.is_dirty()
    assert not old_lock.exists()  # ours: released
    lock = read_lock(new)
    assert lock is not None and window.locks.lock_of(tab).is_ours(lock)
    assert "tiga-baru.md" in window.tabs.tabText(window.tabs.indexOf(tab))
    assert window.session.recent[0] == str(new) and str(old) not in window.session.recent
    window.registry["save"].trigger()  # no question: the same text was renamed
    assert not old.exists()
    saved = new.read_text(encoding="utf-8")
    assert saved.endswith("Tambahan.") and article_id(saved) == STORY_ID
    assert not tab.is_dirty()


def test_following_a_story_not_edited_here_leaves_nothing_to_save(make_window, qtbot, tmp_path):
    window, tab, old = open_story(make_window, tmp_path)
    assert not tab.is_dirty()
    new = old.with_name("tiga-baru.md")
    os.rename(old, new)  # renamed by a colleague; nothing typed here
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.is_dirty()  # the file is gone: a save would write it again
    tab.info_bar.action.click()
    assert tab.path == new and not tab.is_dirty()
    assert not tab.editor.document().isModified()
    assert window.statusBar().currentMessage() == "This tab now edits tiga-baru.md."
    qtbot.keyClicks(tab.editor, "x")  # an edit after it is unsaved again, as usual
    assert tab.is_dirty()
    tab.editor.undo()
    assert not tab.is_dirty()


def test_a_followed_file_changed_meanwhile_still_asks_before_a_save(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    new.write_text(STORY + "Kalimat dari rekan.\n", encoding="utf-8")
    tab.info_bar.action.click()
    window.prompts.changed_on_disk = Recorder("keep")  # if the watcher notices it first
    asked = Recorder("cancel")
    window.prompts.disk_conflict = asked
    window.registry["save"].trigger()
    assert asked.calls and new.read_text(encoding="utf-8").endswith("Kalimat dari rekan.\n")
    assert not old.exists()


def test_ctrl_s_on_a_renamed_story_asks_and_cancel_writes_nothing(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    asked = Recorder("cancel")
    window.prompts.renamed_save = asked
    window.registry["save"].trigger()
    assert asked.calls == [("tiga.md", "tiga-baru.md")]
    assert not old.exists() and new.read_text(encoding="utf-8") == STORY
    assert tab.is_dirty()


def test_save_to_the_renamed_file_from_the_question(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    window.prompts.renamed_save = Recorder("follow")
    window.registry["save"].trigger()
    assert not old.exists() and new.read_text(encoding="utf-8").endswith("Tambahan.")
    assert tab.path == new and not lock_path(old).exists() and read_lock(new) is not None


def bar_went(tab) -> bool:
    """The bar says nothing of the gone file any more (a "Saved …" too long for the status bar
    is shown whole there)."""
    bar = tab.info_bar
    return not bar.offering and (bar.isHidden() or bar.shown.startswith("Saved "))


def written_with_a_new_id(old) -> str:
    """The old name was written again with the text typed here, under an id of its own."""
    written = old.read_text(encoding="utf-8")
    fresh = article_id(written)
    assert written.endswith("Tambahan.") and fresh is not None and fresh != STORY_ID
    return fresh


def test_save_under_the_old_name_gives_it_a_new_id(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    window.resize(1366, 768)
    window.prompts.renamed_save = Recorder("old")
    window.registry["save"].trigger()
    fresh = written_with_a_new_id(old)
    assert article_id(new.read_text(encoding="utf-8")) == STORY_ID  # the renamed one keeps it
    assert article_id(tab.editor_text()) == fresh and tab.path == old
    # QA21: the bar and its Follow stayed, and the status bar's note was cut off at 1366 px
    assert bar_went(tab)  # the file is there again
    said = "Saved under the old name with a new id; tiga-baru.md keeps the old one"
    assert window.statusBar().currentMessage() == said and window.status.fits(said)


GONE = "tiga.md was moved or deleted. Your text is still here; save it to write the file again."


def test_no_file_with_the_same_id_saves_the_old_name_as_before(make_window, qtbot, tmp_path):
    window, tab, old = open_story(make_window, tmp_path)
    old.unlink()
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.info_bar.shown == GONE and tab.info_bar.action.text() == "Save"
    window.registry["save"].trigger()  # no question
    assert article_id(old.read_text(encoding="utf-8")) == STORY_ID
    assert bar_went(tab)  # the file is there again: nothing left to remind of


def test_the_gone_bar_stays_until_a_save_and_its_button_saves(make_window, qtbot, tmp_path):
    """QA21: the 'moved or deleted' bar went after a while, so nothing reminded the user the
    file was gone; it stays now, and its Save writes the file again."""
    _window, tab, old = open_story(make_window, tmp_path)
    old.unlink()
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.info_bar.offering  # until done or closed, not for a few seconds
    tab.info_bar.action.click()
    assert article_id(old.read_text(encoding="utf-8")) == STORY_ID and not tab.is_dirty()
    assert bar_went(tab)


def test_follow_asks_when_a_colleague_holds_the_new_name(make_window, qtbot, tmp_path):
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    ArticleLock(new, "Rina").acquire()  # Rina opened tiga-baru.md meanwhile
    asked = Recorder("cancel")
    window.prompts.article_locked = lambda path, holder, **_: asked(path, holder.user)
    tab.info_bar.action.click()
    assert asked.calls == [(new, "Rina")]
    assert tab.path == old and lock_path(old).exists()  # not followed; ours kept
    assert read_lock(new).user == "Rina"


def test_follow_looks_again_when_clicked(make_window, qtbot, tmp_path):
    # the offer may be old: the renamed file lost the story's id (a colleague gave it a new
    # one) before Follow was clicked
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    assert tab.info_bar.offering
    new.write_text(STORY.replace(STORY_ID, "a-new-id-of-its-own"), encoding="utf-8")
    tab.info_bar.action.click()
    assert tab.path == old  # not followed
    assert "tiga-baru.md is gone, or holds another story" in window.statusBar().currentMessage()
    assert tab.info_bar.shown == GONE  # what a save does now


def test_a_story_without_an_id_is_followed_by_its_bytes(make_window, qtbot, tmp_path):
    """A story written in another editor has no id: renamed on disk, it was offered no Follow
    and a save wrote the old name again, two files for one story (QA13)."""
    folder = tmp_path / "meja"
    folder.mkdir()
    old = folder / "lama.md"
    old.write_text(TEST_ARTICLE, encoding="utf-8")
    assert article_id(TEST_ARTICLE) is None
    (folder / "lain.md").write_text(TEST_ARTICLE + "Beda.\n", encoding="utf-8")  # not it
    window = make_window([old])
    tab = window.current_tab()
    new = folder / "baru.md"
    os.rename(old, new)
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.info_bar.offering and "baru.md" in tab.info_bar.label.text()
    tab.info_bar.action.click()
    assert tab.path == new and not tab.is_dirty()
    type_at_end(qtbot, tab, "Tambahan.")
    window.registry["save"].trigger()
    assert not old.exists() and new.read_text(encoding="utf-8").endswith("Tambahan.")


def test_two_files_with_the_bytes_of_a_story_without_an_id_are_not_guessed_but_asked_about(
    make_window, qtbot, tmp_path
):
    folder = tmp_path / "meja"
    folder.mkdir()
    old = folder / "lama.md"
    old.write_text(TEST_ARTICLE, encoding="utf-8")
    window = make_window([old])
    tab = window.current_tab()
    (folder / "salinan.md").write_text(TEST_ARTICLE, encoding="utf-8")
    os.rename(old, folder / "baru.md")
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.info_bar.shown == copies_bar("lama.md", "baru.md, salinan.md")
    asked = Recorder("cancel")
    window.prompts.renamed_copies = asked
    window.registry["save"].trigger()  # a save asks, naming both (it wrote the old name)
    assert asked.calls == [("lama.md", ["baru.md", "salinan.md"])] and not old.exists()
    window.resize(1366, 768)
    window.prompts.renamed_copies = Recorder("old")
    window.registry["save"].trigger()
    assert article_id(old.read_text(encoding="utf-8")) is not None
    said = "Saved under the old name, now with an id; the other files have none"
    assert window.statusBar().currentMessage() == said and bar_went(tab)
    assert window.status.fits(said)


def move_below(make_window, qtbot, tmp_path):
    """meja/tiga.md, edited here, moved by a colleague into meja/kanal/ under a new name
    (``mv tiga.md kanal/tiga-kemang.md``, the desk's Rename or Move): (window, tab, old, new)."""
    window, tab, old = open_story(make_window, tmp_path)
    type_at_end(qtbot, tab, "Tambahan.")
    (old.parent / "kanal").mkdir()
    new = old.parent / "kanal" / "tiga-kemang.md"
    os.rename(old, new)
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    return window, tab, old, new


def test_a_story_moved_into_a_folder_below_is_followed(make_window, qtbot, tmp_path):
    """Moved into a subfolder, the story was not found: no Follow, and Save wrote the old name
    again without a question, two files with one id (QA15)."""
    window, tab, old, new = move_below(make_window, qtbot, tmp_path)
    bar = tab.info_bar
    assert bar.offering
    assert bar.label.text() == "“tiga.md” was renamed to “kanal/tiga-kemang.md” (same story)."
    bar.action.click()
    assert tab.path == new and not lock_path(old).exists() and read_lock(new) is not None
    window.registry["save"].trigger()
    assert not old.exists() and new.read_text(encoding="utf-8").endswith("Tambahan.")


def test_save_of_a_story_moved_below_asks(make_window, qtbot, tmp_path):
    window, _tab, old, new = move_below(make_window, qtbot, tmp_path)
    asked = Recorder("cancel")
    window.prompts.renamed_save = asked
    window.registry["save"].trigger()
    assert asked.calls == [("tiga.md", "kanal/tiga-kemang.md")]
    assert not old.exists() and new.read_text(encoding="utf-8") == STORY


def copies_bar(old: str, names: str, count: int = 2) -> str:
    """What the bar says when ``count`` files (``names``) hold the story of the gone ``old``."""
    return (f"“{old}” is gone, and {count} files hold this story: {names}. Save asks whether to "
            "write your text under the old name with a new id, or under another name.")  # fmt: skip


def rename_and_copy(make_window, qtbot, tmp_path):
    """meja/tiga.md, edited here, renamed to tiga-baru.md by a colleague, who had also copied
    it into meja/kanal/ outside the app: two files hold the story (window, tab, old, files)."""
    window, tab, old = open_story(make_window, tmp_path)
    type_at_end(qtbot, tab, "Tambahan.")
    (old.parent / "kanal").mkdir()
    copy = old.parent / "kanal" / "salinan.md"
    copy.write_text(STORY, encoding="utf-8")
    new = old.with_name("tiga-baru.md")
    os.rename(old, new)
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    assert tab.info_bar.action.text() != "Follow"  # neither is guessed
    return window, tab, old, [new, copy]


def test_two_files_holding_the_story_save_asks_naming_them_and_cancel_writes_nothing(
    make_window, qtbot, tmp_path
):
    """Two files with the story's id: Save wrote the old name again without a question."""
    window, tab, old, found = rename_and_copy(make_window, qtbot, tmp_path)
    # QA21: the bar said "save it to write the file again" while Save asked a question
    assert tab.info_bar.shown == copies_bar("tiga.md", "tiga-baru.md, kanal/salinan.md")
    assert tab.info_bar.action.text() == "Save…"
    asked = Recorder("cancel")
    window.prompts.renamed_copies = asked
    window.registry["save"].trigger()
    assert asked.calls == [("tiga.md", ["tiga-baru.md", "kanal/salinan.md"])]
    assert not old.exists() and all(f.read_text(encoding="utf-8") == STORY for f in found)
    assert tab.is_dirty() and tab.editor_text().endswith("Tambahan.") and tab.path == old
    # QA21: after Cancel the bar went, and nothing reminded the user the file is gone
    assert tab.info_bar.offering
    assert tab.info_bar.shown == copies_bar("tiga.md", "tiga-baru.md, kanal/salinan.md")


def test_the_copies_bar_saves_asking_and_stays_after_cancel(make_window, qtbot, tmp_path):
    window, tab, old, _found = rename_and_copy(make_window, qtbot, tmp_path)
    shown = tab.info_bar.shown
    asked = Recorder("cancel")
    window.prompts.renamed_copies = asked
    tab.info_bar.action.click()
    assert asked.calls == [("tiga.md", ["tiga-baru.md", "kanal/salinan.md"])]
    assert tab.info_bar.shown == shown and tab.info_bar.offering and not old.exists()


def test_two_files_holding_the_story_save_under_the_old_name_with_a_new_id(
    make_window, qtbot, tmp_path
):
    window, tab, old, found = rename_and_copy(make_window, qtbot, tmp_path)
    window.resize(1366, 768)
    window.prompts.renamed_copies = Recorder("old")
    window.registry["save"].trigger()
    written_with_a_new_id(old)
    assert all(f.read_text(encoding="utf-8") == STORY for f in found)  # theirs kept as they are
    assert tab.path == old and not tab.is_dirty()
    # QA21: the bar and its Follow stayed; the status bar said "the renamed file keeps the
    # story and its histor…", cut off, and wrong for copies
    assert bar_went(tab)
    said = window.statusBar().currentMessage()
    assert said == "Saved under the old name with a new id; the 2 copies keep the old one"
    assert window.status.fits(said)


def test_two_files_holding_the_story_save_as(make_window, qtbot, tmp_path):
    window, tab, old, found = rename_and_copy(make_window, qtbot, tmp_path)
    window.prompts.renamed_copies = Recorder("save_as")
    chosen = Recorder(None)  # the file dialog cancelled first: nothing written, nothing lost
    window.prompts.save_path = chosen
    window.registry["save"].trigger()
    assert chosen.calls == [(old,)] and not old.exists() and tab.is_dirty()
    assert tab.info_bar.offering  # not saved: still said
    mine = old.with_name("tiga-budi.md")
    window.prompts.save_path = Recorder(mine)
    window.registry["save"].trigger()
    assert tab.path == mine and not tab.is_dirty() and not old.exists()
    assert bar_went(tab)
    assert mine.read_text(encoding="utf-8").endswith("Tambahan.")
    assert all(f.read_text(encoding="utf-8") == STORY for f in found)


def test_the_real_question_names_the_files_and_escape_cancels(make_window, qtbot, tmp_path):
    window, tab, old, _found = rename_and_copy(make_window, qtbot, tmp_path)
    window.prompts.renamed_copies = types.MethodType(Prompts.renamed_copies, window.prompts)
    seen = answer_box(qtbot, "escape")
    window.registry["save"].trigger()
    box = seen[0]
    assert box["text"] == (
        "“tiga.md” is gone, and these files hold the same story:\n• tiga-baru.md\n"
        "• kanal/salinan.md"
    )
    assert box["info"] == (  # true of copies: they keep what they hold, one story still
        "Your text is not saved into any of them. Save it under the old name again, as a story "
        "of its own with a new id (the copies are left as they are), or choose a name."
    )
    assert sorted(box["buttons"]) == ["Cancel", "Save &As…", "Save under the &Old Name"]
    assert box["default"] == "Save under the &Old Name"
    assert not old.exists() and tab.is_dirty()


def test_a_copy_made_after_the_follow_bar_turns_it_into_the_copies_bar(
    make_window, qtbot, tmp_path
):
    """QA21: once a second copy existed the bar still said 'renamed to arsip/… (same story)'
    with Follow, while Save asked about two files."""
    (tmp_path / "meja" / "arsip").mkdir(parents=True)  # there before: only its own time changes
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    assert tab.info_bar.action.text() == "Follow"
    copy = old.parent / "arsip" / "salinan.md"
    copy.write_text(STORY, encoding="utf-8")
    names = "tiga-baru.md, arsip/salinan.md"
    qtbot.waitUntil(lambda: tab.info_bar.shown == copies_bar("tiga.md", names), timeout=TIMEOUT)
    assert tab.info_bar.action.text() == "Save…"
    asked = Recorder("cancel")
    window.prompts.renamed_copies = asked
    window.registry["save"].trigger()  # the question names what the bar names
    assert asked.calls == [("tiga.md", ["tiga-baru.md", "arsip/salinan.md"])]
    copy.unlink()  # one file holds it again: Follow it
    renamed_bar = "“tiga.md” was renamed to “tiga-baru.md” (same story)."
    qtbot.waitUntil(lambda: tab.info_bar.shown == renamed_bar, timeout=TIMEOUT)
    tab.info_bar.action.click()
    assert tab.path == new


def test_a_save_that_finds_a_copy_the_bar_did_not_know_says_it_there_too(
    make_window, qtbot, tmp_path
):
    window, tab, old, _new = open_and_rename(make_window, qtbot, tmp_path)
    window.files.gone._timer.stop()  # the look had not come yet
    (old.parent / "salinan.md").write_text(STORY, encoding="utf-8")
    window.prompts.renamed_copies = Recorder("cancel")
    window.registry["save"].trigger()
    assert tab.info_bar.shown == copies_bar("tiga.md", "salinan.md, tiga-baru.md")


def test_the_look_searches_again_only_when_a_folder_changed(
    make_window, qtbot, tmp_path, monkeypatch
):
    from netizen_editor.gui.window import renamed

    (tmp_path / "meja" / "arsip").mkdir(parents=True)
    window, tab, old, _new = open_and_rename(make_window, qtbot, tmp_path)
    gone = window.files.gone
    gone._timer.stop()
    searched = []
    real = renamed.holding_story
    monkeypatch.setattr(
        renamed, "holding_story", lambda *a, **k: searched.append(a) or real(*a, **k)
    )
    gone.look()
    gone.look()
    assert searched == []  # nothing changed in meja/ nor in meja/arsip/
    (old.parent / "arsip" / "catatan.md").write_text("catatan\n", encoding="utf-8")
    gone.look()
    assert len(searched) == 1
    assert tab.info_bar.action.text() == "Follow"  # the same found: the same bar


def test_the_copies_note_fits_the_status_bar_in_indonesian(make_window, qtbot, tmp_path, qapp):
    from netizen_editor.gui.app import install_translators

    installed = install_translators(qapp, "id")
    try:
        window, tab, _old, _found = rename_and_copy(make_window, qtbot, tmp_path)
        assert tab.info_bar.shown.startswith("“tiga.md” sudah tidak ada, dan 2 berkas")
        window.resize(1366, 768)
        window.prompts.renamed_copies = Recorder("old")
        window.registry["save"].trigger()
        said = window.statusBar().currentMessage()
        assert said == "Disimpan dengan nama lama dan ID baru; 2 salinannya tetap memakai ID lama"
        assert window.status.fits(said) and bar_went(tab)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
