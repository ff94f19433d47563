"""One change on disk, one question (QA31 F5): a write by another program and Ctrl+S in the
same moment showed the save's question and the file watcher's at once, one over the other."""

from __future__ import annotations

from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.samples import TEST_ARTICLE


def test_the_watcher_does_not_ask_while_the_saves_question_is_open(
    make_window, qtbot, article_file
):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi saya.")
    watcher = Recorder("keep")
    window.prompts.changed_on_disk = watcher
    looked = []
    look = window.files.check_disk

    def check_disk(t):
        looked.append(t)
        look(t)

    window.files.check_disk = check_disk  # the file watcher's look, counted

    def save_question(*args):
        qtbot.waitUntil(lambda: bool(looked), timeout=TIMEOUT)  # it looks while this is open
        return "cancel"

    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    window.prompts.disk_conflict = save_question
    window.registry["save"].trigger()  # at once: the watcher has not looked yet
    assert watcher.calls == []
    window.files.check_all()  # the window comes to the front again
    assert watcher.calls == []  # that change was the save's question's
    assert tab.is_dirty() and tab.editor_text().endswith("Versi saya.")  # nothing lost
    assert article_file.read_text(encoding="utf-8").endswith("Versi mereka.\n")  # nor theirs

    article_file.write_text(TEST_ARTICLE + "Versi mereka lagi.\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(watcher.calls), timeout=TIMEOUT)  # a new change: asked
    assert watcher.calls == [("uji-coba.md",)]
    window.prompts.disk_conflict = Recorder("overwrite")
    window.registry["save"].trigger()  # the save still asks before it overwrites theirs
    assert window.prompts.disk_conflict.calls == [("uji-coba.md",)]
    assert article_file.read_text(encoding="utf-8").endswith("Versi saya.")


def test_a_change_made_while_the_saves_question_is_open_is_asked_about_after_it(
    make_window, qtbot, article_file
):
    window = make_window([article_file])
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Versi saya.")
    window.files.unwatch(article_file)  # only the save and the look after it notice
    watcher = Recorder("keep")
    window.prompts.changed_on_disk = watcher

    def save_question(*args):
        assert watcher.calls == []
        article_file.write_text(TEST_ARTICLE + "Versi ketiga, lain lagi.\n", encoding="utf-8")
        return "cancel"

    article_file.write_text(TEST_ARTICLE + "Versi mereka.\n", encoding="utf-8")
    window.prompts.disk_conflict = save_question
    window.registry["save"].trigger()
    assert watcher.calls == [("uji-coba.md",)]  # after the save's question, not with it
